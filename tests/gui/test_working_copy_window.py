"""The window on a network drive: a local working copy, written back behind the edits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from frikommune_desktop.edits import UpdateRecord
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from .files import close_in


@pytest.fixture
def on_network_drive(monkeypatch: pytest.MonkeyPatch) -> None:
    """Treat every file as being on a network drive (as the mount type would say)."""
    monkeypatch.setenv("FRIKOMMUNE_WORKING_COPY", "1")


def test_edits_in_the_window_reach_the_network_file(
    on_network_drive, make_window, demo_path: Path, qtbot
) -> None:
    """The window works on a local copy; an edit is in the network file once written back,
    and closing the file leaves no copy behind."""
    window = make_window(demo_path)
    store = window.session.store
    assert store.working_copy is not None
    experiment = store.records.all(Experiment)[0]
    assert window.session.do(
        UpdateRecord(Experiment, experiment.id, {"goals": "Fra vinduet"}, "Mål")
    )
    assert store.wait_written(30)
    window.session.poll()
    assert "[saved]" in window.windowTitle()
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Fra vinduet"
    copy = store.working_copy
    close_in(qtbot, window)
    assert not copy.exists() and window.last_error == ""


def test_a_failed_write_back_is_told_and_the_changes_kept(
    on_network_drive, make_window, demo_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    """When the network file stays locked by another program, the window says the changes
    cannot be written; closing says where they are kept for merging."""
    from frikommune_desktop.sharing import working_copy

    monkeypatch.setattr(working_copy, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(working_copy, "RETRY_PAUSE_S", 0.05)
    window = make_window(demo_path)
    store = window.session.store
    experiment = store.records.all(Experiment)[0]
    blocker = sqlite3.connect(demo_path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        window.session.do(UpdateRecord(Experiment, experiment.id, {"goals": "Lokalt"}, "Mål"))
        window._update_title()  # the write-back waits for the lock (100 ms, three tries)
        assert "[saving to the drive…]" in window.windowTitle()
        assert not store.wait_written(30)
        window.session.poll()
        assert "cannot be written to the network file" in window.last_error
        assert "[not saved on the drive]" in window.windowTitle()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    close_in(qtbot, window)
    assert "frikommune merge" in window.last_error
    kept = Path(window.last_error.rsplit('"', 2)[-2])
    with Store.open(kept, readonly=True) as copy:
        assert copy.records.get(Experiment, experiment.id).goals == "Lokalt"


def test_closing_waits_until_the_changes_are_on_the_drive(
    on_network_drive, make_window, demo_path: Path, qtbot
) -> None:
    """Closing the file while the write-back still waits for the drive (here another program
    holds the file for a moment) waits for it: the edit is in the file afterwards."""
    import threading

    window = make_window(demo_path)
    store = window.session.store
    experiment = store.records.all(Experiment)[0]
    blocker = sqlite3.connect(demo_path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(0.5, lambda: (blocker.execute("ROLLBACK"), blocker.close()))
    release.start()
    try:
        window.session.do(UpdateRecord(Experiment, experiment.id, {"goals": "Ventede"}, "Mål"))
        assert store.unwritten == 1
        close_in(qtbot, window)
    finally:
        release.join()
    assert window.last_error == ""
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Ventede"


def test_a_copy_a_crash_left_behind_is_named_when_the_file_opens(
    on_network_drive, make_window, demo_path: Path
) -> None:
    """Opening a file whose last session ended before its write-back says where that
    session's copy is kept and how to bring it in."""
    from frikommune_desktop.sharing.working_copy import working_copy_path

    left = working_copy_path(demo_path)
    left.parent.mkdir(parents=True, exist_ok=True)
    left.write_bytes(demo_path.read_bytes())
    window = make_window(demo_path)
    kept = window.session.store.leftover_copy
    assert kept is not None and kept.exists()
    assert str(kept) in window.last_error and "Merge another copy" in window.last_error
