"""Entry point of the frozen program (PyInstaller): the same as the `frikommune` command.

`frikommune_desktop/__main__.py` cannot be PyInstaller's script (it imports `.cli`
relatively, and a script has no package), so this file is. What only a frozen build needs is
done here, before the command line runs:

- The windowed Windows executable (console=False) starts with sys.stdout and sys.stderr set
  to None: stdout is pointed at os.devnull, stderr is kept in memory, and an error the
  command line reports (a double-clicked file that has moved) is shown in a message box.
- `frikommune open` with no file starts the window like plain `frikommune`: the Linux menu
  entry runs `frikommune open %f`, and %f is empty when it is started from the menu (the
  command line itself still wants `open PATH`; see packaging/README.md).
- FRIKOMMUNE_SELFTEST=1 checks the bundle instead of running the program: the data files,
  both Danish translations (the program's and Qt's), the icon and the Qt plugins the window
  needs. packaging/build_linux.py runs it after every build; IT staff can run it on an
  installed copy (`set FRIKOMMUNE_SELFTEST=1` then `frikommune.exe`). Exit 0 when all is there.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path


def _ensure_streams() -> io.StringIO | None:
    """Give a windowed executable writable stdout (discarded) and stderr (kept, to be shown);
    return the kept stderr, or None when the program has a console."""
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = io.StringIO()
        return sys.stderr
    return None


def show_error_window(text: str) -> None:
    """Show the command line's error in a message box (the windowed program has no console):
    e.g. a double-clicked .fkdb that has been moved since."""
    from PySide6.QtWidgets import QMessageBox

    from frikommune_desktop.gui.app import application

    application()
    QMessageBox.critical(None, "Frikommune Desktop", text.strip())


def _selftest() -> int:
    """Check what the frozen program needs at run time; print one line per check."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QIcon, QImageReader

    from frikommune_desktop import __version__
    from frikommune_desktop.gui.app import application, install_translations
    from frikommune_desktop.program.resources import resources_dir

    results: list[tuple[bool, str]] = []
    bundle = Path(getattr(sys, "_MEIPASS", "")).resolve()
    results.append((bool(getattr(sys, "frozen", False)), f"frozen build of {__version__}"))
    folder = resources_dir().resolve()
    results.append((folder.is_relative_to(bundle), f"resources from the bundle: {folder}"))
    for name in (
        "laws.json",
        "kommuner.csv",
        "demo_network.json",
        "fonts/DejaVuSansCondensed.ttf",
        "fonts/DejaVuSansCondensed-Bold.ttf",
        "fonts/DejaVuSansCondensed-Oblique.ttf",
        "translations/frikommune_da.qm",
        "icons/frikommune.svg",
        "icons/frikommune-256.png",
    ):
        results.append(((folder / name).is_file(), f"data file {name}"))
    app = application()
    loaded = install_translations(app)
    results.append((len(loaded) == 2, f"Danish translations loaded: {len(loaded)} of 2"))
    qt_translations = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    results.append(
        (
            QTranslator().load("qtbase_da", str(qt_translations)),
            f"Qt's own Danish texts in {qt_translations}",
        )
    )
    icon = QIcon(str(folder / "icons" / "frikommune-256.png"))
    results.append((not icon.isNull(), "application icon (PNG) loads"))
    results.append((not app.windowIcon().isNull(), "the program set its window icon"))
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    results.append(({"png", "svg"} <= formats, f"image formats: {', '.join(sorted(formats))}"))
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    wanted = ["offscreen"] + (["windows"] if sys.platform == "win32" else ["xcb", "wayland"])
    for name in wanted:
        found = list((plugins / "platforms").glob(f"*q{name}*"))
        results.append((bool(found), f"Qt platform plugin {name}"))
    for ok, text in results:
        print(f"{'ok  ' if ok else 'FAIL'} {text}")
    failed = sum(not ok for ok, _ in results)
    # Not "N passed, N failed": CI reads such a line as a test runner's summary.
    if failed:
        print(f"selftest: {failed} of {len(results)} checks FAILED")
        return 1
    print(f"selftest: all {len(results)} checks ok")
    return 0


if __name__ == "__main__":
    kept_errors = _ensure_streams()
    if os.environ.get("FRIKOMMUNE_SELFTEST") == "1":
        sys.exit(_selftest())
    if sys.argv[1:] == ["open"]:
        del sys.argv[1:]
    from frikommune_desktop.cli.main import main

    code = main()
    if code and kept_errors is not None and kept_errors.getvalue().strip():
        show_error_window(kept_errors.getvalue())
    sys.exit(code)
