"""Bench: the longest stall of the window's event loop while the large file is used.

Run on purpose: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_stall.py`
(the share needs root on Linux with /dev/fuse, fusepy and libfuse2; without them only the
local disk is measured, or pass --no-share).

A heartbeat QTimer in the window fires every 10 ms; the longest gap between two beats, less
the interval, is a stall: time the window could not repaint or answer. The bench file
(bench/largefile.py: 1,000 experiments) is opened, edited 20 times in four views (Forsøg through
the editor's text, Deltagelse by toggling cells, Kontaktpersoner and Ansøgningsrunder through
their edit paths with the dialog answered), searched and closed; once on the local disk and once
on the FUSE share (tests/sharing/fuse_fs.py) with --latency ms per operation, where the file is
worked on as a local copy as on any network drive. Each step is a phase; the report gives each
phase's longest stall and where the longest of all happened. Goal (issue 18): no stall over
100 ms anywhere.

It also gives the refresh cost of one edit: from the edit until it is stored (the call
returned), and until the views are refreshed (the event loop has run what the edit queued, and
a view reading the file off the GUI thread has shown it, looked at every 5 ms),
median and worst of the 20. The window's open file is reached through its controller when it
has one, so the bench also runs on a checkout from before the controller (opening then blocks).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

#: The heartbeat's interval (ms).
BEAT_MS = 10
#: The issue's goal: no stall longer than this (ms).
GOAL_MS = 100.0


class Heartbeat(QObject):
    """Records, per phase, the longest gap between the beats of a 10 ms timer."""

    def __init__(self) -> None:
        super().__init__()
        self.phase = "start"
        self.worst: dict[str, float] = {}
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self._beat)

    def start(self) -> None:
        """Start beating (the first gap counts from now)."""
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        """Stop beating."""
        self._timer.stop()

    def enter(self, phase: str) -> None:
        """Name what happens from now on (a gap counts for the phase it ends in)."""
        self.phase = phase
        self.worst.setdefault(phase, 0.0)

    def _beat(self) -> None:
        now = time.perf_counter()
        stall = max(0.0, (now - self._last) * 1000 - BEAT_MS)
        self._last = now
        if stall > self.worst.get(self.phase, 0.0):
            self.worst[self.phase] = stall


def spin(ms: int) -> None:
    """Run the event loop for `ms` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def spin_until(condition: Callable[[], bool], timeout_s: float = 600.0) -> None:
    """Run the event loop until `condition()` holds (looked at every 5 ms)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        spin(5)


def settle(passes: int = 3) -> None:
    """Let the event loop run what is queued now (and what that queues), a few passes over."""
    for _ in range(passes):
        loop = QEventLoop()
        QTimer.singleShot(0, loop.quit)
        loop.exec()


def _idle(window: Any) -> bool:
    """Return whether the window's file controller (if it has one) runs no job."""
    controller = getattr(window, "controller", None)
    return controller is None or not controller.busy


def _loaded(window: Any) -> bool:
    """Return whether the window's views show the file (they may read it off the GUI thread;
    a window from before that is always loaded)."""
    return not getattr(window, "loading", False)


def _edits(window: Any) -> list[tuple[str, Callable[[int], None]]]:
    """Return the bench's edit kinds: (view key, edit number i → one edit in that view)."""
    experiments = window.view("experiments")
    participation = window.view("participation")
    contacts = window.view("contacts")
    rounds = window.view("rounds")
    contacts.ask = lambda _title, values: {**values, "title": f"{values['title'] or ''}."}
    rounds.ask = lambda _title, values: {**values, "notes": f"{values['notes'] or ''}."}

    def experiment(i: int) -> None:
        editor = experiments.editor
        editor.sections["goals"].setPlainText(f"Mål fra bænken {i}")
        editor.flush()

    def cell(i: int) -> None:
        participation.toggle(participation.model.index(i, 1 + i % 5))

    def contact(i: int) -> None:
        contacts.edit(contacts.model.index(i, 0))

    def round_(i: int) -> None:
        rounds.edit(rounds.model.index(i % rounds.model.rowCount(), 0))

    return [
        ("experiments", experiment),
        ("participation", cell),
        ("contacts", contact),
        ("rounds", round_),
    ]


