"""The lock file: one writer at a time across real processes, stale locks cleared."""

from __future__ import annotations

import errno
import json
import logging
import os
import subprocess
import sys
import threading
import time
import types
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from frikommune_desktop.errors import (
    FileLockedError,
    FileReplacedError,
    LockLostError,
    ReadOnlyError,
)
from frikommune_desktop.model import Contact
from frikommune_desktop.sharing import lockfile
from frikommune_desktop.sharing.lockfile import (
    LockFile,
    LockInfo,
    break_lock,
    guard_path,
    lock_log_path,
    lock_path,
    read_lock,
    this_host,
)
from frikommune_desktop.store import Store
from tests.conftest import dead_pid

_HOLDER = r"""
import json, sys
from frikommune_desktop.model import Contact
from frikommune_desktop.store import Store
store = Store.open(sys.argv[1], user=sys.argv[2])
print(json.dumps({"writable": store.writable,
                  "holder": store.holder.user if store.holder else None}), flush=True)
for line in sys.stdin:
    if line.strip() == "add":
        store.records.add(Contact(name=sys.argv[2]))
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
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
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
                store.records.add(Contact(name="Susan"))
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
        store.records.add(Contact(name="Susan"))
    with other_process(demo_path, "Mads") as (proc, status):
        assert status["writable"] is True
    with Store.open(demo_path, readonly=True) as store:
        names = {c.name for c in store.records.all(Contact)}
    assert {"Christine", "Susan"} <= names


def test_lock_of_a_dead_process_on_this_host_is_cleared(demo_path: Path) -> None:
    """A lock left by a crashed process on this machine is taken over automatically."""
    dead = dead_pid()
    crashed = LockFile(demo_path, "Crashed")
    crashed.info = type(crashed.info)("Crashed", crashed.info.host, dead, "2016-12-01")
    assert crashed._create()
    with Store.open(demo_path, user="Susan") as store:
        assert store.writable
        assert read_lock(demo_path).user == "Susan"
    assert not lock_path(demo_path).exists()


def test_lock_from_another_host_is_respected(demo_path: Path) -> None:
    """A lock naming another machine is never cleared automatically: we open read-only."""
    lock_path(demo_path).write_text(
        json.dumps(
            {
                "user": "Torben",
                "host": "randers-pc-17",
                "pid": os.getpid() + 99999,
                "since": "2016-12-01T09:00:00+00:00",
            }
        ),
        encoding="utf-8",
    )
    with Store.open(demo_path, user="Susan") as store:
        assert not store.writable
        assert store.holder.host == "randers-pc-17"
    assert read_lock(demo_path).user == "Torben"


def test_read_only_open_takes_no_lock(demo_path: Path) -> None:
    """Opening read-only on purpose leaves no lock file behind or in place."""
    with Store.open(demo_path, readonly=True) as store:
        assert not store.writable
        assert not lock_path(demo_path).exists()


def _foreign_lock(
    path: Path, *, host: str = "ANDEN-PC", minutes_old: float = 0.0, token: str = "deres"
) -> None:
    """Write a lock as another machine's program would, last refreshed minutes ago."""
    import datetime as dt

    seen = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=minutes_old)).isoformat()
    lock_path(path).write_text(
        json.dumps(
            {
                "user": "Sanne",
                "host": host,
                "pid": 4242,
                "since": seen,
                "token": token,
                "refreshed": seen,
            }
        ),
        encoding="utf-8",
    )


def test_a_broken_or_replaced_lock_is_noticed_before_the_next_write(demo_path: Path) -> None:
    """Someone took the lock over: the holder refuses to write and names who has it now."""
    with Store.open(demo_path) as store:
        before = len(store.records.all(Contact))
        _foreign_lock(demo_path)
        with pytest.raises(LockLostError, match="Sanne på ANDEN-PC"):
            store.records.add(Contact(name="Må ikke gemmes"))
        assert len(store.records.all(Contact)) == before
        assert store.refresh_lock() is False
    assert read_lock(demo_path).user == "Sanne"  # closing does not remove another's lock


def test_a_file_replaced_under_the_writer_is_noticed(demo_path: Path, tmp_path: Path) -> None:
    """A sync client puts another copy in place: the writer refuses instead of writing to it."""
    copy = tmp_path / "kopi.fkdb"
    copy.write_bytes(demo_path.read_bytes())
    with Store.open(demo_path) as store:
        os.replace(copy, demo_path)
        with pytest.raises(FileReplacedError, match="erstattet på disken"):
            store.records.add(Contact(name="Må ikke gemmes"))


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
    [entry] = [
        json.loads(line)
        for line in lock_log_path(demo_path).read_text(encoding="utf-8").splitlines()
    ]
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


# -- the guard: one creator even where an exclusive create is not exclusive --------------------

