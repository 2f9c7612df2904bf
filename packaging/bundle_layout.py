"""What goes into the frozen bundle: shared by packaging/frikommune.spec and the tests.

Kept free of PyInstaller imports so tests/test_packaging.py can check it without building.
"""

from __future__ import annotations

import fnmatch
import posixpath
import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
ICON_ICO = RESOURCES / "icons" / "frikommune.ico"
ENTRY_SCRIPT = ROOT / "packaging" / "frikommune_main.py"

#: The name of the one-folder bundle (build/dist/<BUNDLE_NAME>/).
BUNDLE_NAME = "frikommune"
#: The command-line executable (console): `frikommune --version`, `frikommune check …`.
CONSOLE_EXE = "frikommune"
#: Windows only: the windowed executable the Start menu and a double-clicked .fkdb start.
#: Not "Frikommune.exe": Windows file names ignore case, so it would be frikommune.exe.
WINDOWED_EXE = "FrikommuneDesktop"

#: Files under resources/ that are sources, not read by the program (the .ts is compiled
#: into the .qm the program loads; the icon's SVG stays: the Linux install uses it).
SOURCE_ONLY_SUFFIXES = (".ts",)

#: Modules the program never imports; excluded so that nothing pulls them in by accident.
#: PyInstaller already leaves out Qt modules nobody imports; naming the big ones here keeps
#: it so if a dependency starts importing one optionally.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "ensurepip",
    "venv",
    "test",
    "pytest",
    "hypothesis",
    "numpy",
    # Pillow (reportlab needs it) without its AVIF codec (4.8 MB of libavif) and Tk parts.
    "PIL._avif",
    "PIL.AvifImagePlugin",
    "PIL.ImageTk",
    "PIL._imagingtk",
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtDBus",  # the Python module only: libQt6Gui still links (and gets) libQt6DBus
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",  # PySide6's hooks add it, nothing uses it; with it go TLS, Kerberos
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
]

#: Qt plugins the program does not need, as globs on the bundle path (…/plugins/TYPE/FILE).
#: PyInstaller collects every plugin of a type a used module names; the ones below are for
#: embedded framebuffers, VNC, QML's virtual keyboard, PDF pages as images, and networking.
#: Kept: the platforms xcb and wayland (Linux desktops), windows (Windows), offscreen and
#: minimal (headless use and the screenshot smoke test), the platform themes, input methods
#: (compose, ibus), image formats, icon engines (SVG), styles, Wayland's shell/decoration.
UNUSED_QT_PLUGINS = (
    "*/plugins/platforms/*qeglfs*",
    "*/plugins/platforms/*qlinuxfb*",
    "*/plugins/platforms/*qminimalegl*",
    "*/plugins/platforms/*qvkkhrdisplay*",
    "*/plugins/platforms/*qvnc*",
    "*/plugins/egldeviceintegrations/*",
    "*/plugins/generic/*",
    "*/plugins/platforminputcontexts/*virtualkeyboard*",
    "*/plugins/imageformats/*qpdf*",
    "*/plugins/networkinformation/*",
    "*/plugins/tls/*",
)

#: The Qt translations kept: Danish only (English is Qt's source language, built in).
QT_TRANSLATION_SUFFIX = "_da.qm"

_QT_LIBRARY = re.compile(r"^(lib)?Qt6\w+(\.so\.6|\.dll)$", re.IGNORECASE)


def _posix(dest: str) -> PurePosixPath:
    """Return a bundle path with / separators (Windows TOC entries use backslashes)."""
    return PurePosixPath(dest.replace("\\", "/"))


def is_unused_qt_plugin(dest: str) -> bool:
    """Tell whether a bundle path is a Qt plugin the program does not need."""
    path = _posix(dest).as_posix()
    return any(fnmatch.fnmatch(path, pattern) for pattern in UNUSED_QT_PLUGINS)


def is_unused_qt_translation(dest: str) -> bool:
    """Tell whether a bundle path is one of Qt's own translations in another language."""
    path = _posix(dest)
    return (
        path.parts[:1] == ("PySide6",)
        and "translations" in path.parts
        and path.suffix == ".qm"
        and not path.name.endswith(QT_TRANSLATION_SUFFIX)
    )


