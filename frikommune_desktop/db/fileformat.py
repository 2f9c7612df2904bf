"""Recognising, checking and upgrading a network file on disk, all through SQLite."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import urllib.parse
from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database, Migrations

from ..errors import (
    DamagedFileError,
    InterruptedWriteError,
    NewerFileError,
    NotANetworkFileError,
)
from .failures import damaged_error, one_line, plain_error, sqlite_finding
from .migrations import schema_version
from .schema import APPLICATION_ID, DATA_TABLES

#: The file suffix of a network file.
SUFFIX = ".fkdb"


def connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    """Open an SQLite connection to an existing file, read-only through a URI when asked.

    A file in WAL mode without its -wal file (no one has it open) is read as it is, so that
    reading it leaves no -wal and -shm files behind.
    """
    if readonly:
        query = "mode=ro"
        if in_wal_mode(path) and not Path(f"{path}-wal").exists():
            query += "&immutable=1"
        uri = "file:" + urllib.parse.quote(str(Path(path).resolve())) + "?" + query
        return sqlite3.connect(uri, uri=True, check_same_thread=False)
    return sqlite3.connect(str(path), check_same_thread=False)


def in_wal_mode(path: Path) -> bool:
    """Return whether a database file's header says it is in WAL mode."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return header[18:20] == b"\x02\x02"


def refuse_unusable_path(path: Path) -> None:
    """Raise a clear error for a path that cannot be a network file before SQLite opens it."""
    try:
        if not path.exists():
            raise NotANetworkFileError(f"{path}: filen findes ikke.")
        if path.is_dir():
            raise NotANetworkFileError(f"{path}: er en mappe, ikke en netværksfil.")
        if path.stat().st_size == 0:
            raise NotANetworkFileError(
                f"{path}: filen er tom (0 byte) og er ikke en netværksfil fra Frikommune Desktop."
            )
        with open(path, "rb") as handle:  # SQLite would only say "unable to open"
            handle.read(100)
    except OSError as exc:
        raise plain_error(exc, path) or NotANetworkFileError(str(exc)) from exc


def verify_network_file(conn: sqlite3.Connection, path: Path, known_version: int) -> int:
    """Check that the connection holds one of our network files; return its schema version."""
    try:
        application_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except UnicodeDecodeError as exc:  # SQLite's message quotes the garbled schema
        raise damaged_error(path, "tabellernes beskrivelse kan ikke læses") from exc
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CORRUPT":
            raise damaged_error(path, str(exc)) from exc
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK":
            raise InterruptedWriteError(
                f"{path}: en skrivning blev afbrudt ({path.name}-journal findes); den rulles "
                "tilbage, når filen åbnes med skriveadgang (af den, der har låsen, eller når "
                "låsen er frigivet). Filen er ikke ændret."
            ) from exc
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_NOTADB":
            raise plain_error(exc, path) or NotANetworkFileError(str(exc)) from exc
        raise NotANetworkFileError(
            f"{path}: er ikke en netværksfil fra Frikommune Desktop (ikke en SQLite-database: "
            f"{one_line(exc)})."
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


def integrity_problems(conn: sqlite3.Connection, *, full: bool = False) -> list[str]:
    """Return SQLite's quick_check findings, or with `full` those of its integrity_check and
    of a read of every text in every table (what SQLite's checks cannot see: text that is
    not UTF-8); [] when healthy. Never raises: what stops the check is a finding too."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [one_line(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [sqlite_finding(exc)]
    if rows != ["ok"]:
        return rows
    return unreadable_texts(conn) if full else []


def unreadable_texts(conn: sqlite3.Connection) -> list[str]:
    """Return where a table holds text that cannot be read (not UTF-8), one line a table."""
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name"
            )
        ]
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        return [sqlite_finding(exc)]
    found = []
    for table in tables:
        try:
            for _row in conn.execute(f"SELECT * FROM [{table}]"):
                pass
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            found.append(f"tabellen {table}: {sqlite_finding(exc)}")
    return found


def refuse_damaged(conn: sqlite3.Connection, path: Path, *, full: bool = False) -> None:
    """Raise a clear error if SQLite's quick check (or, with `full`, the full check and a read
    of every text) finds damage; never repair silently."""
    problems = integrity_problems(conn, full=full)
    if problems:
        raise damaged_error(path, "; ".join(problems[:3]))


def checked_copy(path: Path, scratch: Path) -> Path:
    """Copy the file into the local folder `scratch`, run the full check on the copy and
    return it (the caller removes it, or works on it); raise a clear error if the check finds
    damage (the copy is removed then). On a slow drive this reads the file once in large
    reads, where the full check on the file itself reads it page by page."""
    scratch.mkdir(parents=True, exist_ok=True)
    copy = scratch / f".check-{os.getpid()}-{path.name}"
    try:
        shutil.copyfile(path, copy)
        with contextlib.closing(connect(copy, readonly=True)) as conn:
            problems = integrity_problems(conn, full=True)
        if problems:
            raise damaged_error(path, "; ".join(problems[:3]))
    except BaseException:
        copy.unlink(missing_ok=True)
        raise
    return copy


def refuse_inconsistent(
    conn: sqlite3.Connection, path: Path, version: int, migrations: Migrations
) -> None:
    """Refuse, untouched, a file with our application id whose content does not fit its
    format: a version below 1, tables missing, or migrations recorded that do not match."""
    names = [migration.name for migration in migrations._migrations]
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        applied = (
            [
                row[0]
                for row in conn.execute(
                    f"SELECT name FROM [{migrations.migrations_table}]"
                    " WHERE migration_set = ? ORDER BY rowid",
                    [migrations.name],
                )
            ]
            if migrations.migrations_table in tables
            else []
        )
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise damaged_error(path, sqlite_finding(exc)) from exc
    missing = [table for table in (*DATA_TABLES, "tombstones") if table not in tables]
    wrong = None
    if version < 1:
        wrong = f"filformat {version} findes ikke"
    elif missing:
        wrong = f"tabellerne {', '.join(missing)} mangler"
    elif applied != names[:version]:
        wrong = f"de registrerede opgraderinger passer ikke til filformat {version}"
    if wrong is not None:
        raise DamagedFileError(
            one_line(
                f"{path}: filen er mærket som en netværksfil fra Frikommune Desktop, men dens "
                f"indhold passer ikke til det ({wrong}). Den er ikke ændret; se "
                f"sikkerhedskopierne med: frikommune backups {path}."
            )
        )


def ensure_rollback_journal(conn: sqlite3.Connection, path: Path, *, writable: bool) -> None:
    """Keep the file in rollback-journal mode (WAL does not work on network drives); a
    file opened read-only is read in the mode it is in, and switched at its next write."""
    if not writable:
        return
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if mode != "delete":
        conn.execute("PRAGMA journal_mode=DELETE")


def upgraded_in_memory(
    conn: sqlite3.Connection, path: Path, migrations: Migrations
) -> sqlite3.Connection:
    """Return an in-memory copy of an older file, upgraded to this version, and close `conn`:
    reading an older file (dump, a check before an import) never writes to it."""
    memory = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.backup(memory)
        memory.isolation_level = None
        migrate_forward(Database(memory), path, migrations, lambda reason: path)
    except BaseException:
        memory.close()
        raise
    conn.close()
    return memory


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
