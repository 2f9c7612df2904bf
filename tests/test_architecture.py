"""The architecture's rules, checked on the source: a Qt-free core, layers and no import cycles.

The layer map below is the one place where the program's structure is written down. A module
may import modules of its own layer and of the layers below it, never above; Qt (PySide6) only
in the gui package; and no chain of imports leads from a module back to itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "frikommune_desktop"
NAME = PACKAGE.name

#: The layers, lowest first: (what it holds, its modules as dotted prefixes under the package).
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("errors and the program's own things", ("errors", "program")),
    ("the domain model", ("model", "dates", "invisible", "provision_parser")),
    ("the network file as SQLite", ("db",)),
    ("sharing the file", ("sharing",)),
    (
        "the store and what reads and edits through it",
        ("store", "opening", "edits", "submission", "queries"),
    ),
    ("law references", ("legal",)),
    ("merging two copies", ("merge",)),
    ("the demo network", ("demo",)),
    ("reading and writing documents", ("zip_limits", "sheets", "applications", "exports")),
    ("the shells", ("cli", "gui", "__main__")),
]
#: The top-level packages that may import Qt.
QT_PACKAGES = {"gui"}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    """Return every module of the package but its root __init__, by dotted name under it."""
    modules = {_module_name(path): path for path in sorted(PACKAGE.rglob("*.py"))}
    modules.pop("")
    return modules


def _imports(module: str, path: Path) -> Iterator[tuple[str, int, bool]]:
    """Yield (absolute dotted name, line, whether at the module's top level) of each import;
    for `from X import y` both X and X.y (y may be a module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top_level = {id(node) for node in tree.body}
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(tree):
        at_top = id(node) in top_level
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno, at_top
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                parts = package.split(".") if package else []
                base = parts[: len(parts) - node.level + 1]
                target = ".".join([*base, node.module] if node.module else base)
                absolute = f"{NAME}.{target}" if target else NAME
            else:
                absolute = node.module or ""
            yield absolute, node.lineno, at_top
            for alias in node.names:
                yield f"{absolute}.{alias.name}", node.lineno, at_top


def _internal_imports(modules: dict[str, Path]) -> dict[str, set[str]]:
    """Return each module's imports of other modules of the package (any depth, any place)."""
    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        found = set()
        for name, _, _ in _imports(module, path):
            inner = name.removeprefix(f"{NAME}.")
            if inner != name and inner in modules and inner != module:
                found.add(inner)
        graph[module] = found
    return graph


def _layer(module: str) -> int:
    for index, (_, prefixes) in enumerate(LAYERS):
        if any(module == p or module.startswith(f"{p}.") for p in prefixes):
            return index
    raise AssertionError(f"{module} is in no layer: add it to LAYERS in tests/test_architecture.py")


def test_every_module_has_a_layer() -> None:
    """Each module of the package is placed in the layer map (a new package must be placed)."""
    modules = _modules()
    assert len(modules) > 50
    for module in modules:
        _layer(module)


def test_imports_run_downwards_only() -> None:
    """No module imports one of a higher layer (lazy imports inside functions included)."""
    wrong = sorted(
        f"{module} ({LAYERS[_layer(module)][0]}) imports {target} ({LAYERS[_layer(target)][0]})"
        for module, targets in _internal_imports(_modules()).items()
        for target in targets
        if _layer(target) > _layer(module)
    )
    assert wrong == []


def test_core_never_imports_qt() -> None:
    """Only the gui package imports PySide6; the command line starts the window lazily."""
    offenders = []
    for module, path in _modules().items():
        top = module.split(".")[0]
        if top in QT_PACKAGES:
            continue
        for name, line, at_top in _imports(module, path):
            lazy_window = top == "cli" and not at_top
            if name.startswith("PySide6") or (name.startswith(f"{NAME}.gui") and not lazy_window):
                offenders.append(f"{module}:{line} imports {name}")
    assert offenders == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the groups of more than one module that import each other in a ring (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_import_cycles() -> None:
    """No chain of imports (lazy and type-checking ones included) leads back to its start."""
    assert _cycles(_internal_imports(_modules())) == []


def test_cycle_finder_sees_a_cycle() -> None:
    """The cycle check finds a two-module and a three-module ring, and none in a chain."""
    assert _cycles({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_layer_check_sees_an_upward_import(tmp_path: Path) -> None:
    """A module of a low layer importing one of a higher layer is found by the import reader."""
    low = tmp_path / "errors.py"
    low.write_text("def f():\n    from .gui import app\n", encoding="utf-8")
    names = {name for name, _, _ in _imports("errors", low)}
    assert f"{NAME}.gui.app" in names
    assert _layer("gui.app") > _layer("errors")
