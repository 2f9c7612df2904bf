"""Measuring the Word importer on the 26 real applications: precision and recall per field.

The expected results (tests/fixtures/applications/expected_*.json) were written by hand
from the reference text; the documents are generated from the same text by docx_fixtures.
"sections" holds the first six words of each section's first paragraph of prose, taken from the
source text under each template heading: a section is in its place when its text opens so.
`python -m tests.applications.corpus` prints the figures README reports.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from frikommune_desktop.applications.parser import ApplicationParser, ParsedApplication
from frikommune_desktop.program.resources import official_municipalities
from tests.applications.docx_fixtures import (
    DocStyle,
    source_applications,
    write_application_docx,
)
from tests.conftest import REFERENCE_DIR

EXPECTED_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "applications"
FIELDS = (
    "references",
    "references_prose",
    "references_quoted",
    "legal_rows",
    "title",
    "network",
    "municipalities",
    "reserved",
    "contacts",
    "date",
    "sections",
)

#: Where a reference stands: the applicant's own prose, or statute text the application quotes
#: (an expected reference without "where" is prose).
WHERE = ("prose", "quoted")


def expected_applications() -> list[dict]:
    """Return the 26 hand-made expected results, in order."""
    items = [
        item
        for path in sorted(EXPECTED_DIR.glob("expected_*.json"))
        for item in json.loads(path.read_text(encoding="utf-8"))
    ]
    return sorted(items, key=lambda item: item["number"])


@dataclass
class Score:
    """Counts for one field: true positives, found, expected."""

    hits: int = 0
    found: int = 0
    expected: int = 0

    def add(self, found: Iterable[object], expected: Iterable[object]) -> None:
        """Count one application's found and expected items (as multisets)."""
        found, expected = list(found), list(expected)
        rest = list(expected)
        for item in found:
            if item in rest:
                rest.remove(item)
                self.hits += 1
        self.found += len(found)
        self.expected += len(expected)

    @property
    def precision(self) -> float:
        """Return the share of found items that were expected (1.0 if nothing was found)."""
        return self.hits / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        """Return the share of expected items that were found (1.0 if none were expected)."""
        return self.hits / self.expected if self.expected else 1.0


def _phone(text: str) -> str:
    """Return a phone number as its last 8 digits (country codes ignored)."""
    return re.sub(r"\D", "", text)[-8:]


def _person(person: object | None) -> tuple[str, str, str] | None:
    """Return a contact as (name, phone, email) for comparison."""
    if person is None:
        return None
    if isinstance(person, dict):
        name, phone, email = person["name"], person["phone"], person["email"]
    else:
        name, phone, email = person.name, person.phone, person.email
    if not name:
        return None
    return (name.casefold(), _phone(phone), email.casefold())


def opening(text: str) -> str:
    """Return the first six words of a section's first paragraph of prose (tables skipped)."""
    for paragraph in text.split("\n\n"):
        if " | " not in paragraph:
            return " ".join(re.findall(r"\w+", paragraph.removeprefix("- ").casefold())[:6])
    return ""


def observed(app: ParsedApplication, names: dict[str, str]) -> dict[str, list]:
    """Return what the importer read, in the comparison form of each field."""
    return {
        "references": [(r.law, r.provision) for r in app.references],
        **{
            f"references_{where}": [
                (r.law, r.provision) for r in app.references if r.where == where
            ]
            for where in WHERE
        },
        "legal_rows": [(row.law.abbreviation, row.reference.provision) for row in app.legal_rows],
        "title": [app.title] if app.title else [],
        "network": [app.network] if app.network else [],
        "municipalities": sorted(names[code] for code in app.municipalities),
        "reserved": sorted(names[code] for code in app.reservations),
        "contacts": [p for p in (_person(app.subject_contact), _person(app.coordinator)) if p],
        "date": [app.date] if app.date else [],
        "sections": [(name, opening(text)) for name, text in app.sections.items() if opening(text)],
    }


def wanted(item: dict) -> dict[str, list]:
    """Return the expected result in the comparison form of each field."""
    return {
        "references": [(r["law"], r["provision"]) for r in item["references"]],
        **{
            f"references_{where}": [
                (r["law"], r["provision"])
                for r in item["references"]
                if r.get("where", "prose") == where
            ]
            for where in WHERE
        },
        "legal_rows": [(r["law"], r["provision"]) for r in item["legal_rows"]],
        "title": [item["title"]] if item["title"] else [],
        "network": [item["network"]] if item["network"] else [],
        "municipalities": sorted(item["municipalities"]),
        "reserved": sorted(item["reserved"]),
        "contacts": [
            p for p in (_person(item["subject_contact"]), _person(item["coordinator"])) if p
        ],
        "date": [item["date"]] if item["date"] else [],
        "sections": [(name, words) for name, words in item["sections"].items() if words],
    }


def measure(
    folder: Path, style: DocStyle | None = None
) -> tuple[dict[str, Score], list[tuple[int, str, list, list]]]:
    """Write the 26 documents into folder (in `style`), import each, and score every field."""
    parser = ApplicationParser()
    names = {m.code: m.name for m in official_municipalities()}
    sources = source_applications(REFERENCE_DIR)
    scores = {name: Score() for name in FIELDS}
    misses: list[tuple[int, str, list, list]] = []
    for source, item in zip(sources, expected_applications(), strict=True):
        path = folder / f"ansoegning_{source.number:02}.docx"
        write_application_docx([source], path, style=style or DocStyle())
        apps = parser.parse_file(path)
        got = observed(apps[0], names) if len(apps) == 1 else {name: [] for name in FIELDS}
        want = wanted(item)
        for name in FIELDS:
            scores[name].add(got[name], want[name])
            if sorted(map(str, got[name])) != sorted(map(str, want[name])):
                extra = [x for x in got[name] if x not in want[name]]
                missing = [x for x in want[name] if x not in got[name]]
                misses.append((source.number, name, extra, missing))
    return scores, misses


def print_report(scores: dict[str, Score], misses: list[tuple[int, str, list, list]]) -> None:
    """Print the precision and recall of every field, and (with -v) every difference."""
    print("| field | found | expected | precision | recall |\n|---|---|---|---|---|")
    for name, score in scores.items():
        print(
            f"| {name} | {score.found} | {score.expected} | {score.precision:.1%} "
            f"| {score.recall:.1%} |"
        )
    if "-v" in sys.argv:
        for number, name, extra, missing in misses:
            print(f"{number:2} {name}: extra {extra} missing {missing}")


def main() -> None:
    """Measure the seen corpus and print its report."""
    with tempfile.TemporaryDirectory() as folder:
        print_report(*measure(Path(folder)))


if __name__ == "__main__":
    main()
