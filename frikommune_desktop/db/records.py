"""Records by kind and id: reading, adding, changing and deleting them in the open file.

`Store` (store.py) holds one as `store.records` and is the open file it works on (`OpenFile`:
the current connection, path, user, the foreign keys' children and `transaction()`, in which
every write here runs and tells what rows it touched).
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol, TypeVar

from sqlite_utils import Database

from ..errors import InvalidValueError, RecordNotFoundError
from ..model import META_FIELDS, Law, Municipality, Network, Record
from ..program.clock import now_iso
from .deletion import Children, delete_row
from .schema import DATA_TABLES
from .triggers import insert_rows

R = TypeVar("R", bound=Record)

#: Default order of rows per table, so every listing is stable.
_ORDER = {
    "municipalities": "code",
    "contacts": "name, id",
    "rounds": "deadline",
    "experiments": "coalesce(number, 1e9), title, id",
    "participations": "experiment_id, municipality",
    "laws": "abbreviation, key",
    "legal_bases": "experiment_id, position, id",
    "network": "created_at",
}


class OpenFile(Protocol):
    """What record access needs of the open file (the store supplies it)."""

    @property
    def db(self) -> Database:
        """Return the connection in use now (a working copy replaces the first one)."""

    @property
    def path(self) -> Path:
        """Return the network file's path (named in errors)."""

    @property
    def user(self) -> str:
        """Return who is writing (stamped on every row)."""

    @property
    def children(self) -> Children:
        """Return the foreign keys: which rows depend on a table's rows."""

    def transaction(self) -> AbstractContextManager[object]:
        """Run a block as one transaction: all of it is stored, or none of it."""

    def note_changed(self, table: str, ids: Iterable[str] | None) -> None:
        """Record rows of a table as touched by the running transaction (None: all of it)."""


def stamp_row(row: dict[str, Any], stamp: str, user: str) -> dict[str, Any]:
    """Stamp a new row: a fresh UUID if it has no id, its creation time if it has none, and
    the time and author of this change; return it (changed in place)."""
    row["id"] = row["id"] or str(uuid.uuid4())
    row["created_at"] = row["created_at"] or stamp
    row["modified_at"], row["modified_by"] = stamp, user
    return row


