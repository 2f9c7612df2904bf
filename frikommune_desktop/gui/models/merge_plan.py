"""Tables of a merge: what merging another copy adds, changes or deletes, and its conflicts.

The rows are the core's own MergeItem and Conflict objects; their descriptions ('Forsøg
«…»', why a row is not taken over) are the core's Danish texts. Each conflict carries the
side chosen for it, editable in the Keep column (the newest side until the user chooses).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...merge.plan import Change, Conflict, MergeItem, MergePlan, Side, shown
from ...model import FIELD_LABELS
from ...program.clock import local_moment
from .base import DISPLAY, Column, Index, RowTableModel

ITEM_CHANGE = 0
ITEM_WHAT = 1
ITEM_DETAILS = 2

CONFLICT_WHAT = 0
CONFLICT_FIELD = 1
CONFLICT_OURS = 2
CONFLICT_THEIRS = 3
CONFLICT_KEEP = 4

# The order changes are listed in when sorted by the Change column.
_CHANGE_ORDER = [Change.ADD, Change.REPLACE, Change.UPDATE, Change.DELETE, Change.SKIP]


def change_text(change: Change) -> str:
    """Return the translated word for what merging does to a row."""
    translate = QCoreApplication.translate
    return {
        Change.ADD: translate("MergePlanModel", "added"),
        Change.REPLACE: translate("MergePlanModel", "added"),
        Change.UPDATE: translate("MergePlanModel", "changed"),
        Change.DELETE: translate("MergePlanModel", "deleted"),
        Change.SKIP: translate("MergePlanModel", "not taken over"),
    }[change]


def side_text(side: Side) -> str:
    """Return the translated choice for a conflict: keep this file's value or take theirs."""
    if side is Side.OURS:
        return QCoreApplication.translate("ConflictTableModel", "Keep this file's")
    return QCoreApplication.translate("ConflictTableModel", "Take the other copy's")


def item_details(item: MergeItem) -> str:
    """Return what a merge item changes (field → value) or why it is not taken over."""
    if item.change is Change.UPDATE:
        return "; ".join(
            f"{FIELD_LABELS.get(name, name)} → {shown(value)}"
            for name, value in item.fields.items()
        )
    return item.detail


def moment(iso: str) -> str:
    """Return a stored (UTC) ISO time in local time as the tables show it: '23-11-2026 14:05'."""
    return local_moment(iso)


class MergePlanModel(RowTableModel):
    """One row per row of the file that merging adds, changes, deletes or cannot take over."""

    def columns(self) -> list[Column]:
        """Return change, what and details."""
        translate = QCoreApplication.translate
        return [
            Column(
                translate("MergePlanModel", "Change"),
                lambda i: change_text(i.change),
                sort_key=lambda i: _CHANGE_ORDER.index(i.change),
            ),
            Column(translate("MergePlanModel", "What"), lambda i: i.what, tooltip=lambda i: i.what),
            Column(
                translate("MergePlanModel", "Details"),
                item_details,
                tooltip=lambda i: item_details(i) or None,
            ),
        ]

    def row_id(self, row: MergeItem) -> str | None:
        """Return the id of the row the item concerns."""
        return row.row_id

    def set_plan(self, plan: MergePlan | None) -> None:
        """Show a plan's items (none for no plan)."""
        self.set_rows(plan.items if plan is not None else [])


@dataclass
class ConflictChoice:
    """A conflict and the side chosen for it."""

    conflict: Conflict
    side: Side


class ConflictTableModel(RowTableModel):
    """One row per conflict: both values, when each changed, and the side to keep (editable).

    The Keep column's EditRole is the side's value ('ours' or 'theirs'); setting it chooses.
    """

    def columns(self) -> list[Column]:
        """Return what, field, both values (with when each was changed) and the choice."""
        translate = QCoreApplication.translate
        return [
            Column(
                translate("ConflictTableModel", "What"),
                lambda c: c.conflict.what,
                tooltip=lambda c: c.conflict.what,
            ),
            Column(translate("ConflictTableModel", "Field"), self._field),
            Column(
                translate("ConflictTableModel", "This file"),
                lambda c: _dated(c.conflict.ours, c.conflict.ours_at),
                sort_key=lambda c: c.conflict.ours_at,
                tooltip=lambda c: _dated_in_full(c.conflict.ours, c.conflict.ours_at),
            ),
            Column(
                translate("ConflictTableModel", "Other copy"),
                lambda c: _dated(c.conflict.theirs, c.conflict.theirs_at),
                sort_key=lambda c: c.conflict.theirs_at,
                tooltip=lambda c: _dated_in_full(c.conflict.theirs, c.conflict.theirs_at),
            ),
            Column(
                translate("ConflictTableModel", "Keep"),
                lambda c: side_text(c.side),
                tooltip=self._keep_tooltip,
            ),
        ]

    def _field(self, choice: ConflictChoice) -> str:
        field = choice.conflict.field
        if not field:
            return QCoreApplication.translate("ConflictTableModel", "(the whole row)")
        return FIELD_LABELS.get(field, field)

    def _keep_tooltip(self, choice: ConflictChoice) -> str:
        conflict, translate = choice.conflict, QCoreApplication.translate
        if conflict.newest is Side.OURS:
            text = translate("ConflictTableModel", "This file has the newest change ({0})")
            return text.format(moment(conflict.ours_at))
        text = translate("ConflictTableModel", "The other copy has the newest change ({0})")
        return text.format(moment(conflict.theirs_at))

    def row_id(self, row: ConflictChoice) -> str | None:
        """Return the conflict's row and field, as an id for selection."""
        return f"{row.conflict.row_id}:{row.conflict.field}"

    def set_conflicts(
        self, conflicts: list[Conflict], chosen: dict[Conflict, Side] | None = None
    ) -> None:
        """Show conflicts, each with the side chosen before (else the newest) selected."""
        chosen = chosen or {}
        self.set_rows([ConflictChoice(c, chosen.get(c, c.newest)) for c in conflicts])

    def decisions(self) -> dict[Conflict, Side]:
        """Return the side chosen for each conflict."""
        return {row.conflict: row.side for row in self._rows}

    def decide(self, row: int, side: Side) -> None:
        """Choose the side to keep for the conflict in a row."""
        self.setData(self.index(row, CONFLICT_KEEP), side.value, Qt.ItemDataRole.EditRole)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the base flags, and editable in the Keep column."""
        flags = super().flags(index)
        if index.isValid() and index.column() == CONFLICT_KEEP:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return the base data; in the Keep column the EditRole is the side's value."""
        if role == Qt.ItemDataRole.EditRole and index.isValid() and index.column() == CONFLICT_KEEP:
            return self._rows[index.row()].side.value
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Choose a side ('ours' or 'theirs') in the Keep column."""
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or index.column() != CONFLICT_KEEP
            or value not in tuple(Side)
        ):
            return False
        row = self._rows[index.row()]
        if row.side != value:
            row.side = Side(value)
            self._sort_keys[CONFLICT_KEEP] = None  # the column's sort keys are stale now
            self.dataChanged.emit(index, index)
        return True


def _dated(value: Any, at: str) -> str:
    """Return a conflicting value as the table shows it: when it changed, then the value."""
    return f"{moment(at)} · {shown(value, limit=80)}"


def _dated_in_full(value: Any, at: str) -> str:
    """Return a conflicting value in full with when it changed, for the tooltip."""
    return f"{'' if value is None else value}\n({moment(at)})"