def run_scenario(path: Path, edits: int, search: str) -> dict[str, Any]:
    """Open, edit, search and close `path` in a window under the heartbeat; return figures."""
    from frikommune_desktop.gui.main_window import MainWindow
    from frikommune_desktop.gui.settings import Settings

    window = MainWindow(Settings(), interactive=False)
    window.resize(1300, 850)
    window.show()
    spin(300)
    beat = Heartbeat()
    beat.start()
    spin(50)

    beat.enter("open")
    started = time.perf_counter()
    window.open_file(path)
    spin_until(lambda: window.session is not None and bool(window.views) and _idle(window))
    spin_until(lambda: not window.views[0].stale and _loaded(window))
    opened_s = time.perf_counter() - started
    spin(100)

    stored: list[float] = []
    refreshed: list[float] = []
    kinds = _edits(window)
    for i in range(edits):
        key, edit = kinds[i % len(kinds)]
        beat.enter(f"show {key}")
        window.show_view(key)
        settle()
        spin_until(lambda: _loaded(window))
        if key == "experiments":
            window.view(key).select(window.view(key).model.rows()[i].id)
            settle()
        beat.enter(f"edit in {key}")
        started = time.perf_counter()
        edit(i)
        stored.append(time.perf_counter() - started)
        settle()
        spin_until(lambda: _loaded(window))
        refreshed.append(time.perf_counter() - started)
        spin(20)

    beat.enter("search")
    window.show_search()
    hits = window.search_panel.run(search)
    settle()
    spin(50)

    beat.enter("close")
    started = time.perf_counter()
    window.close_file()
    spin_until(lambda: _idle(window) and window.session is None)
    closed_s = time.perf_counter() - started
    spin(50)
    beat.stop()
    window.close()
    spin_until(lambda: _idle(window))
    return {
        "worst": beat.worst,
        "opened_s": opened_s,
        "closed_s": closed_s,
        "stored_ms": [s * 1000 for s in stored],
        "refreshed_ms": [s * 1000 for s in refreshed],
        "hits": len(hits),
    }


def report(name: str, figures: dict[str, Any]) -> None:
    """Print one scenario's stalls per phase, the longest, and the edit costs."""
    worst: dict[str, float] = figures["worst"]
    phase, longest = max(worst.items(), key=lambda item: item[1])
    print(f"\n{name}: opened in {figures['opened_s']:.2f} s, closed in {figures['closed_s']:.2f} s")
    print(f"{'phase':<28}{'longest stall ms':>18}")
    grouped: dict[str, float] = {}
    for key, value in worst.items():
        grouped[key] = max(grouped.get(key, 0.0), value)
    for key, value in grouped.items():
        print(f"{key:<28}{value:>18.0f}")
    verdict = "ok" if longest <= GOAL_MS else f"over the goal of {GOAL_MS:.0f} ms"
    print(f"longest stall: {longest:.0f} ms, in '{phase}' ({verdict})")
    stored, refreshed = figures["stored_ms"], figures["refreshed_ms"]
    print(
        f"one edit: stored {statistics.median(stored):.1f} ms (worst {max(stored):.1f}), "
        f"views refreshed {statistics.median(refreshed):.1f} ms (worst {max(refreshed):.1f}); "
        f"search found {figures['hits']} hits"
    )


def main() -> None:
    """Build the bench file, run the local and the share scenario and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=20.0, help="ms per operation (share)")
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--search", default="bolig", help="the text searched for")
    parser.add_argument("--no-share", action="store_true", help="measure the local disk only")
    parser.add_argument("--no-local", action="store_true", help="measure the share only")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from largefile import write_large_network

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="fkstall-") as tmp:
        os.environ["FRIKOMMUNE_DATA_DIR"] = str(Path(tmp) / "userdata")
        local = Path(tmp) / "local" / "large.fkdb"
        local.parent.mkdir()
        write_large_network(local).close()
        print(f"Large network: 1,000 experiments; heartbeat every {BEAT_MS} ms")
        if not args.no_local:
            os.environ["FRIKOMMUNE_WORKING_COPY"] = "0"
            report("local disk", run_scenario(local, args.edits, args.search))
        if not args.no_share:
            share_scenario(local, args)
    del app


def share_scenario(local: Path, args: argparse.Namespace) -> None:
    """Run the scenario on the FUSE share (as a network drive: a working copy)."""
    import shutil

    from tests.sharing.fuse_fs import fuse_available, mounted

    reason = fuse_available()
    if reason is not None:
        print(f"\nthe share is not measured: {reason}")
        return
    with tempfile.TemporaryDirectory(prefix="fkstall-share-") as backing:
        shutil.copyfile(local, Path(backing) / "large.fkdb")
        with mounted(Path(backing), args.latency) as mount:
            os.environ["FRIKOMMUNE_WORKING_COPY"] = "1"
            figures = run_scenario(mount / "large.fkdb", args.edits, args.search)
            report(f"FUSE share, {args.latency:g} ms per operation", figures)


if __name__ == "__main__":
    main()
