"""The lock file: one writer at a time across real processes, stale locks cleared."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from frikommune_desktop.errors import (
    FileLockedError,
    FileReplacedError,
    LockLostError,
    ReadOnlyError,
)
from frikommune_desktop.lockfile import (
    LockFile,
    break_lock,
    lock_log_path,
    lock_path,
    read_lock,
    this_host,
)
from frikommune_desktop.model import Contact
from frikommune_desktop.store import Store

_HOLDER = r"""
import json, sys
from frikommune_desktop.model import Contact
from frikommune_desktop.store import Store
store = Store.open(sys.argv[1], user=sys.argv[2])
print(json.dumps({"writable": store.writable,
                  "holder": store.holder.user if store.holder else None}), flush=True)
for line in sys.stdin:
    if line.strip() == "add":
        store.add(Contact(name=sys.argv[2]))
        print("added", flush=True)
    elif line.strip() == "close":
        break
store.close()
print("closed", flush=True)
"""


@contextmanager
def other_process(path: Path, user: str) -> Iterator[tuple[subprocess.Popen[str], dict]]:
    """Run a second program instance that opens `path` and obeys 'add'/'close' on stdin."""
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), user],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        first = proc.stdout.readline()
        assert first, proc.stderr.read()
        yield proc, json.loads(first)
    finally:
        if proc.poll() is None:
            proc.stdin.write("close\n")
            proc.stdin.flush()
        proc.wait(timeout=30)


def _tell(proc: subprocess.Popen[str], command: str) -> str:
    proc.stdin.write(command + "\n")
    proc.stdin.flush()
    return proc.stdout.readline().strip()


def test_second_process_gets_read_only_and_the_holders_name(demo_path: Path) -> None:
    """While another process holds the file, opening it gives read-only and names the holder."""
    with other_process(demo_path, "Christine") as (proc, status):
        assert status == {"writable": True, "holder": None}
        holder = read_lock(demo_path)
        assert holder is not None and holder.user == "Christine" and holder.pid == proc.pid
        with Store.open(demo_path, user="Susan") as store:
            assert not store.writable
            assert store.holder.user == "Christine"
            assert "Christine" in store.holder.describe()
            with pytest.raises(ReadOnlyError, match="Christine"):
                store.add(Contact(name="Susan"))
        assert read_lock(demo_path).user == "Christine"


def test_writer_hands_over_when_it_closes_and_both_edits_survive(demo_path: Path) -> None:
    """When the first process closes, the second can write; both processes' rows remain."""
    with other_process(demo_path, "Christine") as (proc, _):
        assert _tell(proc, "add") == "added"
        with Store.open(demo_path, user="Susan") as reader:
            assert not reader.writable
        assert _tell(proc, "close") == "closed"
    assert not lock_path(demo_path).exists()
    with Store.open(demo_path, user="Susan") as store:
        assert store.writable
        store.add(Contact(name="Susan"))
    with other_process(demo_path, "Mads") as (proc, status):
        assert status["writable"] is True
    with Store.open(demo_path, readonly=True) as store:
        names = {c.name for c in store.all(Contact)}
    assert {"Christine", "Susan"} <= names


def test_lock_of_a_dead_process_on_this_host_is_cleared(demo_path: Path) -> None:
    """A lock left by a crashed process on this machine is taken over automatically."""
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)  # fmt: skip
    crashed = LockFile(demo_path, "Crashed")
    crashed.info = type(crashed.info)("Crashed", crashed.info.host, int(dead.stdout), "2016-12-01")
    assert crashed._create()
    with Store.open(demo_path, user="Susan") as store:
        assert store.writable
        assert read_lock(demo_path).user == "Susan"
    assert not lock_path(demo_path).exists()


