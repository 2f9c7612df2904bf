"""The row-level half of the store: reading, adding, changing and deleting records.

`Store` (store.py) inherits it and supplies the open file: `db`, `path`, `user`, the foreign
keys' `_children` and `transaction()`, in which every write here runs.
"""

from __future__ import annotations

import copy
import dataclasses
import uuid
from collections.abc import Iterable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlite_utils import Database

from ..errors import InvalidValueError, RecordNotFoundError
from ..model import META_FIELDS, Law, Municipality, Network, Record
from ..program.clock import now_iso
from .deletion import Children, delete_row
from .schema import DATA_TABLES, insert_rows

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


class RecordAccess:
    """Records by kind and id, over the store's open file (see the module docstring)."""

    db: Database
    path: Path
    user: str
    _children: Children

    if TYPE_CHECKING:

        def transaction(self) -> AbstractContextManager[Any]:
            """Run a block as one transaction (Store.transaction)."""

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
        stamped = self._stamped(record, now_iso())
        with self.transaction():
            self._insert(type(record), [stamped], stamped.modified_at)
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
            updated.modified_at, updated.modified_by = now_iso(), self.user
            row = updated.to_row()
            changed = {k: row[k] for k in (*changes, "modified_at", "modified_by")}
            self.db.table(kind.TABLE).update(record_id, changed)
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
            raise RecordNotFoundError(f"{self.path}: filen indeholder intet netværk.")
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

    def _stamped(self, record: R, stamp: str) -> R:
        """Return a copy of a (validated) record with its id, timestamps and author set."""
        stamped = copy.copy(record)
        stamped.id = record.id or str(uuid.uuid4())
        stamped.created_at = record.created_at or stamp
        stamped.modified_at, stamped.modified_by = stamp, self.user
        return stamped

    def _insert(self, kind: type[Record], records: list[Record], stamp: str) -> None:
        """Insert validated records of one kind with a single prepared statement, each
        stamped (id, timestamps, author) as it becomes a row (no copies of the records)."""
        columns = kind.columns()
        sql = (
            f"INSERT INTO [{kind.TABLE}] ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})"
        )
        user = self.user
        rows = []
        for record in records:
            row = record.to_row()
            row["id"] = record.id or str(uuid.uuid4())
            row["created_at"] = record.created_at or stamp
            row["modified_at"], row["modified_by"] = stamp, user
            rows.append(tuple(row.values()))
        insert_rows(self.db.conn, kind.TABLE, sql, rows)

    def delete_and_keep(
        self, kind: type[Record], record_id: str
    ) -> list[tuple[str, dict[str, Any]]]:
        """Delete like delete(), returning every affected row as it was, for restore()."""
        with self.transaction():
            self.get(kind, record_id)
            return delete_row(self.db, self._children, kind.TABLE, record_id, now_iso(), self.user)

    def delete_as_deleted(self, table: str, row_id: str, stamp: str, user: str) -> None:
        """Delete a row (and its dependants) as another copy did, with that copy's time; a row
        already gone is left alone. For merges, inside their transaction."""
        with self.transaction():
            if self.db[table].count_where("id = ?", [row_id]):
                delete_row(self.db, self._children, table, row_id, stamp, user)

    def restore(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """Put rows back as they were (undo of a delete), stamped as modified now."""
        stamp = now_iso()
        with self.transaction():
            for table, row in rows:
                restored = {**row, "modified_at": stamp, "modified_by": self.user}
                self.db.table(table).upsert(restored, pk="id")
                self.db.execute("DELETE FROM tombstones WHERE id = ?", [row["id"]])
