"""The network file on a real SMB share: a loopback samba server, the share mounted twice.

Each mount is its own SMB session (tests/smb_share.py: kernel CIFS where the kernel has it,
else smbnetfs over FUSE), so the processes here share the file the way two PCs share a file
on a municipal network drive. The control shows that these tests can see broken locking:
SQLite's own byte-range locks do not reach the other session there, yet the lock file keeps
to one writer. Every test skips with the reason where the share cannot be set up (not root,
samba or smbnetfs missing, no /dev/fuse, smbd or the mount refused).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import ReadOnlyError
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.sharing import lockfile
from frikommune_desktop.sharing.lockfile import guard_path, lock_path, read_lock
from frikommune_desktop.store import Store
from tests.sharing.smb_share import SmbShare, smb_available, smb_share
from tests.sharing.test_lockfile import _tell, other_process
from tests.sharing.test_sharing_processes import (
    Child,
    agents_on,
    assert_one_writer_round,
    contact_authors,
    leftovers,
    open_together,
)

pytestmark = pytest.mark.slow


@dataclass
class Folder:
    """One test's folder on the share: on the server's disk and through each mount."""

    backing: Path
    a: Path
    b: Path
    control: Path


@pytest.fixture(scope="module")
def smb() -> Iterator[SmbShare]:
    """The loopback SMB share, mounted twice, for the whole module."""
    reason = smb_available()
    if reason is not None:
        pytest.skip(reason)
    with smb_share() as share:
        yield share


@pytest.fixture
def folder(smb: SmbShare, request: pytest.FixtureRequest) -> Folder:
    """A fresh folder on the share for this test."""
    name = re.sub(r"[^\w-]+", "-", request.node.name)[:80]
    (smb.backing / name).mkdir()
    return Folder(smb.backing / name, smb.a / name, smb.b / name, smb.control / name)


@pytest.fixture
def demo(folder: Folder) -> Folder:
    """The folder with the demo network file, written on the server's disk directly."""
    write_demo(folder.backing / "demo.fkdb").close()
    return folder


def _tell_ok(proc: subprocess.Popen[str], command: str, expected: str) -> None:
    """Send a command to an other_process; if it answers otherwise, fail with its stderr."""
    answer = _tell(proc, command)
    if answer != expected:
        with contextlib.suppress(OSError):
            proc.stdin.close()
        proc.wait(timeout=30)
        raise AssertionError(f"{command!r} answered {answer!r}:\n{proc.stderr.read()[-4000:]}")


def test_the_two_mounts_are_two_sessions_of_one_share(smb: SmbShare, folder: Folder) -> None:
    """A file written through one mount is read through the other, over two SMB sessions."""
    (folder.a / "hilsen.txt").write_text("fra A", encoding="utf-8")
    assert (folder.b / "hilsen.txt").read_text(encoding="utf-8") == "fra A"
    assert (folder.backing / "hilsen.txt").read_text(encoding="utf-8") == "fra A"
    sessions = smb.server.sessions()
    assert len({session["pid"] for session in sessions}) >= 2, sessions


def test_writer_through_one_mount_and_reader_through_the_other_hand_over(
    smb: SmbShare, demo: Folder
) -> None:
    """A reader on the other session reads only and names the holder, then takes over."""
    path_a, path_b = demo.a / "demo.fkdb", demo.b / "demo.fkdb"
    with other_process(path_a, "Christine") as (proc, status):
        assert status == {"writable": True, "holder": None}
        _tell_ok(proc, "add", "added")
        holder = read_lock(path_b)
        assert holder is not None and holder.user == "Christine" and holder.pid == proc.pid
        with Store.open(path_b, user="Susan") as reader:
            assert not reader.writable
            assert reader.holder.user == "Christine"
            assert "Christine" in reader.holder.describe()
            assert "Christine" in {c.name for c in reader.records.all(Contact)}
            with pytest.raises(ReadOnlyError, match="Christine"):
                reader.records.add(Contact(name="Susan"))
        _tell_ok(proc, "close", "closed")
    assert not lock_path(demo.backing / "demo.fkdb").exists()
    with other_process(path_b, "Susan") as (proc, status):
        assert status == {"writable": True, "holder": None}
        _tell_ok(proc, "add", "added")
        with Store.open(path_a, user="Christine") as reader:
            assert not reader.writable and reader.holder.user == "Susan"
        _tell_ok(proc, "close", "closed")
    with Store.open(path_a, readonly=True) as store:
        names = {c.name for c in store.records.all(Contact)}
        assert store.integrity_problems() == []
    assert {"Christine", "Susan"} <= names
    assert leftovers(demo.backing) == []


