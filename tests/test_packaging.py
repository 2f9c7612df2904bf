"""The installers' inputs, checked without building: the PyInstaller spec and its layout helper,
the icon files, the Linux .desktop and MIME files and scripts, and the Inno Setup script."""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
SPEC = PACKAGING / "frikommune.spec"
ISS = PACKAGING / "windows" / "frikommune.iss"
DESKTOP = PACKAGING / "linux" / "frikommune.desktop"
MIME = PACKAGING / "linux" / "frikommune-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load_layout():
    spec = importlib.util.spec_from_file_location("bundle_layout", PACKAGING / "bundle_layout.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


layout = _load_layout()


# --- the PyInstaller spec -------------------------------------------------------------------


def test_spec_is_python_and_uses_the_layout_for_data_and_icon():
    """The spec compiles and takes its data files, icon and entry script from bundle_layout."""
    text = SPEC.read_text(encoding="utf-8")
    compile(text, str(SPEC), "exec")
    assert "datas=layout.resource_datas()" in text
    assert "icon=str(layout.ICON_ICO) if WINDOWS" in text
    assert "layout.ENTRY_SCRIPT" in text
    assert layout.ICON_ICO.is_file()
    assert layout.ENTRY_SCRIPT.is_file()


def test_resource_datas_carry_every_resource_file_in_its_folder():
    """Every file under resources/ but the .ts source goes to resources/<same folder>."""
    datas = layout.resource_datas()
    carried = {Path(dest) / Path(src).name for src, dest in datas}
    expected = {
        Path("resources") / path.relative_to(RESOURCES)
        for path in RESOURCES.rglob("*")
        if path.is_file() and path.suffix != ".ts"
    }
    assert carried == expected
    assert Path("resources/icons/frikommune.ico") in carried
    assert Path("resources/icons/frikommune-256.png") in carried


def _runtime_resource_names() -> set[str]:
    """Return the resources/ files the program's source names in string literals."""
    files = {p.relative_to(RESOURCES).as_posix() for p in RESOURCES.rglob("*") if p.is_file()}
    named = set()
    for source in (ROOT / "frikommune_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                for candidate in (value, f"translations/{value}.qm"):
                    if candidate in files:
                        named.add(candidate)
    return named


def test_every_resource_the_program_reads_is_in_the_bundle():
    """The data files the code reads at run time (laws, municipalities, fonts, .qm, guide) ship."""
    named = _runtime_resource_names()
    assert {
        "laws.json",
        "kommuner.csv",
        "demo_network.json",
        "fonts/DejaVuSansCondensed.ttf",
        "fonts/DejaVuSansCondensed-Bold.ttf",
        "fonts/DejaVuSansCondensed-Oblique.ttf",
        "translations/frikommune_da.qm",
        "guide/brugervejledning.html",
    } <= named
    carried = {(Path(dest) / Path(src).name).as_posix() for src, dest in layout.resource_datas()}
    assert {f"resources/{name}" for name in named} <= carried


def test_the_danish_hyphenation_dictionary_goes_into_the_bundle():
    """The PDFs import pyphen themselves, and PyInstaller's pyphen hook carries hyph_da_DK.dic."""
    hooks = pytest.importorskip("PyInstaller.utils.hooks")
    source = (ROOT / "frikommune_desktop" / "exports" / "pdf_fit.py").read_text(encoding="utf-8")
    imported = {
        alias.name
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    assert "pyphen" in imported
    collected = {Path(src).name for src, _dest in hooks.collect_data_files("pyphen")}
    assert "hyph_da_DK.dic" in collected


def test_windowed_and_console_executables_differ_on_a_case_blind_file_system():
    """The two Windows executables cannot collide (frikommune.exe vs Frikommune.exe would)."""
    assert layout.WINDOWED_EXE.lower() != layout.CONSOLE_EXE.lower()


def test_unused_qt_plugins_and_translations_are_recognised():
    """Plugin and translation filters hit embedded/QML/PDF plugins, keep what the window needs."""
    assert layout.is_unused_qt_plugin("PySide6/Qt/plugins/platforms/libqeglfs.so")
    assert layout.is_unused_qt_plugin("PySide6\\plugins\\imageformats\\qpdf.dll")
    assert layout.is_unused_qt_plugin(
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so"
    )
    for kept in (
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
    ):
        assert not layout.is_unused_qt_plugin(kept), kept
    assert layout.is_unused_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not layout.is_unused_qt_translation("PySide6/Qt/translations/qtbase_da.qm")
    assert not layout.is_unused_qt_translation("resources/translations/frikommune_xx.qm")


def test_prune_drops_only_qt_libraries_nothing_kept_links_against():
    """Pruning removes Qt libraries reachable only from dropped plugins, never other libraries."""
    binaries = [
        ("PySide6/QtWidgets.abi3.so", "/s/QtWidgets.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", "/s/libQt6Widgets.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/s/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Quick.so.6", "/s/libQt6Quick.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Qml.so.6", "/s/libQt6Qml.so.6", "BINARY"),
        (
            "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
            "/s/libqtvirtualkeyboardplugin.so",
            "BINARY",
        ),
        ("libkrb5.so.3", "/s/libkrb5.so.3", "BINARY"),
    ]
    imports = {
        "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6"],
        "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
        "/s/libqtvirtualkeyboardplugin.so": ["libQt6Quick.so.6", "libQt6Qml.so.6"],
        "/s/libQt6Quick.so.6": ["libQt6Qml.so.6"],
    }
    kept, dropped = layout.prune_binaries(binaries, lambda source: imports.get(source, []))
    assert {dest for dest, _src, _kind in kept} == {
        "PySide6/QtWidgets.abi3.so",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "libkrb5.so.3",
    }
    assert "PySide6/Qt/lib/libQt6Quick.so.6" in dropped
    datas = [
        ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK"),
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
        ("PySide6/Qt/translations/qtbase_fr.qm", "/s/qtbase_fr.qm", "DATA"),
        ("PySide6/Qt/translations/qtbase_da.qm", "/s/qtbase_da.qm", "DATA"),
    ]
    assert [d[0] for d in layout.prune_datas(datas, dropped)] == [
        "libQt6Gui.so.6",
        "PySide6/Qt/translations/qtbase_da.qm",
    ]


def test_windows_version_resource_names_the_package_version():
    """The .exe version resource is well-formed and carries frikommune_desktop.__version__."""
    version = layout.package_version()
    text = layout.windows_version_info(version, "FrikommuneDesktop", "Frikommune Desktop")
    tree = ast.parse(text, mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    assert f"StringStruct('ProductVersion', '{version}')" in text
    assert f"filevers={layout.version_tuple(version)}" in text
    assert layout.version_tuple("1.2") == (1, 2, 0, 0)


def test_pyproject_has_the_package_extra():
    """`pip install -e .[package]` brings PyInstaller 6.10 or newer."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["optional-dependencies"]["package"] == ["pyinstaller>=6.10"]


# --- the icon -------------------------------------------------------------------------------


def test_icon_files_are_current():
    """The PNG sizes and the .ico are what tools/build_icons.py makes from the SVG now."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_icons.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ico_holds_the_sizes_windows_needs():
    """frikommune.ico has 16, 32, 48, 64 and 256 px (Inno Setup's SetupIconFile advice)."""
    data = (RESOURCES / "icons" / "frikommune.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {data[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 64, 256} <= sizes


# --- Linux ----------------------------------------------------------------------------------


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def _mime_type() -> ET.Element:
    root = ET.parse(MIME).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert len(types) == 1
    return types[0]


def test_desktop_file_has_the_required_keys():
    """The .desktop entry is an application that opens .fkdb files with the frikommune icon."""
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[da]"]
    assert entry["Exec"] == "frikommune open %f"
    assert entry["Icon"] == "frikommune"
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_desktop_mime_type_is_the_one_the_mime_file_defines():
    """The .desktop MimeType names exactly the type the shared-mime-info file declares."""
    declared = [t for t in _desktop_entry()["MimeType"].split(";") if t]
    assert declared == [_mime_type().get("type")] == ["application/x-frikommune-network"]


def test_mime_file_matches_by_name_only():
    """*.fkdb is recognised by its glob; no magic rule claims every SQLite file."""
    mime_type = _mime_type()
    assert [g.get("pattern") for g in mime_type.findall(f"{MIME_NS}glob")] == ["*.fkdb"]
    assert mime_type.find(f"{MIME_NS}magic") is None


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validates():
    """desktop-file-validate accepts the .desktop file."""
    result = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts")
def test_linux_scripts_are_valid_shell():
    """install.sh and uninstall.sh parse as POSIX sh."""
    for name in ("install.sh", "uninstall.sh"):
        result = subprocess.run(
            ["sh", "-n", str(PACKAGING / "linux" / name)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, f"{name}: {result.stderr}"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX shell scripts")
def test_linux_uninstall_keeps_network_files(tmp_path):
    """uninstall.sh removes the program but never a .fkdb file, nor the user's data folder."""
    home = tmp_path / "home"
    opt = home / ".local" / "opt" / "frikommune"
    (opt / "_internal").mkdir(parents=True)
    (opt / "frikommune").write_text("program")
    (opt / "_internal" / "lib.so").write_text("library")
    (opt / "net.fkdb").write_text("a network file saved here by mistake")
    (opt / "net.fkdb.lock").write_text("its lock")
    data = home / ".local" / "share" / "Frikommune Desktop" / "backups"
    data.mkdir(parents=True)
    (data / "net-1.fkdb").write_text("a backup")
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "frikommune").symlink_to(opt / "frikommune")
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    result = subprocess.run(
        ["sh", str(PACKAGING / "linux" / "uninstall.sh")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in opt.rglob("*")) == ["net.fkdb", "net.fkdb.lock"]
    assert (data / "net-1.fkdb").read_text() == "a backup"
    assert not (home / ".local" / "bin" / "frikommune").exists()


# --- Windows (Inno Setup) -------------------------------------------------------------------


def _iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def _iss_section(name: str) -> list[str]:
    """Return the non-comment lines of one [Section] of the .iss file."""
    lines, current = [], None
    for raw in _iss().splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[[A-Za-z]+\]", line):
            current = line[1:-1].lower()
        elif current == name.lower() and line and not line.startswith(";"):
            lines.append(line)
    return lines


def _iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"', _iss(), re.MULTILINE))


def _setup_directives() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in _iss_section("Setup") if "=" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def _unquote(value: str) -> str:
    """Return a parameter value without its enclosing quotes (inner "" stay doubled)."""
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


def _entries(section: str) -> list[dict[str, str]]:
    """Parse `Key: value; Key: "value"` entries (values with ; inside quotes are kept)."""
    result = []
    for line in _iss_section(section):
        fields = re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line)
        result.append({key: _unquote(value.strip()) for key, value in fields})
    return result


def test_iss_installs_per_user_without_admin_rights():
    """The installer never asks for administrator rights and installs under {autopf}."""
    setup = _setup_directives()
    assert setup["PrivilegesRequired"] == "lowest"
    assert "dialog" not in setup.get("PrivilegesRequiredOverridesAllowed", "")
    assert setup["DefaultDirName"].startswith("{autopf}\\")
    assert setup["ChangesAssociations"] == "yes"
    assert setup["UsedUserAreasWarning"] == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["SetupIconFile"].endswith("\\resources\\icons\\frikommune.ico")
    # No machine-wide location, whatever the install mode: only "auto" constants and HKA.
    for constant in (
        "{commonpf",
        "{commonappdata}",
        "{commondesktop}",
        "{commonprograms}",
        "{pf}",
        "{userpf}",
        "{userdesktop}",
        "{group}",
    ):
        assert constant not in _iss().split("[Setup]", 1)[1], constant


def test_iss_associates_fkdb_under_the_users_classes():
    """.fkdb opens in the windowed program: HKA (= HKCU per user) Software\\Classes, `open "%1"`."""
    defines = _iss_defines()
    assert defines["GuiExe"] == f"{layout.WINDOWED_EXE}.exe"
    assert defines["CliExe"] == f"{layout.CONSOLE_EXE}.exe"
    registry = _entries("Registry")
    assert registry and all(entry["Root"] in ("HKA", "HKCU") for entry in registry)
    assert all(entry["Subkey"].startswith("Software\\Classes\\") for entry in registry)
    by_key = {(e["Subkey"], e.get("ValueName", "")): e for e in registry}
    progid = defines["ProgId"]
    assert by_key[("Software\\Classes\\.fkdb", "")]["ValueData"] == "{#ProgId}"
    command = by_key[("Software\\Classes\\{#ProgId}\\shell\\open\\command", "")]["ValueData"]
    assert command == '""{app}\\{#GuiExe}"" open ""%1""'
    assert progid and "{" not in progid


def test_iss_uninstall_leaves_network_files_and_user_data_alone():
    """No uninstall rule can delete a .fkdb file, the data folder or a shared registry key."""
    forbidden = re.compile(
        r"fkdb|appdata|localappdata|userdocs|userdesktop|Frikommune Desktop", re.IGNORECASE
    )
    for entry in _entries("UninstallDelete"):
        assert not forbidden.search(entry.get("Name", "")), entry
        assert entry.get("Name", "").startswith("{app}\\"), entry
    for entry in _entries("InstallDelete"):
        assert entry["Name"].startswith("{app}\\") and "fkdb" not in entry["Name"].lower(), entry
    for entry in _entries("Registry"):
        flags = entry.get("Flags", "").split()
        if "uninsdeletekey" in flags:
            # Only keys that are the program's own: its ProgID and its Applications entry.
            own = ("Software\\Classes\\{#ProgId}", "Software\\Classes\\Applications\\{#GuiExe}")
            assert entry["Subkey"] in own, entry
    source = [e["Source"] for e in _entries("Files")]
    assert source == ["{#BundleDir}\\*"]


def test_iss_offers_danish_and_english():
    """Setup speaks Danish and English (Inno Setup's own Danish.isl and Default.isl)."""
    languages = {e["Name"]: e["MessagesFile"] for e in _entries("Languages")}
    assert languages == {
        "danish": "compiler:Languages\\Danish.isl",
        "english": "compiler:Default.isl",
    }


_WINDOWED = r"""
import runpy, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from frikommune_desktop.gui.app import application

app = application()
seen = []

def close_box():
    box = QApplication.activeModalWidget()
    if box is None:
        QTimer.singleShot(20, close_box)
        return
    seen.append(box.text())
    box.close()

QTimer.singleShot(20, close_box)
sys.stdout = sys.stderr = None  # what a console=False Windows executable starts with
sys.argv = ["FrikommuneDesktop.exe", "open", sys.argv[1]]
try:
    runpy.run_path(PATH, run_name="__main__")
except SystemExit as exit_:
    with open(OUT, "w", encoding="utf-8") as handle:
        handle.write(f"{exit_.code}\n" + "\n".join(seen))
"""


def test_the_windowed_program_shows_a_command_line_error_in_a_message_box(tmp_path: Path) -> None:
    """Double-clicking a .fkdb that has moved shows the error in a window, not nowhere."""
    out = tmp_path / "shown.txt"
    missing = tmp_path / "flyttet.fkdb"
    code = _WINDOWED.replace("PATH", repr(str(PACKAGING / "frikommune_main.py"))).replace(
        "OUT", repr(str(out))
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(missing)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    exit_code, shown = out.read_text(encoding="utf-8").split("\n", 1)
    assert exit_code == "1"
    assert "flyttet.fkdb" in shown and "findes ikke" in shown
