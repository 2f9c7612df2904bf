"""`frikommune open PATH --screenshot DIR`: render every main view to PNG and quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow
from .views.experiments_view import ExperimentsView

#: The size the window is rendered at (logical pixels; QT_SCALE_FACTOR=2 doubles the image).
SIZE = (1440, 900)


def _save(widget: QWidget, path: Path) -> Path:
    """Lay out, paint and save a widget as PNG."""
    for _ in range(3):
        QApplication.processEvents()
    image = widget.grab()
    if image.isNull() or not image.save(str(path)):
        raise OSError(f"kunne ikke gemme {path}")
    return path


def _wait_loaded(window: MainWindow) -> None:
    """Let the event loop run until the window's views show the file (read off the GUI
    thread)."""
    while window.loading:
        loop = QEventLoop()
        QTimer.singleShot(10, loop.quit)
        loop.exec()


def take_screenshots(window: MainWindow, folder: Path, search_text: str = "") -> list[Path]:
    """Render the welcome screen, each view, search results, the read-only banner and the
    legal-basis suggestions of the first experiment that has some."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    welcome = MainWindow(window.settings, interactive=False)
    welcome.resize(*SIZE)
    welcome.show()
    written.append(_save(welcome, folder / "01-welcome.png"))
    welcome.close()
    if window.session is None:
        return written
    window.resize(*SIZE)
    window.show()
    for number, view in enumerate(window.views, start=2):
        window.show_view(view.key)
        _wait_loaded(window)
        written.append(_save(window, folder / f"{number:02d}-{view.key}.png"))
    window.show_view("experiments")
    window.show_search()
    text = search_text or _a_searchable_word(window)
    hits = window.search_panel.run(text)
    if hits:
        window.search_panel.ui.resultList.setCurrentRow(0)
        window.search.show_hit(hits[0], text.split())
    written.append(_save(window, folder / f"{len(written) + 1:02d}-search.png"))
    window.search_dock.hide()
    reader = MainWindow(window.settings, interactive=False)
    reader.resize(*SIZE)
    reader.show()
    reader.open_file(window.session.store.path)
    reader.controller.wait()
    if reader.session is not None:
        written.append(_save(reader, folder / f"{len(written) + 1:02d}-read-only.png"))
    reader.close()
    reader.controller.wait()
    experiment_id = _an_experiment_with_suggestions(window)
    if experiment_id is not None:
        view = window.show_view("experiments", ExperimentsView)
        view.select(experiment_id)
        dialog = view.suggest_legal_basis()
        if dialog is not None:
            dialog.ui.table.selectRow(0)
            written.append(_save(dialog, folder / f"{len(written) + 1:02d}-suggestions.png"))
            dialog.close()
    return written


def _an_experiment_with_suggestions(window: MainWindow, looked_at: int = 50) -> str | None:
    """Return the first experiment (of the first `looked_at`) whose texts suggest provisions."""
    from ..legal.suggestions import suggest_legal_bases

    store = window.session.store if window.session is not None else None
    if store is None:
        return None
    rows = window.view("experiments", ExperimentsView).model.rows()[:looked_at]
    return next((row.id for row in rows if suggest_legal_bases(store, row.id)), None)


def _a_searchable_word(window: MainWindow) -> str:
    """Return a word that occurs in the file (the first long word of an experiment title)."""
    rows = window.view("experiments", ExperimentsView).model.rows()
    for row in rows:
        title: str = row.title
        for word in title.split():
            if len(word) > 6:
                return word.strip(".,()").lower()
    return "forsøg"