def test_eight_simultaneous_openers_over_two_sessions_get_exactly_one_writer(
    demo: Folder, tmp_path: Path
) -> None:
    """Eight processes on two mounts open at one instant (3 rounds): exactly one writes."""
    users = [f"Koordinator {number}" for number in range(1, 9)]
    paths = [(demo.a if number % 2 else demo.b) / "demo.fkdb" for number in range(1, 9)]
    with agents_on(paths, users, tmp_path) as procs:
        for round_number in range(3):
            replies = open_together(procs, tmp_path / f"go-{round_number}")
            assert_one_writer_round(procs, replies, demo.backing / "demo.fkdb", round_number)
            assert leftovers(demo.backing) == []
    names = contact_authors(demo.a / "demo.fkdb")
    assert {f"Runde {number}" for number in range(3)} <= names.keys()
    assert "Ikke tilladt" not in names


@pytest.mark.parametrize(
    ("age_seconds", "why"),
    [(3600.0, lockfile.STALE_BY_MTIME), (0.0, lockfile.STALE_UNCHANGED)],
    ids=["old-mtime", "seen-unchanged"],
)
def test_a_guard_a_crashed_opener_left_on_the_share_is_cleared(
    demo: Folder,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    age_seconds: float,
    why: str,
) -> None:
    """A guard folder left on the share is cleared: as old by its mtime, or (a fresh mtime)
    only once seen unchanged that long; the reason is logged with its removal."""
    monkeypatch.setattr(lockfile, "GUARD_STALE_SECONDS", 1.5)
    guard = guard_path(lock_path(demo.backing / "demo.fkdb"))
    guard.mkdir()
    os.utime(guard, (time.time() - age_seconds, time.time() - age_seconds))
    with (
        caplog.at_level(logging.WARNING, logger="frikommune_desktop.sharing.lockfile"),
        Store.open(demo.b / "demo.fkdb", user="Susan") as store,
    ):
        assert store.writable
        assert read_lock(demo.a / "demo.fkdb").user == "Susan"
    cleared = [r.getMessage() for r in caplog.records if "var efterladt" in r.getMessage()]
    assert len(cleared) == 1 and cleared[0].endswith(f"({why}); fjernet")
    assert leftovers(demo.backing) == []


#: A process that, for each line naming a network file and a go file, waits for the go file
#: and then tries to create that file's lock as the program does (LockFile._create).
_CREATOR = r"""
import json, os, sys, time
from pathlib import Path
from frikommune_desktop.sharing.lockfile import LockFile
print(json.dumps({"event": "ready"}), flush=True)
for line in sys.stdin:
    path, go = line.rstrip("\n").split("\t")
    lock = LockFile(Path(path), os.environ["FRIKOMMUNE_USER"])
    while not os.path.exists(go):
        time.sleep(0.0005)
    print(json.dumps({"event": "tried", "created": lock._create()}), flush=True)
"""


def test_racing_lock_creators_on_two_sessions_create_exactly_one_lock(
    demo: Folder, tmp_path: Path
) -> None:
    """Eight processes on two mounts create one lock at one instant (50 times): one wins."""
    users = [f"Koordinator {number}" for number in range(1, 9)]
    mounts = [demo.a if number % 2 else demo.b for number in range(1, 9)]
    creators = [Child(_CREATOR, [], user, tmp_path) for user in users]
    try:
        for creator in creators:
            assert json.loads(creator.line())["event"] == "ready"
        outcomes = []
        for round_number in range(50):
            name, go = f"runde-{round_number}.fkdb", tmp_path / f"go-{round_number}"
            for creator, mount in zip(creators, mounts, strict=True):
                creator.send(f"{mount / name}\t{go}")
            go.touch()
            created = [c.user for c in creators if json.loads(c.line())["created"]]
            holder = read_lock(demo.backing / name)
            outcomes.append((created, holder.user if holder else None))
        wrong = [outcome for outcome in outcomes if len(outcome[0]) != 1]
        assert not wrong, f"rounds where not exactly one process got the lock: {wrong}"
        assert all(created == [holder] for created, holder in outcomes), outcomes
    finally:
        for creator in creators:
            creator.stop()


#: A process with a bare SQLite connection (no lock file): SQLite's own locking only.
_RAW_SQLITE = r"""
import json, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)
def say(event, **fields):
    print(json.dumps({"event": event, **fields}), flush=True)
say("ready")
statements = {"begin": "BEGIN IMMEDIATE", "commit": "COMMIT", "rollback": "ROLLBACK",
              "insert": "INSERT INTO edits (who) VALUES (?)"}
for line in sys.stdin:
    command, _, argument = line.rstrip("\n").partition(" ")
    try:
        conn.execute(statements[command], (argument,) if command == "insert" else ())
    except sqlite3.Error as exc:
        say("error", error=str(exc))
    else:
        say("ok")
conn.close()
"""


def _raw(path: Path, user: str, log_dir: Path) -> Child:
    """Start a bare SQLite process on `path`, ready for begin/insert/commit/rollback."""
    child = Child(_RAW_SQLITE, [str(path)], user, log_dir)
    assert json.loads(child.line())["event"] == "ready"
    return child


