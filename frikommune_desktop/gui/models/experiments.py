"""The experiment list: a table of experiment rows and the proxy behind its filter bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from ...dates import long_date, short_date
from ...model import ExperimentStatus
from ...queries.views import ExperimentRow, fold
from ..vocabulary import label
from .base import Column, RowFilterProxy, RowTableModel, empty_last, none_last, sort_text

COL_NUMBER = 0
COL_TITLE = 1
COL_ROUND = 2
COL_STATUS = 3
COL_MUNICIPALITIES = 4
COL_CONTACT = 5

#: Statuses sort in the order an experiment moves through them, not alphabetically.
STATUS_ORDER = {status: position for position, status in enumerate(ExperimentStatus)}


def round_text(deadline: str) -> str:
    """Return a round's deadline in the window's form, '01-12-2016' ('' for no round)."""
    return short_date(deadline) if deadline else ""


def number_text(number: int | None) -> str:
    """Return an experiment number as shown ('' when it has none yet)."""
    return "" if number is None else str(number)


def _tie(key: Callable[[ExperimentRow], Any]) -> Callable[[ExperimentRow], Any]:
    """Return a sort key that breaks ties by experiment number, then title."""
    return lambda row: (key(row), none_last(row.number), sort_text(row.title))


class ExperimentTableModel(RowTableModel):
    """The experiments of the file, one row each; feed it with `set_rows(experiment_rows)`."""

    def columns(self) -> list[Column]:
        """Return number, title, round, status, municipality count and subject contact."""
        translate = QCoreApplication.translate
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                translate("ExperimentTableModel", "No."),
                lambda r: number_text(r.number),
                lambda r: (none_last(r.number), sort_text(r.title)),
                align=right,
            ),
            Column(
                translate("ExperimentTableModel", "Title"),
                lambda r: r.title,
                _tie(lambda r: sort_text(r.title)),
                tooltip=lambda r: r.title,
            ),
            Column(
                translate("ExperimentTableModel", "Round"),
                lambda r: round_text(r.round_deadline),
                _tie(lambda r: empty_last(r.round_deadline)),
            ),
            Column(
                translate("ExperimentTableModel", "Status"),
                lambda r: label(r.status),
                _tie(lambda r: STATUS_ORDER[r.status]),
            ),
            Column(
                translate("ExperimentTableModel", "Municipalities"),
                lambda r: str(len(r.municipality_codes)),
                _tie(lambda r: len(r.municipality_codes)),
                align=right,
            ),
            Column(
                translate("ExperimentTableModel", "Subject contact"),
                lambda r: r.subject_contact,
                _tie(lambda r: empty_last(r.subject_contact)),
            ),
        ]

    def filter_text(self, row: ExperimentRow) -> str:
        """Return the folded title, round (shown, written out and ISO) and translated status."""
        deadline = row.round_deadline
        written = long_date(deadline) if deadline else ""
        return fold(f"{row.title} {round_text(deadline)} {written} {deadline} {label(row.status)}")


class ExperimentFilterProxy(RowFilterProxy):
    """Filters experiments by text, round, status, participating municipality and law."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._round = ""
        self._status: ExperimentStatus | None = None
        self._municipality = ""
        self._law = ""

    def set_round(self, deadline: str) -> None:
        """Keep only experiments in the round with this ISO deadline ('' for all)."""
        self._change_filter(lambda: setattr(self, "_round", deadline))

    def set_status(self, status: ExperimentStatus | None) -> None:
        """Keep only experiments with this status (None for all)."""
        self._change_filter(lambda: setattr(self, "_status", status))

    def set_municipality(self, code: str) -> None:
        """Keep only experiments this municipality takes part in ('' for all)."""
        self._change_filter(lambda: setattr(self, "_municipality", code))

    def set_law(self, law_key: str) -> None:
        """Keep only experiments whose legal basis cites this law ('' for all)."""
        self._change_filter(lambda: setattr(self, "_law", law_key))

    def accepts(self, row: ExperimentRow) -> bool:
        """Return whether an experiment passes the round, status, municipality and law filters."""
        return (
            (not self._round or row.round_deadline == self._round)
            and (self._status is None or row.status == self._status)
            and (not self._municipality or self._municipality in row.municipality_codes)
            and (not self._law or self._law in row.law_keys)
        )
