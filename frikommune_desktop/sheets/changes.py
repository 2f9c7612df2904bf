"""What an import plans for each spreadsheet row, and the changes it proposes to shared rows.

A municipality's own rows (its contacts, its participation) are added, changed or removed as
its spreadsheet says. Rows the whole network shares (a legal-basis row that goes to the
ministry, an experiment, another municipality's contact) are never changed silently: each
field a spreadsheet would change there becomes a SharedChange, stored only when accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..edits import DeleteRecord, UpdateRecord
from ..model import FIELD_LABELS, Record
from .reader import SheetData, SheetRow


class Action(StrEnum):
    """What an import does with one row."""

    ADD = "add"
    UPDATE = "update"
    REMOVE = "remove"
    UNCHANGED = "unchanged"
    SHARED = "shared"

    @property
    def label(self) -> str:
        """Return the Danish word for the action, as the preview shows it."""
        return {
            "add": "tilføjes",
            "update": "ændres",
            "remove": "fjernes",
            "unchanged": "uændret",
            "shared": "fælles tekst",
        }[self.value]


@dataclass(frozen=True)
class PlannedChange:
    """One row of one spreadsheet and what the import does with it."""

    file: str
    sheet: str
    row: int | None
    action: Action
    what: str
    details: str = ""

    def where(self) -> str:
        """Return file, sheet and row, as a report names them."""
        return f"{self.file}, {self.sheet}" + (f", række {self.row}" if self.row else "")

    def line(self) -> str:
        """Return the change as one line of a report."""
        details = f" ({self.details})" if self.details else ""
        return f"{self.action.label:>9}: {self.what}{details} — {self.where()}"


@dataclass(frozen=True)
class SharedChange:
    """One field of a row the whole network shares, which a spreadsheet would change."""

    file: str
    sheet: str
    row: int | None
    what: str
    kind: type[Record]
    record_id: str
    field: str
    old: Any
    new: Any

    @property
    def label(self) -> str:
        """Return the field's Danish name ('formål')."""
        return FIELD_LABELS.get(self.field, self.field)

    @property
    def old_text(self) -> str:
        """Return the network's current value in full, as shown to a person."""
        return full_text(self.old)

    @property
    def new_text(self) -> str:
        """Return the spreadsheet's value in full, as shown to a person."""
        return full_text(self.new)

    def where(self) -> str:
        """Return file, sheet and row, as a report names them."""
        return f"{self.file}, {self.sheet}" + (f", række {self.row}" if self.row else "")

    def lines(self, verdict: str) -> list[str]:
        """Return the change as report lines: what and where, then both texts in full."""
        return [
            f"{verdict:>13}: {self.what}, {self.label} — {self.where()}",
            *_indented("netværket:  ", self.old_text),
            *_indented("regnearket: ", self.new_text),
        ]


def _indented(lead: str, text: str) -> list[str]:
    head, *rest = text.splitlines() or [""]
    pad = " " * (15 + len(lead))
    return [f"{' ' * 15}{lead}{head}", *(f"{pad}{line}" for line in rest)]


def full_text(value: Any) -> str:
    """Return a value as a person reads it, uncut: labels for codes, '(tom)' for nothing."""
    text = str(getattr(value, "label", value) or "")
    return text if text else "(tom)"


def quote(text: str, limit: int = 60) -> str:
    """Return a title in »«, cut with … after limit characters."""
    return f"»{text if len(text) <= limit else text[: limit - 1] + '…'}«"


def _shown(value: Any) -> str:
    """Return a value as the preview shows it: labels for codes, quoted, long texts cut."""
    text = str(getattr(value, "label", value) or "")
    if len(text) > 40:
        text = text[:39] + "…"
    return f"»{text}«" if text else "(tom)"


def _plain(value: Any) -> Any:
    return getattr(value, "value", value)


@dataclass
class ChangeLog:
    """The additions, updates, removals and proposed shared changes an import plans."""

    changes: list[PlannedChange] = field(default_factory=list)
    shared: list[SharedChange] = field(default_factory=list)
    adds: list[Record] = field(default_factory=list)
    updates: list[UpdateRecord] = field(default_factory=list)
    removes: list[DeleteRecord] = field(default_factory=list)
    pending: dict[str, Record] = field(default_factory=dict)  # records the plan adds, by id

    def add(self, record: Record, file: str, sheet: SheetData, row: SheetRow, what: str) -> None:
        """Plan a new record."""
        self.pending[record.id] = record
        self.adds.append(record)
        self.note(file, sheet.title, row.number, Action.ADD, what)

    def update(
        self,
        record: Record,
        filled: dict[str, Any],
        file: str,
        sheet: SheetData,
        row: SheetRow,
        what: str,
        *,
        shared: bool = False,
    ) -> None:
        """Plan the filled fields that differ from the record's (proposals, if it is shared).

        A shared record the file already holds keeps its values in the plan: each field that
        differs becomes a SharedChange, and later rows are compared with the network's text.
        """
        changes = {
            name: value
            for name, value in filled.items()
            if _plain(getattr(record, name)) != _plain(value)
        }
        if not changes:
            self.note(file, sheet.title, row.number, Action.UNCHANGED, what)
            return
        if shared and record.id not in self.pending:
            for name, value in changes.items():
                place = (file, sheet.title, row.number, what)
                old = getattr(record, name)
                self.shared.append(SharedChange(*place, type(record), record.id, name, old, value))
            labels = ", ".join(FIELD_LABELS.get(name, name) for name in changes)
            self.note(file, sheet.title, row.number, Action.SHARED, what, labels)
            return
        details = "; ".join(
            f"{FIELD_LABELS.get(name, name)}: {_shown(getattr(record, name))} → {_shown(value)}"
            for name, value in changes.items()
        )
        for name, value in changes.items():
            setattr(record, name, value)  # later rows compare with the planned state
        if record.id not in self.pending:
            self.updates.append(UpdateRecord(type(record), record.id, changes, what))
        self.note(file, sheet.title, row.number, Action.UPDATE, what, details)

    def remove(self, record: Record, file: str, sheet: SheetData, row: SheetRow, what: str) -> None:
        """Plan the removal of a record (or drop its planned addition)."""
        if record.id in self.pending:
            self.adds.remove(self.pending.pop(record.id))
        else:
            self.removes.append(DeleteRecord(type(record), record.id, what))
        self.note(file, sheet.title, row.number, Action.REMOVE, what, "deltager ikke")

    def note(
        self, file: str, sheet: str, row: int | None, action: Action, what: str, details: str = ""
    ) -> None:
        """Record what the import does with one row."""
        self.changes.append(PlannedChange(file, sheet, row, action, what, details))
