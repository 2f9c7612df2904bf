"""Opening and creating a network file, up to where the store takes it over.

Opening takes the lock (or names its holder), recognises and checks the file and, for a file
on a network drive opened for writing, makes the local copy the full check reads; that copy
becomes the working copy when nothing wrote the file since, so the drive is read once. A new
file is built beside its place and renamed onto it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Migrations

from .db import fileformat
from .db.failures import plain_error
from .db.migrations import schema_version
from .errors import FileExistsRefusedError, FileLockedError, ReadOnlyError, StorageError
from .program.folders import working_dir
from .sharing.leftovers import remove_orphaned_copies, staging_path
from .sharing.lockfile import LockFile, LockInfo, ours_or_dead, read_lock
from .sharing.working_copy import use_working_copy

#: The bytes of an SQLite file's header: a commit in rollback-journal mode changes its change
#: counter, a switch of journal mode its format bytes.
HEADER_BYTES = 100


@dataclass
class OpenedFile:
    """A network file opened and checked, with its lock, before the store takes it over."""

    path: Path
    conn: sqlite3.Connection
    lock: LockFile | None
    holder: LockInfo | None
    #: The file's schema version, and the one this program writes.
    version: int
    target: int
    #: Whether it is to be worked on as a local copy (writable, on a network drive or asked).
    local: bool
    #: The local copy the full check read (a file opened to be worked on as a local copy).
    checked_copy: Path | None = None

    @property
    def writable(self) -> bool:
        """Return whether this process holds the file's lock (it may write)."""
        return self.lock is not None

    def reusable_copy(self) -> Path | None:
        """Return the checked copy if it still holds what the network file holds (nothing was
        written through this connection since it was made, and the file's header, whose
        change counter every commit moves, is the same), else None."""
        copy = self.checked_copy
        if copy is None or self.conn.total_changes != 0:
            return None
        try:
            same = _header(copy) == _header(self.path)
        except OSError:
            return None
        return copy if same else None


@contextlib.contextmanager
def opened(
    path: Path,
    user: str,
    *,
    readonly: bool,
    migrations: Migrations,
    working_copy: bool | None,
) -> Iterator[OpenedFile]:
    """Open and check a network file for the store made in the block; read-only if asked or
    if another live process holds it.

    If the block (or the opening) fails, the connection is closed and the lock given back;
    the checked copy is removed unless the block made it the working copy. An OS or SQLite
    failure is raised as one clear error.
    """
    fileformat.refuse_unusable_path(path)
    remove_orphaned_copies(path)
    lock: LockFile | None = None
    holder: LockInfo | None = None
    if not readonly:
        lock = LockFile(path, user)
        holder = acquire_lock(lock, path)
        if holder is not None:
            lock = None
    try:
        conn = fileformat.connect(path, readonly=lock is None)
        conn.isolation_level = None  # transactions only where the store opens them
        found = OpenedFile(path, conn, lock, holder, 0, schema_version(migrations), False)
        try:
            _check(found, migrations, working_copy)
            yield found
        except BaseException:
            found.conn.close()
            raise
        finally:
            if found.checked_copy is not None:
                found.checked_copy.unlink(missing_ok=True)  # gone if it became the working copy
    except (OSError, sqlite3.Error) as exc:
        if lock is not None:
            lock.release()
        raise plain_error(exc, path) or StorageError(str(exc)) from exc
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _check(found: OpenedFile, migrations: Migrations, working_copy: bool | None) -> None:
    """Recognise and check an opened file and make it ready for the store (an older file
    opened read-only is upgraded in memory)."""
    path, target, writable = found.path, found.target, found.writable
    found.version = fileformat.verify_network_file(found.conn, path, target)
    fileformat.refuse_inconsistent(found.conn, path, found.version, migrations)
    found.local = writable and use_working_copy(path, working_copy)
    # A file to be written is checked in full first: nothing is written into damage. On a
    # network drive the check reads a local copy: the drive is read once, in large reads, not
    # page by page (seconds, where SQLite's pages took minutes), and the copy is kept to
    # become the working copy.
    if found.local:
        found.checked_copy = fileformat.checked_copy(path, working_dir())
    else:
        fileformat.refuse_damaged(found.conn, path, full=writable)
    if found.version < target and not writable:
        if found.holder is not None:
            raise ReadOnlyError(
                f"{path}: filen har et ældre filformat (version {found.version}) og skal "
                "opgraderes, men den er åben hos en anden og kan ikke skrives nu."
            )
        found.conn = fileformat.upgraded_in_memory(found.conn, path, migrations)
        found.conn.isolation_level = None
        found.version = target
    fileformat.ensure_rollback_journal(found.conn, path, writable=writable)
    found.conn.execute("PRAGMA foreign_keys=ON")


def _header(path: Path) -> bytes:
    """Return the first bytes of an SQLite file: its header."""
    with open(path, "rb") as handle:
        return handle.read(HEADER_BYTES)


def acquire_lock(lock: LockFile, path: Path) -> LockInfo | None:
    """Take a file's lock (None) or return its live holder; a folder where no lock file can
    be made (read-only, full) is one clear error."""
    try:
        return lock.acquire()
    except OSError as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise StorageError(
                f"{path}: kan ikke åbnes til skrivning, fordi der ikke kan lægges en låsefil i "
                f"mappen {path.parent} (skrivebeskyttet). Bed om skriveadgang til mappen, eller "
                "kopiér filen til en mappe, du kan skrive i."
            ) from exc
        raise plain_error(exc, path) or StorageError(str(exc)) from exc


@contextlib.contextmanager
def staged_new_file(path: Path, *, overwrite: bool) -> Iterator[Path]:
    """Yield a temporary path beside `path` to build a new network file in, and rename it onto
    `path` when the block ends well; the temporary file and its journal are removed in any
    case. A folder, an existing file (unless `overwrite`) and a file open elsewhere are
    refused; an OS or SQLite failure is raised as one clear error."""
    if path.is_dir():
        raise FileExistsRefusedError(
            f"{path}: er en mappe; angiv et filnavn i den, fx {path / 'netvaerk.fkdb'}."
        )
    if path.exists() and not overwrite:
        raise FileExistsRefusedError(f"{path}: filen findes allerede (brug --force).")
    holder = read_lock(path)
    if path.exists() and holder is not None and not ours_or_dead(holder):
        raise FileLockedError(f"{path}: kan ikke overskrives; den er åben hos {holder.describe()}.")
    temporary = staging_path(path)
    # Created empty first with 0o666 less the umask, like any program's new file (SQLite
    # itself would make it 0o644 whatever the umask); if that fails, SQLite says why.
    with contextlib.suppress(OSError):
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        yield temporary
        os.replace(temporary, path)
    except (OSError, sqlite3.Error) as exc:
        raise plain_error(exc, path) or StorageError(str(exc)) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        with contextlib.suppress(FileNotFoundError):
            temporary.with_name(temporary.name + "-journal").unlink()
