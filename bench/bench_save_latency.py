"""Bench: saving one edit on a slow network drive (FUSE, fixed latency per operation).

Run on purpose (root on Linux with /dev/fuse, fusepy and libfuse2):
    .venv/bin/python bench/bench_save_latency.py --latency 20

Mounts a temporary folder through tests/fuse_fs.py, writes the demo network file there
through the mount, opens it with Store.open and times saving one edit
(`store.records.update(Experiment, id, goals=...)`, median of --repeat) against raw sqlite3
doing the same UPDATE in its own transaction on the same mounted file; then the same edit in a
store working on a local copy (what the program does on a network drive, working_copy.py): the
save (check, local commit) and the time until the write-back has committed it on the share.
The mount counts every file-system operation, so each save is also given as operations per
save, by kind. The goal (from the issue) is under 200 ms per saved edit at 20 ms latency:
direct SQLite commits on the share cannot reach it (~93 round trips), the working copy does.

It then profiles what the store adds (the check before each transaction: lock file read and
identity os.stat) and, with raw variants, what the rest costs: TRUNCATE / PERSIST journal,
exclusive locking mode, synchronous=OFF, FTS automerge off, and the schema's FTS and
field_history triggers (dropped last, on the bench's temporary file). "floor ms" is the
operations that carry the latency times the latency; the rest of a run is CPU and local I/O.

`--latency-ops getattr,open,create,flush,fsync,...` (all but read,write) models a client that
caches file data (an SMB lease) but pays for every metadata round trip and flush.
Takes about 7 minutes with the defaults at 20 ms.
"""

from __future__ import annotations

import argparse
import contextlib
import sqlite3
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from frikommune_desktop.demo import write_demo
from frikommune_desktop.model import Experiment
from frikommune_desktop.program.clock import now_iso
from frikommune_desktop.store import Store
from tests.sharing.fuse_fs import FuseControl, control_for, fuse_available, mounted

#: The issue's goal for one saved edit at 20 ms latency.
GOAL_SECONDS = 0.200

_UPDATE = "UPDATE experiments SET goals = ?, modified_at = ?, modified_by = ? WHERE id = ?"
_FTS = "INSERT INTO experiments_fts(experiments_fts, rank) VALUES('automerge', {})"

#: Raw variants (label, statements first, statements after), to show what each part costs.
#: The last two drop triggers: they change the bench's temporary file, so they come last.
VARIANTS = (
    ("raw, journal_mode=TRUNCATE", ("PRAGMA journal_mode=TRUNCATE",), ()),
    ("raw, journal_mode=PERSIST", ("PRAGMA journal_mode=PERSIST",), ()),
    ("raw, locking_mode=EXCLUSIVE", ("PRAGMA locking_mode=EXCLUSIVE",), ()),
    ("raw, synchronous=OFF (unsafe; for scale)", ("PRAGMA synchronous=OFF",), ()),
    (
        "raw, FTS automerge off (merge later)",
        (_FTS.format(0),),
        (_FTS.format(4), "INSERT INTO experiments_fts(experiments_fts) VALUES('optimize')"),
    ),
    ("raw, no FTS update trigger", ("DROP TRIGGER experiments_au",), ()),
    ("raw, no FTS nor field_history trigger", ("DROP TRIGGER experiments_field_history",), ()),
)


