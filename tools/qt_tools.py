"""What the build tools share: finding PySide6's command-line tools and their error."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


class BuildError(Exception):
    """A PySide6 tool is missing or failed."""


def find_tool(name: str) -> Path:
    """Return a PySide6 tool (pyside6-uic, pyside6-lupdate, ...) next to Python, else on PATH."""
    bindir = Path(sys.executable).parent
    for candidate in (bindir / name, bindir / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    found = shutil.which(name)
    if found:
        return Path(found)
    raise BuildError(
        f"{name} was not found next to {sys.executable} nor on PATH; "
        "install the project's dependencies (pip install -e '.[dev]') and try again"
    )
