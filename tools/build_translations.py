"""Update the Danish translation from the GUI sources and compile it for the program.

Usage:
    python tools/build_translations.py           update frikommune_da.ts, write frikommune_da.qm
    python tools/build_translations.py --check   exit 1 if a string lacks a finished Danish
                                                 translation or the .qm is not current

The source strings are the English texts of `self.tr(...)`, `QCoreApplication.translate(...)`
and the Designer forms (ui/*.ui and their compiled frikommune_desktop/gui/forms/ui_*.py).
pyside6-lupdate merges them into resources/translations/frikommune_da.ts, keeping existing
translations and dropping strings no longer used (-no-obsolete); pyside6-lrelease compiles
the .ts into the .qm that `frikommune_desktop.gui.app.install_translations` loads.
Both tools are taken from next to the running Python, falling back to the ones on PATH.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from qt_tools import BuildError, find_tool

ROOT = Path(__file__).resolve().parent.parent
GUI_DIR = ROOT / "frikommune_desktop" / "gui"
UI_DIR = ROOT / "ui"
TRANSLATIONS_DIR = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS_DIR / "frikommune_da.ts"
QM_FILE = TRANSLATIONS_DIR / "frikommune_da.qm"
LANGUAGE = "da_DK"

_PLACEHOLDER = re.compile(r"\{\d*\}|%\d+")
_ACCELERATOR = re.compile(r"(?<!&)&(?![&\s])")


@dataclass(frozen=True)
class Message:
    """One source string of the .ts with its Danish translation and state."""

    context: str
    source: str
    translations: tuple[str, ...]
    kind: str  # '' (finished), 'unfinished', 'vanished' or 'obsolete'

    def describe(self) -> str:
        """Return the message as 'Context: "source"' for a report."""
        return f'{self.context}: "{self.source}"'


def source_files() -> list[Path]:
    """Return every GUI module (forms included) and Designer form, sorted."""
    modules = (p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)
    return sorted(modules) + sorted(UI_DIR.glob("*.ui"))


def _run(command: list[str], what: str) -> None:
    """Run a tool, raising BuildError with its output if it fails."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip()
        raise BuildError(f"{what} failed: {detail}")


def update_ts(lupdate: Path, ts_file: Path) -> None:
    """Merge the current source strings into a .ts file (kept translations, no obsolete)."""
    ts_file.parent.mkdir(parents=True, exist_ok=True)
    _run(
        [
            str(lupdate),
            "-silent",
            "-no-obsolete",
            "-locations",
            "relative",
            "-no-ui-lines",
            "-source-language",
            "en",
            "-target-language",
            LANGUAGE,
            *(str(p) for p in source_files()),
            "-ts",
            str(ts_file),
        ],
        "pyside6-lupdate",
    )


def release(lrelease: Path, ts_file: Path, qm_file: Path) -> None:
    """Compile a .ts file into a .qm file."""
    _run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], "pyside6-lrelease")


def read_messages(ts_file: Path) -> list[Message]:
    """Return every message of a .ts file."""
    messages = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts, kind = (), "unfinished"
            else:
                forms = translation.findall("numerusform")
                nodes = forms if forms else [translation]
                texts = tuple(node.text or "" for node in nodes)
                kind = translation.get("type", "")
            messages.append(Message(name, message.findtext("source", ""), texts, kind))
    return messages


def problems(messages: list[Message]) -> list[str]:
    """Return a line per message without a finished translation or with broken markers."""
    found = []
    for message in messages:
        if message.kind in ("vanished", "obsolete"):
            continue
        if message.kind == "unfinished" or not all(t.strip() for t in message.translations):
            found.append(f"untranslated: {message.describe()}")
            continue
        wanted = sorted(_PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if sorted(_PLACEHOLDER.findall(text)) != wanted:
                found.append(f'placeholders differ: {message.describe()} -> "{text}"')
            if bool(_ACCELERATOR.search(message.source)) != bool(_ACCELERATOR.search(text)):
                found.append(f'accelerator (&) differs: {message.describe()} -> "{text}"')
    return found


def check(lupdate: Path, lrelease: Path) -> list[str]:
    """Return what is not current: untranslated strings and a stale or missing .qm."""
    if not TS_FILE.is_file():
        return [f"{TS_FILE.relative_to(ROOT)} is missing"]
    with tempfile.TemporaryDirectory(prefix="frikommune-tr-") as tmp:
        fresh_ts = Path(tmp) / TS_FILE.name
        shutil.copyfile(TS_FILE, fresh_ts)
        update_ts(lupdate, fresh_ts)
        found = problems(read_messages(fresh_ts))
        fresh_qm = Path(tmp) / QM_FILE.name
        release(lrelease, TS_FILE, fresh_qm)
        if not QM_FILE.is_file():
            found.append(f"{QM_FILE.relative_to(ROOT)} is missing")
        elif QM_FILE.read_bytes() != fresh_qm.read_bytes():
            found.append(f"{QM_FILE.relative_to(ROOT)} is out of date with {TS_FILE.name}")
    return found


def main(argv: list[str] | None = None) -> int:
    """Update and compile the translation, or with --check report gaps; return exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 listing untranslated strings or a stale .qm",
    )
    args = parser.parse_args(argv)
    try:
        lupdate, lrelease = find_tool("pyside6-lupdate"), find_tool("pyside6-lrelease")
        if args.check:
            found = check(lupdate, lrelease)
            if found:
                print(
                    "The Danish translation is not complete and current "
                    "(translate in the .ts, then run: python tools/build_translations.py):"
                )
                for line in found:
                    print(f"  {line}")
                return 1
            count = sum(m.kind == "" for m in read_messages(TS_FILE))
            print(f"All {count} strings have a finished Danish translation; the .qm is current.")
            return 0
        update_ts(lupdate, TS_FILE)
        release(lrelease, TS_FILE, QM_FILE)
        open_lines = problems(read_messages(TS_FILE))
        print(f"wrote {TS_FILE.relative_to(ROOT)} and {QM_FILE.relative_to(ROOT)}")
        if open_lines:
            print(f"{len(open_lines)} strings still need a Danish translation:")
            for line in open_lines:
                print(f"  {line}")
        return 0
    except (BuildError, ET.ParseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
