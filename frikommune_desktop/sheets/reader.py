"""Reading a municipality's spreadsheet: find each sheet, its header row and its data rows.

What comes out is still raw cell values, but placed: every value knows its sheet, row and
column letter, so that whatever is wrong with it can be reported exactly. Header variants,
extra columns, blank rows, note rows and merged cells are dealt with here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import InputRefusedError, Problem
from .layout import DATA_SHEETS, MUNICIPALITY, SheetLayout, normalise_header
from .workbook import DEFAULT_LIMITS, SheetLimits, open_workbook, unreadable

#: How far down a sheet its header row is looked for (a title or a note may come first).
HEADER_SEARCH_ROWS = 12

#: A row whose only text starts like this is a note to the reader, not data.
#: How much longer than a known header a cell may be (spaces, a colon, a star) and still be one.
HEADER_SLACK = 20

NOTE_PREFIXES = ("bemærk", "note", "nb", "n.b.", "obs", "husk", "*", "#", "(", "eksempel")

#: Said of a sheet whose rows could not be read at all, so that no one takes silence for "ok".
UNCHECKED_ROWS = "Arkets rækker er derfor ikke kontrolleret."


def is_empty(value: Any) -> bool:
    """Return whether a cell value is nothing but whitespace."""
    return value is None or (isinstance(value, str) and not value.strip())


class SheetRow(NamedTuple):
    """One data row: its Excel row number and its raw values by column key."""

    number: int
    values: dict[str, Any]

    def value(self, key: str) -> Any:
        """Return the raw value in a column (None if the sheet lacks the column)."""
        return self.values.get(key)

    def filled(self, key: str) -> bool:
        """Return whether the row has something in a column."""
        return not is_empty(self.values.get(key))


@dataclass
class SheetData:
    """A recognised sheet: which layout it follows, its title in the file, its data rows."""

    layout: SheetLayout
    title: str
    header_row: int
    columns: dict[str, str]  # column key -> letter
    rows: list[SheetRow] = field(default_factory=list)


@dataclass
class WorkbookData:
    """A municipality's spreadsheet, read: its recognised sheets by layout name.

    `problems` lists what made a sheet unreadable (no header row, a missing column, too
    large); the other sheets are read all the same, so that their rows are checked too.
    """

    path: Path
    sheets: dict[str, SheetData]
    problems: list[Problem] = field(default_factory=list)

    @property
    def name(self) -> str:
        """Return the file name used in reports."""
        return self.path.name

    def sheet(self, layout: SheetLayout) -> SheetData | None:
        """Return the sheet following a layout, if the workbook has it."""
        return self.sheets.get(layout.name)


def read_workbook(path: Path, limits: SheetLimits | None = None) -> WorkbookData:
    """Open a spreadsheet safely and read its known sheets, or refuse it with every problem."""
    data = read_sheets(path, limits)
    if data.problems:
        raise InputRefusedError(data.problems)
    return data


def read_sheets(path: Path, limits: SheetLimits | None = None) -> WorkbookData:
    """Open a spreadsheet safely and read every known sheet that can be read.

    A file that cannot be opened is refused (InputRefusedError); a sheet that cannot be read
    is left out and its problems kept in `WorkbookData.problems`. A workbook without merged
    cells is read in openpyxl's read-only mode (faster, and rows are parsed as they are read);
    one with merged cells is loaded whole, to know them.
    """
    limits = limits or DEFAULT_LIMITS
    workbook = open_workbook(path, limits, read_only=None)
    try:
        return read_opened(path, workbook, limits)
    except InputRefusedError:
        raise
    except Exception as error:  # read-only sheets are parsed only now, while read
        raise unreadable(path, error) from error
    finally:
        workbook.close()


def read_opened(
    path: Path, workbook: Workbook, limits: SheetLimits = DEFAULT_LIMITS
) -> WorkbookData:
    """Read the known sheets of an opened workbook, keeping what is wrong with each sheet."""
    problems: list[Problem] = []
    sheets: dict[str, SheetData] = {}
    for worksheet in workbook.worksheets:
        layout = _layout_for(worksheet.title)
        if layout is None or layout.name in sheets:
            continue  # Vejledning, Lister, a sheet of the municipality's own
        data = _read_sheet(path.name, worksheet, layout, problems, limits)
        if data is not None:
            sheets[layout.name] = data
    if MUNICIPALITY.name not in sheets and not any(p.sheet == MUNICIPALITY.name for p in problems):
        problems.append(
            Problem(
                path.name,
                (
                    "Arket 'Kommune' mangler: regnearket skal sige, hvilken kommune det kommer fra "
                    "(kolonnerne Kommunekode og Kommune)."
                ),
            )
        )
    return WorkbookData(path, sheets, problems)


def _layout_for(title: str) -> SheetLayout | None:
    wanted = normalise_header(title)
    for layout in DATA_SHEETS:
        if wanted in (normalise_header(name) for name in (layout.name, *layout.aliases)):
            return layout
    return None


def _read_sheet(
    file: str, ws: Worksheet, layout: SheetLayout, problems: list[Problem], limits: SheetLimits
) -> SheetData | None:
    merges = _merges(ws)
    rows, too_large = _sheet_rows(ws, limits)
    if too_large:
        problems.append(Problem(file, too_large, sheet=ws.title))
        return None
    header = _find_header(rows[:HEADER_SEARCH_ROWS], layout)
    if header is None:
        expected = ", ".join(f"'{h}'" for h in layout.headers)
        problems.append(
            Problem(
                file,
                f"Overskriftsrækken blev ikke fundet. Forventet kolonnerne "
                f"{expected} i en af de første {HEADER_SEARCH_ROWS} rækker. {UNCHECKED_ROWS}",
                sheet=ws.title,
            )
        )
        return None
    number, columns = header
    for column in layout.columns:
        if column.required and column.key not in columns:
            problems.append(  # the rows are read all the same: their other cells are checked
                Problem(
                    file,
                    f"Kolonnen '{column.header}' mangler i overskriftsrækken. Arkets andre "
                    "kolonner er kontrolleret; rækkerne kan indlæses, når den er tilføjet.",
                    sheet=ws.title,
                    row=number,
                )
            )
    letters = {key: get_column_letter(index + 1) for key, index in columns.items()}
    data = SheetData(layout, ws.title, number, letters)
    for offset, values in enumerate(rows[number:], start=number + 1):
        row = _data_row(offset, values, columns, merges)
        if row is not None:
            data.rows.append(row)
    return data


def _sheet_rows(ws: Worksheet, limits: SheetLimits) -> tuple[list[tuple[Any, ...]], str]:
    """Return a sheet's rows of values (at most max_columns wide), and what is too large.

    A read-only sheet has no extent (open_workbook forgets its <dimension> tag, which may
    lie), so the limits are applied here, to what is there: one row past max_rows is read at
    most, and a value past max_columns refuses the sheet, while cells kept only for their
    formatting do not. Rows are cut to max_columns as read, so memory stays bounded.
    """
    rows: list[tuple[Any, ...]] = []
    width = limits.max_columns
    for row in itertools.islice(ws.iter_rows(values_only=True), limits.max_rows + 1):
        if len(row) > width:
            beyond = row[width:]
            if beyond.count(None) < len(beyond):
                return rows, _more_than(width, "kolonner")
            row = row[:width]
        rows.append(row)
    if len(rows) > limits.max_rows:
        return rows, _more_than(limits.max_rows, "rækker")
    return rows, ""


def _more_than(limit: int, noun: str) -> str:
    """Return the refusal of a sheet larger than a limit, in Danish number format."""
    return f"Arket har mere end {limit:,} {noun}; grænsen er {limit:,}.".replace(",", ".")


@dataclass
class Merges:
    """What a sheet's merged cells mean for reading it, row by row."""

    down: dict[tuple[int, int], Any] = field(default_factory=dict)  # (row, col) -> value above
    wide_rows: set[int] = field(default_factory=set)  # rows holding a text merged across columns


