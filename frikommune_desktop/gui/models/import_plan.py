"""Tables of an import: what each spreadsheet row will do, the changes it proposes to the
network's shared rows (each to accept or not), or what is wrong with the files."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal

from ...errors import Problem
from ...sheets.importer import Action, PlannedChange, SharedChange
from .base import Column, Index, RowTableModel, none_last

CHANGE_ACTION = 0
CHANGE_WHAT = 1
CHANGE_DETAILS = 2
CHANGE_FILE = 3
CHANGE_SHEET = 4
CHANGE_ROW = 5

SHARED_ACCEPT = 0
SHARED_WHAT = 1
SHARED_FIELD = 2
SHARED_OLD = 3
SHARED_NEW = 4

PROBLEM_FILE = 0
PROBLEM_SHEET = 1
PROBLEM_ROW = 2
PROBLEM_COLUMN = 3
PROBLEM_VALUE = 4
PROBLEM_EXPECTED = 5

_RIGHT = Qt.AlignmentFlag.AlignRight


def action_text(action: Action) -> str:
    """Return the translated word for what an import does with a row."""
    translate = QCoreApplication.translate
    return {
        Action.ADD: translate("ChangeTableModel", "added"),
        Action.UPDATE: translate("ChangeTableModel", "changed"),
        Action.REMOVE: translate("ChangeTableModel", "removed"),
        Action.UNCHANGED: translate("ChangeTableModel", "unchanged"),
        Action.SHARED: translate("ChangeTableModel", "shared text"),
    }[action]


class ChangeTableModel(RowTableModel):
    """One row per spreadsheet row of an import plan: action, what, details and where."""

    def columns(self) -> list[Column]:
        """Return action, what, details, file, sheet and row."""
        translate = QCoreApplication.translate
        order = list(Action)
        return [
            Column(
                translate("ChangeTableModel", "Action"),
                lambda c: action_text(c.action),
                sort_key=lambda c: order.index(c.action),
            ),
            Column(translate("ChangeTableModel", "What"), lambda c: c.what),
            Column(
                translate("ChangeTableModel", "Details"),
                lambda c: c.details,
                tooltip=lambda c: c.details or None,
            ),
            Column(translate("ChangeTableModel", "File"), lambda c: c.file),
            Column(translate("ChangeTableModel", "Sheet"), lambda c: c.sheet),
            Column(
                translate("ChangeTableModel", "Row"),
                lambda c: str(c.row or ""),
                sort_key=lambda c: none_last(c.row),
                align=_RIGHT,
            ),
        ]

    def row_id(self, row: PlannedChange) -> str | None:
        """Return where the change comes from, as an id for selection."""
        return f"{row.file}:{row.sheet}:{row.row}"


class SharedChangeTableModel(RowTableModel):
    """One row per field of a shared row a spreadsheet would change: a tick to accept it, what
    and where, the field, the network's text and the spreadsheet's, both in full."""

    accepted_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._accepted: set[SharedChange] = set()

    def columns(self) -> list[Column]:
        """Return the tick, the row, the field, the network's text and the spreadsheet's."""
        translate = QCoreApplication.translate
        return [
            Column(
                translate("SharedChangeTableModel", "Store"),
                lambda c: "",
                sort_key=lambda c: c not in self._accepted,
                tooltip=lambda c: translate(
                    "SharedChangeTableModel", "Tick to store the spreadsheet's text"
                ),
                checked=lambda c: c in self._accepted,
            ),
            Column(translate("SharedChangeTableModel", "Row"), lambda c: f"{c.what}\n{c.where()}"),
            Column(translate("SharedChangeTableModel", "Field"), lambda c: c.label),
            Column(translate("SharedChangeTableModel", "Network's text (now)"), _old_text),
            Column(translate("SharedChangeTableModel", "Spreadsheet's text"), _new_text),
        ]

    def row_id(self, row: SharedChange) -> str | None:
        """Return where the change comes from and its field, as an id for selection."""
        return f"{row.file}:{row.sheet}:{row.row}:{row.field}"

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show a plan's shared changes, none of them accepted."""
        self._accepted = set()
        super().set_rows(rows)
        self.accepted_changed.emit()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Accept or reject a change when its tick is set or cleared (click or Space)."""
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != SHARED_ACCEPT:
            return False
        change = self.row_at(index.row())
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._accepted.add(change)
        else:
            self._accepted.discard(change)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.accepted_changed.emit()
        return True

    def set_all(self, accepted: bool) -> None:
        """Accept every change, or none."""
        self._accepted = set(self.rows()) if accepted else set()
        if self.rowCount():
            last = self.index(self.rowCount() - 1, SHARED_ACCEPT)
            self.dataChanged.emit(self.index(0, SHARED_ACCEPT), last)
        self.accepted_changed.emit()

    def accepted_changes(self) -> list[SharedChange]:
        """Return the accepted changes, in the order of the rows."""
        return [change for change in self.rows() if change in self._accepted]


def _old_text(change: SharedChange) -> str:
    return change.old_text


def _new_text(change: SharedChange) -> str:
    return change.new_text


class ProblemTableModel(RowTableModel):
    """One row per problem found in the spreadsheets: where, the value, what was expected."""

    def columns(self) -> list[Column]:
        """Return file, sheet, row, column, value and expected."""
        translate = QCoreApplication.translate
        return [
            Column(translate("ProblemTableModel", "File"), lambda p: p.file),
            Column(translate("ProblemTableModel", "Sheet"), lambda p: p.sheet),
            Column(
                translate("ProblemTableModel", "Row"),
                lambda p: str(p.row or ""),
                sort_key=lambda p: none_last(p.row),
                align=_RIGHT,
            ),
            Column(translate("ProblemTableModel", "Column"), lambda p: p.column),
            Column(translate("ProblemTableModel", "Value"), _value_text),
            Column(
                translate("ProblemTableModel", "Expected"),
                lambda p: p.expected,
                tooltip=lambda p: p.expected,
            ),
        ]

    def row_id(self, row: Problem) -> str | None:
        """Return where the problem is, as an id for selection."""
        return row.where()


def _value_text(problem: Problem) -> str:
    return "" if problem.value is None else str(problem.value)


def table_as_text(model: RowTableModel) -> str:
    """Return a model's header and rows as tab-separated text, ready to paste anywhere."""

    def clean(value: Any) -> str:
        return str(value or "").replace("\t", " ").replace("\n", " ")

    columns = range(model.columnCount())
    lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    for row in range(model.rowCount()):
        lines.append("\t".join(clean(model.index(row, c, QModelIndex()).data()) for c in columns))
    return "\n".join(lines) + "\n"
