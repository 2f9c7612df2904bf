"""Starting the desktop application: QApplication, translations, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ..resources import resources_dir


def application() -> QApplication:
    """Return the QApplication, creating it (with names and translations) the first time."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Frikommune Desktop")
    app.setOrganizationName("Frikommune")
    install_translations(app)
    return app


def install_translations(app: QApplication) -> list[QTranslator]:
    """Load the Danish translation of the program and of Qt's own texts (English fallback)."""
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    loaded = []
    sources = (
        (resources_dir() / "translations", "frikommune_da"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase_da"),
    )
    for folder, name in sources:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            loaded.append(translator)
    return loaded


def run(path: Path | None = None, screenshot_dir: Path | None = None) -> int:
    """Show the window on a file (or the last one, or the welcome screen); return exit code."""
    app = application()
    from .main_window import MainWindow
    from .settings import Settings

    settings = Settings()
    window = MainWindow(settings, interactive=screenshot_dir is None)
    if path is None and settings.recent_files():
        path = settings.recent_files()[0]
    if screenshot_dir is not None:
        if path is not None:
            window.open_file(path)
        from .screenshots import take_screenshots

        written = take_screenshots(window, screenshot_dir)
        print("\n".join(str(p) for p in written))
        window.close()
        return 0 if written else 1
    window.show()
    if path is not None:
        window.open_file_after_show(path)
    return app.exec()
