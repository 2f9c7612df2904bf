"""The participation table as an Excel workbook: content, layout, and text that stays text."""

from __future__ import annotations

import dataclasses
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from frikommune_desktop.exports.content import round_content
from frikommune_desktop.exports.files import ExportError
from frikommune_desktop.exports.letter import ParticipationTable, participation_table
from frikommune_desktop.exports.table_xlsx import write_participation_xlsx
from frikommune_desktop.store import Store

DANGEROUS = ('=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)")


@pytest.fixture
def table(demo_store: Store) -> ParticipationTable:
    """The demo round's participation table."""
    return participation_table(round_content(demo_store, "2016-12-01"))


def _rows(ws) -> list[tuple]:
    return [tuple(cell.value for cell in row) for row in ws.iter_rows()]


def test_table_sheet_reads_back_as_the_table(table: ParticipationTable, tmp_path: Path) -> None:
    """The header and every application row (label, marks, count) read back equal the table."""
    path = write_participation_xlsx(table, tmp_path / "deltagere.xlsx")
    assert path == tmp_path / "deltagere.xlsx"
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Deltagertabel", "Forbehold", "Detaljer"]
    assert workbook.properties.title == table.title
    ws = workbook["Deltagertabel"]
    rows = _rows(ws)
    assert len(table.rows) == 5 and len(table.municipalities) == 6
    assert rows[0] == ("Ansøgning", *table.municipalities, "Antal deltagere")
    assert len(rows) == 1 + len(table.rows)
    for (label, marks), row in zip(table.rows, rows[1:], strict=True):
        assert row[0] == label
        assert tuple(value or "" for value in row[1:-1]) == marks
        assert row[-1] == sum(1 for mark in marks if mark)
        assert isinstance(row[-1], int)
    fifth = next(row for row in rows if row[0] == "5. Ansøgning om byggeri af billige boliger")
    taking_part = {rows[0][i] for i, value in enumerate(fifth[1:-1], start=1) if value}
    assert taking_part == {"Københavns Kommune", "Roskilde Kommune"}
    assert fifth[-1] == 2


def test_table_sheet_is_filterable_frozen_and_printable(
    table: ParticipationTable, tmp_path: Path
) -> None:
    """Autofilter covers exactly the table, panes freeze at B2, print titles and widths are set."""
    ws = load_workbook(write_participation_xlsx(table, tmp_path / "t.xlsx"))["Deltagertabel"]
    assert ws.auto_filter.ref == "A1:H6"  # label + 6 municipalities + count; header + 5 rows
    assert ws.freeze_panes == "B2"
    assert ws.print_title_rows in ("1:1", "$1:$1")
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == str(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1
    widths = [ws.column_dimensions[letter].width for letter in "ABCDEFGH"]
    assert all(width > 13 for width in widths[:-1]) and widths[0] >= 40 and widths[-1] >= 10
    header = ws["B1"]
    assert header.font.bold and header.fill.fgColor.rgb.endswith("DCE6F1")
    assert header.alignment.wrap_text and header.alignment.horizontal == "center"
    assert ws["A2"].alignment.wrap_text


def test_text_that_looks_like_a_formula_stays_text(
    table: ParticipationTable, tmp_path: Path
) -> None:
    """Texts starting with = + - @ read back as quoted text cells, and no sheet holds a formula."""
    a, b, c, d = DANGEROUS
    hostile = dataclasses.replace(
        table,
        municipalities=(a, b, c, d),
        rows=((a, (b, "", c, d)), (b, (a, a, "", "")), (c, ("", "", "", "")), (d, (d, c, b, a))),
        notes=(f"(1) {a}", f"(2) {b}", f"(3) {c}", f"(4) {d}"),
        details=((a, b, c, d, a, b), (d, c, b, a, d, c)),
    )
    path = write_participation_xlsx(hostile, tmp_path / "farlig.xlsx")
    workbook = load_workbook(path)
    seen = 0
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str) and cell.value.startswith(("=", "+", "-", "@")):
                    assert cell.value in DANGEROUS
                    assert cell.data_type == "s" and cell.quotePrefix
                    seen += 1
    # 4 headers + 4 labels + 9 marks, 4 notes, 12 detail fields
    assert seen == 4 + 4 + 9 + 4 + 12
    assert [row[-1] for row in _rows(workbook["Deltagertabel"])[1:]] == [3, 2, 0, 4]
    with zipfile.ZipFile(path) as archive:
        sheets = [name for name in archive.namelist() if name.startswith("xl/worksheets/sheet")]
        assert len(sheets) == 3
        for name in sheets:
            assert not re.search(r"<(\w+:)?f[ >/]", archive.read(name).decode("utf-8"))


def test_notes_and_details_sheets(table: ParticipationTable, tmp_path: Path) -> None:
    """Notes are split into number and text, details get one row each, no notes says so."""
    workbook = load_workbook(write_participation_xlsx(table, tmp_path / "t.xlsx"))
    notes = _rows(workbook["Forbehold"])
    assert notes[0] == ("Nr.", "Forbehold")
    assert len(notes) == 1 + len(table.notes) == 2
    assert notes[1] == (1, table.notes[0].removeprefix("(1) "))
    assert notes[1][1].startswith("Med forbehold for")
    assert workbook["Forbehold"].freeze_panes == "A2"

    ws = workbook["Detaljer"]
    details = _rows(ws)
    assert details[0] == (
        "Ansøgning",
        "Kommune",
        "Forbehold",
        "Politisk behandling (udvalg)",
        "Mødedato",
        "Status",
    )
    assert [tuple(value or "" for value in row) for row in details[1:]] == list(table.details)
    assert ws.auto_filter.ref == f"A1:F{len(table.details) + 1}"
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["C"].width > 13 and ws["C2"].alignment.wrap_text

    bare = dataclasses.replace(table, notes=())
    notes = _rows(load_workbook(write_participation_xlsx(bare, tmp_path / "b.xlsx"))["Forbehold"])
    assert notes == [("Nr.", "Forbehold"), (None, "Ingen forbehold")]


def test_missing_folder_raises_export_error(table: ParticipationTable, tmp_path: Path) -> None:
    """Writing into a folder that does not exist raises ExportError and leaves nothing behind."""
    target = tmp_path / "findes-ikke" / "deltagere.xlsx"
    before = sorted(tmp_path.iterdir())
    with pytest.raises(ExportError):
        write_participation_xlsx(table, target)
    assert not target.parent.exists()
    assert sorted(tmp_path.iterdir()) == before
