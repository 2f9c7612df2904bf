"""The store: the one object that owns an open network file and every write to it."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Self

from sqlite_utils import Database, Migrations

from . import opening
from .db import fileformat
from .db.backups import make_backup
from .db.changes import ChangeLog, Changes
from .db.deletion import foreign_key_children
from .db.failures import disk_full_error, one_line, short_reason
from .db.migrations import MIGRATIONS
from .db.records import RecordAccess
from .db.schema import DATA_TABLES, reference_id
from .errors import (
    FileReplacedError,
    FrikommuneError,
    InvalidValueError,
    LockLostError,
    ReadOnlyError,
    StorageError,
)
from .model import Law, Network
from .program.clock import current_user
from .program.logs import details, log_exception
from .program.resources import law_catalog
from .sharing.lockfile import LockFile, LockInfo, read_lock
from .sharing.working_copy import WriteBack


class Store:
    """An open network file: schema, transactions, backups and the lock all live here; its
    records are read and written through `records`."""

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
        self._target = path  # the network file named in errors (create builds a copy first)
        self.user = user
        self.holder = holder
        self._lock = lock
        self._writable = writable
        self._migrations = migrations
        self._changed = False
        self._closed = False
        self.children = foreign_key_children(db, DATA_TABLES)
        self._identity = fileformat.file_identity(path)
        self._depth = 0
        # What the running transaction's writes touch, and what committed ones did since the
        # last take_changes().
        self._touching = ChangeLog()
        self._touched = ChangeLog()
        #: Records by kind and id, read and written in this file.
        self.records = RecordAccess(self)
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
        slow the drive. The local copy the full check read becomes that working copy when
        opening wrote nothing to the file (no upgrade, no new catalog laws).
        """
        path = Path(path)
        user = user or current_user()
        with opening.opened(
            path, user, readonly=readonly, migrations=migrations, working_copy=working_copy
        ) as found:
            store = cls(
                Database(found.conn),
                path,
                user=user,
                lock=found.lock,
                holder=found.holder,
                writable=found.writable,
                migrations=migrations,
            )
            if found.version < found.target:
                store._upgrade(found.version)
            if found.writable:
                store._sync_law_catalog()
            if found.local:
                store._switch_to_working_copy(found.reusable_copy())
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
        user = user or current_user()
        with opening.staged_new_file(path, overwrite=overwrite) as temporary:
            conn = sqlite3.connect(str(temporary), isolation_level=None)
            try:
                db = Database(conn)
                fileformat.initialise_new_file(db, migrations)
                building = cls(
                    db,
                    temporary,
                    user=user,
                    lock=None,
                    holder=None,
                    writable=True,
                    migrations=migrations,
                )
                building._target = path
                with building.transaction():
                    building._sync_law_catalog()
                    building.records.add(network)
                    if populate is not None:
                        populate(building)
            finally:
                conn.close()
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
        return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def backup(self, reason: str) -> Path:
        """Write a backup of the file through SQLite's backup API and return its path."""
        try:
            return make_backup(self.db.conn, self.path, reason)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                f"Sikkerhedskopien af {self.path} kunne ikke skrives ({short_reason(exc)})."
            ) from exc

    def integrity_problems(self) -> list[str]:
        """Return the findings of SQLite's full integrity check ([] when healthy)."""
        return fileformat.integrity_problems(self.db.conn, full=True)

    def data_version(self) -> int:
        """Return SQLite's data_version: it changes when another connection commits; raises
        StorageError when the file cannot be read (it vanished, the drive is gone)."""
        try:
            return int(self.db.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error as exc:
            raise StorageError(f"{self._target}: filen kan ikke læses ({one_line(exc)}).") from exc

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
        recorded = (
            self._write_back.recorded()
            if outermost and self._write_back is not None
            else contextlib.nullcontext()
        )
        if outermost:
            self._touching = ChangeLog()
        writes_before = self.db.conn.total_changes
        self._depth += 1
        try:
            with recorded, self.db.atomic():
                yield self
                # Written past the record access, without saying what: anything may have changed.
                unsaid = outermost and not self._touching
                if unsaid and self.db.conn.total_changes != writes_before:
                    self._touching.note_everything()
        except sqlite3.IntegrityError as exc:
            raise InvalidValueError(f"Ændringen passer ikke til filens data: {exc}.") from exc
        except sqlite3.OperationalError as exc:
            if self._depth > 1:
                raise  # the outermost transaction reports it, once
            if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
                raise disk_full_error(self._target) from exc
            raise StorageError(
                f"{self._target}: filen kunne ikke skrives ({one_line(exc)}); ændringen er ikke "
                "gemt. Tjek forbindelsen til drevet, og prøv igen."
            ) from exc
        finally:
            self._depth -= 1
        self._changed = True
        if outermost:
            self._touched.absorb(self._touching)
            self._touching = ChangeLog()

    def note_changed(self, table: str, ids: Iterable[str] | None) -> None:
        """Record rows of a table as touched by the running transaction (None: all of it)."""
        self._touching.note(table, ids)

    def take_changes(self) -> Changes | None:
        """Return what the transactions stored since the last call touched (None: nothing)."""
        if not self._touched:
            return None
        touched, self._touched = self._touched, ChangeLog()
        return touched.changes(self.user)

    def changes_from_outside(self) -> Changes:
        """Return a change another process saved (seen by data_version): any row of any table
        may have changed, made by whoever holds the lock now."""
        holder = read_lock(self.path)
        return Changes.everything(by=holder.user if holder is not None else "")

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

    def _switch_to_working_copy(self, checked: Path | None) -> None:
        """Work on a local copy from now on: `checked` (a local copy still holding what the
        file holds) if given, else a new copy of the file."""
        shared = self.db.conn
        self._write_back = WriteBack(self.path, self._check_still_ours, checked)
        self.db = Database(self._write_back.conn)
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

    # -- internals -----------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self._closed:
            raise ReadOnlyError(f"{self.path}: filen er lukket.")
        if not self.writable:
            who = self.holder.describe() if self.holder else "ingen (åbnet skrivebeskyttet)"
            raise ReadOnlyError(f"{self.path}: filen er skrivebeskyttet; den holdes af {who}.")

    def _upgrade(self, version: int) -> None:
        try:
            fileformat.migrate_forward(self.db, self.path, self._migrations, self.backup)
        except FrikommuneError:
            raise
        except Exception as exc:  # a fault in a migration: its traceback goes to the log
            log = log_exception(exc, f"{self.path}: opgraderingen fra filformat {version}")
            raise FrikommuneError(
                f"{self.path}: opgraderingen fra filformat {version} mislykkedes; filen er ikke "
                f"ændret, og en sikkerhedskopi er gemt. {details(log)}"
            ) from exc

    def _sync_law_catalog(self) -> None:
        """Add catalog laws the file does not have yet (the catalog grows with the program)."""
        known = {row[0] for row in self.db.execute("SELECT key FROM laws").fetchall()}
        missing = [law for law in law_catalog() if law.key not in known]
        if not missing:
            return
        self.records.add_many(
            Law(
                id=reference_id("law", law.key),
                key=law.key,
                title=law.title,
                short_name=law.short_name,
                abbreviation=law.abbreviation,
                kind=law.kind,
            )
            for law in missing
        )
