"""The network file on a slow, flaky share: a FUSE mount adding 20 ms to every operation.

The mount (tests/fuse_fs.py) stands in for a network drive; each test skips with the reason
when this machine cannot mount FUSE file systems (no /dev/fuse, no libfuse, mount refused).
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from frikommune_desktop.demo import write_demo
from frikommune_desktop.errors import FrikommuneError, ReadOnlyError, StorageError
from frikommune_desktop.merge.apply import merge_files
from frikommune_desktop.model import Contact, Experiment
from frikommune_desktop.sharing.lockfile import lock_path, read_lock
from frikommune_desktop.sharing.recovery import restore_backup
from frikommune_desktop.store import Store
from tests.sharing.fuse_fs import control_for, fuse_available, mounted
from tests.sharing.test_lockfile import _tell, other_process

#: Milliseconds the share adds to every file-system operation.
LATENCY_MS = 20

pytestmark = pytest.mark.slow


@pytest.fixture
def share(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The backing folder of a slow share and its mount point: (backing, mount)."""
    reason = fuse_available()
    if reason is not None:
        pytest.skip(reason)
    backing = tmp_path / "share"
    backing.mkdir()
    with mounted(backing, LATENCY_MS) as mount:
        yield backing, mount


@pytest.fixture
def shared_demo(share: tuple[Path, Path]) -> tuple[Path, Path]:
    """The demo network file on the share: (its path in the backing folder, its mounted path).

    It is written straight into the backing folder (writing it through 20 ms takes ~12 s);
    the bench writes it through the mount.
    """
    backing, mount = share
    write_demo(backing / "demo.fkdb").close()
    return backing / "demo.fkdb", mount / "demo.fkdb"


