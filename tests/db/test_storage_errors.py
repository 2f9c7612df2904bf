"""The store under a full disk, odd file formats, and what killed processes leave behind."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frikommune_desktop.db.failures import plain_error
from frikommune_desktop.db.migrations import schema_version
from frikommune_desktop.db.schema import APPLICATION_ID
from frikommune_desktop.errors import DamagedFileError, StorageError
from frikommune_desktop.model import Contact
from frikommune_desktop.sharing.health import check_file
from frikommune_desktop.sharing.leftovers import OLD_STYLE_IDLE_S
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.store import Store
from tests.conftest import dead_pid


def digest(path: Path) -> str:
    """Return a file's SHA-256."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def triggers(store: Store, table: str) -> set[str]:
    """Return the names of a table's triggers."""
    rows = store.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", [table]
    )
    return {row[0] for row in rows}


def test_disk_full_during_a_big_insert_says_the_disk_is_full(empty_store: Store) -> None:
    """A big batch that fills the disk (SQLite's SQLITE_FULL, here from max_page_count) is
    reported as a full disk; the triggers the batch set aside are all there, no row is."""
    before = triggers(empty_store, "contacts")
    pages = empty_store.db.execute("PRAGMA page_count").fetchone()[0]
    empty_store.db.execute(f"PRAGMA max_page_count = {pages + 3}")
    with pytest.raises(StorageError, match="disken er fuld") as refused:
        empty_store.records.add_many(Contact(name=f"Person {n} " + "x" * 200) for n in range(2000))
    assert "\n" not in str(refused.value) and "trigger" not in str(refused.value)
    empty_store.db.execute("PRAGMA max_page_count = 1073741823")
    assert triggers(empty_store, "contacts") == before
    assert empty_store.db["contacts"].count == 0
    empty_store.records.add_many(Contact(name=f"Person {n}") for n in range(300))  # still works
    assert empty_store.db["contacts"].count == 300


def test_full_disk_from_the_operating_system_is_one_danish_sentence() -> None:
    """Errno 28 from any file operation becomes "disken er fuld", naming the file."""
    error = plain_error(OSError(28, os.strerror(28), "/drev/net.fkdb"))
    assert isinstance(error, StorageError)
    assert str(error).startswith("/drev/net.fkdb: disken er fuld")


def stamped_file(path: Path, version: int, tables: str = "") -> Path:
    """Write an SQLite file with our application id, a user_version and the given tables."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {version}")
        if tables:
            conn.executescript(tables)
        conn.commit()
    finally:
        conn.close()
    return path


@pytest.mark.parametrize(
    ("version", "tables", "says"),
    [
        (1, "CREATE TABLE notes (x TEXT);", "mangler"),
        (-1, "", "filformat -1 findes ikke"),
        (schema_version(), "", "mangler"),
    ],
    ids=["format-1-with-one-table", "user-version-minus-1", "forged-without-tables"],
)
def test_an_inconsistent_file_is_refused_untouched(
    tmp_path: Path, version: int, tables: str, says: str
) -> None:
    """A file with our application id whose content does not fit its format is refused in one
    Danish line, never migrated, and left exactly as it was."""
    path = stamped_file(tmp_path / "mærkelig.fkdb", version, tables)
    before = digest(path)
    for readonly in (False, True):
        with pytest.raises(DamagedFileError, match=says) as refused:
            Store.open(path, readonly=readonly)
        assert "\n" not in str(refused.value)
    assert digest(path) == before
    assert not lock_path(path).exists()


def leave_copy_from_a_dead_process(path: Path) -> Path:
    """Let a child process make a temporary copy beside a file and exit without cleaning up."""
    script = (
        "import sys, pathlib\n"
        "from frikommune_desktop.sharing.leftovers import staging_path\n"
        "copy = staging_path(pathlib.Path(sys.argv[1]))\n"
        "copy.write_bytes(b'x' * 1000)\n"
        "copy.with_name(copy.name + '-journal').write_bytes(b'j')\n"
        "print(copy)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    return Path(done.stdout.strip())


@pytest.mark.parametrize("opener", ["open", "check"])
def test_copies_left_by_killed_processes_are_removed(demo_path: Path, opener: str) -> None:
    """The next open or check removes the temporary copies (and journals) whose process on
    this machine is gone; a live process's copy and other files are left alone."""
    orphan = leave_copy_from_a_dead_process(demo_path)
    assert orphan.exists() and orphan.name.startswith(f".{demo_path.name}.")
    live = demo_path.with_name(
        f".{demo_path.name}.{orphan.name.split('.')[-4]}.{os.getpid()}.0123abcd.tmp"
    )
    live.write_bytes(b"busy")
    elsewhere = demo_path.with_name(f".{demo_path.name}.en-anden-pc.{os.getpid() + 1}.0123abcd.tmp")
    elsewhere.write_bytes(b"theirs")
    if opener == "open":
        Store.open(demo_path, readonly=True).close()
    else:
        assert "fjernet" in "\n".join(check_file(demo_path).lines())
    assert not orphan.exists() and not orphan.with_name(orphan.name + "-journal").exists()
    assert live.exists() and elsewhere.exists()


