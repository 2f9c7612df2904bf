"""Telling good backups from bad ones, and putting a backup back in place of a network file."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..db import fileformat
from ..db.backups import backup_stamp, list_backups, make_backup, new_backup_path
from ..db.failures import short_reason
from ..db.migrations import schema_version
from ..errors import (
    DamagedFileError,
    FileLockedError,
    FrikommuneError,
    NotANetworkFileError,
    StorageError,
)
from ..program.clock import current_user
from .leftovers import staging_path
from .lockfile import LockFile

#: The reason in the name of the backup that keeps the state a restore replaced.
BEFORE_RESTORE = "before-restore"
#: The reason in the name of the byte copy kept of a file SQLite could not read.
DAMAGED_BEFORE_RESTORE = "damaged-before-restore"


class UnusableBackupError(FrikommuneError):
    """A file chosen to restore from is not a healthy network file this program can open."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a network file: where, when (UTC), why, how big, and whether it is sound."""

    path: Path
    taken_at: dt.datetime
    reason: str
    size: int
    healthy: bool | None = None  # None: not checked

    def local_time(self) -> str:
        """Return when the backup was taken, in local time: '23-11-2026 14:05:33'."""
        return self.taken_at.astimezone().strftime("%d-%m-%Y %H:%M:%S")


def describe_backups(db_path: Path, *, check: bool = False) -> list[BackupInfo]:
    """Return a network file's backups, newest first; with check=True each one is checked."""
    found: list[BackupInfo] = []
    for path in list_backups(Path(db_path)):
        stamp = backup_stamp(path)
        try:
            size = path.stat().st_size
        except FileNotFoundError:  # rotated away by another process meanwhile
            continue
        if stamp is None:
            continue
        healthy = not check_backup(path) if check else None
        found.append(BackupInfo(path, stamp[0], stamp[1], size, healthy))
    return found


def check_backup(path: Path) -> list[str]:
    """Return what makes a file unfit to restore from, read-only; [] when it is fit."""
    path = Path(path)
    try:
        fileformat.refuse_unusable_path(path)
        conn = fileformat.connect(path, readonly=True)
    except FrikommuneError as exc:
        return [_without_path(exc, path)]
    except sqlite3.Error as exc:
        return [f"kan ikke åbnes af SQLite ({exc})"]
    try:
        return _problems(conn, path, full=True)
    finally:
        conn.close()


def newest_good_backup(db_path: Path) -> Path | None:
    """Return the newest backup of a network file that is fit to restore from, or None."""
    for path in list_backups(Path(db_path)):
        if not check_backup(path):
            return path
    return None


def restore_backup(db_path: Path, backup: Path, *, user: str | None = None) -> Path | None:
    """Put a backup in place of a network file; return where the replaced state was kept."""
    try:
        return _restore_backup(Path(db_path), Path(backup), user)
    except (OSError, sqlite3.Error) as exc:  # no room for the copies, the drive went away …
        raise StorageError(
            f"{db_path}: sikkerhedskopien kunne ikke gendannes ({short_reason(exc)}); filen er "
            "ikke ændret."
        ) from exc


def _restore_backup(db_path: Path, backup: Path, user: str | None) -> Path | None:
    if db_path.is_dir() or not db_path.parent.is_dir():
        raise NotANetworkFileError(f"{db_path}: er en mappe eller ligger i en mappe, der mangler.")
    with contextlib.suppress(OSError):
        if os.path.samefile(db_path, backup):
            raise UnusableBackupError(f"{backup}: er selve netværksfilen, ikke en kopi af den.")
    lock = LockFile(db_path, user or current_user())
    holder = lock.acquire()
    if holder is not None:
        raise FileLockedError(
            f"{db_path}: kan ikke gendannes, mens den er åben hos {holder.describe()}. "
            "Den skal lukkes dér først; filen er ikke ændret."
        )
    try:
        staged = _stage(db_path, backup)
        try:
            kept = _keep_current(db_path)
            _put_in_place(staged, db_path, kept)
        finally:
            _discard(staged)
    finally:
        lock.release()
    return kept


