"""Breaking another machine's old lock from the read-only banner: real lock files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.sharing.lockfile import lock_log_path, read_lock, this_host

from ..sharing.test_lockfile import _foreign_lock
from .files import close_in, open_in, wait_idle
from .layout import lay_out_now


@pytest.fixture
def read_only_window(qtbot):
    """Return a function opening a file in a window that must come up read-only."""

    def make(path: Path) -> MainWindow:
        window = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(window, before_close_func=lambda w: close_in(qtbot, w))
        window.resize(1100, 700)
        window.show()
        assert open_in(qtbot, window, path)
        assert window.session is not None and not window.session.writable
        return window

    return make


def _answer(seen: list[str], role: QMessageBox.ButtonRole) -> None:
    """Answer the next message box with the button of a role, noting its texts."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        box.buttons()[[box.buttonRole(b) for b in box.buttons()].index(role)].click()

    QTimer.singleShot(0, answer)


def test_an_old_foreign_lock_can_be_broken_from_the_banner(
    read_only_window, demo_path, qtbot
) -> None:
    """A lock from ANDEN-PC not renewed for an hour: the banner offers Break lock…, and
    breaking it makes this window the writer, recorded in the lock log beside the file."""
    _foreign_lock(demo_path, minutes_old=60)
    window = read_only_window(demo_path)
    assert window.ui.banner.isVisible() and window.ui.breakLockButton.isVisible()
    banner = window.ui.bannerLabel.text()
    assert "Sanne (on ANDEN-PC)" in banner
    assert "shown no sign of life for 60 minutes" in banner
    assert window.safety.breakable_lock().user == "Sanne"
    lay_out_now(window)  # the banner's new text is laid out before the picture
    label = window.ui.bannerLabel
    assert label.height() >= label.heightForWidth(label.width())  # all of the text shows
    assert window.ui.banner.grab().save("/tmp/break_lock_banner.png")

    assert window.safety.break_lock(confirm=False)
    wait_idle(qtbot, window)
    assert window.session.writable
    assert not window.ui.banner.isVisible() and not window.ui.breakLockButton.isVisible()
    assert read_lock(demo_path).host == this_host()
    assert window.view("experiments").ui.addButton.isEnabled()
    [entry] = [
        json.loads(line)
        for line in lock_log_path(demo_path).read_text(encoding="utf-8").splitlines()
    ]
    assert entry["broken_by"] == "testbruger" and entry["lock"]["user"] == "Sanne"
    assert entry["lock"]["host"] == "ANDEN-PC"
    assert "Sanne" in window.statusBar().currentMessage()


def test_breaking_asks_first_naming_the_holder_and_how_long_it_was_quiet(
    read_only_window, demo_path, qtbot
) -> None:
    """The question names the holder and the minutes since the lock was renewed; Cancel
    leaves the lock and the window read-only."""
    _foreign_lock(demo_path, minutes_old=47)
    window = read_only_window(demo_path)
    seen: list[str] = []
    _answer(seen, QMessageBox.ButtonRole.RejectRole)
    assert not window.safety.break_lock()
    assert "Sanne (on ANDEN-PC)" in seen[0]
    assert "Sanne on ANDEN-PC has shown no sign of life for 47 minutes" in seen[1]
    assert not window.session.writable and read_lock(demo_path).user == "Sanne"
    assert not lock_log_path(demo_path).exists()

    _answer(seen, QMessageBox.ButtonRole.AcceptRole)  # the button itself asks too
    window.ui.breakLockButton.click()
    wait_idle(qtbot, window)
    assert window.session.writable


def test_danish_question_says_how_long_the_holder_showed_no_sign_of_life(
    danish, read_only_window, demo_path
) -> None:
    """In Danish: '… har ikke vist tegn på liv i 47 minutter', and the button 'Bryd lås …'."""
    _foreign_lock(demo_path, minutes_old=47)
    window = read_only_window(demo_path)
    assert window.ui.breakLockButton.text() == "Bryd lås …"
    assert "har ikke vist tegn på liv i 47 minutter" in window.ui.bannerLabel.text()
    seen: list[str] = []
    _answer(seen, QMessageBox.ButtonRole.RejectRole)
    assert not window.safety.break_lock()
    assert seen[0] == "Bryd låsen, som Sanne (på ANDEN-PC) har på filen?"
    assert seen[1].startswith("Sanne på ANDEN-PC har ikke vist tegn på liv i 47 minutter.")


def test_no_break_button_for_a_fresh_foreign_lock(read_only_window, demo_path) -> None:
    """A foreign lock renewed a minute ago is not offered for breaking, and is not broken."""
    _foreign_lock(demo_path, minutes_old=1)
    window = read_only_window(demo_path)
    assert window.ui.banner.isVisible() and not window.ui.breakLockButton.isVisible()
    assert window.safety.breakable_lock() is None
    assert not window.safety.break_lock(confirm=False)
    assert read_lock(demo_path).user == "Sanne" and not lock_log_path(demo_path).exists()


def test_no_break_button_for_a_lock_of_this_machine(read_only_window, demo_path) -> None:
    """A lock of this machine (a live process here) is never offered for breaking."""
    _foreign_lock(demo_path, host=this_host(), minutes_old=600)
    lock = json.loads(Path(str(demo_path) + ".lock").read_text(encoding="utf-8"))
    lock["pid"] = 1  # alive (init), so the lock is not cleared as stale
    Path(str(demo_path) + ".lock").write_text(json.dumps(lock), encoding="utf-8")
    window = read_only_window(demo_path)
    assert not window.ui.breakLockButton.isVisible() and window.safety.breakable_lock() is None


def test_the_button_appears_once_the_lock_grows_old(read_only_window, demo_path, qtbot) -> None:
    """A lock that was fresh when the file opened is offered for breaking once it is old:
    the banner looks at the lock as it is now, not as it was on opening."""
    _foreign_lock(demo_path, minutes_old=1)
    window = read_only_window(demo_path)
    assert not window.ui.breakLockButton.isVisible()
    _foreign_lock(demo_path, minutes_old=20)  # the same lock, later: never renewed
    window.ui.recheckButton.click()
    wait_idle(qtbot, window)
    assert window.ui.breakLockButton.isVisible()
    assert "20 minutes" in window.ui.bannerLabel.text()
