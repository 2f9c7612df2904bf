"""Bench: the round bundle of the bench file (1,000 experiments) against raw reportlab.

Run on purpose: `.venv/bin/python bench/bench_export.py`. All 1,000 experiments of the bench
network are put in the round 2016-12-01. Timed, taking turns, in the same run:

- ours: `ansoegningspakke.pdf` from the open file: gather the round from SQLite, write the
  letter texts, lay out the story with 'Side X af Y' footers, outline and metadata, and write
  it whole (staged file);
- raw: reportlab platypus making the same story (the same paragraphs and tables, from the
  round already in memory) and `SimpleDocTemplate.build` of it: plain pages, no footers,
  outline or metadata. What counts against us is reading the file, the words of the letters,
  fitting over-tall rows, the footers, the outline and the whole-or-nothing write.

Prints the medians, the ratio ours / raw (goal: at most 1.3), the whole export (all five
files) for information, and the peak memory (tracemalloc, in separate untimed runs).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from largefile import write_large_network
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from frikommune_desktop.db.schema import reference_id
from frikommune_desktop.exports.content import round_content
from frikommune_desktop.exports.letter import cover_letter, participation_table
from frikommune_desktop.exports.pdf_layout import MARGIN, build_pdf, styles
from frikommune_desktop.exports.pdf_story import bundle_story
from frikommune_desktop.exports.round_export import export_round
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

ROUND = "2016-12-01"


def prepare(path: Path, members: int, experiments: int) -> None:
    """Write the bench network with every experiment in the first round and `members` members."""
    sizes = {"experiments": experiments, "legal_rows": experiments * 10}
    with write_large_network(path, **sizes) as store, store.transaction():
        round_id = reference_id("round", ROUND)
        for (experiment_id,) in store.records.values(Experiment, "id"):
            store.records.update(Experiment, experiment_id, round_id=round_id)
        for municipality in store.records.members()[members:]:
            store.records.set_member(municipality.code, member=False)


def medians(jobs: dict[str, Callable[[], float | None]], repeat: int) -> dict[str, float]:
    """Return each job's median seconds over `repeat` rounds in which the jobs take turns.

    A job may return the seconds of the part it wants timed; otherwise the whole call counts.
    """
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(repeat):
        for name, job in jobs.items():
            start = time.perf_counter()
            timed = job()
            times[name].append(timed if timed is not None else time.perf_counter() - start)
    return {name: statistics.median(seconds) for name, seconds in times.items()}


def peak_mib(job: Callable[[], object]) -> float:
    """Return the peak traced Python memory of one run of a job, in MiB."""
    tracemalloc.start()
    job()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    """Write the bench file, time ours and raw reportlab, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--experiments", type=int, default=1000)
    parser.add_argument(
        "--members", type=int, default=10, help="member municipalities (a real network has 2–10)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["FRIKOMMUNE_DATA_DIR"] = str(folder / "userdata")
        path = folder / "bench.fkdb"
        prepare(path, args.members, args.experiments)
        with Store.open(path, readonly=True) as store:
            content = round_content(store, ROUND)

            def ours() -> None:
                gathered = round_content(store, ROUND)
                letter = cover_letter(gathered)
                story = bundle_story(
                    letter,
                    participation_table(gathered),
                    gathered.network.name,
                    gathered.applications,
                    styles(),
                )
                build_pdf(
                    folder / "ours.pdf",
                    story,
                    title="Ansøgninger",
                    author=letter.author,
                    footer=gathered.network.name,
                )

            def raw() -> float:
                start = time.perf_counter()
                letter = cover_letter(content)
                story = bundle_story(
                    letter,
                    participation_table(content),
                    content.network.name,
                    content.applications,
                    styles(),
                )
                SimpleDocTemplate(
                    str(folder / "raw.pdf"),
                    pagesize=A4,
                    leftMargin=MARGIN,
                    rightMargin=MARGIN,
                    topMargin=MARGIN,
                ).build(story)
                return time.perf_counter() - start

            times = medians({"raw": raw, "ours": ours}, args.repeat)
            start = time.perf_counter()
            export_round(store, ROUND, folder / "all")
            whole = time.perf_counter() - start
            ours_peak, raw_peak = peak_mib(ours), peak_mib(raw)
        pages = (folder / "ours.pdf").read_bytes().count(b"/Type /Page\n")
        size = (folder / "ours.pdf").stat().st_size / 2**20
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{len(content.applications)} applications, {args.members} members, {pages} pages, "
        f"{size:.1f} MiB PDF"
    )
    print(f"raw reportlab platypus, same story: {times['raw']:.2f} s  peak {raw_peak:.0f} MiB")
    print(
        f"ours (file → ansoegningspakke.pdf): {times['ours']:.2f} s  peak {ours_peak:.0f} MiB"
        f"  ratio {times['ours'] / times['raw']:.2f} (goal <= 1.3)"
    )
    print(f"whole export (all five files):      {whole:.2f} s")
    print(f"process peak resident memory:       {rss:.0f} MiB")


if __name__ == "__main__":
    main()