#: A file system like smbnetfs's: no hard links, and an "exclusive" create that opens an
#: existing file and empties it (smbc_creat: O_CREAT|O_TRUNC, never refused); `fs` stands in
#: for the os module in lockfile.py.
_NON_EXCLUSIVE_FS = r"""
import errno as _errno, os as _os, types as _types
def _no_link(*args, **kwargs):
    raise PermissionError(_errno.EPERM, "no hard links on this share")
def _open(path, flags, *args, **kwargs):
    if flags & _os.O_EXCL:
        flags = (flags & ~_os.O_EXCL) | _os.O_TRUNC
    return _os.open(path, flags, *args, **kwargs)
fs = _types.SimpleNamespace(**{**vars(_os), "link": _no_link, "open": _open})
"""

#: A process on that file system that, for each line naming a network file and a go file,
#: waits for the go file, then acquires the file's lock as the program does.
_NON_EXCLUSIVE_OPENER = (
    _NON_EXCLUSIVE_FS
    + r"""
import json, sys, time
from pathlib import Path
from frikommune_desktop.sharing import lockfile
lockfile.os = fs
print("ready", flush=True)
for line in sys.stdin:
    path, go = line.rstrip("\n").split("\t")
    lock = lockfile.LockFile(Path(path), sys.argv[1])
    while not _os.path.exists(go):
        time.sleep(0.0005)
    holder = lock.acquire()
    print(json.dumps({"held": lock.held, "token": lock.info.token,
                      "holder": holder.token if holder else None}), flush=True)
"""
)


def _non_exclusive_fs() -> types.SimpleNamespace:
    """Return the stand-in for the os module of a file system without exclusive creates."""
    namespace: dict[str, Any] = {}
    exec(_NON_EXCLUSIVE_FS, namespace)
    return namespace["fs"]


def _lock_leftovers(folder: Path) -> list[str]:
    """Return lock files, guards and private lock files left in a folder."""
    return sorted(p.name for p in folder.iterdir() if ".lock" in p.name)


def test_where_an_exclusive_create_is_not_exclusive_a_second_creator_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without links and with O_EXCL ignored, the guard still lets only the first create."""
    fs = _non_exclusive_fs()
    probe = tmp_path / "probe"
    probe.write_text("first", encoding="utf-8")
    os.close(fs.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
    assert probe.read_text(encoding="utf-8") == ""  # the stand-in really is not exclusive
    monkeypatch.setattr(lockfile, "os", fs)
    first, second = LockFile(tmp_path / "net.fkdb", "A"), LockFile(tmp_path / "net.fkdb", "B")
    assert first._create()
    assert not second._create()
    assert read_lock(tmp_path / "net.fkdb").token == first.info.token
    first.held = True
    first.release()
    assert _lock_leftovers(tmp_path) == []


def test_racing_openers_get_one_lock_where_an_exclusive_create_is_not_exclusive(
    tmp_path: Path,
) -> None:
    """Six processes acquire one lock at one instant (15 times) on that file system: one wins."""
    openers = [
        subprocess.Popen(
            [sys.executable, "-c", _NON_EXCLUSIVE_OPENER, f"Koordinator {n}"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(6)
    ]
    try:
        for opener in openers:
            assert opener.stdout.readline().strip() == "ready"
        for round_number in range(15):
            path, go = tmp_path / f"runde-{round_number}.fkdb", tmp_path / f"go-{round_number}"
            for opener in openers:
                opener.stdin.write(f"{path}\t{go}\n")
                opener.stdin.flush()
            go.touch()
            replies = [json.loads(opener.stdout.readline()) for opener in openers]
            (winner,) = [reply for reply in replies if reply["held"]]
            assert all(
                reply["holder"] == winner["token"] for reply in replies if reply is not winner
            ), replies
            assert read_lock(path).token == winner["token"]
        assert [p.name for p in tmp_path.iterdir() if ".guard" in p.name or ".new" in p.name] == []
    finally:
        for opener in openers:
            opener.stdin.close()
            opener.wait(timeout=30)


@pytest.mark.parametrize(
    ("age_seconds", "why"),
    [(3600.0, lockfile.STALE_BY_MTIME), (0.0, lockfile.STALE_UNCHANGED)],
    ids=["old-mtime", "seen-unchanged"],
)
def test_a_guard_left_by_a_crashed_process_is_cleared(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    age_seconds: float,
    why: str,
) -> None:
    """A guard older than the limit by its mtime is cleared as old; one with a fresh mtime is
    cleared only as seen unchanged that long (the reason is logged with its removal)."""
    monkeypatch.setattr(lockfile, "GUARD_STALE_SECONDS", 0.4)
    monkeypatch.setattr(lockfile, "GUARD_LOOK_SECONDS", 0.05)
    monkeypatch.setattr(lockfile, "GUARD_OLD_SECONDS", 60.0)
    db_path = tmp_path / "net.fkdb"
    guard = guard_path(lock_path(db_path))
    guard.mkdir()
    os.utime(guard, (time.time() - age_seconds, time.time() - age_seconds))
    lock = LockFile(db_path, "Susan")
    with caplog.at_level(logging.WARNING, logger="frikommune_desktop.sharing.lockfile"):
        assert lock.acquire() is None
    cleared = [r.getMessage() for r in caplog.records if "var efterladt" in r.getMessage()]
    assert cleared == [f"{guard} var efterladt af et program, der gik ned ({why}); fjernet"]
    assert read_lock(db_path).token == lock.info.token
    lock.release()
    assert _lock_leftovers(tmp_path) == []


def test_a_held_guard_makes_an_opener_wait_and_not_create(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another holds the guard an opener creates nothing; it goes on once it is free."""
    db_path = tmp_path / "net.fkdb"
    guard = guard_path(lock_path(db_path))
    guard.mkdir()
    lock = LockFile(db_path, "Susan")
    refused = threading.Semaphore(0)
    real_mkdir = os.mkdir

    def counting_mkdir(path: os.PathLike[str] | str, *args: int) -> None:
        try:
            real_mkdir(path, *args)
        except FileExistsError:
            if Path(path) == guard:
                refused.release()
            raise

    monkeypatch.setattr(os, "mkdir", counting_mkdir)
    result: list[LockInfo | None] = []
    opener = threading.Thread(target=lambda: result.append(lock.acquire()))
    opener.start()
    for _ in range(3):  # the opener has met the held guard three times, and waits on
        assert refused.acquire(timeout=10)
    assert opener.is_alive() and not lock_path(db_path).exists()
    guard.rmdir()
    opener.join(timeout=10)
    assert result == [None] and read_lock(db_path).token == lock.info.token
    lock.release()

    monkeypatch.setattr(lockfile, "GUARD_WAIT_SECONDS", 0.3)
    guard.mkdir()
    late = LockFile(db_path, "Mads")
    holder = late.acquire()
    assert holder is not None and not late.held and not lock_path(db_path).exists()
    assert guard.is_dir()  # a fresh guard is not taken away from its holder


