"""Two filled-in templates with problems in every sheet, for the every-problem-at-once tests."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from frikommune_desktop.sheets.template import write_template
from frikommune_desktop.store import Store

#: Where each planted problem is: (file, sheet, row, column).
Place = tuple[str, str, int, str]


def _template(store: Store, path: Path, code: str, cells: dict[tuple[str, str], object]) -> Path:
    """Write the network's template for a municipality, then set cells as a municipality would."""
    write_template(path, store, municipality=code)
    workbook = openpyxl.load_workbook(path)
    for (sheet, cell), value in cells.items():
        workbook[sheet][cell] = value
    workbook.save(path)
    return path


def write_broken_sheets(store: Store, folder: Path) -> tuple[list[Path], set[Place]]:
    """Write two templates with problems in every sheet; return them and each problem's place.

    Roskilde's has an unknown municipality, an unknown law, a date that does not exist and bad
    values in the contact and participation sheets; Aarhus's lacks its 'Lov' column and has bad
    values in its other sheets.
    """
    roskilde = _template(
        store,
        folder / "roskilde.xlsx",
        "265",
        {
            ("Kommune", "A2"): None,
            ("Kommune", "B2"): "Roskildeby",
            ("Kontaktpersoner", "A2"): "Eva Hansen",
            ("Kontaktpersoner", "E2"): "eva-ved-roskilde",
            ("Deltagelse", "E2"): "31.02.2017",
            ("Deltagelse", "B3"): "Måske",
            ("Lovgrundlag", "B2"): "Ukendtloven",
        },
    )
    aarhus = _template(
        store,
        folder / "aarhus.xlsx",
        "751",
        {
            ("Deltagelse", "A2"): "Afprøvning af noget helt andet",
            ("Deltagelse", "B2"): "Ja",
            ("Lovgrundlag", "B1"): "Lovens farve",
            ("Lovgrundlag", "F3"): "Noget tredje",
        },
    )
    places = {
        ("roskilde.xlsx", "Kommune", 2, "B"),
        ("roskilde.xlsx", "Kontaktpersoner", 2, "E"),
        ("roskilde.xlsx", "Deltagelse", 2, "E"),
        ("roskilde.xlsx", "Deltagelse", 3, "B"),
        ("roskilde.xlsx", "Lovgrundlag", 2, "B"),
        ("aarhus.xlsx", "Deltagelse", 2, "A"),
        ("aarhus.xlsx", "Lovgrundlag", 3, "F"),
    }
    return [roskilde, aarhus], places
