"""Participation matrix: experiments × municipalities, each cell a mark that needs no colour."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from ...dates import short_date
from ...model import ApprovalStatus
from ...queries.views import ParticipationCell, ParticipationMatrix, fold
from ..roles import FILTER_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE
from .base import DISPLAY, Index, numbered

#: The mark of each approval status; a taking-part cell without a status counts as pending.
MARKS = {ApprovalStatus.APPROVED: "✓", ApprovalStatus.PENDING: "?", ApprovalStatus.REJECTED: "✗"}
#: Appended to the mark when the municipality takes part with a reservation.
RESERVATION_MARK = "*"

#: (background, text) colours. Their greyscale values (luma) lie far apart, light amber ≈ 222,
#: light green ≈ 170, dark red ≈ 87, so they read without colour too (a dark green would
#: match the red's grey); each text colour contrasts strongly with its background.
COLOURS = {
    ApprovalStatus.APPROVED: ("#81c784", "#000000"),
    ApprovalStatus.PENDING: ("#ffe082", "#000000"),
    ApprovalStatus.REJECTED: ("#c62828", "#ffffff"),
}

#: The context of this module's texts in the translation.
CONTEXT = "ParticipationMatrixModel"

#: What each mark means (English sources; `legend()` translates them). The marker returns its
#: text, typed `object` by PySide6, hence the str() where it is read.
LEGEND: list[tuple[str, object]] = [
    ("✓", QT_TRANSLATE_NOOP("ParticipationMatrixModel", "taking part — politically approved")),
    (
        "?",
        QT_TRANSLATE_NOOP(
            "ParticipationMatrixModel", "taking part — awaiting a political decision"
        ),
    ),
    ("✗", QT_TRANSLATE_NOOP("ParticipationMatrixModel", "taking part — politically rejected")),
    ("*", QT_TRANSLATE_NOOP("ParticipationMatrixModel", "taking part with a reservation")),
    ("", QT_TRANSLATE_NOOP("ParticipationMatrixModel", "not taking part")),
]

_DECISIONS = {
    ApprovalStatus.APPROVED: QT_TRANSLATE_NOOP("ParticipationMatrixModel", "politically approved"),
    ApprovalStatus.PENDING: QT_TRANSLATE_NOOP(
        "ParticipationMatrixModel", "awaiting a political decision"
    ),
    ApprovalStatus.REJECTED: QT_TRANSLATE_NOOP("ParticipationMatrixModel", "politically rejected"),
}
_SORT_ORDER = {ApprovalStatus.APPROVED: 1, ApprovalStatus.PENDING: 2, ApprovalStatus.REJECTED: 3}


def legend() -> list[tuple[str, str]]:
    """Return what each mark means, translated, for a legend beside the matrix."""
    return [(mark, QCoreApplication.translate(CONTEXT, str(text))) for mark, text in LEGEND]


def cell_status(cell: ParticipationCell) -> ApprovalStatus | None:
    """Return a cell's approval status (pending if taking part without one, None if absent)."""
    if not cell.participates:
        return None
    return cell.approval_status or ApprovalStatus.PENDING


def cell_mark(cell: ParticipationCell) -> str:
    """Return the short mark of a cell: '', '✓', '?' or '✗', with '*' for a reservation."""
    status = cell_status(cell)
    if status is None:
        return ""
    return MARKS[status] + (RESERVATION_MARK if cell.reservation.strip() else "")


def cell_tooltip(cell: ParticipationCell, municipality_name: str) -> str:
    """Return a translated sentence on a cell's participation, decision and reservation."""
    translate = QCoreApplication.translate
    status = cell_status(cell)
    if status is None:
        absent = translate("ParticipationMatrixModel", "{0} does not take part.")
        return absent.format(municipality_name)
    details = [cell.approval_committee.strip()]
    if cell.approval_meeting_date:
        details.append(short_date(cell.approval_meeting_date))
    detail = ", ".join(part for part in details if part)
    decision = translate(CONTEXT, str(_DECISIONS[status]))
    text = translate("ParticipationMatrixModel", "{0} takes part — {1}")
    text = text.format(municipality_name, decision) + (f" ({detail})." if detail else ".")
    if reservation := cell.reservation.strip():
        text += " " + translate("ParticipationMatrixModel", "Reservation: {0}").format(reservation)
    return text


