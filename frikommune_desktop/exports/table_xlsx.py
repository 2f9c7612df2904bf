"""The participation table as an Excel workbook the coordinator and the ministry can filter.

Three sheets: the table itself (applications × municipalities, with a count per application),
the reservations its marks refer to, and one row per participation with its details. Every
text is written as text: nothing a user typed can turn into a formula in Excel or LibreOffice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from .files import atomic_output
from .letter import ParticipationTable

TABLE_SHEET = "Deltagertabel"
NOTES_SHEET = "Forbehold"
DETAILS_SHEET = "Detaljer"
LABEL_HEADER = "Ansøgning"
COUNT_HEADER = "Antal deltagere"
NOTES_HEADERS = ("Nr.", "Forbehold")
NO_NOTES = "Ingen forbehold"
DETAILS_HEADERS = (
    "Ansøgning",
    "Kommune",
    "Forbehold",
    "Politisk behandling (udvalg)",
    "Mødedato",
    "Status",
)
DETAILS_WIDTHS = (45, 22, 60, 30, 16, 14)

#: The most characters an Excel cell holds.
CELL_LENGTH = 32_767
#: Text starting with one of these is read as a formula by Excel or LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@")
_NOTE_NUMBER = re.compile(r"\((\d+)\)\s*(.*)", re.DOTALL)

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_ALIGNMENT = Alignment(wrap_text=True, horizontal="center", vertical="center")
_HEADER_BORDER = Border(bottom=Side(style="thin", color="7F7F7F"))
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_CENTRE_TOP = Alignment(wrap_text=True, horizontal="center", vertical="top")


def _put_text(cell: Cell | MergedCell, text: str) -> Cell:
    """Give a cell a text that stays text: never a formula, not even after a user edits it."""
    assert isinstance(cell, Cell)  # the export merges no cells
    text = ILLEGAL_CHARACTERS_RE.sub("", text)  # control characters openpyxl cannot store
    if len(text) > CELL_LENGTH:  # Excel would call the file damaged and cut the text itself
        text = text[: CELL_LENGTH - 1] + "…"
    if not text:
        cell.value = None
        return cell
    cell.value = text
    cell.data_type = "s"  # openpyxl made a text starting with '=' a formula; undo that
    if text.startswith(_FORMULA_STARTS):
        cell.quotePrefix = True  # Excel's leading apostrophe: shown and edited as text
    return cell


def _header(ws: Worksheet, titles: Sequence[str]) -> None:
    """Write a bold, filled, wrapped and centred header in row 1."""
    for column, title in enumerate(titles, start=1):
        cell = _put_text(ws.cell(row=1, column=column), title)
        cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
        cell.alignment, cell.border = _HEADER_ALIGNMENT, _HEADER_BORDER


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    """Set the column widths, left to right."""
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _print_setup(ws: Worksheet, *, landscape: bool) -> None:
    """Print on A4, one page wide, with the header row on every page."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.print_title_rows = "1:1"


def _table_sheet(ws: Worksheet, table: ParticipationTable) -> None:
    """Fill the sheet of applications × municipalities, one count per application."""
    ws.title = TABLE_SHEET
    headers = (LABEL_HEADER, *table.municipalities, COUNT_HEADER)
    _header(ws, headers)
    for row, (label, marks) in enumerate(table.rows, start=2):
        _put_text(ws.cell(row=row, column=1), label).alignment = _WRAP_TOP
        for column, mark in enumerate(marks, start=2):
            _put_text(ws.cell(row=row, column=column), mark).alignment = _CENTRE_TOP
        count = ws.cell(row=row, column=len(headers), value=sum(1 for m in marks if m.strip()))
        count.alignment = _CENTRE_TOP
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{len(table.rows) + 1}"
    ws.freeze_panes = "B2"
    _widths(ws, (45, *(16 for _ in table.municipalities), 12))
    _print_setup(ws, landscape=True)


def _split_note(note: str) -> tuple[int | None, str]:
    """Split '(1) Med forbehold …' into 1 and 'Med forbehold …'; a note without number keeps it."""
    match = _NOTE_NUMBER.fullmatch(note.strip())
    return (int(match.group(1)), match.group(2)) if match else (None, note)


def _notes_sheet(ws: Worksheet, notes: Sequence[str]) -> None:
    """Fill the sheet of reservations the table's marks refer to by number."""
    _header(ws, NOTES_HEADERS)
    if not notes:
        _put_text(ws.cell(row=2, column=2), NO_NOTES).alignment = _WRAP_TOP
    for row, note in enumerate(notes, start=2):
        number, text = _split_note(note)
        ws.cell(row=row, column=1, value=number).alignment = _CENTRE_TOP
        _put_text(ws.cell(row=row, column=2), text).alignment = _WRAP_TOP
    ws.freeze_panes = "A2"
    _widths(ws, (8, 100))
    _print_setup(ws, landscape=False)


def _details_sheet(ws: Worksheet, details: Sequence[Sequence[str]]) -> None:
    """Fill the sheet with one row per participation: reservation, committee, meeting, status."""
    _header(ws, DETAILS_HEADERS)
    for row, values in enumerate(details, start=2):
        for column, value in enumerate(values, start=1):
            _put_text(ws.cell(row=row, column=column), value).alignment = _WRAP_TOP
    ws.auto_filter.ref = f"A1:{get_column_letter(len(DETAILS_HEADERS))}{len(details) + 1}"
    ws.freeze_panes = "A2"
    _widths(ws, DETAILS_WIDTHS)
    _print_setup(ws, landscape=True)


def participation_workbook(table: ParticipationTable) -> Workbook:
    """Return the participation table as an unsaved workbook: table, reservations, details."""
    workbook = Workbook()
    workbook.properties.title = ILLEGAL_CHARACTERS_RE.sub("", table.title)
    workbook.properties.creator = "Frikommune Desktop"
    _table_sheet(workbook.worksheets[0], table)  # the sheet a new workbook starts with
    _notes_sheet(workbook.create_sheet(NOTES_SHEET), table.notes)
    _details_sheet(workbook.create_sheet(DETAILS_SHEET), table.details)
    return workbook


def write_participation_xlsx(table: ParticipationTable, path: Path) -> Path:
    """Write the participation table as an Excel workbook (openpyxl); return the path."""
    path = Path(path)
    workbook = participation_workbook(table)
    with atomic_output(path) as temporary:
        workbook.save(temporary)
    return path
