"""Bench: what one edit costs the window, from the edit to the event loop being idle again.

Run on purpose: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_edit_refresh.py`.
Opens the large network (bench/largefile.py: 1,000 experiments, 98 members, ~6,200
participations, 10,000 legal-basis rows) in the main window and times --repeat edits of each
kind (median and worst): a section typed in the experiment editor with the Experiments view
shown, and a municipality's membership ticked in the Municipalities view. The time runs from
the edit's start (the editor's flush, the tick) until the window's deferred refresh has run
and no event is left waiting. It only uses what the window had before changes said what they
touched, so the same script times an older checkout (PYTHONPATH at it) for comparison.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _settle(app: QApplication, window: object) -> None:
    """Run the event loop until the window's refresh has run and nothing else is waiting."""
    while True:
        app.processEvents()
        if not getattr(window, "_refresh_pending", False) and not _loading(window):
            app.processEvents()
            if not getattr(window, "_refresh_pending", False) and not _loading(window):
                return


def _loading(window: object) -> bool:
    """Return whether the file controller runs a job (opening), a refresh waits, or a view
    still reads the file off the GUI thread (each only where the checkout has it)."""
    tabs = getattr(window, "view_tabs", None)
    controller = getattr(window, "controller", None)
    return bool(
        getattr(controller, "busy", False)
        or getattr(window, "loading", False)
        or getattr(tabs, "refresh_pending", False)
    )


def _timed(app: QApplication, window: object, edit: object) -> float:
    start = time.perf_counter()
    edit()  # type: ignore[operator]
    _settle(app, window)
    return time.perf_counter() - start


def run(path: Path, repeat: int) -> dict[str, list[float]]:
    """Open `path` in a window and time `repeat` edits of each kind."""
    from frikommune_desktop.gui.main_window import MainWindow
    from frikommune_desktop.gui.settings import Settings

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(Settings(), interactive=False)
    window.resize(1300, 850)
    window.show()
    if not window.open_file(path):
        raise SystemExit(f"could not open {path}: {window.last_error}")
    _settle(app, window)
    times: dict[str, list[float]] = {"editor": [], "member": []}

    view = window.show_view("experiments")
    view.ui.table.selectRow(0)
    _settle(app, window)
    editor = view.editor
    for n in range(repeat):
        editor.ui.goalsEdit.setPlainText(f"Mål, udgave {n}")
        times["editor"].append(_timed(app, window, editor.flush))

    members = window.show_view("municipalities")
    _settle(app, window)
    model = members.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.flags(model.index(0, c)) & Qt.ItemFlag.ItemIsUserCheckable
    )
    for n in range(repeat):
        index = model.index(n % model.rowCount(), column)
        ticked = index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked.value
        state = Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked
        times["member"].append(
            _timed(
                app,
                window,
                lambda index=index, state=state: model.setData(
                    index, state.value, Qt.ItemDataRole.CheckStateRole
                ),
            )
        )
    window.close_file()
    _settle(app, window)  # closed (off the GUI thread) before the folder goes
    window.close()
    return times


def main() -> None:
    """Build (or take) the large file, time the edits and print median and worst."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--file", type=Path, help="a large network file (default: build one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="frikommune-bench-") as folder:
        path = Path(folder) / "large.fkdb"
        if args.file is not None:
            shutil.copyfile(args.file, path)
        else:
            from largefile import write_large_network

            write_large_network(path).close()
        times = run(path, args.repeat)
    labels = {
        "editor": "a section typed in the experiment editor (Experiments view shown)",
        "member": "a membership ticked (Municipalities view shown)",
    }
    for key, label in labels.items():
        values = times[key]
        print(
            f"{label}: median {statistics.median(values) * 1000:.0f} ms, "
            f"worst {max(values) * 1000:.0f} ms ({len(values)} edits)"
        )


if __name__ == "__main__":
    main()
