"""Forward migrations: an older file is backed up, then upgraded in one transaction."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from frikommune_desktop.backups import list_backups
from frikommune_desktop.errors import FrikommuneError
from frikommune_desktop.schema import MIGRATIONS, schema_version
from frikommune_desktop.store import Store


def _future_migrations(step: object) -> Migrations:
    """Return this program's migrations plus one more, as a later version would have."""
    future = Migrations("frikommune")
    future._migrations = [*MIGRATIONS._migrations]
    future(name="0002_future")(step)
    return future


def _add_notes_column(db: Database) -> None:
    db["experiments"].add_column("internal_note", str, not_null_default="")
    db.execute("UPDATE experiments SET internal_note = 'migreret'")


def test_schema_version_counts_the_migrations() -> None:
    """The version written to user_version is the number of migrations."""
    assert schema_version() == len(MIGRATIONS._migrations) == 1


def test_older_file_is_backed_up_then_migrated(demo_path: Path) -> None:
    """Opening an older file backs it up first, then applies the new migration."""
    future = _future_migrations(_add_notes_column)
    with Store.open(demo_path, migrations=future) as store:
        assert store.schema_version == 2
        notes = {r["internal_note"] for r in store.db["experiments"].rows}
        assert notes == {"migreret"}
    backups = list_backups(demo_path)
    assert len(backups) >= 1
    oldest = backups[-1]
    assert "before-migration-v1" in oldest.name
    raw = sqlite3.connect(oldest)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        columns = {row[1] for row in raw.execute("PRAGMA table_info(experiments)")}
        assert "internal_note" not in columns
    finally:
        raw.close()


def test_failing_migration_leaves_the_file_unchanged(demo_path: Path) -> None:
    """A migration that fails half-way rolls back entirely; the file stays at its version."""

    def half_then_fail(db: Database) -> None:
        _add_notes_column(db)
        raise ValueError("kolonnen findes ikke")

    future = _future_migrations(half_then_fail)
    with pytest.raises(FrikommuneError, match="opgraderingen fra filformat 1 mislykkedes"):
        Store.open(demo_path, migrations=future)
    with Store.open(demo_path) as store:
        assert store.schema_version == 1
        columns = {c.name for c in store.db["experiments"].columns}
        assert "internal_note" not in columns


def test_readonly_open_of_an_older_file_does_not_migrate(demo_path: Path) -> None:
    """A read-only opener cannot upgrade a file and says so; the file is not touched."""
    before = hashlib.sha256(demo_path.read_bytes()).hexdigest()
    future = _future_migrations(_add_notes_column)
    with pytest.raises(FrikommuneError, match="ældre filformat"):
        Store.open(demo_path, readonly=True, migrations=future)
    assert hashlib.sha256(demo_path.read_bytes()).hexdigest() == before
