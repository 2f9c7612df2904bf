"""The write-back replays a working copy's statements so that the network file ends up the
same, row for row, and a recovery copy merged back brings nothing twice."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest

from frikommune_desktop.db.triggers import BULK_INDEX_ROWS
from frikommune_desktop.edits import AddRecord, DeleteRecord
from frikommune_desktop.errors import StorageError
from frikommune_desktop.merge.apply import merge_files
from frikommune_desktop.model import Experiment, Municipality, Participation
from frikommune_desktop.store import Store


def table_digests(path: Path) -> dict[str, str]:
    """Return a digest of every row (with its rowid where it has one) of every table."""
    digests = {}
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            try:
                rows = conn.execute(f"SELECT rowid, * FROM [{table}] ORDER BY rowid").fetchall()
            except sqlite3.OperationalError:  # a WITHOUT ROWID table (the search index's)
                rows = sorted(conn.execute(f"SELECT * FROM [{table}]").fetchall(), key=repr)
            digests[table] = hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()
    return digests


def _history(path: Path) -> Counter[tuple]:
    """Return the participation history's events (what changed and when), counted."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return Counter(
            conn.execute(
                "SELECT participation_id, experiment_id, municipality, change, changed_at "
                "FROM participation_history"
            ).fetchall()
        )


def _edit_participations(store: Store) -> None:
    """Add and remove participations one by one (with undo) and in one big batch."""
    experiments = store.records.all(Experiment)
    taken = {(p.experiment_id, p.municipality) for p in store.records.all(Participation)}
    free = [
        (e.id, m.code)
        for e in experiments
        for m in store.records.all(Municipality)
        if (e.id, m.code) not in taken
    ]
    one = AddRecord(Participation(experiment_id=free[0][0], municipality=free[0][1]), "Tilføj")
    one.apply(store)
    gone = DeleteRecord(Participation, store.records.all(Participation)[0].id, "Fjern")
    gone.apply(store)
    gone.revert(store)  # the same participation is back: a second 'added' event
    gone.apply(store)  # and removed again
    one.revert(store)
    store.records.add_many(
        Participation(id=str(uuid.uuid4()), experiment_id=e, municipality=code)
        for e, code in free[1 : BULK_INDEX_ROWS + 11]
    )
    store.records.delete(Experiment, experiments[-1].id)  # its participations go with it


def test_the_network_file_holds_what_the_working_copy_holds(demo_path: Path) -> None:
    """After write-back every table of the network file has the working copy's rows."""
    with Store.open(demo_path, working_copy=True) as store:
        _edit_participations(store)
        assert store.wait_written(30), store.write_back_error
        assert store.working_copy is not None
        local, shared = table_digests(store.working_copy), table_digests(demo_path)
        assert "participation_history" in shared
        assert [t for t in shared if shared[t] != local.get(t)] == []
        assert local.keys() == shared.keys()


def test_a_recovery_copy_merged_back_brings_no_history_twice(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Changes that reached the network file before the write-back failed are not added a
    second time when the recovery copy is merged: the file then has the copy's history, each
    event once (a deletion the merge takes over is recorded as the merge's)."""
    from frikommune_desktop.sharing import working_copy

    monkeypatch.setattr(working_copy, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(working_copy, "RETRY_PAUSE_S", 0.05)
    store = Store.open(demo_path, working_copy=True)
    _edit_participations(store)
    assert store.wait_written(30), store.write_back_error
    blocker = sqlite3.connect(demo_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        store.records.delete(Participation, store.records.all(Participation)[0].id)
        assert not store.wait_written(30)
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    with pytest.raises(StorageError, match="frikommune merge") as refused:
        store.close()
    kept = Path(str(refused.value).rsplit('"', 2)[-2])
    merge_files(demo_path, kept)
    assert _history(demo_path) == _history(kept)
