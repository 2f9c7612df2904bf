"""Compile the Qt Designer forms in ui/ into frikommune_desktop/gui/forms/ui_<stem>.py.

Usage:
    python tools/build_ui.py           compile every ui/*.ui
    python tools/build_ui.py --check   exit 1 if a compiled form is missing or out of date

pyside6-uic is taken from next to the running Python (the project's virtual environment),
falling back to the one on PATH.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from qt_tools import BuildError, find_tool

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "frikommune_desktop" / "gui" / "forms"

# pyside6-uic's header names the Qt version ("## Created by: Qt User Interface Compiler
# version 6.x.y"); such lines are ignored when comparing so a Qt upgrade alone is not "stale".
_VERSION_COMMENT = re.compile(r"^\s*#.*\bversion\b", re.IGNORECASE)


def ui_files() -> list[Path]:
    """Return every Designer form in ui/, sorted by name."""
    return sorted(UI_DIR.glob("*.ui"))


def target_name(ui_file: Path) -> str:
    """Return the compiled module's file name for a form (main_window.ui -> ui_main_window.py)."""
    return f"ui_{ui_file.stem}.py"


def _run(command: list[str], what: str, stdin: str | None = None) -> str:
    """Run a build tool and return its standard output; raise BuildError if it fails."""
    result = subprocess.run(
        command, input=stdin, capture_output=True, text=True, encoding="utf-8", check=False
    )
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise BuildError(f"{what}: {detail}")
    return result.stdout


def compile_form(uic: Path, ui_file: Path, out_file: Path) -> None:
    """Compile one .ui file into a Python module with pyside6-uic, keeping only used imports.

    pyside6-uic imports some forty Qt classes whatever the form uses, and importing a PySide6
    class builds its Python enums, which costs start-up time (about 15 ms for the main
    window's form); ruff's unused-import fix (F401) drops the ones the form does not use.
    """
    name = ui_file.relative_to(ROOT)
    code = _run([str(uic), str(ui_file)], f"pyside6-uic failed on {name}")
    ruff = find_tool("ruff")
    trim = ["check", "--isolated", "--select", "F401", "--fix-only", "--exit-zero"]
    trimmed = _run(
        [str(ruff), *trim, "--stdin-filename", target_name(ui_file), "-"],
        f"ruff could not trim the imports of {name}",
        stdin=code,
    )
    out_file.write_text(trimmed, encoding="utf-8", newline="\n")


def normalised(text: str) -> str:
    """Return compiled form text without version-carrying comment lines, with \\n line ends."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "\n".join(line for line in lines if not _VERSION_COMMENT.match(line))


def build(uic: Path) -> list[Path]:
    """Compile every form into the forms package and return the written files."""
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for ui_file in ui_files():
        out_file = FORMS_DIR / target_name(ui_file)
        compile_form(uic, ui_file, out_file)
        written.append(out_file)
    return written


def stale_forms(uic: Path) -> list[str]:
    """Return the forms whose compiled module is missing or differs from a fresh compile."""
    stale = []
    with tempfile.TemporaryDirectory(prefix="frikommune-ui-") as tmp:
        for ui_file in ui_files():
            fresh = Path(tmp) / target_name(ui_file)
            compile_form(uic, ui_file, fresh)
            current = FORMS_DIR / target_name(ui_file)
            if not current.is_file():
                stale.append(f"{ui_file.name}: {current.relative_to(ROOT)} is missing")
            elif normalised(current.read_text(encoding="utf-8")) != normalised(
                fresh.read_text(encoding="utf-8")
            ):
                stale.append(f"{ui_file.name}: {current.relative_to(ROOT)} is out of date")
    return stale


def orphans() -> list[Path]:
    """Return compiled modules in the forms package whose .ui file no longer exists."""
    expected = {target_name(ui_file) for ui_file in ui_files()}
    return sorted(p for p in FORMS_DIR.glob("ui_*.py") if p.name not in expected)


def main(argv: list[str] | None = None) -> int:
    """Compile the forms, or with --check report stale ones; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 listing forms whose compiled module is missing or stale",
    )
    args = parser.parse_args(argv)
    try:
        uic = find_tool("pyside6-uic")
        if not ui_files():
            print(f"no .ui files in {UI_DIR}", file=sys.stderr)
            return 2
        if args.check:
            stale = stale_forms(uic)
            for path in orphans():
                print(f"note: {path.relative_to(ROOT)} has no .ui file in ui/", file=sys.stderr)
            if stale:
                print("Compiled forms are not current (run: python tools/build_ui.py):")
                for line in stale:
                    print(f"  {line}")
                return 1
            print(f"All {len(ui_files())} compiled forms are current.")
            return 0
        for path in build(uic):
            print(f"wrote {path.relative_to(ROOT)}")
        for path in orphans():
            print(f"note: {path.relative_to(ROOT)} has no .ui file in ui/", file=sys.stderr)
        return 0
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