class Measured:
    """The seconds and file-system operations of repeated runs of one action."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.seconds: list[float] = []
        self.ops: list[Counter[str]] = []
        self.files: list[Counter[str]] = []

    def run(
        self,
        control: FuseControl,
        action: Callable[[int], object],
        repeat: int,
        *,
        warm_up: bool = True,
    ) -> None:
        """Run `action(i)` `repeat` times (after one unmeasured run), timing each and counting
        its operations."""
        if warm_up:
            action(-1)
        for i in range(repeat):
            control.reset()
            start = time.perf_counter()
            action(i)
            self.seconds.append(time.perf_counter() - start)
            _add_ops(self, control.stats())

    @property
    def median(self) -> float:
        """Return the median seconds of one run."""
        return statistics.median(self.seconds)

    @property
    def worst(self) -> float:
        """Return the seconds of the slowest run."""
        return max(self.seconds)

    @property
    def median_ops(self) -> float:
        """Return the median number of file-system operations of one run."""
        return statistics.median(sum(c.values()) for c in self.ops)

    def median_slow_ops(self, latency_ops: list[str] | None) -> float:
        """Return the median number of operations of one run that carry the latency."""
        return statistics.median(
            sum(n for kind, n in c.items() if latency_ops is None or kind in latency_ops)
            for c in self.ops
        )

    def per_kind(self) -> dict[str, float]:
        """Return the median count of each kind of operation per run (a typical run)."""
        return _medians(self.ops)

    def per_file(self) -> dict[str, float]:
        """Return the median count of operations on each file name per run."""
        return _medians(self.files)


def _medians(runs: list[Counter[str]]) -> dict[str, float]:
    """Return the median of each key's count over the runs (0 where a run lacks it)."""
    keys = set().union(*runs)
    return {key: statistics.median(run.get(key, 0) for run in runs) for key in keys}


def _add_ops(row: Measured, stats: dict) -> None:
    """Add a run's operation counts (from control.stats()) to a row measured by hand."""
    row.ops.append(Counter(stats["counts"]))
    row.files.append(
        Counter({name: sum(kinds.values()) for name, kinds in stats["by_file"].items()})
    )


def raw_save(path: Path, experiment_id: str, *pragmas: str) -> Callable[[int], object]:
    """Return an action that does the store's UPDATE with plain sqlite3 in its own transaction.

    The connection is opened once (like the store's); `pragmas` are run on it first.
    """
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    for pragma in pragmas:
        conn.execute(pragma).fetchall()

    def save(i: int) -> None:
        conn.execute("BEGIN")
        conn.execute(_UPDATE, [f"Mål (rå) {i}", now_iso(), "bench", experiment_id])
        conn.execute("COMMIT")

    save.conn = conn  # type: ignore[attr-defined]
    return save


def report(rows: list[Measured], latency_ms: float, latency_ops: list[str] | None) -> None:
    """Print median and worst ms, operations per run and the floor the latency alone sets
    (the operations that carry the latency, times the latency)."""
    print(f"{'action':<46} {'median ms':>9} {'max ms':>7} {'ops/run':>7} {'floor ms':>9}")
    for row in rows:
        floor = row.median_slow_ops(latency_ops) * latency_ms
        print(
            f"{row.name:<46} {row.median * 1000:>9.0f} {row.worst * 1000:>7.0f} "
            f"{row.median_ops:>7.0f} {floor:>9.0f}"
        )


def breakdown(app: Measured, raw: Measured, latency_ms: float) -> None:
    """Print the operations per save by kind, app against raw, and what the difference costs."""
    a, r = app.per_kind(), raw.per_kind()
    print(f"\n{'operation (median)':<18} {'app/save':>8} {'raw/save':>8} {'extra ms':>8}")
    for kind in sorted(set(a) | set(r), key=lambda k: -a.get(k, 0)):
        extra = (a.get(kind, 0) - r.get(kind, 0)) * latency_ms
        print(f"{kind:<18} {a.get(kind, 0):>8.1f} {r.get(kind, 0):>8.1f} {extra:>8.0f}")
    a, r = app.per_file(), raw.per_file()
    print(f"\n{'file (median ops)':<32} {'app/save':>8} {'raw/save':>8}")
    for name in sorted(set(a) | set(r), key=lambda k: -a.get(k, 0)):
        print(f"{name:<32} {a.get(name, 0):>8.1f} {r.get(name, 0):>8.1f}")


