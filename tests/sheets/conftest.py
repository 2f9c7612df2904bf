"""Fixtures for the spreadsheet tests: real .xlsx files written with openpyxl."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from frikommune_desktop.model import Experiment

#: The demo network's experiment titles, by number.
TITLES = {
    1: "Afprøvning af midlertidige huslejetilskud",
    2: "Afprøvning af midlertidige boligløsninger",
    3: "Midlertidig lejekontrakt",
    4: "Øget fleksibilitet i deleboligordningen (kollektive bofællesskaber).",
    5: "Billigt nybyggeri",
}

Rows = Sequence[Sequence[Any]]


def write_xlsx(
    path: Path, sheets: dict[str, Rows], merges: dict[str, list[str]] | None = None
) -> Path:
    """Write a workbook with the given sheets (rows of values) and merged ranges."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
        for cells in (merges or {}).get(title, []):
            sheet.merge_cells(cells)
    workbook.save(path)
    return path


KOMMUNE_HEADER = ["Kommunekode", "Kommune"]
CONTACT_HEADER = ["Navn", "Titel", "Rolle", "Telefon", "E-mail"]
PARTICIPATION_HEADER = [
    "Forsøg",
    "Deltager (Ja/Nej)",
    "Forbehold",
    "Politisk behandling (udvalg)",
    "Mødedato",
    "Status (Afventer/Godkendt/Afvist)",
]
LEGAL_HEADER = [
    "Forsøg",
    "Lov",
    "Bestemmelse",
    "Paragraffens formål",
    "Begrundelse for fritagelse",
    "Type (Fritagelse/Ændret regelgrundlag/Ny hjemmel)",
]


@pytest.fixture
def sheet_file(tmp_path: Path) -> Callable[..., Path]:
    """Return a function writing a municipality workbook from the sheets it is given.

    Sheets not given get just their header; the Kommune sheet defaults to Roskilde (265).
    """

    def make(
        name: str = "kommune.xlsx",
        *,
        kommune: Rows | None = None,
        contacts: Rows = (),
        participation: Rows = (),
        legal: Rows = (),
        merges: dict[str, list[str]] | None = None,
        raw: dict[str, Rows] | None = None,
    ) -> Path:
        sheets = (
            raw
            if raw is not None
            else {
                "Kommune": kommune if kommune is not None else [KOMMUNE_HEADER, [265, "Roskilde"]],
                "Kontaktpersoner": [CONTACT_HEADER, *contacts],
                "Deltagelse": [PARTICIPATION_HEADER, *participation],
                "Lovgrundlag": [LEGAL_HEADER, *legal],
            }
        )
        return write_xlsx(tmp_path / name, sheets, merges)

    return make


def experiment_id(store: Any, number: int) -> str:
    """Return the id of the demo experiment with this number."""
    return next(e.id for e in store.records.all(Experiment) if e.number == number)
