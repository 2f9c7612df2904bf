"""Deltagelse: experiments × member municipalities, edited in place or in a small dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from ...db.changes import Changes
from ...edits import AddRecord, DeleteRecord, UpdateRecord
from ...model import ApprovalStatus, Participation
from ...queries.views import (
    ParticipationCell,
    ParticipationMatrix,
    participation_cells,
    participation_matrix,
)
from ..forms.ui_participation_dialog import Ui_ParticipationDialog
from ..forms.ui_table_page import Ui_TablePage
from ..mnemonics import give_mnemonics
from ..models.participation import ParticipationMatrixModel, legend
from ..session import Session
from ..vocabulary import label
from .base import SIZE_SAMPLE_ROWS, View

#: Changed participations put in place one by one; more (an import) reload the matrix.
MAX_CELLS_IN_PLACE = 50


class ParticipationDialog(QDialog):
    """Edit one cell: takes part or not, reservation, committee, meeting date, approval."""

    def __init__(self, heading: str, cell: ParticipationCell, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.ui = Ui_ParticipationDialog()
        self.ui.setupUi(self)
        self.ui.headingLabel.setText(heading)
        give_mnemonics(self)  # Alt+letter for each field
        for status in ApprovalStatus:
            self.ui.approvalCombo.addItem(label(status), status.value)
        self.ui.participatesCheck.setChecked(cell.participates)
        self.ui.reservationEdit.setPlainText(cell.reservation)
        self.ui.committeeEdit.setText(cell.approval_committee)
        self.ui.meetingDateEdit.setText(cell.approval_meeting_date)
        status = cell.approval_status or ApprovalStatus.PENDING
        self.ui.approvalCombo.setCurrentIndex(self.ui.approvalCombo.findData(status.value))

    def values(self) -> dict[str, str]:
        """Return the participation fields as entered, the meeting date as ISO."""
        return {
            "reservation": self.ui.reservationEdit.toPlainText().strip(),
            "approval_committee": self.ui.committeeEdit.text().strip(),
            "approval_meeting_date": self.ui.meetingDateEdit.iso(),
            "approval_status": self.ui.approvalCombo.currentData(),
        }

    def accept(self) -> None:
        """Close only with a readable meeting date; otherwise mark the field and stay open."""
        if self.ui.meetingDateEdit.check():
            super().accept()


class ParticipationView(View):
    """The participation matrix; Enter or double-click edits a cell, Space toggles it."""

    key = "participation"
    tables = frozenset(("experiments", "participations", "municipalities"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_TablePage()
        self.ui.setupUi(self)
        for widget in (
            self.ui.filterEdit,
            self.ui.filterCombo,
            self.ui.filterCombo2,
            self.ui.addButton,
            self.ui.deleteButton,
        ):
            widget.hide()
        self.model = ParticipationMatrixModel(self)
        table = self.ui.table
        table.setModel(self.model)
        table.setSortingEnabled(False)
        table.setSelectionBehavior(table.SelectionBehavior.SelectItems)
        table.verticalHeader().show()
        header = table.horizontalHeader()
        # Widths from the names, set when the matrix arrives: sizing 98 columns to their
        # contents asked every visible cell for its data on each change (seconds).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        table.verticalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        table.doubleClicked.connect(self.edit_cell)
        table.installEventFilter(self)
        self.ui.summaryLabel.setText("    ".join(f"{mark}  {text}" for mark, text in legend()))
        self.dialog_factory = ParticipationDialog

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Participation")

    def place(self) -> QAbstractItemView:
        """Return the matrix (its current cell and scroll position stay when it reloads)."""
        return self.ui.table

    def refresh(self) -> None:
        """Read the matrix again off the GUI thread; it replaces the shown one when it
        arrives, keeping the current cell and the scroll position."""
        store = self.session.store
        self.read_then(lambda: participation_matrix(store), self._show_matrix)

    def refresh_for(self, changes: Changes | None) -> None:
        """Put changed participations in place (an edit, its undo); reload for the rest."""
        ids = changes.ids("participations") if changes is not None else None
        if (
            changes is not None
            and ids
            and not changes.touches(self.tables - {"participations"})
            and len(ids) <= MAX_CELLS_IN_PLACE
            and not self.loading
            and self.model.update_cells(ids, participation_cells(self.session.store, ids))
        ):
            return
        self.refresh()

    def _show_matrix(self, matrix: ParticipationMatrix) -> None:
        self.model.set_matrix(matrix)
        metrics = self.ui.table.horizontalHeader().fontMetrics()
        least = metrics.horizontalAdvance("✓*") + 2 * metrics.height()
        header = self.ui.table.horizontalHeader()
        for column, (_code, name) in enumerate(matrix.municipalities):
            header.resizeSection(column, max(least, metrics.horizontalAdvance(name) + 16))

    def toggle(self, index: QModelIndex) -> None:
        """Make the municipality take part in the experiment, or stop taking part."""
        if not index.isValid() or not self.writable:
            return
        cell = self.model.cell_at(index)
        if cell.participation_id is not None:  # taking part
            self.session.do(
                DeleteRecord(Participation, cell.participation_id, self.tr("Remove participation"))
            )
        else:
            self.session.do(
                AddRecord(
                    Participation(experiment_id=cell.experiment_id, municipality=cell.municipality),
                    self.tr("Add participation"),
                )
            )

    def edit_cell(self, index: QModelIndex) -> None:
        """Open the dialog for a cell and store what changed as one undoable edit."""
        if not index.isValid() or not self.writable:
            return
        cell = self.model.cell_at(index)
        heading = (
            f"{self.model.headerData(index.row(), Qt.Orientation.Vertical)} — "
            f"{self.model.headerData(index.column(), Qt.Orientation.Horizontal)}"
        )
        dialog = self.dialog_factory(heading, cell, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_dialog(cell, dialog.ui.participatesCheck.isChecked(), dialog.values())

    def apply_dialog(
        self, cell: ParticipationCell, participates: bool, values: dict[str, Any]
    ) -> None:
        """Turn the dialog's answer into the matching add, delete or update edit."""
        if not participates:
            if cell.participation_id is not None:
                self.session.do(
                    DeleteRecord(
                        Participation, cell.participation_id, self.tr("Remove participation")
                    )
                )
            return
        if cell.participation_id is None:
            self.session.do(
                AddRecord(
                    Participation(
                        experiment_id=cell.experiment_id, municipality=cell.municipality, **values
                    ),
                    self.tr("Add participation"),
                )
            )
            return
        before = {
            "reservation": cell.reservation,
            "approval_committee": cell.approval_committee,
            "approval_meeting_date": cell.approval_meeting_date,
            "approval_status": (cell.approval_status or ApprovalStatus.PENDING).value,
        }
        changes = {k: v for k, v in values.items() if before[k] != v}
        if changes:
            self.session.do(
                UpdateRecord(
                    Participation, cell.participation_id, changes, self.tr("Edit participation")
                )
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space toggles the current cell; Enter opens its dialog."""
        if (
            watched is self.ui.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            key = event.key()
            if key == Qt.Key.Key_Space:
                self.toggle(self.ui.table.currentIndex())
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_cell(self.ui.table.currentIndex())
                return True
        return super().eventFilter(watched, event)
