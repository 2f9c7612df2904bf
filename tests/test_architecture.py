"""The architecture's rules, checked on the source: a Qt-free core and one-way dependencies."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "frikommune_desktop"


def _imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in tree.body if top_level_only else ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            prefix = "." * node.level
            names.add(prefix + (node.module or ""))
    return names


def test_core_modules_never_import_qt_or_the_gui() -> None:
    """Nothing outside frikommune_desktop/gui imports PySide6 or the gui package."""
    core = [p for p in PACKAGE.rglob("*.py") if "gui" not in p.relative_to(PACKAGE).parts]
    assert len(core) >= 10
    # The command line is the shell above both: it may start the GUI, but only lazily.
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(
            name
            for name in _imports(path, top_level_only=path.name == "cli.py")
            if name.startswith("PySide6") or "gui" in name
        )
        for path in core
    }
    assert {k: v for k, v in offenders.items() if v} == {}
