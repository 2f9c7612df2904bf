"""Automatic backups: taken through SQLite, in the user data folder, rotated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from frikommune_desktop.db.backups import backups_dir, list_backups, make_backup
from frikommune_desktop.model import Contact
from frikommune_desktop.store import Store


def test_closing_after_a_change_writes_a_backup(demo_path: Path, isolated_user_data) -> None:
    """A session that changed the file leaves a backup of it when it closes."""
    before = list_backups(demo_path)
    with Store.open(demo_path) as store:
        store.records.add(Contact(name="Ny kontakt"))
    after = list_backups(demo_path)
    assert len(after) == len(before) + 1
    newest = after[0]
    assert newest.name.endswith("-close.fkdb")
    assert isolated_user_data in newest.parents
    with Store.open(newest, readonly=True) as copy:
        assert "Ny kontakt" in {c.name for c in copy.records.all(Contact)}


def test_closing_without_changes_writes_no_backup(demo_path: Path) -> None:
    """Only opening and reading the file adds no backup."""
    before = list_backups(demo_path)
    with Store.open(demo_path) as store:
        store.records.all(Contact)
    assert list_backups(demo_path) == before


def test_backup_is_a_complete_healthy_network_file(demo_store: Store) -> None:
    """A backup made through the SQLite backup API opens as a network file with all rows."""
    path = demo_store.backup("before-import")
    assert "before-import" in path.name
    with Store.open(path, readonly=True) as copy:
        assert copy.counts() == demo_store.counts()
        assert copy.integrity_problems() == []
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    finally:
        raw.close()


def test_backups_are_rotated(demo_store: Store) -> None:
    """Only the newest backups are kept, newest first."""
    made = [make_backup(demo_store.db.conn, demo_store.path, f"r{i}", keep=3) for i in range(5)]
    kept = list_backups(demo_store.path)
    assert kept == list(reversed(made[-3:]))
    assert all(not path.exists() for path in made[:2])


def test_each_file_has_its_own_backup_folder(tmp_path: Path) -> None:
    """Two network files with the same name in different folders do not share backups."""
    assert backups_dir(tmp_path / "a" / "net.fkdb") != backups_dir(tmp_path / "b" / "net.fkdb")
