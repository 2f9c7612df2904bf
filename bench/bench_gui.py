"""Bench: window cold start on the large file, and sorting/filtering 10,000 legal rows.

Run on purpose: `QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui.py`.
Cold start is measured in fresh processes, from process start to the first paint of the
shown window, against a bare PySide6 QMainWindow in the same run (goal: ratio <= 1.5).
Sorting and filtering go through the app's proxy model, against Qt's own
QSortFilterProxyModel over a QStandardItemModel holding the same rows (goal: < 50 ms).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

_CHILD = r"""
import sys, time
START = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
if sys.argv[1] == "bare":
    window = QMainWindow()
else:
    from frikommune_desktop.gui.main_window import MainWindow
    from frikommune_desktop.gui.settings import Settings
    window = MainWindow(Settings(), interactive=False)
    window.open_file(sys.argv[2])
window.resize(1200, 800)
window.show()
def shown():
    print(f"{time.perf_counter() - START:.4f}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def cold_start(kind: str, path: Path, repeat: int) -> float:
    """Return the median seconds from a new process's start to its window being shown."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _CHILD, kind, str(path)],
                             capture_output=True, text=True, check=True)  # fmt: skip
        float(out.stdout.strip().splitlines()[-1])  # the child reached its shown window
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def sort_filter(path: Path, repeat: int) -> list[tuple[str, float, float]]:
    """Return (job, app ms, raw Qt ms) for sorting each column and filtering the legal rows."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication

    from frikommune_desktop.gui.models.legal import LegalFilterProxy, LegalTableModel
    from frikommune_desktop.queries import legal_rows
    from frikommune_desktop.store import Store

    QApplication.instance() or QApplication([])
    with Store.open(path, readonly=True) as store:
        rows = legal_rows(store)
    model = LegalTableModel()
    model.set_rows(rows)
    proxy = LegalFilterProxy()
    proxy.setSourceModel(model)
    raw_model = QStandardItemModel(len(rows), model.columnCount())
    for r in range(len(rows)):
        for c in range(model.columnCount()):
            raw_model.setItem(r, c, QStandardItem(str(model.index(r, c).data() or "")))
    raw = QSortFilterProxyModel()
    raw.setSourceModel(raw_model)
    raw.setFilterKeyColumn(-1)
    raw.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def best(job: object) -> float:
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            job()
            times.append(time.perf_counter() - start)
        return min(times) * 1000

    results = []
    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)

        def app_sort(c: int = column) -> None:
            proxy.sort(c, Qt.SortOrder.AscendingOrder)
            proxy.sort(c, Qt.SortOrder.DescendingOrder)

        def raw_sort(c: int = column) -> None:
            raw.sort(c, Qt.SortOrder.AscendingOrder)
            raw.sort(c, Qt.SortOrder.DescendingOrder)

        results.append((f"sort {header} (asc+desc)", best(app_sort), best(raw_sort)))

    def app_filter() -> None:
        proxy.set_text("boligstøtte")
        proxy.set_text("")

    def raw_filter() -> None:
        raw.setFilterFixedString("boligstøtte")
        raw.setFilterFixedString("")

    results.append(("filter text (set+clear)", best(app_filter), best(raw_filter)))
    return results


def main() -> None:
    """Build the large file, run both benchmarks and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from largefile import write_large_network

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FRIKOMMUNE_DATA_DIR"] = str(Path(tmp) / "userdata")
        path = Path(tmp) / "large.fkdb"
        write_large_network(path).close()
        bare = cold_start("bare", path, args.repeat)
        app = cold_start("app", path, args.repeat)
        print("Large network: 1,000 experiments, 98 members, 10,000 legal rows")
        print(f"cold start to shown window: app {app:.2f} s, bare QMainWindow {bare:.2f} s, "
              f"ratio {app / bare:.2f} (goal <= 1.5)")  # fmt: skip
        print(f"{'job':<44}{'app ms':>9}{'raw Qt ms':>11}{'ratio':>7}")
        for job, ours, raw in sort_filter(path, args.repeat):
            print(f"{job:<44}{ours:>9.1f}{raw:>11.1f}{ours / raw:>7.2f}")


if __name__ == "__main__":
    main()
