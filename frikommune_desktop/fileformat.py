"""Recognising, checking and upgrading a network file on disk, all through SQLite."""

from __future__ import annotations

import os
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database, Migrations

from .errors import (
    DamagedFileError,
    InterruptedWriteError,
    NewerFileError,
    NotANetworkFileError,
    ReadOnlyError,
)
from .schema import APPLICATION_ID, schema_version

#: The file suffix of a network file.
SUFFIX = ".fkdb"


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """Open an SQLite connection to an existing file, read-only through a URI when asked."""
    if readonly:
        uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?mode=ro"
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    return sqlite3.connect(str(path), check_same_thread=False)


def refuse_unusable_path(path: Path) -> None:
    """Raise a clear error for a path that cannot be a network file before SQLite opens it."""
    if not path.exists():
        raise NotANetworkFileError(f"{path}: filen findes ikke.")
    if path.is_dir():
        raise NotANetworkFileError(f"{path}: er en mappe, ikke en netværksfil.")
    if path.stat().st_size == 0:
        raise NotANetworkFileError(
            f"{path}: filen er tom (0 byte) og er ikke en netværksfil fra Frikommune Desktop."
        )


def verify_network_file(conn: sqlite3.Connection, path: Path, known_version: int) -> int:
    """Check that the connection holds one of our network files; return its schema version."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
            raise _damaged(path, str(exc)) from exc
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise InterruptedWriteError(
                f"{path}: en skrivning blev afbrudt ({path.name}-journal findes); den rulles "
                "tilbage, når filen åbnes med skriveadgang (af den, der har låsen, eller når "
                "låsen er frigivet). Filen er ikke ændret."
            ) from exc
        raise NotANetworkFileError(
            f"{path}: er ikke en netværksfil fra Frikommune Desktop (ikke en SQLite-database: "
            f"{exc})."
        ) from exc
    if application_id != APPLICATION_ID:
        raise NotANetworkFileError(
            f"{path}: er en SQLite-database fra et andet program (application_id "
            f"{application_id:#x}), ikke en netværksfil fra Frikommune Desktop."
        )
    if version > known_version:
        raise NewerFileError(
            f"{path}: filen er skrevet af en nyere version af Frikommune Desktop (filformat "
            f"{version}; denne version kender op til {known_version}). Opdatér programmet. "
            "Filen er ikke ændret."
        )
    return version


def _damaged(path: Path, finding: str) -> DamagedFileError:
    """Return the error that reports damage found in a file."""
    return DamagedFileError(
        f"{path}: filen er beskadiget ({finding}). Den er ikke ændret; gendan en sikkerhedskopi."
    )


def integrity_problems(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """Return SQLite's quick_check (or full integrity_check) findings; [] when healthy."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [row[0] for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def refuse_damaged(conn: sqlite3.Connection, path: Path) -> None:
    """Raise a clear error if SQLite's quick check finds damage; never repair silently."""
    problems = integrity_problems(conn)
    if problems:
        raise _damaged(path, "; ".join(problems[:3]))


def ensure_rollback_journal(conn: sqlite3.Connection, path: Path, *, writable: bool) -> None:
    """Keep the file in rollback-journal mode (WAL does not work on network drives)."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode == "wal":
        if not writable:
            raise ReadOnlyError(
                f"{path}: filen er i WAL-tilstand, som ikke virker på netværksdrev, og kan "
                "ikke omstilles, mens en anden har den åben."
            )
        conn.execute("PRAGMA journal_mode=DELETE")
    elif writable and mode != "delete":
        conn.execute("PRAGMA journal_mode=DELETE")


def initialise_new_file(db: Database, migrations: Migrations) -> None:
    """Stamp an empty database as a network file and create its schema in one transaction."""
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA journal_mode=DELETE")
    db.execute("PRAGMA foreign_keys=ON")
    with db.atomic():
        migrations.apply(db)
        db.execute(f"PRAGMA user_version = {schema_version(migrations)}")


def migrate_forward(
    db: Database, path: Path, migrations: Migrations, backup: Callable[[str], Path]
) -> int:
    """Bring an older file up to this version: back it up, then migrate in one transaction."""
    current: int = db.execute("PRAGMA user_version").fetchone()[0]
    target = schema_version(migrations)
    if current >= target:
        return current
    backup(f"before-migration-v{current}")
    # Foreign keys are checked after, not during, a migration that rebuilds tables.
    db.execute("PRAGMA foreign_keys=OFF")
    try:
        with db.atomic():
            migrations.apply(db)
            violations = db.execute("PRAGMA foreign_key_check").fetchall()
            if violations:
                raise DamagedFileError(
                    f"{path}: opgraderingen af filformatet gav brudte referencer "
                    f"({len(violations)}); filen er ikke ændret."
                )
            db.execute(f"PRAGMA user_version = {target}")
    finally:
        db.execute("PRAGMA foreign_keys=ON")
    return target


def file_identity(path: Path) -> tuple[int, int] | None:
    """Return what tells one file from another at a path (device, inode), None if gone."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino
