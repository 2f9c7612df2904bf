"""Bench: importing 98 filled municipality spreadsheets (about 10,000 rows) in one step.

Run on purpose: `.venv/bin/python bench/bench_import.py`. The same 98 .xlsx files are read
by the importer (open safely, read, normalise, plan, store in one transaction) and by raw
openpyxl in read-only mode iterating every row of every sheet, in the same run, taking
turns. Prints
the median and best wall-clock seconds and the median CPU seconds of each, with the ratio
importer / raw for each (goal: at most 1.5).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import openpyxl

from frikommune_desktop.model import Experiment, Network
from frikommune_desktop.program.resources import law_catalog, official_municipalities
from frikommune_desktop.sheets.importer import import_spreadsheets
from frikommune_desktop.sheets.layout import CONTACTS, LEGAL_BASIS, MUNICIPALITY, PARTICIPATION
from frikommune_desktop.store import Store

EXPERIMENTS = 60
PARTICIPATION_ROWS = 50
LEGAL_ROWS = 50
WORDS = (
    "borgere",
    "kommunen",
    "boliger",
    "midlertidig",
    "indsats",
    "støtte",
    "fleksibel",
    "hjemmel",
    "målgruppe",
    "sagsbehandling",
    "uddannelse",
    "beskæftigelse",
)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def write_network(path: Path, titles: list[str]) -> None:
    """Write the network file the spreadsheets are imported into: experiments, no members."""
    with Store.create(path, Network(name="Bench-netværk")) as store:
        store.records.add_many(
            Experiment(number=i + 1, title=title) for i, title in enumerate(titles)
        )


def write_workbooks(folder: Path, titles: list[str], seed: int = 2016) -> list[Path]:
    """Write one filled spreadsheet per municipality (98), in the template's layout."""
    rng = random.Random(seed)
    laws = [law.short_name for law in law_catalog() if law.kind == "lov"]
    paths = []
    for municipality in official_municipalities():
        workbook = openpyxl.Workbook()
        workbook.remove(workbook.active)
        sheet = workbook.create_sheet(MUNICIPALITY.name)
        sheet.append(MUNICIPALITY.headers)
        sheet.append([int(municipality.code), f"{municipality.name} Kommune"])
        sheet = workbook.create_sheet(CONTACTS.name)
        sheet.append(CONTACTS.headers)
        for i in range(2):
            sheet.append(
                [
                    f"Kontakt {i} {municipality.name}",
                    "Konsulent",
                    "Faglig kontaktperson",
                    f"{rng.randrange(20_00_00_00, 99_99_99_99)}",
                    f"k{i}.{municipality.code}@kommune.dk",
                ]
            )
        sheet = workbook.create_sheet(PARTICIPATION.name)
        sheet.append(PARTICIPATION.headers)
        for title in rng.sample(titles, PARTICIPATION_ROWS):
            sheet.append(
                [
                    title,
                    "Ja",
                    rng.choice(["", "Med forbehold for byrådets godkendelse"]),
                    "Socialudvalget",
                    "1. december 2016",
                    rng.choice(["Afventer", "Godkendt"]),
                ]
            )
        sheet = workbook.create_sheet(LEGAL_BASIS.name)
        sheet.append(LEGAL_BASIS.headers)
        for _ in range(LEGAL_ROWS):
            sheet.append(
                [
                    rng.choice(titles),
                    rng.choice(laws),
                    f"§ {rng.randint(1, 200)}",
                    _text(rng, 30),
                    _text(rng, 50),
                    "Fritagelse",
                ]
            )
        path = folder / f"{municipality.code}.xlsx"
        workbook.save(path)
        paths.append(path)
    return paths


def raw_read(paths: list[Path]) -> int:
    """Iterate every row of every sheet with openpyxl read-only; return the rows seen."""
    rows = 0
    for path in paths:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        for sheet in workbook.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                rows += 1
        workbook.close()
    return rows


class Timings(NamedTuple):
    """A job's wall-clock median and minimum, and its median CPU time, in seconds."""

    median: float
    best: float
    cpu: float


def timings(jobs: dict[str, Callable[[], object]], repeat: int) -> dict[str, Timings]:
    """Return each job's timings over `repeat` rounds that run the jobs in turn.

    Taking turns spreads the machine's load changes evenly over the jobs compared; the CPU
    time (this process's) leaves out waiting for the disk and for other programs.
    """
    wall: dict[str, list[float]] = {name: [] for name in jobs}
    cpu: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            job()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return {
        name: Timings(statistics.median(wall[name]), min(wall[name]), statistics.median(cpu[name]))
        for name in jobs
    }


def main() -> None:
    """Write the files, time the importer and raw openpyxl, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(1)
    titles = [f"Forsøg {i + 1}: {_text(rng, 6)}" for i in range(EXPERIMENTS)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FRIKOMMUNE_DATA_DIR"] = str(folder / "userdata")
        base = folder / "base.fkdb"
        write_network(base, titles)
        paths = write_workbooks(folder, titles)
        rows = raw_read(paths)
        target = folder / "target.fkdb"
        added = []

        def ours() -> None:
            shutil.copy(base, target)
            with Store.open(target) as store:
                plan = import_spreadsheets(store, paths)
            added.append(len(plan.edit.adds))

        def planned_only() -> None:
            with Store.open(base, readonly=True) as store:
                import_spreadsheets(store, paths, dry_run=True)

        t = timings(
            {"raw": lambda: raw_read(paths), "ours": ours, "dry": planned_only}, args.repeat
        )
    raw = t["raw"]
    print(f"{len(paths)} spreadsheets, {rows} rows in all ({added[-1]} records added per run)")
    print(f"{'':42} {'median':>7} {'ratio':>6} {'best':>7} {'ratio':>6} {'CPU':>7} {'ratio':>6}")
    for label, row in (
        ("raw openpyxl read-only iteration", raw),
        ("import (open, read, check, plan, store)", t["ours"]),
        ("  without storing (--dry-run)", t["dry"]),
    ):
        print(
            f"{label:42} {row.median:6.2f}s {row.median / raw.median:6.2f} "
            f"{row.best:6.2f}s {row.best / raw.best:6.2f} "
            f"{row.cpu:6.2f}s {row.cpu / raw.cpu:6.2f}"
        )
    print(
        "goal: import <= 1.5 x raw. The import's storing waits for the disk (fsync of the "
        "file); the CPU column leaves that and other programs' load out."
    )


if __name__ == "__main__":
    main()