class RecordAccess:
    """Records by kind and id, over an open file (see the module docstring)."""

    def __init__(self, file: OpenFile) -> None:
        self._file = file

    @property
    def db(self) -> Database:
        """Return the open file's current connection."""
        return self._file.db

    def transaction(self) -> AbstractContextManager[object]:
        """Run a block as one transaction of the open file."""
        return self._file.transaction()

    # -- rows --------------------------------------------------------------------------------

    def get(self, kind: type[R], record_id: str) -> R:
        """Return one record by id, or raise RecordNotFoundError."""
        rows = list(self.db[kind.TABLE].rows_where("id = ?", [record_id]))
        if not rows:
            raise RecordNotFoundError(f"Findes ikke: {kind.__name__} {record_id}.")
        return kind.from_row(rows[0])

    def all(self, kind: type[R], **equals: Any) -> list[R]:
        """Return every record of a kind whose columns equal the given values, in stable order."""
        columns = set(kind.columns())
        unknown = set(equals) - columns
        if unknown:
            raise InvalidValueError(f"Ukendte felter for {kind.__name__}: {sorted(unknown)}.")
        where = " AND ".join(f"[{name}] IS ?" for name in equals) or None
        rows = self.db[kind.TABLE].rows_where(
            where, list(equals.values()), order_by=_ORDER[kind.TABLE]
        )
        return [kind.from_row(row) for row in rows]

    def values(self, kind: type[Record], *columns: str, **equals: Any) -> list[tuple[Any, ...]]:
        """Return only the given columns of the matching rows, as tuples (no records built)."""
        known = set(kind.columns())
        unknown = (set(columns) | set(equals)) - known
        if unknown or not columns:
            raise InvalidValueError(f"Ukendte felter for {kind.__name__}: {sorted(unknown)}.")
        where = " AND ".join(f"[{name}] IS ?" for name in equals)
        sql = (
            f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{kind.TABLE}]"
            + (f" WHERE {where}" if where else "")
            + f" ORDER BY {_ORDER[kind.TABLE]}"
        )
        return self.db.execute(sql, list(equals.values())).fetchall()

    def add(self, record: R) -> R:
        """Insert a new record with a fresh UUID and timestamps; return it as stored."""
        with self.transaction():
            (row,) = self._insert(type(record), [record], now_iso())
        stamped = copy.copy(record)
        for name in META_FIELDS:
            setattr(stamped, name, row[name])
        return stamped

    def add_many(self, records: Iterable[Record]) -> int:
        """Insert many records in one transaction, grouped per table; return the count."""
        stamp = now_iso()
        by_kind: dict[type[Record], list[Record]] = {}
        for record in records:
            by_kind.setdefault(type(record), []).append(record)
        with self.transaction():
            for table in DATA_TABLES:
                for kind, group in by_kind.items():
                    if table == kind.TABLE:
                        self._insert(kind, group, stamp)
        return sum(len(group) for group in by_kind.values())

    def update(self, kind: type[R], record_id: str, **changes: Any) -> R:
        """Change fields of one record (validated by the model); return the record as stored."""
        forbidden = set(changes) & set(META_FIELDS)
        if forbidden:
            raise InvalidValueError(f"Felterne {sorted(forbidden)} styres af programmet.")
        with self.transaction():
            current = self.get(kind, record_id)
            try:
                updated = dataclasses.replace(current, **changes)
            except TypeError as exc:
                raise InvalidValueError(f"Ukendt felt for {kind.__name__}: {exc}.") from exc
            updated.modified_at, updated.modified_by = now_iso(), self._file.user
            row = updated.to_row()
            changed = {k: row[k] for k in (*changes, "modified_at", "modified_by")}
            self.db.table(kind.TABLE).update(record_id, changed)
            self._file.note_changed(kind.TABLE, [record_id])
        return updated

    def delete(self, kind: type[Record], record_id: str) -> None:
        """Delete a record and what depends on it, leaving a tombstone for each deleted row."""
        self.delete_and_keep(kind, record_id)

    def deleted_ids(self, kind: type[Record]) -> set[str]:
        """Return the ids of deleted records of a kind (their tombstones)."""
        rows = self.db["tombstones"].rows_where("table_name = ?", [kind.TABLE])
        return {row["id"] for row in rows}

    # -- the network and its members ---------------------------------------------------------

    def network(self) -> Network:
        """Return the network the file holds."""
        networks = self.all(Network)
        if not networks:
            raise RecordNotFoundError(f"{self._file.path}: filen indeholder intet netværk.")
        return networks[0]

    def update_network(self, **changes: Any) -> Network:
        """Change the network's own fields (name, letter details ...)."""
        return self.update(Network, self.network().id, **changes)

    def municipality(self, code: str) -> Municipality:
        """Return a municipality by its kommunekode."""
        found = self.all(Municipality, code=code)
        if not found:
            raise InvalidValueError(f"Ukendt kommunekode '{code}'.")
        return found[0]

    def set_member(self, code: str, member: bool = True) -> Municipality:
        """Add a municipality to the network, or take it out."""
        return self.update(Municipality, self.municipality(code).id, member=member)

    def members(self) -> list[Municipality]:
        """Return the network's member municipalities in code order."""
        return self.all(Municipality, member=1)

    def law(self, key: str) -> Law:
        """Return a law by its catalog key, e.g. 'serviceloven'."""
        found = self.all(Law, key=key)
        if not found:
            raise InvalidValueError(f"Ukendt lov '{key}' (ikke i lovkataloget).")
        return found[0]

    # -- internals -------------------------------------------------------------------------

    def _insert(
        self, kind: type[Record], records: list[Record], stamp: str
    ) -> list[dict[str, Any]]:
        """Insert validated records of one kind with a single prepared statement, each
        stamped as it becomes a row (no copies of the records); return the rows."""
        columns = kind.columns()
        sql = (
            f"INSERT INTO [{kind.TABLE}] ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        user = self._file.user
        rows = [stamp_row(record.to_row(), stamp, user) for record in records]
        insert_rows(self.db.conn, kind.TABLE, sql, [tuple(row.values()) for row in rows])
        self._file.note_changed(kind.TABLE, [row["id"] for row in rows])
        return rows

    def delete_and_keep(
        self, kind: type[Record], record_id: str
    ) -> list[tuple[str, dict[str, Any]]]:
        """Delete like delete(), returning every affected row as it was, for restore()."""
        with self.transaction():
            self.get(kind, record_id)
            kept = delete_row(
                self.db, self._file.children, kind.TABLE, record_id, now_iso(), self._file.user
            )
            self._note_rows(kept)
            return kept

    def delete_as_deleted(self, table: str, row_id: str, stamp: str, user: str) -> None:
        """Delete a row (and its dependants) as another copy did, with that copy's time; a row
        already gone is left alone. For merges, inside their transaction."""
        with self.transaction():
            if self.db[table].count_where("id = ?", [row_id]):
                self._note_rows(
                    delete_row(self.db, self._file.children, table, row_id, stamp, user)
                )

    def restore(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Put rows back as they were (undo of a delete), stamped as modified now."""
        stamp = now_iso()
        with self.transaction():
            for table, row in rows:
                restored = {**row, "modified_at": stamp, "modified_by": self._file.user}
                self.db.table(table).upsert(restored, pk="id")
                self.db.execute("DELETE FROM tombstones WHERE id = ?", [row["id"]])
            self._note_rows(rows)

    def _note_rows(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Tell the open file which rows a delete or restore touched (and their tombstones)."""
        for table, row in rows:
            self._file.note_changed(table, [row["id"]])
        if rows:
            self._file.note_changed("tombstones", [row["id"] for _table, row in rows])
