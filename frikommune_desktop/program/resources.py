"""Finding and reading the data files shipped in resources/ (source tree, wheel or frozen)."""

from __future__ import annotations

import csv
import functools
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ResourceError

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def resources_dir() -> Path:
    """Return the folder holding the shipped data files, wherever the program runs from."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates += [_PACKAGE_DIR / "resources", _PACKAGE_DIR.parent / "resources"]
    for candidate in candidates:
        if (candidate / "kommuner.csv").is_file():
            return candidate
    raise ResourceError(
        "Programmets datafiler (resources) blev ikke fundet; installationen er ufuldstændig."
    )


def resource_path(name: str) -> Path:
    """Return the path of one shipped data file, or raise a clear error if it is missing."""
    path = resources_dir() / name
    if not path.exists():
        raise ResourceError(f"Datafilen '{name}' mangler i programmets installation ({path}).")
    return path


def read_json_resource(name: str) -> Any:
    """Return the parsed content of a shipped JSON file."""
    path = resource_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ResourceError(f"Datafilen '{name}' kan ikke læses: {exc}") from exc


#: The user guide shown by Hjælp → Brugervejledning (F1), in HTML.
GUIDE = "guide/brugervejledning.html"


def guide_html() -> str:
    """Return the shipped Danish user guide as HTML."""
    path = resource_path(GUIDE)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise ResourceError(f"Datafilen '{GUIDE}' kan ikke læses: {exc}") from exc


@dataclass(frozen=True)
class OfficialMunicipality:
    """A municipality as listed officially: kommunekode, name, region."""

    code: str
    name: str
    region: str


@functools.cache
def official_municipalities() -> tuple[OfficialMunicipality, ...]:
    """Return the 98 municipalities from resources/kommuner.csv, in code order."""
    path = resource_path("kommuner.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    result = tuple(
        OfficialMunicipality(row["kommunekode"].strip(), row["navn"].strip(), row["region"].strip())
        for row in rows
    )
    if len(result) != 98 or len({m.code for m in result}) != 98:
        raise ResourceError(f"kommuner.csv skal have 98 forskellige kommuner, har {len(result)}.")
    return result


@dataclass(frozen=True)
class CatalogCitation:
    """A number and date under which a catalog law was published: 'LBK nr. 988 af 9/8 2017'."""

    kind: str  # 'LBK' (consolidated act), 'LOV' (act), 'BEK' (executive order)
    number: str
    date: str  # ISO date
    uncertain: bool = False  # the number or date was not checked against Retsinformation


@dataclass(frozen=True)
class CatalogLaw:
    """One entry of the shipped law catalog."""

    key: str
    kind: str
    title: str
    short_name: str
    abbreviation: str
    aliases: tuple[str, ...]
    issued_under: str = ""  # an executive order's act (its catalog key), '' if none or unknown
    citations: tuple[CatalogCitation, ...] = ()


@functools.cache
def law_catalog() -> tuple[CatalogLaw, ...]:
    """Return the law catalog from resources/laws.json."""
    data = read_json_resource("laws.json")
    try:
        return tuple(
            CatalogLaw(
                key=entry["id"],
                kind=entry["kind"],
                title=entry["title"],
                short_name=entry["short_name"],
                abbreviation=entry["abbreviation"],
                aliases=tuple(entry.get("aliases", ())),
                issued_under=entry.get("issued_under", ""),
                citations=tuple(
                    CatalogCitation(
                        kind=item["kind"],
                        number=item["number"],
                        date=item["date"],
                        uncertain=bool(item.get("uncertain", False)),
                    )
                    for item in entry.get("citations", ())
                ),
            )
            for entry in data["laws"]
        )
    except (KeyError, TypeError) as exc:
        raise ResourceError(f"laws.json har en ugyldig post: mangler {exc}") from exc
