"""Bench: reading law references takes time linear in the text's length.

Run on purpose: `.venv/bin/python bench/bench_refs_linear.py`. Texts of 1, 2, 4 and 8 MB are
built by repeating the reference applications' prose (../shared/reference) and a few short
repetitive patterns (a law name and provision, a list, a misspelt law name, a range with
parts, 100 KB runs of spaces). Each is read by `find_references` (law names, provisions, the
law of each) and, as the raw baseline in the same run, by Python's `re` scanning the same
text once for law-like words and '§ N' with one plain pattern. The jobs take turns,
`--repeat` times. Prints seconds per MB (the median wall clock, and the best CPU time, which
leaves other programs' load out), the ratio to the raw scan, and the growth of our CPU time
per doubling of the text (2.0 is linear; the quadratic code this replaced gave
about 4, and 20,000 spaces after a '§ 83' alone took 40 s).
"""

from __future__ import annotations

import argparse
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from frikommune_desktop.applications.header_fields import MunicipalityFinder, read_person
from frikommune_desktop.legal.law_names import catalog_names
from frikommune_desktop.legal.references import find_references

MB = 1024 * 1024
SIZES_MB = (1, 2, 4, 8)
REFERENCE_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "reference"
PATTERNS = {
    "law name and provision": "serviceloven § 83 ",
    "a list of provisions": "§§ 1, 2, 3 og 4, ",
    "a misspelt law name": "Serviceovens § 83 ",
    "a range with parts": "§ 65-67, stk. 2, nr. 1, i lov om social service ",
    "long runs of spaces": "§ 83" + " " * 100_000 + "og ",
}
#: The baseline's one plain pattern: law-like words and '§ N'.
RAW = re.compile(r"\b\w*lov\w*\b|§\s*\d+", re.IGNORECASE)


def reference_prose() -> str:
    """Return the reference applications' text, joined."""
    paths = sorted(REFERENCE_DIR.glob("0*.txt"))
    if not paths:
        raise SystemExit(f"The reference applications are missing: {REFERENCE_DIR}")
    return "\n\n".join(path.read_text(encoding="utf-8") for path in paths)


def repeated(unit: str, size: int) -> str:
    """Return the unit repeated to `size` bytes of UTF-8 (cut at a character)."""
    data = unit.encode("utf-8")
    return (data * (size // len(data) + 1))[:size].decode("utf-8", "ignore")


def raw_scan(text: str) -> int:
    """Return how many places the plain pattern finds (the baseline's work)."""
    return len([match.span() for match in RAW.finditer(text)])


def ours(text: str) -> int:
    """Return how many references find_references reads from the text."""
    return len(find_references(text))


def seconds(job: Callable[[str], int], text: str) -> tuple[float, float]:
    """Return the wall-clock and the CPU seconds of one run of a job over the text."""
    start, start_cpu = time.perf_counter(), time.process_time()
    job(text)
    return time.perf_counter() - start, time.process_time() - start_cpu


def bench(name: str, unit: str, repeat: int) -> None:
    """Time ours and raw on the unit repeated to each size; print a table row per size."""
    previous = None
    for size_mb in SIZES_MB:
        text = repeated(unit, size_mb * MB)
        count = ours(text)
        times: dict[str, list[tuple[float, float]]] = {"ours": [], "raw": []}
        for _ in range(repeat):
            times["ours"].append(seconds(ours, text))
            times["raw"].append(seconds(raw_scan, text))
        wall = statistics.median(wall for wall, _cpu in times["ours"])
        mine = min(cpu for _wall, cpu in times["ours"])
        raw = min(cpu for _wall, cpu in times["raw"])
        growth = f"{mine / previous:5.2f}" if previous else "    -"
        print(
            f"{name:24} {size_mb:3} MB {count:9,} {wall / size_mb:7.2f} {mine / size_mb:7.2f} "
            f"{raw / size_mb:7.3f} {mine / raw:6.0f} {growth}",
            flush=True,
        )
        previous = mine


def long_word_contact(repeat: int) -> None:
    """Time reading a contact cell of one long word (the longest a document may hold) against
    a plain regex scan of it: the e-mail search was once cubic in such a word."""
    finder = MunicipalityFinder()
    for letters in (25_000, 50_000, 100_000):
        cell = "Jakob " + "a" * letters + " kafja@aarhus.dk"
        raw = min(
            seconds(lambda text: len(re.findall(r"[\w.+-]+", text)), cell)[1] for _ in range(5)
        )
        mine = min(
            seconds(lambda text: len(read_person(finder, text, [], "Kontakt").email), cell)[1]
            for _ in range(repeat)
        )
        print(f"contact cell, one word of {letters:,} letters: {mine / max(raw, 1e-6):6.0f}x raw")


def main() -> None:
    """Build the texts, time ours and the raw baseline, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    catalog_names()  # the law names' pattern is built once per process, not per text
    print(
        f"{'text':24} {'size':>6} {'refs':>9} {'s/MB':>7} {'CPU/MB':>7} {'raw CPU':>7} "
        f"{'ratio':>6} growth"
    )
    bench("reference applications", reference_prose(), args.repeat)
    for name, unit in PATTERNS.items():
        bench(name, unit, args.repeat)
    long_word_contact(args.repeat)
    print(
        "s/MB: median wall clock; CPU/MB: best CPU time of this process, which leaves other "
        "programs' load out.\ngrowth: our CPU time for this size / for half of it (2.0 is linear). "
        "ratio: our CPU time / the raw re scan's, same text."
    )


if __name__ == "__main__":
    main()
