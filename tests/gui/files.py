"""Opening and closing files in a test window, waiting for the file controller's jobs."""

from __future__ import annotations

from pathlib import Path

from frikommune_desktop.gui.main_window import MainWindow

#: How long a test waits for the controller to open or close a file (ms).
WAIT_MS = 60_000


def wait_idle(qtbot, window: MainWindow) -> None:
    """Wait until the window's file controller runs no job and no view or search still reads
    the file."""
    qtbot.waitUntil(lambda: not window.controller.busy and not window.loading, timeout=WAIT_MS)


def show_loaded(qtbot, window: MainWindow, key: str):
    """Bring a view to the front and wait until it shows the file (it may read it off the GUI
    thread); return it."""
    view = window.show_view(key)
    qtbot.waitUntil(lambda: not window.loading, timeout=WAIT_MS)
    return view


def open_in(qtbot, window: MainWindow, path: Path | str) -> bool:
    """Open a file in the window, wait for the controller, and return whether it is open."""
    window.open_file(path)
    wait_idle(qtbot, window)
    return window.session is not None and window.controller.is_open(path)


def close_in(qtbot, window: MainWindow) -> None:
    """Close the window's file and wait until it is closed (written back, backed up)."""
    window.close_file()
    wait_idle(qtbot, window)


def first_empty_cell(model):
    """Return the index of the participation grid's first cell where no municipality takes
    part."""
    return next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if not model.cell_at(model.index(r, c)).participates
    )