def is_qt_library(dest: str) -> bool:
    """Tell whether a bundle path is one of Qt's module libraries (libQt6Xyz.so.6, Qt6Xyz.dll)."""
    return bool(_QT_LIBRARY.match(_posix(dest).name))


def prune_binaries(
    binaries: Iterable[tuple[str, str, str]],
    imports_of: Callable[[str], Iterable[str]],
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """Drop unused Qt plugins, then every Qt library that nothing kept links against.

    `binaries` are PyInstaller's (dest, source, typecode) entries; `imports_of(source)` gives
    the library names a binary links against (PyInstaller's bindepend.get_imports in the
    spec). Only Qt's own module libraries are ever dropped by the second step: a library of
    anyone else stays, whoever needs it. Returns the kept entries and the dropped dests.
    """
    entries = list(binaries)
    kept = [e for e in entries if not is_unused_qt_plugin(e[0])]
    qt_libraries: dict[str, list[tuple[str, str, str]]] = {}
    for entry in kept:
        if is_qt_library(entry[0]):
            qt_libraries.setdefault(_posix(entry[0]).name.lower(), []).append(entry)
    reached: set[str] = set()
    pending = [e for e in kept if not is_qt_library(e[0])]
    while pending:
        entry = pending.pop()
        for name in imports_of(entry[1]):
            key = _posix(name).name.lower()
            if key in qt_libraries and key not in reached:
                reached.add(key)
                pending.extend(qt_libraries[key])
    result = [e for e in kept if not is_qt_library(e[0]) or _posix(e[0]).name.lower() in reached]
    kept_dests = {e[0] for e in result}
    dropped = sorted(e[0] for e in entries if e[0] not in kept_dests)
    return result, dropped


def prune_datas(
    datas: Iterable[tuple[str, str, str]], dropped_binaries: Iterable[str] = ()
) -> list[tuple[str, str, str]]:
    """Drop Qt's translations into languages other than Danish, and symbolic links to binaries
    prune_binaries dropped (PyInstaller lists a link such as _internal/libQt6Quick.so.6 ->
    PySide6/Qt/lib/libQt6Quick.so.6 among the datas, typecode SYMLINK, target relative)."""
    gone = {posixpath.normpath(_posix(dest).as_posix()) for dest in dropped_binaries}
    result = []
    for dest, source, kind in datas:
        if is_unused_qt_translation(dest):
            continue
        if kind == "SYMLINK":
            folder = posixpath.dirname(_posix(dest).as_posix())
            target = posixpath.join(folder, _posix(source).as_posix())
            if posixpath.normpath(target) in gone:
                continue
        result.append((dest, source, kind))
    return result


def package_version() -> str:
    """Return frikommune_desktop.__version__, read from the source (no import)."""
    text = (ROOT / "frikommune_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*"([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise ValueError("frikommune_desktop/__init__.py has no __version__")
    return match.group(1)


def resource_datas() -> list[tuple[str, str]]:
    """Return PyInstaller datas: every file under resources/ but sources, kept in its folder.

    The bundle gets the same layout as the source tree (resources/fonts/…,
    resources/translations/…), which is where frikommune_desktop.program.resources.resources_dir()
    looks in a frozen build (sys._MEIPASS/resources).
    """
    datas = []
    for path in sorted(RESOURCES.rglob("*")):
        if path.is_file() and path.suffix not in SOURCE_ONLY_SUFFIXES:
            target = Path("resources") / path.parent.relative_to(RESOURCES)
            datas.append((str(path), target.as_posix()))
    return datas


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """Return a version as the four numbers a Windows version resource holds (0.1.0 -> 0,1,0,0)."""
    numbers = [int(part) for part in re.findall(r"\d+", version)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def windows_version_info(version: str, exe_name: str, description: str) -> str:
    """Return a Windows version resource in PyInstaller's text form (pyi-grab_version's output).

    The string table is Danish (language 0x0406) in Unicode (code page 1200 = 0x04B0); Windows
    shows FileDescription as the program's name in "Open with" and the Task Manager.
    """
    numbers = version_tuple(version)
    strings = {
        "CompanyName": "Frikommune",
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": exe_name,
        "LegalCopyright": "MIT-licens",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": "Frikommune Desktop",
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({k!r}, {v!r})" for k, v in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3f,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0)
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040604B0',
        [{table}])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0406, 1200])])
  ]
)
"""
