"""Importing the municipalities' spreadsheets: a plan of what changes, then one transaction.

`plan_import` reads every file and compares each row with the network file, without writing:
each row is to be added, changed, removed or left alone, or it is a problem. If any file has
a problem, nothing is planned and `InputRefusedError` lists every problem found. A plan is
applied as one `BatchEdit` (all rows, or none), which can be reverted (the GUI's undo).
Empty cells never erase what the file already holds; importing a spreadsheet a second time
plans nothing but "unchanged".

What a spreadsheet would change in rows the whole network shares (a legal-basis row's purpose,
justification or type, which go to the ministry) is listed apart as `ImportPlan.shared`, one
SharedChange per field with the old and the new text. The plan's own `edit` leaves them out:
the network's text wins unless a change is accepted (`edit_with`), because one municipality's
spreadsheet must not rewrite what every member has agreed to send.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..edits import BatchEdit, UpdateRecord
from ..errors import InputRefusedError, Problem
from ..store import Store
from .changes import Action, PlannedChange, SharedChange
from .reader import WorkbookData, read_sheets
from .rows import RowPlanner
from .workbook import SheetLimits

__all__ = [
    "Action",
    "ImportPlan",
    "PlannedChange",
    "SharedChange",
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
    edit: BatchEdit  # without the shared changes: the network's text wins
    shared: list[SharedChange] = field(default_factory=list)

    def count(self, action: Action) -> int:
        """Return how many rows the import treats this way."""
        return sum(1 for change in self.changes if change.action is action)

    @property
    def changes_anything(self) -> bool:
        """Return whether applying the plan (no shared change accepted) would change the file."""
        return changes_anything(self.edit)

    @property
    def offers_anything(self) -> bool:
        """Return whether the plan changes the file or proposes a shared change to accept."""
        return self.changes_anything or bool(self.shared)

    def edit_with(self, accepted: Iterable[SharedChange]) -> BatchEdit:
        """Return the import as one edit that also stores the accepted shared changes.

        Only accepted changes of this plan are written; two accepted changes of one field
        (from two spreadsheets) store the later one.
        """
        chosen = set(accepted)
        if not chosen:
            return self.edit
        fields: dict[tuple[type[Any], str], dict[str, Any]] = {}
        whats: dict[tuple[type[Any], str], str] = {}
        for change in self.shared:
            if change in chosen:
                key = (change.kind, change.record_id)
                fields.setdefault(key, {})[change.field] = change.new
                whats.setdefault(key, change.what)
        updates = [UpdateRecord(u.kind, u.record_id, u.changes, u.text) for u in self.edit.updates]
        updates += [UpdateRecord(*key, values, whats[key]) for key, values in fields.items()]
        return BatchEdit(list(self.edit.adds), updates, list(self.edit.removes), self.edit.text)

    def summary(self) -> str:
        """Return one Danish line: how many rows are added, changed, removed, left alone, and
        how many fields of shared rows the spreadsheets would change."""
        counts = Counter(change.action for change in self.changes)
        parts = [f"{counts[action]} {action.label}" for action in Action if action != "shared"]
        files = "1 regneark" if len(self.files) == 1 else f"{len(self.files)} regneark"
        shared = ""
        if self.shared:
            count = len(self.shared)
            shared = (
                f" {count} {'ændring' if count == 1 else 'ændringer'} af netværkets fælles "
                "tekst (gemmes kun, hvis de vælges)."
            )
        return f"{files}: " + ", ".join(parts) + "." + shared


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
    log = planner.log
    edit = BatchEdit(log.adds, log.updates, log.removes, _edit_text(names))
    return ImportPlan(names, log.changes, edit, log.shared)


def plan_import(
    store: Store, paths: Sequence[Path | str], limits: SheetLimits | None = None
) -> ImportPlan:
    """Read the spreadsheets and plan their import, or refuse listing every problem found."""
    return plan_workbooks(store, *read_workbooks(paths, limits))


def import_spreadsheets(
    store: Store,
    paths: Sequence[Path | str],
    *,
    dry_run: bool = False,
    accept_shared: bool = False,
) -> ImportPlan:
    """Plan the import of the spreadsheets and, unless dry_run, store it in one transaction
    (with every shared change when accept_shared, else with none); the plan returned holds
    the edit stored (or that would be), which can be reverted."""
    plan = plan_import(store, paths)
    plan = replace(plan, edit=plan.edit_with(plan.shared if accept_shared else ()))
    if not dry_run and plan.changes_anything:
        plan.edit.apply(store)
    return plan


def changes_anything(edit: BatchEdit) -> bool:
    """Return whether applying an import's edit would change the file."""
    return bool(edit.adds or edit.updates or edit.removes)


def _edit_text(names: Iterable[str]) -> str:
    names = list(names)
    return f"Indlæs {names[0]}" if len(names) == 1 else f"Indlæs {len(names)} regneark"