def _content(path: Path) -> list[str]:
    """Return every schema line and row of an SQLite file, read locally (not through FUSE)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def test_writer_and_reader_processes_hand_over_on_the_share(
    shared_demo: tuple[Path, Path],
) -> None:
    """A second process reads only and names the holder, takes over after it; both edits stay."""
    _, path = shared_demo
    with other_process(path, "Christine") as (proc, status):
        assert status == {"writable": True, "holder": None}
        assert _tell(proc, "add") == "added"
        holder = read_lock(path)
        assert holder is not None and holder.user == "Christine" and holder.pid == proc.pid
        with Store.open(path, user="Susan") as reader:
            assert not reader.writable
            assert reader.holder.user == "Christine"
            assert "Christine" in reader.holder.describe()
            with pytest.raises(ReadOnlyError, match="Christine"):
                reader.records.add(Contact(name="Susan"))
        assert _tell(proc, "close") == "closed"
    assert not lock_path(path).exists()
    with Store.open(path, user="Susan") as store:
        assert store.writable
        store.records.add(Contact(name="Susan"))
    with Store.open(path, readonly=True) as store:
        names = {c.name for c in store.records.all(Contact)}
        assert store.integrity_problems() == []
    assert {"Christine", "Susan"} <= names


#: Where the share fails: the journal's first write, the journal's fsync, or (after the
#: journal is safely on disk) the writes into the network file itself, leaving a hot journal.
FAULTS = {
    "write": {"fail_ops": ["write"]},
    "fsync": {"fail_ops": ["fsync"]},
    "file-write-after-journal": {"fail_ops": ["write"], "fail_paths": "*.fkdb"},
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_write_failing_with_eio_leaves_the_file_as_it_was(
    shared_demo: tuple[Path, Path], fault: str
) -> None:
    """An edit refused by EIO on the share is not stored; the file stays whole and unchanged."""
    local, path = shared_demo
    before = _content(local)
    with Store.open(path) as store:
        target = store.records.all(Experiment)[0]
        control = control_for(path.parent)
        control.set_faults(fail_writes=True, **FAULTS[fault])
        try:
            with pytest.raises((FrikommuneError, sqlite3.Error), match=r"I/O|disk|fejl"):
                store.records.update(Experiment, target.id, goals="Må ikke gemmes")
            if fault == "file-write-after-journal":  # the rollback waits for the next opener
                assert local.with_name(local.name + "-journal").exists()
        finally:
            control.set_faults(fail_writes=False, fail_paths="")
        assert sum(control.stats()["failed"].values()) >= 1
    with Store.open(path) as store:  # a hot journal left behind is rolled back here
        assert store.records.get(Experiment, target.id).goals == target.goals
        assert store.db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert not local.with_name(local.name + "-journal").exists()
    assert _content(local) == before


def test_a_write_failing_with_eio_is_reported_as_a_frikommune_error(
    shared_demo: tuple[Path, Path],
) -> None:
    """EIO from the share reaches the caller as a FrikommuneError with a clear message."""
    _, path = shared_demo
    with Store.open(path) as store:
        target = store.records.all(Experiment)[0]
        control_for(path.parent).set_faults(fail_writes=True)
        try:
            with pytest.raises(StorageError, match="ændringen er ikke gemt"):
                store.records.update(Experiment, target.id, goals="Må ikke gemmes")
        finally:
            control_for(path.parent).set_faults(fail_writes=False)


def test_merge_and_restore_work_on_the_share(shared_demo: tuple[Path, Path]) -> None:
    """merge_files and restore_backup work on files on the share and leave them whole."""
    local, ours = shared_demo
    shutil.copyfile(local, local.with_name("kopi.fkdb"))
    theirs = ours.with_name("kopi.fkdb")
    with Store.open(ours) as a:
        first = a.records.all(Experiment)[0]
        a.records.update(Experiment, first.id, goals="Mål skrevet her")
        backup = a.backup("manual")
    with Store.open(theirs) as b:
        b.records.add(Contact(name="Ny kontakt der"))
    outcome = merge_files(ours, theirs)
    assert outcome.plan.conflicts == [] and outcome.kept_copy is not None
    with Store.open(ours, readonly=True) as merged:
        assert merged.records.get(Experiment, first.id).goals == "Mål skrevet her"
        assert "Ny kontakt der" in {c.name for c in merged.records.all(Contact)}
        assert merged.integrity_problems() == []

    kept = restore_backup(ours, backup)
    assert kept is not None
    with Store.open(ours) as restored:
        assert "Ny kontakt der" not in {c.name for c in restored.records.all(Contact)}
        assert restored.records.get(Experiment, first.id).goals == "Mål skrevet her"
        assert restored.integrity_problems() == []
    assert sorted(p.name for p in local.parent.iterdir()) == ["demo.fkdb", "kopi.fkdb"]


def test_a_working_copy_writes_every_edit_back_to_the_share(
    shared_demo: tuple[Path, Path],
) -> None:
    """Edits on a working copy of a file on the share reach the share in order, whole."""
    _, path = shared_demo
    with Store.open(path, working_copy=True) as store:
        assert store.working_copy is not None and path.parent not in store.working_copy.parents
        first = store.records.all(Experiment)[0]
        for n in range(3):
            store.records.update(Experiment, first.id, goals=f"Mål {n}")
        store.records.add(Contact(name="Kontakt via kopien"))
        assert store.wait_written(60), store.write_back_error
    with Store.open(path, readonly=True) as reader:
        assert reader.records.get(Experiment, first.id).goals == "Mål 2"
        assert "Kontakt via kopien" in {c.name for c in reader.records.all(Contact)}
        assert reader.integrity_problems() == []


def test_a_write_back_failing_with_eio_keeps_the_changes_for_merging(
    shared_demo: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """EIO on the share during the write-back: the share keeps its old content, whole; closing
    keeps the working copy, and merging it (once the share works) brings the edit in."""
    from frikommune_desktop.sharing import working_copy

    monkeypatch.setattr(working_copy, "RETRY_PAUSE_S", 0.05)
    local, path = shared_demo
    before = _content(local)
    store = Store.open(path, working_copy=True)
    first = store.records.all(Experiment)[0]
    control = control_for(path.parent)
    control.set_faults(fail_writes=True, fail_ops=["write"], fail_paths="*.fkdb*")
    try:
        store.records.update(Experiment, first.id, goals="Kun lokalt indtil fletning")
        assert not store.wait_written(60)
        with pytest.raises(StorageError, match="frikommune merge") as refused:
            store.close()
    finally:
        control.set_faults(fail_writes=False, fail_paths="")
    with Store.open(path, readonly=True) as reader:  # a hot journal is rolled back first
        assert reader.records.get(Experiment, first.id).goals == first.goals
    assert _content(local) == before
    kept = Path(str(refused.value).rsplit('"', 2)[-2])
    merge_files(path, kept)
    with Store.open(path, readonly=True) as reader:
        assert reader.records.get(Experiment, first.id).goals == "Kun lokalt indtil fletning"


_KILLED_WRITER = r"""
import sys
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store
store = Store.open(sys.argv[1], working_copy=True)
first = store.records.all(Experiment)[0]
store.records.update(Experiment, first.id, goals="Gemt lokalt, så slået ihjel")
print(first.id, store.unwritten, flush=True)
sys.stdin.read()
"""


def test_a_writer_killed_before_its_write_back_loses_nothing(
    shared_demo: tuple[Path, Path],
) -> None:
    """kill -9 of a writer whose edit is only in its working copy: the shared file stays whole;
    the next open keeps the working copy aside, and merging it brings the edit in."""
    _, path = shared_demo
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().split()
        assert line, child.stderr.read()
        experiment_id, unwritten = line[0], int(line[1])
        child.send_signal(signal.SIGKILL)  # the write-back takes ~2 s at 20 ms per operation
    finally:
        child.wait(timeout=30)
    assert unwritten == 1
    with Store.open(path, working_copy=True) as store:  # the dead writer's lock is cleared
        kept = store.leftover_copy
        assert kept is not None and kept.exists()
        assert store.integrity_problems() == []
    merge_files(path, kept)
    with Store.open(path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment_id).goals == "Gemt lokalt, så slået ihjel"
        assert reader.integrity_problems() == []


def test_the_share_is_told_by_its_own_mount(share: tuple[Path, Path]) -> None:
    """A file under the mount point is on the FUSE mount (the longest mount point wins); the
    backing folder next to it is not."""
    from frikommune_desktop.sharing.drives import mount_type

    backing, mount = share
    assert mount_type(mount / "demo.fkdb").startswith("fuse")
    assert not mount_type(backing / "demo.fkdb").startswith("fuse")
