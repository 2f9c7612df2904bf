"""Undoable edits: each change a person makes, as an object that can apply and revert itself.

The GUI wraps these in QUndoCommands; the core and its tests use them directly.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from .model import Experiment, ExperimentStatus, Record, Round
from .store import Store
from .submission import find_round, mark_submitted, round_experiments


class Edit(Protocol):
    """A change to the file that can be applied, reverted and applied again."""

    text: str

    def apply(self, store: Store) -> None:
        """Make the change (again)."""

    def revert(self, store: Store) -> None:
        """Take the change back."""


@dataclass
class AddRecord:
    """Add a new record; undo deletes it, redo restores the very same row."""

    record: Record
    text: str
    _kept: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def __post_init__(self) -> None:
        """Give the record its id now, so that redo brings back the same row."""
        if not self.record.id:
            self.record = replace(self.record, id=str(uuid.uuid4()))

    def apply(self, store: Store) -> None:
        """Insert the record, or restore it after an undo."""
        if self._kept:
            store.records.restore(self._kept)
        else:
            store.records.add(self.record)

    def revert(self, store: Store) -> None:
        """Delete the record (and what was added under it since)."""
        self._kept = store.records.delete_and_keep(type(self.record), self.record.id)


@dataclass
class UpdateRecord:
    """Change fields of one record; undo puts the previous values back."""

    kind: type[Record]
    record_id: str
    changes: dict[str, Any]
    text: str
    _before: dict[str, Any] = field(default_factory=dict)

    def apply(self, store: Store) -> None:
        """Store the new values, remembering the old ones."""
        current = store.records.get(self.kind, self.record_id)
        self._before = {name: getattr(current, name) for name in self.changes}
        store.records.update(self.kind, self.record_id, **self.changes)

    def revert(self, store: Store) -> None:
        """Store the values the record had before."""
        store.records.update(self.kind, self.record_id, **self._before)


@dataclass
class DeleteRecord:
    """Delete a record and its dependants; undo restores every row it removed or changed."""

    kind: type[Record]
    record_id: str
    text: str
    _kept: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def apply(self, store: Store) -> None:
        """Delete, keeping the rows for undo."""
        self._kept = store.records.delete_and_keep(self.kind, self.record_id)

    def revert(self, store: Store) -> None:
        """Restore every row the delete removed or changed."""
        store.records.restore(self._kept)


@dataclass
class BatchEdit:
    """Many changes as one undoable edit in one transaction: added records, field updates and
    removals (an import, accepted suggestions)."""

    adds: list[Record]
    updates: list[UpdateRecord]
    removes: list[DeleteRecord]
    text: str = ""
    _kept_adds: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def apply(self, store: Store) -> None:
        """Store every change in one transaction (again, after an undo)."""
        with store.transaction():
            if self._kept_adds:
                store.records.restore(self._kept_adds)
            else:
                store.records.add_many(self.adds)
            for update in self.updates:
                update.apply(store)
            for remove in self.removes:
                remove.apply(store)

    def revert(self, store: Store) -> None:
        """Take the whole batch back in one transaction."""
        with store.transaction():
            for remove in reversed(self.removes):
                remove.revert(store)
            for update in reversed(self.updates):
                update.revert(store)
            chunks = [
                store.records.delete_and_keep(type(record), record.id)
                for record in reversed(self.adds)
            ]
            # Redo restores parents before their children: in the order they were added.
            self._kept_adds = [row for chunk in reversed(chunks) for row in chunk]


@dataclass
class MarkRoundSubmitted:
    """Mark a round as sent now (its drafts become 'indsendt'); undo puts it all back."""

    deadline: str
    text: str
    _round_id: str = ""
    _submitted_before: str = ""
    _drafts: list[str] = field(default_factory=list)

    def apply(self, store: Store) -> None:
        """Mark the round submitted, remembering its old time and which drafts it changed."""
        round_ = find_round(store, self.deadline)
        self._round_id, self._submitted_before = round_.id, round_.submitted_at
        self._drafts = [
            e.id for e in round_experiments(store, round_) if e.status is ExperimentStatus.DRAFT
        ]
        mark_submitted(store, self.deadline)

    def revert(self, store: Store) -> None:
        """Put back the round's previous submission time and turn its drafts back into drafts."""
        with store.transaction():
            for experiment_id in self._drafts:
                store.records.update(Experiment, experiment_id, status=ExperimentStatus.DRAFT)
            store.records.update(Round, self._round_id, submitted_at=self._submitted_before)
