"""Recognising network files: foreign, empty, newer, WAL-mode and damaged files."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from frikommune_desktop.db.schema import APPLICATION_ID
from frikommune_desktop.errors import DamagedFileError, NewerFileError, NotANetworkFileError
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.store import Store


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_zero_byte_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    """An empty file is named as empty, not silently turned into a database."""
    path = tmp_path / "tom.fkdb"
    path.touch()
    with pytest.raises(NotANetworkFileError, match="tom"):
        Store.open(path)
    assert path.stat().st_size == 0
    assert not lock_path(path).exists()


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    """A text file renamed to .fkdb gets a clear 'not an SQLite database' error."""
    path = tmp_path / "brev.fkdb"
    path.write_text("Kære ministerium\n" * 200, encoding="utf-8")
    before = _digest(path)
    with pytest.raises(NotANetworkFileError, match="ikke en SQLite-database"):
        Store.open(path)
    assert _digest(path) == before


def test_someone_elses_sqlite_file_is_refused(foreign_sqlite_file: Path) -> None:
    """A valid SQLite database of another program is recognised as foreign."""
    path = foreign_sqlite_file
    before = _digest(path)
    with pytest.raises(NotANetworkFileError, match="andet program"):
        Store.open(path)
    assert _digest(path) == before


def test_missing_file_is_refused(tmp_path: Path) -> None:
    """Opening a path that does not exist says so, and creates nothing."""
    with pytest.raises(NotANetworkFileError, match="findes ikke"):
        Store.open(tmp_path / "nope.fkdb")
    assert list(tmp_path.iterdir()) == []


def test_file_from_a_newer_version_is_refused_untouched(empty_store: Store) -> None:
    """A file whose schema version is ahead of the program is refused and not modified."""
    path = empty_store.path
    empty_store.close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.close()
    before = _digest(path)
    with pytest.raises(NewerFileError, match=r"nyere version.*99"):
        Store.open(path)
    assert _digest(path) == before
    assert not lock_path(path).exists()


def test_wal_mode_file_is_converted_to_rollback_journal(empty_store: Store) -> None:
    """A file someone switched to WAL is put back in DELETE mode when opened for writing."""
    path = empty_store.path
    empty_store.close()
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode=WAL").fetchone()[0] == "wal"
    raw.close()
    with Store.open(path) as store:
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(str(path) + "-wal").exists()


def test_damaged_file_is_reported_not_repaired(damaged_path: Path) -> None:
    """Corrupted pages are reported on open; the file's bytes stay as they were."""
    before = _digest(damaged_path)
    with pytest.raises(DamagedFileError, match="beskadiget"):
        Store.open(damaged_path)
    assert _digest(damaged_path) == before


def test_application_id_identifies_our_files(empty_store: Store) -> None:
    """The application id is written into the SQLite header at offset 68."""
    header = empty_store.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
