"""A read-only window notices by itself that the file became free and offers to open it for
editing, keeping what it shows: a real lock held by another process, then released."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from frikommune_desktop.gui import lock_watch
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.model import Experiment

from .files import close_in, open_in, wait_idle
from .layout import lay_out_now


class Holder:
    """Another process that holds the network file open until it is told to close it."""

    def __init__(self, path: Path) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from frikommune_desktop.store import Store;"
                "s = Store.open(sys.argv[1], user='Christine'); print('ready', flush=True);"
                "sys.stdin.readline(); s.close()",
                str(path),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "ready"

    def close(self) -> None:
        """Have the other process close the file (its lock goes) and end."""
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write("\n")
            self.process.stdin.flush()
            self.process.wait(timeout=30)


@pytest.fixture
def held_window(qtbot, demo_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple]:
    """A window that opened the demo file read-only while another process holds it."""
    monkeypatch.setattr(lock_watch, "LOCK_CHECK_MS", 50)  # look often: the test waits for it
    holder = Holder(demo_path)
    try:
        window = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(window, before_close_func=lambda w: close_in(qtbot, w))
        window.resize(1300, 850)
        window.show()
        assert open_in(qtbot, window, demo_path)
        assert not window.session.writable
        yield window, holder
    finally:
        holder.close()


def test_the_banner_offers_open_for_editing_once_the_file_is_free(held_window, qtbot) -> None:
    """While the colleague holds the file there is no offer; once they close it, the banner
    says so with Open for editing by itself, and a click makes the window writable, with the
    same view and experiment still selected."""
    window, holder = held_window
    ui = window.ui
    assert ui.banner.isVisible() and "Christine" in ui.bannerLabel.text()
    experiments = window.view("experiments")
    chosen = sorted(experiments.session.store.records.all(Experiment), key=lambda e: e.title)[2]
    assert experiments.select(chosen.id)
    window.show_view("legal")
    qtbot.wait(200)  # several looks at the lock while it is held: still no offer
    assert not ui.openForEditingButton.isVisible() and ui.recheckButton.isVisible()

    holder.close()
    qtbot.waitUntil(ui.openForEditingButton.isVisible, timeout=10_000)
    assert "free" in ui.bannerLabel.text() and "Christine" in ui.bannerLabel.text()
    assert not window.session.writable  # nothing is taken without her say

    qtbot.mouseClick(ui.openForEditingButton, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.session.writable
    assert not ui.banner.isVisible()
    assert ui.tabs.currentWidget() is window.view("legal")
    assert experiments.current_id() == chosen.id
    assert experiments.ui.addButton.isEnabled()


def test_the_free_banner_in_danish_at_two_sizes(danish, held_window, qtbot) -> None:
    """The banner of a file become free, in Danish, at 1024x700 and 1600x1000: all of its
    text shows beside the button."""
    window, holder = held_window
    holder.close()
    ui = window.ui
    qtbot.waitUntil(ui.openForEditingButton.isVisible, timeout=10_000)
    assert ui.openForEditingButton.text() == "Åbn for redigering"
    assert ui.bannerLabel.text().startswith("Filen er fri nu")
    for width, height in ((1024, 700), (1600, 1000)):
        window.resize(width, height)
        lay_out_now(window)
        label = ui.bannerLabel
        assert label.height() >= label.heightForWidth(label.width())
        assert window.grab().save(f"/tmp/shots/free_banner_{width}x{height}.png")
