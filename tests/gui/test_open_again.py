"""Opening a file from the menu while a file is open: the same file stays writable, and
another file releases the first one's lock."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.sharing.lockfile import read_lock

from .files import wait_idle


def _open_through_menu(window: MainWindow, path: Path) -> None:
    """Trigger File → Open and pick `path` in the real file dialog it shows."""
    answered: list[QFileDialog] = []
    picker = QTimer(window)
    picker.setInterval(10)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog) and not answered:
            answered.append(dialog)
            picker.stop()
            dialog.selectFile(str(path))
            dialog.accept()

    picker.timeout.connect(pick)
    picker.start()
    window.ui.actionOpen.trigger()
    picker.stop()
    assert answered, "the Open dialog was not shown"


def _ours(path: Path) -> bool:
    """Return whether the lock beside a file names this process."""
    holder = read_lock(path)
    return holder is not None and holder.pid == os.getpid()


def test_opening_the_open_file_again_keeps_it_writable(make_window, demo_path) -> None:
    """File → Open on the file already open leaves it open for writing, the lock ours."""
    window = make_window(demo_path)
    session = window.session
    token = read_lock(demo_path).token
    _open_through_menu(window, demo_path)
    assert window.session is not None and window.session.writable
    assert not window.ui.banner.isVisible()
    assert "read-only" not in window.windowTitle()
    assert window.session is session  # nothing was closed and opened again
    assert read_lock(demo_path).token == token


def test_opening_the_open_file_by_another_name_keeps_it_writable(
    make_window, demo_path, tmp_path
) -> None:
    """A recent-file entry naming the open file through a symbolic link changes nothing."""
    window = make_window(demo_path)
    alias = tmp_path / "genvej"
    alias.mkdir()
    (alias / "demo.fkdb").symlink_to(demo_path)
    window.welcome.recentRequested.emit(alias / "demo.fkdb")
    assert window.session is not None and window.session.writable
    assert not window.ui.banner.isVisible()
    assert _ours(demo_path)


def test_opening_another_file_releases_the_first(make_window, demo_path, tmp_path, qtbot) -> None:
    """File → Open on a second file closes the first, whose lock is then gone."""
    other = tmp_path / "andet" / "demo.fkdb"
    other.parent.mkdir()
    shutil.copyfile(demo_path, other)
    window = make_window(demo_path)
    _open_through_menu(window, other)
    wait_idle(qtbot, window)
    assert window.session is not None and window.session.writable
    assert Path(window.session.store.path) == other
    assert read_lock(demo_path) is None
    assert _ours(other)
