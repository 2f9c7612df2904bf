"""Bench: bulk insert and dump of the large network file, against raw sqlite3 in the same run.

Run on purpose: `.venv/bin/python bench/bench_store.py`. Prints seconds and the ratio
store / raw (1.0 = as fast as the raw library; higher = slower).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from largefile import large_records

from frikommune_desktop.db.schema import DATA_TABLES
from frikommune_desktop.model import Municipality, Network, Record
from frikommune_desktop.queries.dump import dump_network
from frikommune_desktop.store import Store


def timed(fn: Callable[[], float | None], repeat: int) -> tuple[float, float]:
    """Return the median seconds of `repeat` runs and the peak traced memory (MiB) of one more.

    `fn` may return the seconds of the part it wants timed; otherwise the whole call counts.
    Memory is traced in a separate run, so tracing does not distort the times.
    """
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        inner = fn()
        times.append(inner if isinstance(inner, float) else time.perf_counter() - start)
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return statistics.median(times), peak / 2**20


def raw_rows(records: list[Record]) -> dict[str, list[dict]]:
    """Return the records as the plain row dicts a raw sqlite3 program would start from."""
    stamp = "2026-01-01T00:00:00+00:00"
    by_table: dict[str, list[dict]] = defaultdict(list)
    for record in records:
        row = record.to_row()
        row.update(
            id=row["id"] or str(uuid.uuid4()),
            created_at=stamp,
            modified_at=stamp,
            modified_by="bench",
        )
        by_table[record.TABLE].append(row)
    return by_table


def store_insert(template: Path, target: Path, records: list[Record]) -> float:
    """Insert the rows through the store into a copy of an empty file; return the seconds.

    Timed: open, mark the 98 members and add_many, as the program does. Not timed: the
    automatic backup that closing a changed file makes (reported separately).
    """
    shutil.copyfile(template, target)
    start = time.perf_counter()
    store = Store.open(target)
    with store.transaction():
        for municipality in store.records.all(Municipality):
            store.records.set_member(municipality.code)
        store.records.add_many(records)
    elapsed = time.perf_counter() - start
    store.close()
    return elapsed


def raw_insert(template: Path, target: Path, by_table: dict[str, list[dict]]) -> None:
    """Insert the same rows with plain sqlite3.executemany into a copy of an empty file."""
    shutil.copyfile(template, target)
    conn = sqlite3.connect(target)
    with conn:
        conn.execute("UPDATE municipalities SET member = 1")
        for table in DATA_TABLES:
            rows = by_table.get(table)
            if rows:
                cols = list(rows[0])
                sql = (
                    f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
                )
                conn.executemany(sql, [tuple(r[c] for c in cols) for r in rows])
    conn.close()


def store_backup(path: Path) -> float:
    """Return the seconds of one automatic backup of the file through the store."""
    with Store.open(path, readonly=True) as store:
        start = time.perf_counter()
        store.backup("bench")
        return time.perf_counter() - start


def raw_copy(path: Path, target: Path) -> None:
    """Copy the file with the raw sqlite3 backup API, as the baseline for backups."""
    source, destination = sqlite3.connect(path), sqlite3.connect(target)
    source.backup(destination)
    source.close()
    destination.close()


def raw_dump(path: Path) -> str:
    """Read every table with plain sqlite3, nest per experiment and serialise to JSON."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    tables = {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t}")] for t in DATA_TABLES}
    conn.close()
    parts, legal = defaultdict(list), defaultdict(list)
    for row in tables["participations"]:
        parts[row["experiment_id"]].append(row)
    for row in tables["legal_bases"]:
        legal[row["experiment_id"]].append(row)
    for exp in tables["experiments"]:
        exp["participants"], exp["legal_basis"] = parts[exp["id"]], legal[exp["id"]]
    return json.dumps(tables, ensure_ascii=False)


def store_dump(path: Path) -> str:
    """Dump through the store, as `frikommune dump` does."""
    with Store.open(path, readonly=True) as store:
        return json.dumps(dump_network(store), ensure_ascii=False)


def main() -> None:
    """Run the bench and print a table of figures and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--experiments", type=int, default=1000)
    parser.add_argument("--legal-rows", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    records = large_records(experiments=args.experiments, legal_rows=args.legal_rows)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ.setdefault("FRIKOMMUNE_DATA_DIR", str(folder / "userdata"))
        template = folder / "empty.fkdb"
        Store.create(template, Network(name="Bench")).close()
        rows = len(records)
        plain = raw_rows(records)
        results = {
            "bulk insert": (
                timed(lambda: store_insert(template, folder / "store.fkdb", records), args.repeat),
                timed(lambda: raw_insert(template, folder / "raw.fkdb", plain), args.repeat),
            ),
            "dump to JSON": (
                timed(lambda: store_dump(folder / "store.fkdb"), args.repeat),
                timed(lambda: raw_dump(folder / "store.fkdb"), args.repeat),
            ),
            "backup": (
                timed(lambda: store_backup(folder / "store.fkdb"), args.repeat),
                timed(lambda: raw_copy(folder / "store.fkdb", folder / "copy.db"), args.repeat),
            ),
        }
        size = (folder / "store.fkdb").stat().st_size / 2**20
    print(
        f"Large network: {args.experiments} experiments, 98 members, {args.legal_rows} legal "
        f"rows, {rows} rows in all; file {size:.1f} MiB; median of {args.repeat}"
    )
    print(f"{'job':<14}{'store s':>9}{'raw s':>9}{'ratio':>7}{'store MiB':>11}{'raw MiB':>9}")
    for job, ((s_time, s_mem), (r_time, r_mem)) in results.items():
        print(
            f"{job:<14}{s_time:>9.3f}{r_time:>9.3f}{s_time / r_time:>7.2f}"
            f"{s_mem:>11.1f}{r_mem:>9.1f}"
        )


if __name__ == "__main__":
    main()
