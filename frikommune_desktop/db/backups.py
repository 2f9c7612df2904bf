"""Automatic, rotated backups of a network file, taken through SQLite's backup API."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from ..program.folders import backups_root

#: How many automatic backups of one network file are kept.
DEFAULT_KEEP = 20

_SAFE = re.compile(r"[^A-Za-z0-9æøåÆØÅ_.-]+")
_STAMP = re.compile(r"-(\d{8}T\d{12}Z)-")
_STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"


def backups_dir(db_path: Path) -> Path:
    """Return the folder of one network file's backups, distinct per full path."""
    resolved = str(Path(db_path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    stem = _SAFE.sub("_", Path(db_path).stem) or "netvaerk"
    return backups_root() / f"{stem}-{digest}"


def make_backup(
    conn: sqlite3.Connection, db_path: Path, reason: str, keep: int = DEFAULT_KEEP
) -> Path:
    """Copy the open database into a new backup file through SQLite and rotate old ones."""
    folder = backups_dir(db_path)
    target = new_backup_path(db_path, reason)
    partial = target.with_name(target.name + ".partial")
    try:
        destination = sqlite3.connect(partial)
        try:
            conn.backup(destination)
            destination.execute("PRAGMA journal_mode=DELETE")
        finally:
            destination.close()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a failed backup leaves nothing half-written behind
        raise
    rotate_backups(folder, keep)
    return target


def new_backup_path(db_path: Path, reason: str) -> Path:
    """Return the path a backup taken now for this reason gets (its folder is created)."""
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime(_STAMP_FORMAT)
    return folder / f"{Path(db_path).stem}-{stamp}-{_SAFE.sub('_', reason)}.fkdb"


def backup_stamp(path: Path) -> tuple[dt.datetime, str] | None:
    """Return when a backup was taken (UTC) and why, read from its name; None if not a backup."""
    name = Path(path).name
    found = _STAMP.search(name)
    if found is None or not name.endswith(".fkdb"):
        return None
    try:
        taken = dt.datetime.strptime(found.group(1), _STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:  # digits in the right places, but no real time
        return None
    return taken, name[found.end() : -len(".fkdb")]


def list_backups(db_path: Path) -> list[Path]:
    """Return the backups of a network file, newest first."""
    return _newest_first(backups_dir(db_path))


def _newest_first(folder: Path) -> list[Path]:
    """Return the backup files in a folder ordered by the time stamp in their names."""
    if not folder.is_dir():
        return []
    stamped = [(stamp[0], p) for p in folder.glob("*.fkdb") if (stamp := backup_stamp(p))]
    return [p for _, p in sorted(stamped, key=lambda pair: pair[0], reverse=True)]


def rotate_backups(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in a folder and return the deleted ones."""
    removed = _newest_first(folder)[keep:]
    for path in removed:
        path.unlink(missing_ok=True)
        path.with_name(path.name + "-journal").unlink(missing_ok=True)  # kept with a damaged copy
    return removed
