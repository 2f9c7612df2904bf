"""Opening and closing files in a test window, waiting for the file controller's jobs."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.gui.main_window import MainWindow

#: How long a test waits for the controller to open or close a file (ms).
WAIT_MS = 60_000


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait until the window's file controller runs no job."""
    qtbot.waitUntil(lambda: not window.controller.busy, timeout=WAIT_MS)


def open_in(qtbot, window: MainWindow, path: Path | str) -> bool:
    """Open a file in the window, wait for the controller, and return whether it is open."""
    window.open_file(path)
    wait_idle(qtbot, window)
    return window.session is not None and window.controller.is_open(path)


def close_in(qtbot, window: MainWindow) -> None:
    """Close the window's file and wait until it is closed (written back, backed up)."""
    window.close_file()
    wait_idle(qtbot, window)
