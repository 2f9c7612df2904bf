"""The store: the one object that owns an open network file and every write to it."""

from __future__ import annotations

import contextlib
import copy
import dataclasses
import os
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, Self, TypeVar

from sqlite_utils import Database, Migrations

from . import fileformat
from .backups import make_backup
from .clock import current_user, now_iso
from .deletion import delete_row, foreign_key_children
from .errors import (
    FileExistsRefusedError,
    FileLockedError,
    FileReplacedError,
    FrikommuneError,
    InvalidValueError,
    LockLostError,
    ReadOnlyError,
    RecordNotFoundError,
    StorageError,
)
from .lockfile import LockFile, LockInfo, ours_or_dead, read_lock
from .model import META_FIELDS, Law, Municipality, Network, Record
from .resources import law_catalog
from .schema import DATA_TABLES, MIGRATIONS, insert_rows, reference_id, schema_version
from .working_copy import RecordingConnection, WriteBack, use_working_copy

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


class Store:
    """An open network file: schema, transactions, backups and the lock all live here."""

    def __init__(
        self,
        db: Database,
        path: Path,
        *,
        user: str,
        lock: LockFile | None,
        holder: LockInfo | None,
        writable: bool,
        migrations: Migrations = MIGRATIONS,
    ) -> None:
        self.db = db
        self.path = path
        self.user = user
        self.holder = holder
        self._lock = lock
        self._writable = writable
        self._migrations = migrations
        self._changed = False
        self._closed = False
        self._children = foreign_key_children(db, DATA_TABLES)
        self._identity = fileformat.file_identity(path)
        self._depth = 0
        # The lock file is renewed from the GUI's timer and checked by the pusher's thread.
        self._lock_mutex = threading.Lock()
        # Working on a local copy: the recorded writes go to the network file through this.
        self._write_back: WriteBack | None = None

    # -- opening and closing ---------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        user: str | None = None,
        readonly: bool = False,
        migrations: Migrations = MIGRATIONS,
        working_copy: bool | None = False,
    ) -> Self:
        """Open a network file; read-only if asked or if another live process holds it.

        With `working_copy` (None: FRIKOMMUNE_WORKING_COPY=1/0, else if the file is on a
        network drive), a writable file is worked on as a local copy whose changes are
        written back in the background (working_copy.py): an edit is stored at once however
        slow the drive.
        """
        path = Path(path)
        fileformat.refuse_unusable_path(path)
        user = user or current_user()
        lock: LockFile | None = None
        holder: LockInfo | None = None
        if not readonly:
            lock = LockFile(path, user)
            holder = lock.acquire()
            if holder is not None:
                lock = None
        writable = lock is not None
        store: Store | None = None
        try:
            conn = fileformat.connect(path, readonly=not writable)
            conn.isolation_level = None  # transactions only where the store opens them
            try:
                version = fileformat.verify_network_file(conn, path, schema_version(migrations))
                fileformat.refuse_damaged(conn, path)
                fileformat.ensure_rollback_journal(conn, path, writable=writable)
                conn.execute("PRAGMA foreign_keys=ON")
                store = cls(Database(conn), path, user=user, lock=lock, holder=holder,
                            writable=writable, migrations=migrations)  # fmt: skip
                if version < schema_version(migrations):
                    store._upgrade(version)
                if writable:
                    store._sync_law_catalog()
                if writable and use_working_copy(path, working_copy):
                    store._switch_to_working_copy()
            except BaseException:
                conn.close()
                if store is not None:  # a working copy's connection, if it got that far
                    store.db.conn.close()
                raise
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return store

    @classmethod
    def create(
        cls,
        path: Path | str,
        network: Network,
        *,
        populate: Callable[[Store], None] | None = None,
        overwrite: bool = False,
        user: str | None = None,
        migrations: Migrations = MIGRATIONS,
    ) -> Self:
        """Write a new network file (filled by `populate`) atomically, then open it."""
        path = Path(path)
        if path.exists() and not overwrite:
            raise FileExistsRefusedError(f"{path}: filen findes allerede (brug --force).")
        holder = read_lock(path)
        if path.exists() and holder is not None and not ours_or_dead(holder):
            raise FileLockedError(f"{path}: kan ikke overskrives; den er åben hos "
                                  f"{holder.describe()}.")  # fmt: skip
        user = user or current_user()
        temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        conn = sqlite3.connect(str(temporary), isolation_level=None)
        try:
            try:
                db = Database(conn)
                fileformat.initialise_new_file(db, migrations)
                building = cls(db, temporary, user=user, lock=None, holder=None, writable=True,
                               migrations=migrations)  # fmt: skip
                with building.transaction():
                    building._sync_law_catalog()
                    building.add(network)
                    if populate is not None:
                        populate(building)
            finally:
                conn.close()
            os.replace(temporary, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                temporary.unlink()
        return cls.open(path, user=user, migrations=migrations)

    def close(self) -> None:
        """Write back a working copy's changes, back up the file if this session changed it,
        close it and release the lock.

        If the working copy's changes could not all be written, it is kept as a recovery copy
        and StorageError says where (the lock is released all the same).
        """
        if self._closed:
            return
        write_back, kept = self._write_back, None
        try:
            if write_back is not None:
                kept = write_back.finish(self.db.conn)
            if self._changed and self._writable and kept is None:
                self.backup("close")
        finally:
            self._closed = True
            self.db.close()
            if write_back is not None and kept is None:
                write_back.discard()
            if self._lock is not None:
                self._lock.release()
        if write_back is not None and kept is not None:
            raise write_back.failure(kept)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        """Return whether this process holds the file for writing."""
        return self._writable and not self._closed

    # -- file-level operations -------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """Return the file's schema version (PRAGMA user_version)."""
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def backup(self, reason: str) -> Path:
        """Write a backup of the file through SQLite's backup API and return its path."""
        try:
            return make_backup(self.db.conn, self.path, reason)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(f"Sikkerhedskopien af {self.path} kunne ikke skrives ({exc}).") \
                from exc

    def integrity_problems(self) -> list[str]:
        """Return the findings of SQLite's full integrity check ([] when healthy)."""
        return fileformat.integrity_problems(self.db.conn, full=True)

    def data_version(self) -> int:
        """Return SQLite's data_version: it changes when another connection commits."""
        return self.db.execute("PRAGMA data_version").fetchone()[0]

    def counts(self) -> dict[str, int]:
        """Return the number of rows in each data table and of tombstones."""
        return {table: self.db[table].count for table in (*DATA_TABLES, "tombstones")}

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Self]:
        """Run a block as one transaction: all of it is stored, or none of it.

        Before the outermost one begins, the store checks that its lock is still its own and
        that the file on disk is still the one it opened; otherwise nothing is written.
        """
        self._require_writable()
        outermost = self._depth == 0
        if outermost:
            self._check_still_ours()
            if self._write_back is not None:
                self._write_back.refuse_if_failed()
        conn = self.db.conn
        recording = outermost and isinstance(conn, RecordingConnection)
        if recording:
            conn.journal = []
        self._depth += 1
        try:
            with self.db.atomic():
                yield self
            if recording and self._write_back is not None:
                self._write_back.pusher.submit(conn.journal or [])
        except sqlite3.IntegrityError as exc:
            raise InvalidValueError(f"Ændringen passer ikke til filens data: {exc}.") from exc
        except sqlite3.OperationalError as exc:
            if self._depth > 1:
                raise  # the outermost transaction reports it, once
            raise StorageError(
                f"{self.path}: filen kunne ikke skrives ({exc}); ændringen er ikke gemt. Tjek "
                "forbindelsen til drevet, og prøv igen."
            ) from exc
        finally:
            self._depth -= 1
            if recording:
                conn.journal = None
        self._changed = True

    def refresh_lock(self) -> bool:
        """Keep the lock fresh while the file is open (call it now and then); False if lost."""
        with self._lock_mutex:
            return self._lock is None or self._lock.refresh()

    # -- working copy ------------------------------------------------------------------------

    @property
    def working_copy(self) -> Path | None:
        """Return the local copy this store works on (None: it works on the file itself)."""
        return self._write_back.copy if self._write_back is not None else None

    @property
    def leftover_copy(self) -> Path | None:
        """Return where an earlier session's working copy, not all written back, was kept."""
        return self._write_back.leftover if self._write_back is not None else None

    @property
    def unwritten(self) -> int:
        """Return how many stored changes are not yet in the network file (working copy)."""
        return self._write_back.pusher.unwritten if self._write_back is not None else 0

    @property
    def write_back_error(self) -> BaseException | None:
        """Return why the working copy's changes stopped reaching the network file, if so."""
        return self._write_back.pusher.error if self._write_back is not None else None

    def wait_written(self, timeout: float | None = None) -> bool:
        """Wait until every stored change is in the network file; False if it failed."""
        return self._write_back is None or self._write_back.pusher.wait(timeout)

    def _switch_to_working_copy(self) -> None:
        shared = self.db.conn
        self._write_back = WriteBack(self.path, self._check_still_ours)
        self.db = Database(self._write_back.connect())
        shared.close()

    def _check_still_ours(self) -> None:
        """Refuse to write when the lock was broken or the file replaced behind our back."""
        with self._lock_mutex:
            still_ours = self._lock is None or self._lock.refresh()
        if not still_ours:
            now = read_lock(self.path)
            who = f"holdes nu af {now.describe()}" if now else "er fjernet"
            raise LockLostError(
                f"{self.path}: låsen er ikke længere din (den {who}). Ændringen er ikke gemt; "
                "luk filen og åbn den igen."
            )
        if fileformat.file_identity(self.path) != self._identity:
            raise FileReplacedError(
                f"{self.path} er erstattet på disken (fx af OneDrive eller en anden kopi), "
                "siden den blev åbnet. Ændringen er ikke gemt; luk filen og åbn den igen."
            )

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

    def values(self, kind: type[Record], *columns: str, **equals: Any) -> list[tuple]:
        """Return only the given columns of the matching rows, as tuples (no records built)."""
        known = set(kind.columns())
        unknown = (set(columns) | set(equals)) - known
        if unknown or not columns:
            raise InvalidValueError(f"Ukendte felter for {kind.__name__}: {sorted(unknown)}.")
        where = " AND ".join(f"[{name}] IS ?" for name in equals)
        sql = (f"SELECT {', '.join(f'[{c}]' for c in columns)} FROM [{kind.TABLE}]"
               + (f" WHERE {where}" if where else "") + f" ORDER BY {_ORDER[kind.TABLE]}")
        return self.db.execute(sql, list(equals.values())).fetchall()  # fmt: skip

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
            self.db[kind.TABLE].update(record_id, changed)
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

    # -- internals -----------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self._closed:
            raise ReadOnlyError(f"{self.path}: filen er lukket.")
        if not self.writable:
            who = self.holder.describe() if self.holder else "ingen (åbnet skrivebeskyttet)"
            raise ReadOnlyError(f"{self.path}: filen er skrivebeskyttet; den holdes af {who}.")

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
        sql = (f"INSERT INTO [{kind.TABLE}] ({', '.join(columns)}) "
               f"VALUES ({', '.join('?' * len(columns))})")  # fmt: skip
        user = self.user
        rows = []
        for record in records:
            row = record.to_row()
            row["id"] = record.id or str(uuid.uuid4())
            row["created_at"] = record.created_at or stamp
            row["modified_at"], row["modified_by"] = stamp, user
            rows.append(tuple(row.values()))
        insert_rows(self.db.conn, kind.TABLE, sql, rows)

    def delete_and_keep(self, kind: type[Record], record_id: str) -> list[tuple[str, dict]]:
        """Delete like delete(), returning every affected row as it was, for restore()."""
        with self.transaction():
            self.get(kind, record_id)
            return delete_row(self.db, self._children, kind.TABLE, record_id,
                              now_iso(), self.user)  # fmt: skip

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
                self.db[table].upsert(restored, pk="id")
                self.db.execute("DELETE FROM tombstones WHERE id = ?", [row["id"]])

    def _upgrade(self, version: int) -> None:
        if not self.writable:
            raise ReadOnlyError(
                f"{self.path}: filen har et ældre filformat (version {version}) og skal "
                "opgraderes, men den er åben hos en anden og kan ikke skrives nu."
            )
        try:
            fileformat.migrate_forward(self.db, self.path, self._migrations, self.backup)
        except FrikommuneError:
            raise
        except Exception as exc:
            raise FrikommuneError(
                f"{self.path}: opgraderingen fra filformat {version} mislykkedes ({exc}); "
                "filen er ikke ændret, og en sikkerhedskopi er gemt."
            ) from exc

    def _sync_law_catalog(self) -> None:
        """Add catalog laws the file does not have yet (the catalog grows with the program)."""
        known = {row[0] for row in self.db.execute("SELECT key FROM laws").fetchall()}
        missing = [law for law in law_catalog() if law.key not in known]
        if not missing:
            return
        self.add_many(
            Law(id=reference_id("law", law.key), key=law.key, title=law.title,
                short_name=law.short_name, abbreviation=law.abbreviation, kind=law.kind)
            for law in missing
        )  # fmt: skip