def test_lock_from_another_host_is_respected(demo_path: Path) -> None:
    """A lock naming another machine is never cleared automatically: we open read-only."""
    lock_path(demo_path).write_text(
        json.dumps({"user": "Torben", "host": "randers-pc-17", "pid": os.getpid() + 99999,
                    "since": "2016-12-01T09:00:00+00:00"}), encoding="utf-8",
    )  # fmt: skip
    with Store.open(demo_path, user="Susan") as store:
        assert not store.writable
        assert store.holder.host == "randers-pc-17"
    assert read_lock(demo_path).user == "Torben"


def test_read_only_open_takes_no_lock(demo_path: Path) -> None:
    """Opening read-only on purpose leaves no lock file behind or in place."""
    with Store.open(demo_path, readonly=True) as store:
        assert not store.writable
        assert not lock_path(demo_path).exists()


def _foreign_lock(path: Path, *, host: str = "ANDEN-PC", minutes_old: float = 0.0,
                  token: str = "deres") -> None:  # fmt: skip
    """Write a lock as another machine's program would, last refreshed minutes ago."""
    import datetime as dt

    seen = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_old)).isoformat()
    lock_path(path).write_text(json.dumps({"user": "Sanne", "host": host, "pid": 4242,
                                           "since": seen, "token": token,
                                           "refreshed": seen}), encoding="utf-8")  # fmt: skip


def test_a_broken_or_replaced_lock_is_noticed_before_the_next_write(demo_path: Path) -> None:
    """Someone took the lock over: the holder refuses to write and names who has it now."""
    with Store.open(demo_path) as store:
        before = len(store.all(Contact))
        _foreign_lock(demo_path)
        with pytest.raises(LockLostError, match="Sanne på ANDEN-PC"):
            store.add(Contact(name="Må ikke gemmes"))
        assert len(store.all(Contact)) == before
        assert store.refresh_lock() is False
    assert read_lock(demo_path).user == "Sanne"  # closing does not remove another's lock


def test_a_file_replaced_under_the_writer_is_noticed(demo_path: Path, tmp_path: Path) -> None:
    """A sync client puts another copy in place: the writer refuses instead of writing to it."""
    copy = tmp_path / "kopi.fkdb"
    copy.write_bytes(demo_path.read_bytes())
    with Store.open(demo_path) as store:
        os.replace(copy, demo_path)
        with pytest.raises(FileReplacedError, match="erstattet på disken"):
            store.add(Contact(name="Må ikke gemmes"))


def test_the_lock_is_refreshed_so_its_age_means_something(demo_path: Path) -> None:
    """refresh() rewrites the 'refreshed' time under the same token."""
    with Store.open(demo_path) as store:
        first = read_lock(demo_path)
        assert first.token and first.refreshed == ""
        assert store._lock.refresh(force=True)
        second = read_lock(demo_path)
        assert second.token == first.token and second.refreshed > first.since
        assert second.age_seconds() < 60


def test_an_old_lock_from_another_machine_can_be_broken_and_is_recorded(
    demo_path: Path,
) -> None:
    """A lock not refreshed for long may be broken; the break is written to the lock log."""
    _foreign_lock(demo_path, minutes_old=120)
    broken = break_lock(demo_path, "Christine")
    assert broken.user == "Sanne" and read_lock(demo_path) is None
    [entry] = [json.loads(line) for line in
               lock_log_path(demo_path).read_text(encoding="utf-8").splitlines()]  # fmt: skip
    assert entry["broken_by"] == "Christine" and entry["lock"]["host"] == "ANDEN-PC"
    with Store.open(demo_path) as store:
        assert store.writable


def test_a_fresh_foreign_lock_or_one_of_this_machine_cannot_be_broken(demo_path: Path) -> None:
    """Young locks and this machine's locks (cleared when their process dies) are refused."""
    _foreign_lock(demo_path, minutes_old=1)
    with pytest.raises(FileLockedError, match="kan kun brydes"):
        break_lock(demo_path, "Christine")
    _foreign_lock(demo_path, host=this_host(), minutes_old=600)
    with pytest.raises(FileLockedError):
        break_lock(demo_path, "Christine")
    assert read_lock(demo_path).user == "Sanne"
    assert not lock_log_path(demo_path).exists()
