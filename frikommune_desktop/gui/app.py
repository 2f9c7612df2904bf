"""Starting the desktop application: QApplication, translations, icon, first start, window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLibraryInfo, QLocale, QSize, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..errors import ResourceError
from ..program.resources import resource_path, resources_dir
from . import unexpected

# Qt 6's own texts that Qt's Danish translation (qtbase_da) lacks, since their English
# changed (an accelerator was added): the program's translation carries them instead.
QT_TEXTS_MISSING_IN_DANISH = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


#: The program's icon in resources/: one PNG per size (the first, unsized, if it is shipped).
ICON_FILES: tuple[tuple[str, int], ...] = (
    ("icons/frikommune.png", 0),
    *((f"icons/frikommune-{size}.png", size) for size in (16, 24, 32, 48, 64, 128, 256, 512)),
)


def application() -> QApplication:
    """Return the QApplication, creating it (with names and translations) the first time."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Frikommune Desktop")
    app.setOrganizationName("Frikommune")
    app.setDesktopFileName("frikommune")  # Wayland/GNOME tie the window to frikommune.desktop
    install_translations(app)
    install_window_icon(app)
    return app


def install_window_icon(app: QApplication) -> bool:
    """Give every window the program's icon from resources/icons; skip it when not shipped."""
    icon = QIcon()
    for name, size in ICON_FILES:
        try:
            path = resource_path(name)
        except ResourceError:
            continue
        icon.addFile(str(path), QSize(size, size) if size else QSize())
    if icon.isNull():
        return False
    app.setWindowIcon(icon)
    return True


def ask_profile_on_first_start(interactive: bool = True) -> bool:
    """On the first start (no profile, no FRIKOMMUNE_USER) ask for the name and municipality;
    return whether it was asked. Cancelling keeps the login name, and asks again next start."""
    from ..program.profile import needs_first_start

    if not interactive or not needs_first_start():
        return False
    from .profile_dialog import ProfileDialog

    dialog = ProfileDialog(first_start=True)
    dialog.exec()
    dialog.deleteLater()
    return True


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
    unexpected.install()  # from here on, an uncaught error is logged and told in one box
    from .main_window import MainWindow
    from .settings import Settings

    interactive = screenshot_dir is None  # screenshots (and CI) never wait for an answer
    ask_profile_on_first_start(interactive)
    settings = Settings()
    window = MainWindow(settings, interactive=interactive)
    if path is None and settings.recent_files():
        path = settings.recent_files()[0]
    if screenshot_dir is not None:
        if path is not None:
            window.open_file(path)
            window.controller.wait()
        from .screenshots import take_screenshots

        written = take_screenshots(window, screenshot_dir)
        print("\n".join(str(p) for p in written))
        window.close()  # the file closes off the GUI thread, then the window
        window.controller.wait()
        return 0 if written else 1
    window.show()
    if path is not None:
        window.open_file_after_show(path)
    return app.exec()
