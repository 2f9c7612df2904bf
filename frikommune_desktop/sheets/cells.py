"""Checking a spreadsheet's cells: each value parsed, each problem recorded with its place.

A cell that cannot be read becomes a Problem with its file, sheet, row, column, value and what
was expected; its row is then left out (RowError), but the other cells of the row are still
checked, so that every problem is reported at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..errors import InvalidValueError, Problem
from . import normalise as norm
from .layout import CONTACTS, MUNICIPALITY, PARTICIPATION
from .reader import SheetData, SheetRow, WorkbookData, is_empty

#: Added to the problem that leaves a spreadsheet's municipality unknown.
SENDER_UNKNOWN = (
    "Regnearkets kontaktpersoner og deltagelse er kontrolleret celle for celle, men kan først "
    "sammenlignes med netværksfilen, når kommunen er rettet."
)


class RowError(Exception):
    """A row that cannot be imported; its problems are already recorded."""


class CellChecker:
    """Parses the cells of the rows being planned and collects every problem found."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self._row_failed = False  # set by _fail while a row is planned
        self._parsed: dict[tuple[Any, ...], tuple[bool, Any]] = {}  # cell values seen, parsed

    def _cell(
        self,
        file: str,
        sheet: SheetData,
        row: SheetRow,
        key: str,
        parse: Callable[[Any], Any],
        *,
        optional: bool = False,
    ) -> Any:
        """Return a cell's parsed value ('' when optional and empty); record a problem if bad."""
        value = row.values.get(key)  # None also where the sheet lacks the column
        if is_empty(value):
            if optional:
                return ""
            if key not in sheet.columns:  # the reader reported the missing column once
                self._row_failed = True
                return ""
            column = sheet.layout.column(key)
            self._fail(
                file,
                sheet,
                row.number,
                sheet.columns.get(key, ""),
                None,
                f"'{column.header}' skal udfyldes.",
            )
            return ""
        memo = (parse, type(value), value)  # spreadsheets repeat titles, laws, Ja, dates …
        outcome = self._parsed.get(memo)
        if outcome is None:
            try:
                outcome = self._parsed[memo] = (True, parse(value))
            except InvalidValueError as exc:
                outcome = self._parsed[memo] = (False, str(exc))
        ok, result = outcome
        if ok:
            return result
        self._fail(file, sheet, row.number, sheet.columns[key], value, result)
        return ""

    def _note_unknown_sender(self, workbook: WorkbookData, start: int) -> None:
        """Say, with the problem that hides the sender, what cannot be compared without it."""
        if not any(
            (sheet := workbook.sheet(layout)) is not None and sheet.rows
            for layout in (CONTACTS, PARTICIPATION)
        ):
            return
        kommune = workbook.sheet(MUNICIPALITY)
        sheets = {kommune.title if kommune is not None else "", MUNICIPALITY.name}
        for index in range(len(self.problems) - 1, start - 1, -1):
            problem = self.problems[index]
            if problem.file == workbook.name and problem.sheet in sheets:
                expected = f"{problem.expected} {SENDER_UNKNOWN}"
                self.problems[index] = replace(problem, expected=expected)
                return
        self.problems.append(Problem(workbook.name, SENDER_UNKNOWN))

    def _check_row(self) -> None:
        """Stop planning a row once any of its cells had a problem (already recorded)."""
        if self._row_failed:
            raise RowError

    def _fail(
        self, file: str, sheet: SheetData, row: int | None, column: str, value: Any, expected: str
    ) -> None:
        """Record a problem with the row being planned, so that it is left out."""
        self._problem(file, sheet, row, column, value, expected)
        self._row_failed = True

    def _problem(
        self, file: str, sheet: SheetData, row: int | None, column: str, value: Any, expected: str
    ) -> None:
        shown = value if not isinstance(value, str) else value.strip()
        self.problems.append(
            Problem(file, expected, sheet=sheet.title, row=row, column=column, value=shown)
        )


def required_text(what: str) -> Callable[[Any], str]:
    """Return a parser of a text cell that must not be empty ('Forventet {what}.')."""

    def parse(value: Any) -> str:
        text = norm.clean_text(value)
        if not text:
            raise InvalidValueError(f"Forventet {what}.")
        return text

    return parse
