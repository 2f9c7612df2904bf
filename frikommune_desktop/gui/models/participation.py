"""Participation matrix: experiments × municipalities, each cell a mark that needs no colour."""

from __future__ import annotations

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
    """One row per experiment, one column per municipality; feed it with `set_matrix`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = ParticipationMatrix([], [])

    def set_matrix(self, matrix: ParticipationMatrix) -> None:
        """Replace the whole matrix."""
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

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
        """Return a cell's mark, colours, tooltip or one of the shared roles."""
        if not index.isValid() or not self.hasIndex(index.row(), index.column()):
            return None
        cell = self.cell_at(index)
        status = cell_status(cell)
        if role == DISPLAY:
            return cell_mark(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[status][0])) if status else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(COLOURS[status][1])) if status else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell_tooltip(cell, self._matrix.municipalities[index.column()][1])
        if role == SORT_ROLE:
            return (_SORT_ORDER[status] if status else 4, bool(cell.reservation.strip()))
        if role == ID_ROLE:
            return cell.participation_id
        if role == FILTER_ROLE:
            return fold(cell_tooltip(cell, self._matrix.municipalities[index.column()][1]))
        if role == ROW_ROLE:
            return cell
        return None