def _do(child: Child, command: str) -> dict[str, Any]:
    child.send(command)
    return json.loads(child.line())


def _rows_and_health(path: Path) -> tuple[list[str], str]:
    """Return the rows of a bare SQLite file and its integrity check, read on the server."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = [row[0] for row in conn.execute("SELECT who FROM edits ORDER BY who")]
            return rows, conn.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as exc:
        return [], str(exc)


def test_control_without_byte_range_locks_sqlite_breaks_but_the_lock_file_holds(
    smb: SmbShare, demo: Folder, tmp_path: Path
) -> None:
    """Where SQLite's locks do not cross sessions, two writers collide; the lock file does not."""
    raw = demo.backing / "raw.sqlite"
    with contextlib.closing(sqlite3.connect(raw)) as conn:
        conn.execute("CREATE TABLE edits (who TEXT)")
        conn.commit()

    # Through one session SQLite's locks work: the test can tell working from broken locking.
    first, second = _raw(demo.a / raw.name, "A1", tmp_path), _raw(demo.a / raw.name, "A2", tmp_path)
    try:
        assert _do(first, "begin")["event"] == "ok"
        refused = _do(second, "begin")
        assert refused == {"event": "error", "error": "database is locked"}, refused
        assert _do(first, "rollback")["event"] == "ok"
    finally:
        first.stop()
        second.stop()

    # Through two sessions whose byte-range locks never meet (the control mount).
    one, other = (
        _raw(demo.a / raw.name, "A", tmp_path),
        _raw(demo.control / raw.name, "B", tmp_path),
    )
    try:
        assert _do(one, "begin")["event"] == "ok"
        both = _do(other, "begin")
        if both["event"] == "error":
            pytest.skip(f"SQLite's locks do cross the {smb.kind} mounts here ({both['error']})")
        # Both processes hold SQLite's RESERVED (write) lock on one file at the same time.
        assert both == {"event": "ok"}
        assert _do(one, "insert A")["event"] == "ok"
        assert _do(other, "insert B")["event"] == "ok"
        commits = {"A": _do(one, "commit"), "B": _do(other, "commit")}
    finally:
        one.stop()
        other.stop()
    rows, health = _rows_and_health(raw)
    observed = f"commits {commits}; rows on the server {rows}; integrity {health!r}"
    print(f"control ({smb.kind}): both BEGIN IMMEDIATE succeeded; {observed}")
    # ... and it goes wrong: a commit fails, an edit is lost or the file is damaged.
    failed = [who for who, reply in commits.items() if reply["event"] != "ok"]
    assert failed or sorted(rows) != ["A", "B"] or health != "ok", observed

    # The same two sessions through the program: the lock file lets exactly one write.
    paths = [demo.a / "demo.fkdb", demo.control / "demo.fkdb"]
    with agents_on(paths, ["Christine", "Susan"], tmp_path) as procs:
        for round_number in range(3):
            replies = list(open_together(procs, tmp_path / f"go-{round_number}").values())
            assert sorted(reply["writable"] for reply in replies) == [False, True], replies
            added = [agent.answer(f"add {agent.user} {round_number}")["event"] for agent in procs]
            assert sorted(added) == ["added", "refused"], added
            for agent in procs:
                agent.ask("close", "closed")
    with Store.open(demo.backing / "demo.fkdb", readonly=True) as store:
        names = {c.name for c in store.records.all(Contact)}
        assert store.integrity_problems() == []
    for round_number in range(3):
        assert len({f"Christine {round_number}", f"Susan {round_number}"} & names) == 1


def test_a_writer_on_the_share_works_on_a_local_copy_the_other_session_reads(
    smb: SmbShare, demo: Folder
) -> None:
    """The SMB mount is told to be a network drive, so the writer works on a local copy; its
    edits, written back, are what a reader on the other session then opens."""
    path_a, path_b = demo.a / "demo.fkdb", demo.b / "demo.fkdb"
    with Store.open(path_a, user="Christine", working_copy=None) as writer:
        assert writer.working_copy is not None
        assert demo.a not in writer.working_copy.parents
        first = writer.records.all(Experiment)[0]
        writer.records.update(Experiment, first.id, goals="Skrevet via den lokale kopi")
        writer.records.add(Contact(name="Christine"))
        assert writer.wait_written(120), writer.write_back_error
        with Store.open(path_b, user="Susan") as reader:
            assert not reader.writable and reader.holder.user == "Christine"
            assert reader.records.get(Experiment, first.id).goals == "Skrevet via den lokale kopi"
            assert "Christine" in {c.name for c in reader.records.all(Contact)}
    with Store.open(path_b, readonly=True) as store:
        assert store.integrity_problems() == []
    assert leftovers(demo.backing) == []