def _merges(ws: Worksheet) -> Merges:
    """Return a sheet's merges: values carried down a column, and rows spread across columns.

    A cell merged down over several rows (an experiment title beside its provisions) gives its
    value to every row it covers. A cell merged across columns is one text, not several
    values: it is read once, in its first column.
    """
    merges = Merges()
    merged_cells = getattr(ws, "merged_cells", None)  # a read-only sheet has none to give
    for merged in merged_cells.ranges if merged_cells is not None else ():
        value = ws.cell(merged.min_row, merged.min_col).value
        if merged.max_col > merged.min_col:
            merges.wide_rows.update(range(merged.min_row, merged.max_row + 1))
        for row in range(merged.min_row + 1, merged.max_row + 1):
            merges.down[(row, merged.min_col)] = value
    return merges


def _find_header(
    rows: list[tuple[Any, ...]], layout: SheetLayout
) -> tuple[int, dict[str, int]] | None:
    """Return the header row's number and each known column's index.

    The header is the row naming the most known columns (the first of equals), provided it
    names a required column or at least two: a title above it naming one column is passed by.
    """
    names = {name: column.key for column in layout.columns for name in column.names()}
    longest = max(map(len, names)) + HEADER_SLACK
    required = [c.key for c in layout.columns if c.required] or [c.key for c in layout.columns]
    best: tuple[int, dict[str, int]] | None = None
    for number, values in enumerate(rows, start=1):
        columns: dict[str, int] = {}
        for index, value in enumerate(values):
            if not isinstance(value, str) or len(value) > longest:
                continue  # a number, a date or a paragraph of text is no column header
            key = names.get(normalise_header(value))
            if key is not None and key not in columns:
                columns[key] = index
        usable = len(columns) >= 2 or any(key in columns for key in required)
        if usable and (best is None or len(columns) > len(best[1])):
            best = (number, columns)
    return best


def _data_row(
    number: int,
    values: tuple[Any, ...],
    columns: dict[str, int],
    merges: Merges,
) -> SheetRow | None:
    """Return a data row, or None for a blank row or a note row."""
    size, down = len(values), merges.down
    row = {key: values[index] if index < size else None for key, index in columns.items()}
    if down:
        for key, index in columns.items():
            if row[key] is None:
                row[key] = down.get((number, index + 1))
    filled = [value for value in row.values() if not is_empty(value)]
    if not filled:
        return None
    if len(filled) == 1 and _is_note(filled[0], number in merges.wide_rows):
        return None
    return SheetRow(number, row)


def _is_note(value: Any, spread: bool) -> bool:
    """Return whether a lone text is a note: marked as one, or merged across columns."""
    if not isinstance(value, str):
        return False
    return spread or value.strip().casefold().startswith(NOTE_PREFIXES)