class ParticipationMatrixModel(QAbstractTableModel):
    """One row per experiment, one column per municipality; feed it with `set_matrix`, and
    put changed participations in place with `update_cells`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = ParticipationMatrix([], [])
        self._rows: dict[str, int] = {}
        self._columns: dict[str, int] = {}
        self._places: dict[str, tuple[str, str]] = {}  # participation id → its cell's key

    def set_matrix(self, matrix: ParticipationMatrix) -> None:
        """Replace the whole matrix."""
        self.beginResetModel()
        self._matrix = matrix
        self._rows = {row[0]: n for n, row in enumerate(matrix.experiments)}
        self._columns = {code: n for n, (code, _name) in enumerate(matrix.municipalities)}
        self._places = {
            cell.participation_id: key
            for key, cell in matrix.cells.items()
            if cell.participation_id is not None
        }
        self.endResetModel()

    def update_cells(self, ids: Iterable[str], cells: Iterable[ParticipationCell]) -> bool:
        """Put changed participations in place without a reset: the cells of `ids` are
        emptied, then `cells` (those of them that exist now) filled; False, changing nothing,
        if a cell lies outside the matrix (a new experiment or municipality)."""
        cells = list(cells)
        if any(
            cell.experiment_id not in self._rows or cell.municipality not in self._columns
            for cell in cells
        ):
            return False
        touched = set()
        for participation_id in ids:
            key = self._places.pop(participation_id, None)
            if key is not None:
                self._matrix.cells.pop(key, None)
                touched.add(key)
        for cell in cells:
            key = (cell.experiment_id, cell.municipality)
            before = self._matrix.cells.get(key)
            if before is not None and before.participation_id is not None:
                self._places.pop(before.participation_id, None)
            self._matrix.cells[key] = cell
            if cell.participation_id is not None:
                self._places[cell.participation_id] = key
            touched.add(key)
        for experiment_id, code in touched:
            index = self.index(self._rows[experiment_id], self._columns[code])
            self.dataChanged.emit(index, index)
        return True

    def matrix(self) -> ParticipationMatrix:
        """Return the matrix shown."""
        return self._matrix

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of experiments."""
        return 0 if parent.isValid() else len(self._matrix.experiments)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of municipalities."""
        return 0 if parent.isValid() else len(self._matrix.municipalities)

    def cell_at(self, index: Index) -> ParticipationCell:
        """Return the cell at a (valid) index."""
        experiment_id = self._matrix.experiments[index.row()][0]
        code = self._matrix.municipalities[index.column()][0]
        return self._matrix.cell(experiment_id, code)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        """Return '1. title' for an experiment row and the name for a municipality column."""
        if role not in (DISPLAY, Qt.ItemDataRole.ToolTipRole, ID_ROLE):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._matrix.municipalities):
                return None
            code, name = self._matrix.municipalities[section]
            return code if role == ID_ROLE else name
        if not 0 <= section < len(self._matrix.experiments):
            return None
        experiment_id, number, title = self._matrix.experiments[section]
        return experiment_id if role == ID_ROLE else numbered(number, title)

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return enabled and selectable (changes go through the participation editor)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return a cell's mark, colours, tooltip or one of the shared roles.

        The view asks for each visible cell's roles on every paint: the common answers (an
        absent cell, the mark, the colours) are found without building anything.
        """
        matrix = self._matrix
        row, column = index.row(), index.column()
        if not (0 <= row < len(matrix.experiments) and 0 <= column < len(matrix.municipalities)):
            return None
        key = (matrix.experiments[row][0], matrix.municipalities[column][0])
        found = matrix.cells.get(key)
        if role == DISPLAY:
            return cell_mark(found) if found is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            status = cell_status(found) if found is not None else None
            if status is None:
                return None
            return _brush(COLOURS[status][0 if role == Qt.ItemDataRole.BackgroundRole else 1])
        if role not in (Qt.ItemDataRole.ToolTipRole, SORT_ROLE, ID_ROLE, FILTER_ROLE, ROW_ROLE):
            return None
        cell = found if found is not None else ParticipationCell(*key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, matrix.municipalities[column][1])
        if role == SORT_ROLE:
            status = cell_status(cell)
            return (_SORT_ORDER[status] if status else 4, bool(cell.reservation.strip()))
        if role == ID_ROLE:
            return cell.participation_id
        if role == FILTER_ROLE:
            return fold(cell_tooltip(cell, matrix.municipalities[column][1]))
        return cell  # ROW_ROLE


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    """Return the brush of a colour (made once)."""
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush
