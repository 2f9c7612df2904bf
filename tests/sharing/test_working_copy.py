"""Working on a local copy of the network file, with every change written back behind it."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from pathlib import Path

import pytest

from frikommune_desktop.edits import BatchEdit
from frikommune_desktop.errors import LockLostError, StorageError
from frikommune_desktop.merge.apply import merge_files
from frikommune_desktop.model import Contact, Experiment, LegalBasis, Participation
from frikommune_desktop.program.logs import log_path
from frikommune_desktop.sharing.lockfile import lock_path
from frikommune_desktop.sharing.working_copy import UnrecordedWriteError, working_copy_path
from frikommune_desktop.store import Store


def _rows(path: Path) -> list[str]:
    """Return every schema line and row of an SQLite file."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def test_every_kind_of_edit_reaches_the_network_file(demo_path: Path) -> None:
    """Adds, updates, deletes (with tombstones), a batch and its undo, written back in order,
    leave the network file row for row like the working copy."""
    with Store.open(demo_path, working_copy=True) as store:
        assert store.working_copy is not None and store.working_copy != demo_path
        experiment = store.records.all(Experiment)[0]
        store.records.update(Experiment, experiment.id, goals="Nye mål\nover to linjer")
        added = store.records.add(Experiment(number=99, title="Forsøg med 'citater' og æøå"))
        store.records.delete(Participation, store.records.all(Participation)[0].id)
        eva = Contact(id=str(uuid.uuid4()), name="Eva Ny", email="eva@roskilde.dk")
        batch = BatchEdit([eva], [], [], "Kontakt")
        batch.apply(store)
        batch.revert(store)
        store.records.update(
            Experiment, added.id, title="Forsøg med 'citater', æøå og ændret titel"
        )
        assert store.wait_written(30), store.write_back_error
        assert store.unwritten == 0
        assert _rows(demo_path) == _rows(store.working_copy)
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Nye mål\nover to linjer"
        assert reader.records.get(Experiment, added.id).title.endswith("ændret titel")
        assert not [c for c in reader.records.all(Contact) if c.name == "Eva Ny"]


def test_the_working_copy_is_removed_after_a_clean_close(demo_path: Path) -> None:
    """Closing writes everything back, then removes the local copy and the lock."""
    store = Store.open(demo_path, working_copy=True)
    copy = store.working_copy
    store.records.update(Experiment, store.records.all(Experiment)[0].id, goals="Lukket rent")
    store.close()
    assert copy is not None and not copy.exists()
    assert not lock_path(demo_path).exists()
    with Store.open(demo_path, readonly=True) as reader:
        assert "Lukket rent" in {e.goals for e in reader.records.all(Experiment)}


def test_a_write_outside_a_transaction_is_refused(demo_path: Path) -> None:
    """A statement that would change the working copy but not the network file is refused."""
    with Store.open(demo_path, working_copy=True) as store:
        with pytest.raises(UnrecordedWriteError):
            store.db.execute("UPDATE experiments SET goals = 'forbi'")
        with pytest.raises(UnrecordedWriteError):
            store.db.conn.cursor().execute("DELETE FROM contacts")


def test_a_lock_taken_over_stops_the_edit_before_it_is_stored(demo_path: Path) -> None:
    """Someone breaking the lock is noticed before the next edit, as without a working copy."""
    with Store.open(demo_path, working_copy=True) as store:
        lock_path(demo_path).write_text(
            '{"user": "Christine", "host": "x", "pid": 1, '
            '"since": "2016-11-01T09:00:00+00:00", "token": "t"}',
            encoding="utf-8",
        )
        with pytest.raises(LockLostError):
            store.records.update(Experiment, store.records.all(Experiment)[0].id, goals="Ikke gemt")


def test_changes_that_cannot_be_written_back_are_kept_for_merging(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the write-back fails (another program keeps the file locked), the store refuses
    new edits, and closing keeps the working copy, from which `merge` brings the change."""
    from frikommune_desktop.sharing import working_copy

    monkeypatch.setattr(working_copy, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(working_copy, "RETRY_PAUSE_S", 0.05)
    store = Store.open(demo_path, working_copy=True)
    experiment = store.records.all(Experiment)[0]
    blocker = sqlite3.connect(demo_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store.records.update(Experiment, experiment.id, goals="Nåede ikke frem")
        assert (
            store.records.get(Experiment, experiment.id).goals == "Nåede ikke frem"
        )  # stored locally
        assert not store.wait_written(30)
        assert "locked" in str(store.write_back_error)
        with pytest.raises(StorageError, match="intet nyt gemmes"):
            store.records.update(Experiment, experiment.id, goals="Heller ikke")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with pytest.raises(StorageError, match="frikommune merge") as refused:
        store.close()
    assert not lock_path(demo_path).exists()
    kept = Path(str(refused.value).rsplit('"', 2)[-2])
    assert kept.exists()
    merge_files(demo_path, kept)
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Nåede ikke frem"


def test_a_leftover_working_copy_is_kept_for_merging_at_the_next_open(demo_path: Path) -> None:
    """A working copy an ended session left behind (a crash) is not overwritten: it is moved
    aside, named on the store, and merging it brings its change into the file."""
    with Store.open(demo_path, working_copy=True) as store:
        experiment = store.records.all(Experiment)[0]
        store.records.update(Experiment, experiment.id, goals="Skrevet tilbage")
    leftover = working_copy_path(demo_path)
    with Store.open(demo_path) as store:  # what a crashed session's copy would hold
        store.records.update(Experiment, experiment.id, goals="Kun i den lokale kopi")
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(demo_path.read_bytes())
    with Store.open(demo_path) as store:
        store.records.update(Experiment, experiment.id, goals="Skrevet tilbage")
    with Store.open(demo_path, working_copy=True) as store:
        kept = store.leftover_copy
        assert kept is not None and kept.exists() and kept != leftover
    merge_files(demo_path, kept)
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals in {
            "Kun i den lokale kopi",
            "Skrevet tilbage",
        }  # newest wins; both are listed


def test_legal_rows_added_in_bulk_are_indexed_once_in_the_network_file(demo_path: Path) -> None:
    """A big batch (its search index filled in one statement around a dropped trigger) is
    written back with the same statements: the file's index matches the rows, no doubles."""
    with Store.open(demo_path, working_copy=True) as store:
        experiment = store.records.all(Experiment)[0]
        law = store.db.execute("SELECT id FROM laws LIMIT 1").fetchone()[0]
        store.records.add_many(
            LegalBasis(
                id=str(uuid.uuid4()),
                experiment_id=experiment.id,
                law_id=law,
                paragraph=str(n),
                purpose=f"Formål {n} ålegræs",
            )
            for n in range(300)
        )
        assert store.wait_written(30)
    with contextlib.closing(sqlite3.connect(demo_path)) as conn:
        indexed = conn.execute(
            "SELECT count(*) FROM legal_bases_fts WHERE legal_bases_fts MATCH 'ålegræs'"
        ).fetchone()[0]
        assert indexed == 300
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_leftover_copy_keeps_its_journal_and_the_new_copy_gets_none(demo_path: Path) -> None:
    """A crash in the middle of a local commit leaves the copy with a hot journal: the journal
    goes along to the kept copy (SQLite rolls it back there), and the new working copy is
    opened without it."""
    left = working_copy_path(demo_path)
    left.parent.mkdir(parents=True, exist_ok=True)
    left.write_bytes(demo_path.read_bytes())
    journal = left.with_name(left.name + "-journal")
    journal.write_bytes(b"not a journal of the new copy")
    with Store.open(demo_path, working_copy=True) as store:
        kept = store.leftover_copy
        assert kept is not None
        assert kept.with_name(kept.name + "-journal").read_bytes().startswith(b"not a journal")
        assert not journal.exists()
        assert store.integrity_problems() == []


def test_a_file_changed_around_the_lock_is_not_written_over(
    demo_path: Path, isolated_user_data: Path
) -> None:
    """Another program writing the network file behind the lock's back stops the write-back
    (its statements were recorded against the file as it was): the change is kept instead,
    and why the write-back stopped is in the log with its traceback."""
    store = Store.open(demo_path, working_copy=True)
    experiment = store.records.all(Experiment)[0]
    store.records.update(Experiment, experiment.id, goals="Første")
    assert store.wait_written(30)
    with contextlib.closing(sqlite3.connect(demo_path, isolation_level=None)) as other:
        other.execute("UPDATE experiments SET goals = 'Udenom' WHERE id = ?", [experiment.id])
    store.records.update(Experiment, experiment.id, goals="Anden")
    assert not store.wait_written(30)
    assert "uden om låsen" in str(store.write_back_error)
    with pytest.raises(StorageError, match="frikommune merge"):
        store.close()
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Udenom"
    written = log_path().read_text(encoding="utf-8")
    assert f"{demo_path}: tilbageskrivningen stoppede" in written
    assert "Traceback (most recent call last)" in written
    assert "FileReplacedError" in written