def test_clearing_or_breaking_a_lock_waits_for_the_guard(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stale lock is not cleared, nor an old one broken, while another holds the guard."""
    monkeypatch.setattr(lockfile, "GUARD_WAIT_SECONDS", 0.2)
    db_path = tmp_path / "net.fkdb"
    _foreign_lock(db_path, minutes_old=120)
    old = read_lock(db_path)
    guard = guard_path(lock_path(db_path))
    guard.mkdir()
    with pytest.raises(FileLockedError, match="lige nu"):
        break_lock(db_path, "Christine")
    assert LockFile(db_path, "Susan")._break_stale(old) is False
    assert read_lock(db_path) == old and not lock_log_path(db_path).exists()
    guard.rmdir()
    assert break_lock(db_path, "Christine") == old and read_lock(db_path) is None
    assert _lock_leftovers(tmp_path) == ["net.fkdb.lock-log"]


def test_a_guard_replaced_since_it_was_judged_stale_is_put_back(tmp_path: Path) -> None:
    """Clearing a stale guard that another opener has replaced meanwhile leaves the new one."""
    guard = guard_path(lock_path(tmp_path / "net.fkdb"))
    guard.mkdir()
    os.utime(guard, (1_000_000_000, 1_000_000_000))
    judged = lockfile._identity(guard)
    guard.rmdir()
    guard.mkdir()  # another opener cleared the stale guard and now holds its own
    fresh = lockfile._identity(guard)
    assert fresh != judged
    lockfile._clear_stale_guard(guard, judged, lockfile.STALE_BY_MTIME)
    assert lockfile._identity(guard) == fresh
    assert _lock_leftovers(tmp_path) == ["net.fkdb.lock.guard"]


def test_release_retries_a_busy_delete_and_never_raises(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A lock the share calls busy is deleted on a retry; one never deletable is left, logged."""
    busy_for = [2]

    def busy_unlink(path: os.PathLike[str] | str) -> None:
        if Path(path) == lock_path(demo_path) and busy_for[0] > 0:
            busy_for[0] -= 1
            raise OSError(errno.EBUSY, "busy", str(path))
        os.unlink(path)

    monkeypatch.setattr(
        lockfile, "os", types.SimpleNamespace(**{**vars(os), "unlink": busy_unlink})
    )
    store = Store.open(demo_path, user="Susan")
    store.close()
    assert busy_for == [0] and not lock_path(demo_path).exists()

    monkeypatch.setattr(lockfile, "BUSY_RETRY_SECONDS", 0.2)
    busy_for[0] = 10**6
    store = Store.open(demo_path, user="Susan")
    with caplog.at_level(logging.WARNING, logger="frikommune_desktop.sharing.lockfile"):
        store.close()  # no exception
    assert read_lock(demo_path).user == "Susan"
    assert "kunne ikke slettes" in caplog.text
