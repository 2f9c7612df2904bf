"""Measuring the Word importer on the second corpus, which the parser was not tuned on.

tests/fixtures/applications_unseen/ holds 20 Word documents (22 applications) written by one
helper and annotated blind by another (ANNOTATION_RULES.md, DISAGREEMENTS.md there). The code
was never tuned on them: nobody working on the parser reads them. Besides the fields the seen
corpus scores, this one scores each of the five sections "in its place" (the section's text
starts with the eight words the annotation gives, whatever its heading), and, as the seen
corpus does, splits references by where they stand: the applicant's own prose or quoted
statute text.
`python -m tests.applications.unseen_corpus` prints the figures README reports.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from frikommune_desktop.applications.parser import ApplicationParser, ParsedApplication
from frikommune_desktop.model import SECTION_FIELDS
from frikommune_desktop.program.resources import official_municipalities
from tests.applications.corpus import FIELDS, Score, observed, print_report, wanted

UNSEEN_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "applications_unseen"
UNSEEN_FIELDS = FIELDS


def unseen_expected() -> list[dict]:
    """Return the adjudicated expected results of the unseen corpus, in order."""
    return json.loads((UNSEEN_DIR / "expected.json").read_text(encoding="utf-8"))


def _words(text: str, count: int) -> list[str]:
    """Return the first `count` words of a text, case-folded, without punctuation."""
    return re.findall(r"\w+", text.casefold())[:count]


def sections_in_place(app: ParsedApplication | None, item: dict) -> tuple[list, list]:
    """Return (found, expected) section numbers; a found section that starts with the words
    the annotation gives for it counts as its own number, any other as a miss."""
    expected = [number for number, opening in item["sections"].items() if opening]
    found: list[str] = []
    if app is not None:
        for number, name in enumerate(SECTION_FIELDS, start=1):
            text = app.sections.get(name, "").strip()
            if not text:
                continue
            opening = item["sections"].get(str(number)) or ""
            words = _words(opening, 8)
            found.append(str(number) if words and _words(text, len(words)) == words else "-")
    return found, expected


def measure_unseen() -> tuple[dict[str, Score], list[tuple[int, str, list, list]]]:
    """Import every document of the unseen corpus and score every field."""
    parser = ApplicationParser()
    names = {m.code: m.name for m in official_municipalities()}
    scores = {name: Score() for name in UNSEEN_FIELDS}
    misses: list[tuple[int, str, list, list]] = []
    items = unseen_expected()
    for file in sorted({item["file"] for item in items}):
        apps = parser.parse_file(UNSEEN_DIR / file)
        mine = [item for item in items if item["file"] == file]
        for position, item in enumerate(mine):
            app = apps[position] if len(apps) == len(mine) else None
            got = observed(app, names) if app else {name: [] for name in FIELDS}
            want = wanted(item)
            got["sections"], want["sections"] = sections_in_place(app, item)
            for name in UNSEEN_FIELDS:
                scores[name].add(got[name], want[name])
                if sorted(map(str, got[name])) != sorted(map(str, want[name])):
                    extra = [x for x in got[name] if x not in want[name]]
                    missing = [x for x in want[name] if x not in got[name]]
                    misses.append((item["number"], name, extra, missing))
    return scores, misses


def main() -> None:
    """Measure the unseen corpus and print its report."""
    print_report(*measure_unseen())


if __name__ == "__main__":
    main()