def main() -> None:
    """Mount, write the demo through the mount, time app and raw saves, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--latency", type=float, default=20.0, help="ms per operation")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--attr-timeout",
        type=float,
        default=1.0,
        help="s the kernel caches attributes (0: every stat reaches the share)",
    )
    parser.add_argument(
        "--latency-ops",
        default="",
        help="comma-separated operations that get the latency (default: all); "
        "e.g. all but read,write models a client that caches file data",
    )
    parser.add_argument("--variant-repeat", type=int, default=10)
    parser.add_argument("--no-variants", action="store_true", help="skip the raw variants")
    args = parser.parse_args()

    latency_ops = [op for op in args.latency_ops.split(",") if op] or None
    reason = fuse_available()
    if reason is not None:
        sys.exit(f"cannot bench: {reason}")
    with (
        tempfile.TemporaryDirectory(prefix="fkbench-") as backing,
        mounted(
            Path(backing), args.latency, attr_timeout=args.attr_timeout, latency_ops=latency_ops
        ) as mount,
    ):
        control = control_for(mount)
        path = mount / "demo.fkdb"
        print(
            f"latency {args.latency:g} ms per operation "
            f"({', '.join(latency_ops) if latency_ops else 'all operations'}), attr/entry "
            f"cache {args.attr_timeout:g} s, {args.repeat} saves each "
            f"({args.variant_repeat} per raw variant)\n"
        )

        setup = Measured("write_demo through the mount")
        setup.run(control, lambda _i: write_demo(path).close(), 1, warm_up=False)
        opening = Measured("Store.open")
        stores: list[Store] = []
        opening.run(control, lambda _i: stores.append(Store.open(path)), 1, warm_up=False)
        store = stores[0]
        experiment_id = store.records.all(Experiment)[0].id

        app = Measured("app: store.records.update(Experiment, goals=...)")
        app.run(
            control,
            lambda i: store.records.update(Experiment, experiment_id, goals=f"Mål {i}"),
            args.repeat,
        )
        check = Measured("  of which: check before the transaction")
        check.run(control, lambda _i: store._check_still_ours(), args.repeat)
        lock_read = Measured("    lock file read (LockFile.still_ours)")
        lock_read.run(control, lambda _i: store._lock.still_ours(), args.repeat)
        identity = Measured("    identity os.stat of the file")
        identity.run(control, lambda _i: path.stat(), args.repeat)
        closing = Measured("Store.close (backup of the changed file)")
        closing.run(control, lambda _i: store.close(), 1, warm_up=False)

        # The same edit in a store working on a local copy (what the program does on a network
        # drive): the save is the local commit and the check; the write-back runs behind it.
        local = Store.open(path, working_copy=True)
        saved = Measured("app, working copy: store.update (the save)")
        behind = Measured("  written back to the share (save to commit there)")
        local.records.update(Experiment, experiment_id, goals="Mål (opvarmning)")
        local.wait_written()
        for i in range(args.repeat):
            control.reset()
            start = time.perf_counter()
            local.records.update(Experiment, experiment_id, goals=f"Mål (kopi) {i}")
            saved.seconds.append(time.perf_counter() - start)
            _add_ops(saved, control.stats())  # may include the write-back's first operations
            assert local.wait_written(60), local.write_back_error
            behind.seconds.append(time.perf_counter() - start)
            _add_ops(behind, control.stats())
        local.close()

        raw = Measured("raw sqlite3: BEGIN; UPDATE; COMMIT")
        save = raw_save(path, experiment_id)
        raw.run(control, save, args.repeat)
        save.conn.close()
        rows = [setup, opening, app, check, lock_read, identity, closing, saved, behind, raw]

        if not args.no_variants:
            for label, setup_sql, teardown_sql in VARIANTS:
                variant = Measured(label)
                save = raw_save(path, experiment_id, *setup_sql)
                variant.run(control, save, args.variant_repeat)
                with contextlib.closing(save.conn):
                    for sql in (*teardown_sql, "PRAGMA journal_mode=DELETE"):
                        save.conn.execute(sql).fetchall()
                rows.append(variant)

        report(rows, args.latency, latency_ops)
        breakdown(app, raw, args.latency)
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    ratio = app.median / raw.median
    verdict = "meets" if saved.median < GOAL_SECONDS else "misses"
    print(
        f"\ndirect on the share: app median {app.median * 1000:.0f} ms, raw median "
        f"{raw.median * 1000:.0f} ms, ratio app/raw {ratio:.2f}"
    )
    print(
        f"working copy (the program's way on a network drive): save median "
        f"{saved.median * 1000:.0f} ms (max {saved.worst * 1000:.0f}), in the shared file "
        f"after {behind.median * 1000:.0f} ms; the save {verdict} the goal of "
        f"{GOAL_SECONDS * 1000:.0f} ms per saved edit at {args.latency:g} ms"
    )


if __name__ == "__main__":
    main()
