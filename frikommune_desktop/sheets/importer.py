"""Importing the municipalities' spreadsheets: a plan of what changes, then one transaction.

`plan_import` reads every file and compares each row with the network file, without writing:
each row is to be added, changed, removed or left alone, or it is a problem. If any file has
a problem, nothing is planned and `InputRefusedError` lists every problem found. A plan is
applied as one `BatchEdit` (all rows, or none), which can be reverted (the GUI's undo).
Empty cells never erase what the file already holds; importing a spreadsheet a second time
plans nothing but "unchanged".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..edits import BatchEdit
from ..errors import InputRefusedError, Problem
from ..store import Store
from .reader import WorkbookData, read_sheets
from .rows import Action, PlannedChange, RowPlanner
from .workbook import SheetLimits

__all__ = [
    "Action",
    "ImportPlan",
    "PlannedChange",
    "import_spreadsheets",
    "plan_import",
    "plan_workbooks",
    "read_workbooks",
]


@dataclass
class ImportPlan:
    """What importing some spreadsheets would do, row by row, and the edit that does it."""

    files: tuple[str, ...]
    changes: list[PlannedChange]
    edit: BatchEdit

    def count(self, action: Action) -> int:
        """Return how many rows the import treats this way."""
        return sum(1 for change in self.changes if change.action is action)

    @property
    def changes_anything(self) -> bool:
        """Return whether applying the plan would change the file."""
        return bool(self.edit.adds or self.edit.updates or self.edit.removes)

    def summary(self) -> str:
        """Return one Danish line: how many rows are added, changed, removed, left alone."""
        counts = Counter(change.action for change in self.changes)
        parts = [f"{counts[action]} {action.label}" for action in Action]
        files = "1 regneark" if len(self.files) == 1 else f"{len(self.files)} regneark"
        return f"{files}: " + ", ".join(parts) + "."


def read_workbooks(
    paths: Sequence[Path | str],
    limits: SheetLimits | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> tuple[list[WorkbookData], list[Problem]]:
    """Read the spreadsheets (no network file needed), collecting the files that cannot be read.

    What is wrong with a sheet of a file that can be read stays with its `WorkbookData`, and
    its other sheets are read, so that planning checks their rows too.

    This is the slow part of an import, and touches only the spreadsheets: the GUI runs it
    off its thread, reporting progress per file.
    """
    if not paths:
        return [], [Problem("", "Vælg mindst ét regneark at indlæse.")]
    workbooks: list[WorkbookData] = []
    problems: list[Problem] = []
    for done, path in enumerate(map(Path, paths)):
        if progress is not None:
            progress(done, len(paths), path.name)
        try:
            workbooks.append(read_sheets(path, limits))
        except InputRefusedError as exc:
            problems.extend(exc.problems)
    return workbooks, problems


def plan_workbooks(
    store: Store, workbooks: Sequence[WorkbookData], problems: Sequence[Problem] = ()
) -> ImportPlan:
    """Plan the import of spreadsheets already read, or refuse listing every problem found.

    Every row of every readable sheet is checked, whatever else is wrong: problems are listed
    file by file (a file that could not be opened first), and nothing is planned if any.
    """
    planner = RowPlanner(store)
    for workbook in workbooks:
        planner.add_workbook(workbook)
    found = [*problems, *planner.problems]
    if found:
        raise InputRefusedError(found)
    names = tuple(workbook.name for workbook in workbooks)
    edit = BatchEdit(planner.adds, planner.updates, planner.removes, _edit_text(names))
    return ImportPlan(names, planner.changes, edit)


def plan_import(
    store: Store, paths: Sequence[Path | str], limits: SheetLimits | None = None
) -> ImportPlan:
    """Read the spreadsheets and plan their import, or refuse listing every problem found."""
    return plan_workbooks(store, *read_workbooks(paths, limits))


def import_spreadsheets(
    store: Store, paths: Sequence[Path | str], *, dry_run: bool = False
) -> ImportPlan:
    """Plan the import of the spreadsheets and, unless dry_run, store it in one transaction."""
    plan = plan_import(store, paths)
    if not dry_run and plan.changes_anything:
        plan.edit.apply(store)
    return plan


def _edit_text(names: Iterable[str]) -> str:
    names = list(names)
    return f"Indlæs {names[0]}" if len(names) == 1 else f"Indlæs {len(names)} regneark"
