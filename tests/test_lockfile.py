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

from frikommune_desktop.errors import ReadOnlyError
from frikommune_desktop.lockfile import LockFile, lock_path, read_lock
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
