"""The window never waits for the file: the participation grid, the search and the look for
conflict copies read it off the GUI thread, an edit in Deltagelse updates its cell in place,
the lock is renewed in a job."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QSignalSpy

from frikommune_desktop.edits import UpdateRecord
from frikommune_desktop.gui.session import Session
from frikommune_desktop.gui.views import participation_view, search_panel
from frikommune_desktop.model import Experiment
from frikommune_desktop.sharing import sync_conflicts
from frikommune_desktop.sharing.lockfile import LockFile
from frikommune_desktop.store import Store

from .files import WAIT_MS, first_empty_cell, show_loaded


def _threads_of(monkeypatch, module: object, name: str) -> list[threading.Thread]:
    """Record the thread each call of `module.name` runs in (the real function still runs)."""
    real = getattr(module, name)
    seen: list[threading.Thread] = []

    def recording(*args, **kwargs):
        seen.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, recording)
    return seen


def test_participation_grid_is_read_off_the_gui_thread(window, qtbot, monkeypatch) -> None:
    """Showing Deltagelse reads the matrix in a job; the grid fills when it arrives."""
    seen = _threads_of(monkeypatch, participation_view, "participation_matrix")
    view = show_loaded(qtbot, window, "participation")
    assert seen and all(thread is not threading.main_thread() for thread in seen)
    assert view.model.rowCount() > 0 and view.model.columnCount() > 0


def test_a_cell_edit_updates_the_grid_in_place_without_a_reset(window, qtbot) -> None:
    """Space on an empty cell, and its undo, change that cell; the model is never reset."""
    view = show_loaded(qtbot, window, "participation")
    model = view.model
    empty = first_empty_cell(model)
    row, column = empty.row(), empty.column()
    resets = QSignalSpy(model.modelReset)
    view.ui.table.setFocus()
    view.ui.table.selectionModel().setCurrentIndex(
        empty, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(view.ui.table, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: model.data(model.index(row, column)) == "?")
    window.session.undo_stack.undo()
    qtbot.waitUntil(lambda: model.data(model.index(row, column)) == "")
    qtbot.waitUntil(lambda: not window.loading)
    assert resets.count() == 0
    assert view.ui.table.currentIndex() == model.index(row, column)


def test_search_runs_off_the_gui_thread_and_the_newest_query_wins(
    window, qtbot, monkeypatch
) -> None:
    """Typed queries are searched in jobs; the list shows the hits of the last one typed."""
    seen = _threads_of(monkeypatch, search_panel, "search")
    window.show_search()
    panel = window.search_panel
    panel.ui.queryEdit.setText("udslusningsboliger")
    panel.refresh()
    panel.ui.queryEdit.setText("zzzingenting")
    panel.refresh()
    qtbot.waitUntil(lambda: not panel.searching, timeout=WAIT_MS)
    assert seen and all(thread is not threading.main_thread() for thread in seen)
    assert panel.hits == [] and panel.ui.resultList.count() == 0
    assert panel.ui.countLabel.text().startswith("0")


def test_lock_renewal_writes_the_lock_file_off_the_gui_thread(
    qtbot, demo_path: Path, monkeypatch
) -> None:
    """Session.poll renews the real lock file in a job, not on the GUI thread."""
    seen = _threads_of(monkeypatch, LockFile, "refresh")
    session = Session(Store.open(demo_path))
    try:
        session.poll()
        qtbot.waitUntil(lambda: bool(seen), timeout=WAIT_MS)
        assert all(thread is not threading.main_thread() for thread in seen)
    finally:
        session.close()


def test_conflict_copies_are_looked_for_off_the_gui_thread(
    make_window, demo_path: Path, tmp_path: Path, monkeypatch
) -> None:
    """The folder of the file just opened is listed for sync-conflict copies in a job (on a
    network drive that is several slow reads); the offer to merge still comes."""
    network, copy = tmp_path / "Netværk.fkdb", tmp_path / "Netværk-LAPTOP7.fkdb"
    shutil.copyfile(demo_path, network)
    shutil.copyfile(demo_path, copy)
    seen = _threads_of(monkeypatch, sync_conflicts, "conflict_copies")
    window = make_window(network)
    offered = window.safety.conflict_offer is not None
    window.safety.close_offers()  # a window-modal box left open would be any later modal
    assert offered
    assert seen and all(thread is not threading.main_thread() for thread in seen)


def test_an_edit_starts_no_lock_renewal_of_its_own(qtbot, demo_path: Path) -> None:
    """An edit checks the lock in its own transaction; it starts no renewal job that its check
    would wait for (the 2 s poll renews the lock)."""
    session = Session(Store.open(demo_path))
    try:
        experiment = session.store.records.all(Experiment)[0]
        assert session.do(UpdateRecord(Experiment, experiment.id, {"goals": "Nye mål"}, "Ret"))
        assert not session.renewing
    finally:
        session.close()