@pytest.mark.parametrize("opener", ["open", "check"])
def test_old_style_copies_of_dead_processes_are_removed_once_idle(
    demo_path: Path, opener: str
) -> None:
    """Copies named the old way ('.NAME.fkdb.PID[.RANDOM].tmp', no machine) are removed with
    their journals when no process has their id and they lie untouched; a live process's,
    and a fresh one (its id may be another machine's process, still writing it), stay."""
    dead = dead_pid()
    idle = time.time() - OLD_STYLE_IDLE_S - 60
    orphans = [
        demo_path.with_name(f".{demo_path.name}.{dead}.0123abcd.tmp"),
        demo_path.with_name(f".{demo_path.name}.{dead}.tmp"),
    ]
    live = demo_path.with_name(f".{demo_path.name}.{os.getpid()}.0123abcd.tmp")
    fresh = demo_path.with_name(f".{demo_path.name}.{dead}.4567cdef.tmp")
    for copy in [*orphans, live]:
        copy.write_bytes(b"x" * 1000)
        os.utime(copy, (idle, idle))
    orphans[0].with_name(orphans[0].name + "-journal").write_bytes(b"j")
    fresh.write_bytes(b"still being written elsewhere")
    if opener == "open":
        Store.open(demo_path, readonly=True).close()
    else:
        assert "fjernet" in "\n".join(check_file(demo_path).lines())
    assert [copy for copy in orphans if copy.exists()] == []
    assert not orphans[0].with_name(orphans[0].name + "-journal").exists()
    assert live.exists() and fresh.exists()


def test_check_calls_a_dead_process_lock_stale(demo_path: Path) -> None:
    """`check` does not name a killed process as the holder: it says its lock is stale."""
    dead = dead_pid()
    lock = {
        "user": "anne",
        "host": socket.gethostname(),
        "pid": dead,
        "since": "2026-12-07T10:00:00+00:00",
    }
    lock_path(demo_path).write_text(json.dumps(lock), encoding="utf-8")
    lines = check_file(demo_path).lines()
    held = next(line for line in lines if line.startswith("Låst af:"))
    assert held.startswith("Låst af: ingen") and "forældet" in held and "anne" in held


def test_a_file_that_cannot_be_read_raises_storage_error_on_data_version(tmp_path: Path) -> None:
    """data_version on a connection that can no longer read raises the project's StorageError
    (the window knows nothing of sqlite3), naming the file."""
    from frikommune_desktop.model import Network

    path = tmp_path / "net.fkdb"
    Store.create(path, Network(name="Net")).close()
    store = Store.open(path)
    store.db.conn.close()  # as when the drive went away under the open file
    with pytest.raises(StorageError, match=r"net\.fkdb"):
        store.data_version()
