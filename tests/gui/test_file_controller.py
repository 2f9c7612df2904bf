"""The file controller: files open and close through jobs, the window keeps running meanwhile."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from frikommune_desktop.edits import UpdateRecord
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.model import Experiment
from frikommune_desktop.sharing.lockfile import guard_path, lock_path, read_lock
from frikommune_desktop.store import Store

from .files import WAIT_MS, close_in, open_in, wait_idle


@pytest.fixture
def bare_window(qtbot) -> MainWindow:
    """A shown main window with no file open (closed again, file and all, after the test)."""
    window = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(window, before_close_func=lambda w: close_in(qtbot, w))
    window.resize(1100, 700)
    window.show()
    return window


def _heartbeat(window: MainWindow) -> list[int]:
    """Count the ticks of a 5 ms timer in the window (the event loop's pulse)."""
    beats: list[int] = []
    timer = QTimer(window)
    timer.setInterval(5)
    timer.timeout.connect(lambda: beats.append(len(beats)))
    timer.start()
    return beats


def test_the_event_loop_runs_while_a_file_opens(qtbot, bare_window, demo_path) -> None:
    """While Store.open waits for the lock's guard folder (held by another opener), the
    window's timers keep firing; the file opens once the guard is let go."""
    guard = guard_path(lock_path(demo_path))
    guard.mkdir()  # another process is in the middle of taking or checking the lock
    beats = _heartbeat(bare_window)
    try:
        assert bare_window.open_file(demo_path)
        assert bare_window.controller.busy and bare_window.session is None
        qtbot.waitUntil(lambda: len(beats) >= 20, timeout=WAIT_MS)
        assert bare_window.controller.busy and bare_window.session is None
    finally:
        guard.rmdir()
    wait_idle(qtbot, bare_window)
    assert bare_window.session is not None and bare_window.session.writable
    assert bare_window.views and not bare_window.welcome.isVisible()


def test_the_open_file_is_closed_before_another_opens(
    qtbot, make_window, demo_path, tmp_path
) -> None:
    """Opening a second file closes the first (its lock released) before the second's
    session exists; the window hears closing, closed and opened in that order."""
    other = tmp_path / "andet" / "demo.fkdb"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    window = make_window(demo_path)
    heard: list[str] = []
    controller = window.controller
    controller.closing.connect(lambda: heard.append("closing"))
    controller.closed.connect(lambda: heard.append(f"closed, lock {read_lock(demo_path)}"))
    controller.opened.connect(lambda s: heard.append(f"opened {Path(s.store.path).parent.name}"))
    assert open_in(qtbot, window, other)
    assert heard == ["closing", "closed, lock None", "opened andet"]
    assert read_lock(other) is not None and read_lock(other).pid == os.getpid()


def test_a_file_that_cannot_be_opened_leaves_the_welcome_page(qtbot, bare_window, tmp_path) -> None:
    """A file that is no network file is refused with a message; the welcome page stays."""
    junk = tmp_path / "ikke.fkdb"
    junk.write_text("ikke en database")
    assert not open_in(qtbot, bare_window, junk)
    assert bare_window.welcome.isVisible() and bare_window.last_error


def test_the_window_closes_only_after_the_file_is_closed(
    qtbot, bare_window, demo_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Closing the window while the working copy's last change waits for the drive leaves
    the window up, saying it saves on the drive, and closes it once the change is written."""
    monkeypatch.setenv("FRIKOMMUNE_WORKING_COPY", "1")
    assert open_in(qtbot, bare_window, demo_path)
    store = bare_window.session.store
    experiment = store.records.all(Experiment)[0]
    blocker = sqlite3.connect(demo_path, isolation_level=None, check_same_thread=False)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        bare_window.session.do(
            UpdateRecord(Experiment, experiment.id, {"goals": "Til sidst"}, "Mål")
        )
        assert store.unwritten == 1
        assert not bare_window.close()  # refused for now: the file closes first
        assert bare_window.isVisible() and bare_window.controller.busy
        status = bare_window.statusBar()
        qtbot.waitUntil(lambda: "network drive" in status.currentMessage(), timeout=WAIT_MS)
        assert bare_window.isVisible()
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: not bare_window.isVisible(), timeout=WAIT_MS)
    assert not bare_window.controller.busy and read_lock(demo_path) is None
    with Store.open(demo_path, readonly=True) as reader:
        assert reader.records.get(Experiment, experiment.id).goals == "Til sidst"


def test_check_again_takes_the_file_once_the_holder_closed_it(
    qtbot, bare_window, demo_path
) -> None:
    """A file open elsewhere opens read-only; after the holder closes it, Check again makes
    the same session writable through the controller."""
    holder = Store.open(demo_path)
    try:
        assert open_in(qtbot, bare_window, demo_path)
        session = bare_window.session
        assert not session.writable and bare_window.ui.banner.isVisible()
    finally:
        holder.close()
    with qtbot.waitSignal(bare_window.controller.readOnlyChanged, timeout=WAIT_MS) as heard:
        bare_window.ui.recheckButton.click()
    assert heard.args == [True]
    assert bare_window.session is session and session.writable
    assert not bare_window.ui.banner.isVisible()
