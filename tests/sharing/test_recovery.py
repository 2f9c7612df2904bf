"""Restoring a network file from a backup: healthy backups only, nothing lost or half-written."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from frikommune_desktop.db.backups import backups_dir, list_backups, make_backup
from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import FileLockedError
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.sharing.recovery import (
    UnusableBackupError,
    check_backup,
    describe_backups,
    newest_good_backup,
    restore_backup,
)
from frikommune_desktop.store import Store

#: A process that holds a network file open for writing until its stdin closes.
_HOLDER = """
import sys
from frikommune_desktop.store import Store
store = Store.open(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
store.close()
"""


def corrupt(path: Path) -> None:
    """Write garbage over the inside of a database's pages, as the damaged_path fixture does."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(2, len(data) // page_size):
        start = page * page_size
        data[start + 8 : start + 64] = b"\xa5" * 56
    path.write_bytes(bytes(data))


def digest(path: Path) -> str:
    """Return the SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def held_by_another_process(path: Path, user: str = "Christine") -> Iterator[subprocess.Popen]:
    """Hold a network file open for writing in a real, separate process; terminate it after."""
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "FRIKOMMUNE_USER": user},
    )
    try:
        assert process.stdout.readline().strip() == "open"
        yield process
    finally:
        process.terminate()
        process.wait(timeout=30)
        process.stdin.close()
        process.stdout.close()


def crash_mid_write(path: Path) -> Path:
    """Kill a process in the middle of a big write, leaving a hot journal; return its path."""
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA cache_size=1'); c.execute('BEGIN'); c.execute('DELETE FROM contacts')\n"
        "c.execute(\"UPDATE municipalities SET name = name || 'x'\")\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(path)], check=True, timeout=60)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists()
    return journal


def titles(path: Path) -> set[str]:
    """Return the titles of the experiments in a network file."""
    with Store.open(path, readonly=True) as store:
        return {experiment.title for experiment in store.records.all(Experiment)}


def leftovers(folder: Path) -> list[str]:
    """Return temporary, partial or journal files left in a folder."""
    return sorted(
        p.name
        for p in folder.iterdir()
        if p.name.endswith((".tmp", ".partial", "-journal", ".lock")) or p.name.startswith(".")
    )


def test_describe_backups_lists_newest_first_with_reason_and_health(demo_store: Store) -> None:
    """Backups are described newest first, with time, reason and size; a corrupted one is bad."""
    first = demo_store.backup("first")
    second = demo_store.backup("second")
    corrupt(first)
    unchecked = describe_backups(demo_store.path)
    assert [info.path for info in unchecked] == [second, first]
    assert [info.reason for info in unchecked] == ["second", "first"]
    assert all(info.healthy is None for info in unchecked)
    assert unchecked[0].taken_at > unchecked[1].taken_at
    assert unchecked[0].taken_at.tzinfo is not None
    assert unchecked[0].size == second.stat().st_size
    checked = describe_backups(demo_store.path, check=True)
    assert [info.healthy for info in checked] == [True, False]
    assert check_backup(first) and check_backup(second) == []


def test_check_backup_reads_without_changing_the_file(demo_store: Store) -> None:
    """Checking a backup opens it read-only: its bytes and its folder stay exactly as they were."""
    backup = demo_store.backup("manual")
    before, names = digest(backup), sorted(os.listdir(backup.parent))
    assert check_backup(backup) == []
    assert digest(backup) == before and sorted(os.listdir(backup.parent)) == names


def test_check_backup_names_what_is_wrong(tmp_path: Path, foreign_sqlite_file: Path) -> None:
    """A missing, empty, non-SQLite or foreign SQLite file is not fit to restore from."""
    empty, text = tmp_path / "tom.fkdb", tmp_path / "tekst.fkdb"
    empty.write_bytes(b"")
    text.write_bytes(b"not a database at all" * 100)
    assert "findes ikke" in check_backup(tmp_path / "mangler.fkdb")[0]
    assert "tom" in check_backup(empty)[0]
    assert "ikke en SQLite-database" in check_backup(text)[0]
    assert "andet program" in check_backup(foreign_sqlite_file)[0]


def test_newest_good_backup_skips_damaged_ones(demo_store: Store) -> None:
    """The offer to restore names the newest backup that passes the check, or none."""
    assert newest_good_backup(demo_store.path) is None
    good = demo_store.backup("good")
    bad = demo_store.backup("bad")
    corrupt(bad)
    assert newest_good_backup(demo_store.path) == good


def test_restore_round_trip(demo_path: Path) -> None:
    """Restore brings the backup's content back and keeps the replaced state, which restores too."""
    with Store.open(demo_path) as store:
        backup = store.backup("manual")
        store.records.add(Experiment(title="Efter kopien"))
    assert "Efter kopien" in titles(demo_path)
    kept = restore_backup(demo_path, backup)
    assert kept is not None and kept.name.endswith("-before-restore.fkdb")
    assert kept.parent == backups_dir(demo_path) and list_backups(demo_path)[0] == kept
    assert "Efter kopien" not in titles(demo_path)
    assert leftovers(demo_path.parent) == []
    with Store.open(demo_path) as store:
        assert store.integrity_problems() == []
    assert "Efter kopien" in titles(kept)
    restore_backup(demo_path, kept)
    assert "Efter kopien" in titles(demo_path)
    assert leftovers(demo_path.parent) == []


def test_restore_is_a_page_faithful_copy_in_rollback_journal_mode(demo_path: Path) -> None:
    """The restored file has the backup's rows and schema version and stays in DELETE mode."""
    with Store.open(demo_path) as store:
        backup, counts = store.backup("manual"), store.counts()
        store.records.add(Contact(name="Ny kontakt"))
    restore_backup(demo_path, backup)
    with Store.open(demo_path, readonly=True) as store:
        assert store.counts() == counts
    raw = sqlite3.connect(demo_path)
    try:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        raw.close()


def test_restore_of_a_damaged_file_keeps_its_bytes(damaged_path: Path, tmp_path: Path) -> None:
    """A damaged file is restored from a good backup; its bytes are kept in the backups folder."""
    with write_demo(tmp_path / "sund.fkdb") as healthy:
        good = make_backup(healthy.db.conn, damaged_path, "manual")
    damaged = digest(damaged_path)
    kept = restore_backup(damaged_path, good)
    assert kept is not None and kept.name.endswith("-damaged-before-restore.fkdb")
    assert kept.parent == backups_dir(damaged_path)
    assert digest(kept) == damaged
    with Store.open(damaged_path) as store:
        assert store.integrity_problems() == []
        assert len(store.records.all(Experiment)) == 5
    assert [info.healthy for info in describe_backups(damaged_path, check=True)] == [False, True]
    assert leftovers(damaged_path.parent) == []


def test_restore_keeps_an_unreadable_file_with_its_journal(demo_path: Path) -> None:
    """A file SQLite cannot read is kept byte for byte with its journal; the journal goes."""
    with Store.open(demo_path) as store:
        good = store.backup("manual")
    garbage, journal = b"not a database at all" * 100, b"\x01journal bytes" * 50
    demo_path.write_bytes(garbage)
    demo_path.with_name(demo_path.name + "-journal").write_bytes(journal)
    kept = restore_backup(demo_path, good)
    assert kept.read_bytes() == garbage
    assert kept.with_name(kept.name + "-journal").read_bytes() == journal
    assert not demo_path.with_name(demo_path.name + "-journal").exists()
    assert len(titles(demo_path)) == 5


def test_restore_rolls_back_a_crashed_session_before_keeping_it(demo_path: Path) -> None:
    """A hot journal of a crashed writer is rolled back, kept as a sound backup, then gone."""
    with Store.open(demo_path) as store:
        good = store.backup("manual")
        contacts = len(store.records.all(Contact))
    journal = crash_mid_write(demo_path)
    kept = restore_backup(demo_path, good)
    assert kept.name.endswith("-before-restore.fkdb") and "damaged" not in kept.name
    assert check_backup(kept) == []
    with Store.open(kept, readonly=True) as copy:
        assert len(copy.records.all(Contact)) == contacts
    assert not journal.exists()
    assert [p.name for p in list_backups(demo_path)] == [kept.name, good.name]


@pytest.mark.parametrize("kind", ["damaged", "text", "foreign", "missing"])
def test_restore_refuses_an_unusable_backup(
    demo_path: Path, tmp_path: Path, foreign_sqlite_file: Path, kind: str
) -> None:
    """A damaged backup or a non-network file is refused and nothing changes."""
    with Store.open(demo_path) as store:
        bad = store.backup("manual")
    if kind == "damaged":
        corrupt(bad)
    elif kind == "text":
        bad = tmp_path / "tekst.fkdb"
        bad.write_bytes(b"not a database at all" * 100)
    elif kind == "foreign":
        bad = foreign_sqlite_file
    else:
        bad = tmp_path / "mangler.fkdb"
    before, backups = digest(demo_path), list_backups(demo_path)
    with pytest.raises(UnusableBackupError) as refused:
        restore_backup(demo_path, bad)
    assert str(bad) in str(refused.value) and "ikke ændret" in str(refused.value)
    assert refused.value.exit_code == 1
    assert digest(demo_path) == before
    assert list_backups(demo_path) == backups
    assert leftovers(demo_path.parent) == []


def test_restore_refuses_the_file_itself(demo_path: Path) -> None:
    """Restoring a file from itself is refused."""
    with pytest.raises(UnusableBackupError):
        restore_backup(demo_path, demo_path)


def test_restore_while_another_process_holds_the_file(demo_path: Path) -> None:
    """A file held by another live process is not restored; the error names the holder."""
    with Store.open(demo_path) as store:
        backup = store.backup("manual")
        store.records.add(Experiment(title="Efter kopien"))
    before = digest(demo_path)
    with held_by_another_process(demo_path) as holder:
        with pytest.raises(FileLockedError) as refused:
            restore_backup(demo_path, backup)
        assert "Christine" in str(refused.value) and str(holder.pid) in str(refused.value)
        assert refused.value.exit_code == 3
        assert digest(demo_path) == before
    # The holder was killed: its lock is stale now and no longer stands in the way.
    restore_backup(demo_path, backup)
    assert "Efter kopien" not in titles(demo_path)


def test_restore_of_a_missing_file_writes_it(tmp_path: Path, demo_path: Path) -> None:
    """A network file deleted by mistake is written back from its backup; nothing is kept."""
    with Store.open(demo_path) as store:
        backup = store.backup("manual")
    demo_path.unlink()
    assert restore_backup(demo_path, backup) is None
    assert len(titles(demo_path)) == 5