def _problems(conn: sqlite3.Connection, path: Path, *, full: bool) -> list[str]:
    """Return why an open file is not a healthy network file this program can open."""
    try:
        fileformat.verify_network_file(conn, path, schema_version())
    except DamagedFileError as exc:
        return [f"filen er beskadiget ({exc.__cause__ or exc})"]
    except FrikommuneError as exc:
        return [_without_path(exc, path)]
    return [f"integritet: {line}" for line in fileformat.integrity_problems(conn, full=full)]


def _without_path(exc: Exception, path: Path) -> str:
    """Return an error's message without the leading 'PATH: ' the core puts first."""
    return str(exc).removeprefix(f"{path}: ").rstrip(".")


def _journal(path: Path) -> Path:
    """Return the path of SQLite's rollback journal beside a database file."""
    return path.with_name(path.name + "-journal")


def _stage(db_path: Path, backup: Path) -> Path:
    """Check the backup and copy it through SQLite into a temporary file beside the target."""
    problems = check_backup(backup)
    staged = staging_path(db_path)
    if not problems:
        try:
            source = fileformat.connect(backup, readonly=True)
            try:
                destination = sqlite3.connect(staged)
                try:
                    source.backup(destination)
                    destination.execute("PRAGMA journal_mode=DELETE")
                    problems = _problems(destination, staged, full=False)
                finally:
                    destination.close()
            finally:
                source.close()
            if db_path.exists():
                with contextlib.suppress(OSError):
                    shutil.copymode(db_path, staged)
        except BaseException:
            _discard(staged)
            raise
    if problems:
        _discard(staged)
        raise UnusableBackupError(
            f"{backup}: kan ikke gendannes: {'; '.join(problems[:3])}. {db_path} er ikke ændret."
        )
    return staged


def _keep_current(db_path: Path) -> Path | None:
    """Keep the file's current state as a backup (its bytes if SQLite cannot read it)."""
    if not db_path.exists():
        return None
    # A journal left by a crashed session is rolled back when SQLite opens the file for
    # writing (we hold the lock), so first keep the bytes exactly as they are.
    raw = _copy_bytes(db_path) if _journal(db_path).exists() else None
    if db_path.stat().st_size > 0:
        with contextlib.closing(fileformat.connect(db_path, readonly=False)) as conn:
            if not fileformat.integrity_problems(conn, full=True):
                kept = make_backup(conn, db_path, BEFORE_RESTORE)
                if raw is not None:  # the consistent state is kept; the raw bytes are not needed
                    _journal(raw).unlink(missing_ok=True)
                    raw.unlink(missing_ok=True)
                return kept
    return raw or _copy_bytes(db_path)


def _copy_bytes(db_path: Path) -> Path:
    """Copy a file SQLite cannot read, with any journal, into its backups folder as it is."""
    target = new_backup_path(db_path, DAMAGED_BEFORE_RESTORE)
    partial = target.with_name(target.name + ".partial")
    try:
        _durable_copy(db_path, partial)
        if _journal(db_path).exists():
            _durable_copy(_journal(db_path), _journal(target))
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def _durable_copy(source: Path, target: Path) -> None:
    """Copy a file's bytes and flush them to disk."""
    shutil.copyfile(source, target)
    with open(target, "rb+") as handle:
        os.fsync(handle.fileno())


def _put_in_place(staged: Path, db_path: Path, kept: Path | None) -> None:
    """Replace the network file by the staged copy in one step, dropping the old journal."""
    _journal(db_path).unlink(missing_ok=True)  # it belongs to the old file, never the new one
    try:
        os.replace(staged, db_path)
    except OSError as exc:
        where = f" Den tidligere tilstand er også gemt i {kept}." if kept else ""
        raise FrikommuneError(
            f"{db_path}: kunne ikke erstattes ({exc}); måske har et andet program den åben. "
            f"Filen er ikke ændret.{where}"
        ) from exc


def _discard(staged: Path) -> None:
    """Remove a temporary copy and its journal, if they are still there."""
    staged.unlink(missing_ok=True)
    _journal(staged).unlink(missing_ok=True)
