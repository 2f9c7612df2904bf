"""Tables of an import: what each spreadsheet row will do, or what is wrong with the files."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ...errors import Problem
from ...sheets.importer import Action, PlannedChange
from .base import Column, RowTableModel, none_last

CHANGE_ACTION = 0
CHANGE_WHAT = 1
CHANGE_DETAILS = 2
CHANGE_FILE = 3
CHANGE_SHEET = 4
CHANGE_ROW = 5

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
