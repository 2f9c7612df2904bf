"""The window's cold start: nothing before the first paint builds Qt's namespace enums."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings

from .files import close_in, open_in

# Starts the window as `frikommune` does (the command line's imports, the window, shown, a file
# waiting for the first paint) and says whether PySide6.QtCore.Qt was touched by then.
_FIRST_PAINT = r"""
import sys
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import frikommune_desktop.cli.main
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings
window = MainWindow(Settings(), interactive=False)
window.resize(1000, 700)
window.show()
window.open_file_after_show(sys.argv[1])
window.grab()  # paints the whole window
print("built" if "Qt" in vars(core) else "not built", flush=True)
"""


def test_window_is_painted_without_building_the_qt_namespace(tmp_path: Path) -> None:
    """The window, its menus, welcome page and banner reach the first paint without `Qt`.

    Importing PySide6.QtCore.Qt builds some 90 enums (about 30 ms, a fifth of a bare
    QMainWindow's start); gui/startup.py says how the start-up modules avoid it.
    """
    result = subprocess.run(
        [sys.executable, "-c", _FIRST_PAINT, str(tmp_path / "later.fkdb")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split()[-2:] == ["not", "built"], result.stdout + result.stderr


def test_search_panel_menu_item_shows_and_hides_the_dock(window, qtbot) -> None:
    """View → Search panel opens the search dock (made on first use) and closes it again;
    closing the dock itself takes the tick away."""
    assert not window.search.made  # not made before it is wanted
    window.ui.actionSearchPanel.trigger()
    assert window.search_dock.isVisible()
    assert window.search_panel.isVisible()
    window.ui.actionSearchPanel.trigger()
    assert not window.search_dock.isVisible()
    window.ui.actionFind.trigger()
    assert window.ui.actionSearchPanel.isChecked()
    window.search_dock.close()
    assert not window.ui.actionSearchPanel.isChecked()


def test_search_panel_menu_item_does_nothing_without_a_file(qtbot) -> None:
    """Without an open file there is nothing to search: the item stays unticked, no dock."""
    win = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(win)
    win.show()
    win.ui.actionSearchPanel.trigger()
    assert not win.ui.actionSearchPanel.isChecked()
    assert not win.search.made


def test_search_dock_comes_back_where_it_was(make_window, demo_path, qtbot) -> None:
    """A search dock moved to the left is put there again in the next window (restoreState)."""
    from PySide6.QtCore import Qt

    first = make_window(demo_path)
    first.show_search()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.search_dock)
    first.close()  # saves the window state
    second = make_window(demo_path)
    second.show_search()
    assert second.dockWidgetArea(second.search_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_recent_file_activated_on_the_welcome_page_is_opened(qtbot, tmp_path: Path) -> None:
    """Activating a recent file on the welcome page asks to open that very path."""
    from frikommune_desktop.gui.welcome import WelcomePage

    page = WelcomePage()
    qtbot.addWidget(page)
    paths = [tmp_path / "a.fkdb", tmp_path / "b" / "b.fkdb"]
    page.set_recent(paths)
    with qtbot.waitSignal(page.recentRequested) as signal:
        page.ui.recentList.itemActivated.emit(page.ui.recentList.item(1))
    assert signal.args == [paths[1]]


def test_shortcuts_are_set_once_the_window_is_painted(qtbot) -> None:
    """The menu, view and undo shortcuts are there once the window has been painted."""
    expected = {
        "actionNew": "Ctrl+N",
        "actionOpen": "Ctrl+O",
        "actionQuit": "Ctrl+Q",
        "actionFind": "Ctrl+F",
        "actionImport": "Ctrl+I",
        "actionImportWord": "Ctrl+Shift+I",
        "actionExport": "Ctrl+E",
    }
    win = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(win)
    assert win.ui.actionNew.shortcut().isEmpty()  # not before the first paint
    win.show()
    win.update()
    qtbot.waitUntil(lambda: not win.ui.actionNew.shortcut().isEmpty())
    for name, keys in expected.items():
        assert getattr(win.ui, name).shortcut().toString() == keys, name
    assert [a.shortcut().toString() for a in win._view_actions] == [
        f"Ctrl+{n}" for n in range(1, 8)
    ]
    assert win._undo.shortcut().toString() == "Ctrl+Z"
    assert [k.toString() for k in win._redo.shortcuts()] == ["Ctrl+Y", "Ctrl+Shift+Z"]


def test_file_opened_before_the_first_paint_has_the_shortcuts(qtbot, demo_path) -> None:
    """A file opened straight away (no paint yet) still gets every shortcut."""
    win = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(win, before_close_func=lambda w: close_in(qtbot, w))
    assert open_in(qtbot, win, demo_path)
    assert win.ui.actionFind.shortcut().toString() == "Ctrl+F"


# Starts opening a file through the window's file controller, in a program where nothing has
# built `Qt` yet, and says whether `Qt` was built once the open job had been started.
_OPEN_STARTED = r"""
import sys
import PySide6.QtCore as core
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
import frikommune_desktop.cli.main
from frikommune_desktop.gui.file_controller import FileController
controller = FileController()
assert "Qt" not in vars(core)
controller.open(sys.argv[1])
built = "Qt" in vars(core)
controller.wait()
print("built" if built else "not-built", flush=True)
"""


def test_qt_namespace_is_built_on_the_gui_thread_before_the_open_job(demo_path: Path) -> None:
    """PySide6 builds Qt's namespace enums on first use, which is not safe from two threads:
    the open job imports the views (which use `Qt`), so the controller builds it on the GUI
    thread first; else a shortcut set meanwhile can meet `Qt` without `ItemDataRole`."""
    result = subprocess.run(
        [sys.executable, "-c", _OPEN_STARTED, str(demo_path)],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.stdout.split()[-1] == "built", result.stdout + result.stderr
