"""The merge dialog: bring the changes of another copy of the network file into the open one.

Reading the other copy runs off the GUI thread (gui.jobs); planning and applying use the open
store and stay on the GUI thread. Every change is listed before anything happens, and each
conflict gets a choice (the newest change until the user picks). Merging is one transaction
after two backups (the other copy, 'merged-in-…', and this file, 'before-merge'). It is not
on the undo stack, and the stack is cleared: undoing an older edit could silently overwrite
what the merge brought.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ..errors import FrikommuneError
from ..merge.apply import Applied, apply_merge, keep_other_copy, plan_merge, read_other_copy
from ..merge.plan import Change, Conflict, MergePlan, Side, Snapshot, item_line
from ..sharing.sync_conflicts import conflict_copies
from .forms.ui_merge_dialog import Ui_MergeDialog
from .jobs import Job, Progress, start_job
from .models.merge_plan import (
    CONFLICT_KEEP,
    CONFLICT_WHAT,
    ConflictTableModel,
    MergePlanModel,
    side_text,
)
from .session import Session

Index = QModelIndex | QPersistentModelIndex

# The widest a column is made when fitted to its contents.
MAX_COLUMN_WIDTH = 320
# The widest a conflicting value's column is made.
MAX_VALUE_WIDTH = 220


class SideDelegate(QStyledItemDelegate):
    """The Keep column's editor: a combo box 'Keep this file's' / 'Take the other copy's'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editor_size: QSize | None = None

    def _combo(self, parent: QWidget | None) -> QComboBox:
        combo = QComboBox(parent)
        for side in Side:
            combo.addItem(side_text(side), side.value)
        return combo

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Return a combo box that stores the choice as soon as it changes."""
        combo = self._combo(parent)
        combo.setAutoFillBackground(True)
        combo.currentIndexChanged.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the side chosen in the model."""
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Store the side chosen in the combo box."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        """Fill the cell."""
        editor.setGeometry(option.rect)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Return a size that fits the combo box with its longest choice."""
        if self._editor_size is None:
            combo = self._combo(None)  # measured, then gone (no widget outlives its use)
            self._editor_size = combo.sizeHint()
            combo.deleteLater()
        return self._editor_size.expandedTo(super().sizeHint(option, index))


class MergeDialog(QDialog):
    """Choose the other copy, see what merging it does, decide the conflicts, merge."""

    # Sent after a merge with one line saying what it did (for the status bar).
    merged = Signal(str)

    def __init__(
        self, session: Session, other: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self.session = session
        self.job: Job | None = None
        self.snapshot: Snapshot | None = None
        self.plan: MergePlan | None = None
        self.applied: Applied | None = None
        self.kept_copy: Path | None = None
        self.changes = MergePlanModel(self)
        self.conflicts = ConflictTableModel(self)
        ui = self.ui
        ui.planTable.setModel(self.changes)
        ui.conflictTable.setModel(self.conflicts)
        self._delegate = SideDelegate(ui.conflictTable)
        ui.conflictTable.setItemDelegateForColumn(CONFLICT_KEEP, self._delegate)
        ui.conflictTable.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        ui.planTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        for table in (ui.planTable, ui.conflictTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            header.setStretchLastSection(True)
            table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # The conflict's choice stays in view: the description takes what the others leave.
        conflict_header = ui.conflictTable.horizontalHeader()
        conflict_header.setStretchLastSection(False)
        conflict_header.setSectionResizeMode(CONFLICT_WHAT, QHeaderView.ResizeMode.Stretch)
        ui.copyCombo.setPlaceholderText(self.tr("Choose the copy to merge…"))
        ui.progressBar.hide()
        ui.errorLabel.hide()
        ui.conflictsGroup.hide()
        ui.copyCombo.currentIndexChanged.connect(self._copy_chosen)
        ui.browseButton.clicked.connect(self.choose_copy)
        ui.mergeButton.clicked.connect(self.merge)
        ui.cancelButton.clicked.connect(self.reject)
        session.changed.connect(self._replan)
        session.stateChanged.connect(self._replan)
        self._fill_copies(other)
        self._update_buttons()

    # -- the other copy ---------------------------------------------------------------------

    def other(self) -> Path | None:
        """Return the copy chosen to merge (None before one is chosen)."""
        data = self.ui.copyCombo.currentData()
        return Path(data) if data else None

    def set_other(self, path: Path | str) -> None:
        """Choose a copy to merge (adding it to the list); reading it starts at once."""
        path = Path(path)
        combo = self.ui.copyCombo
        index = combo.findData(str(path))
        if index < 0:
            combo.addItem(path.name, str(path))
            index = combo.count() - 1
            combo.setItemData(index, str(path), Qt.ItemDataRole.ToolTipRole)
        if index == combo.currentIndex():
            self._copy_chosen(index)
        else:
            combo.setCurrentIndex(index)

    def choose_copy(self) -> None:
        """Ask for the copy to merge."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the copy to merge"),
            str(self._file().parent),
            self.tr("Network files (*.fkdb);;All files (*)"),
        )
        if name:
            self.set_other(name)

    def _file(self) -> Path:
        return Path(self.session.store.path)

    def _fill_copies(self, preset: Path | None) -> None:
        """List the conflict copies a sync client left beside the file; choose the preset."""
        combo = self.ui.copyCombo
        combo.blockSignals(True)
        for copy in conflict_copies(self._file()):
            text = f"{copy.path.name} — {copy.client}, {copy.detail}"
            combo.addItem(text, str(copy.path))
            combo.setItemData(combo.count() - 1, str(copy.path), Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(-1)
        combo.blockSignals(False)
        if preset is not None:
            self.set_other(preset)

    def _copy_chosen(self, index: int) -> None:
        other = self.other()
        if index >= 0 and other is not None and self.applied is None:
            self.read(other)

    # -- reading and planning ---------------------------------------------------------------

    def read(self, other: Path) -> Job:
        """Read the other copy off the GUI thread; the plan follows when it is read."""
        self.snapshot = self.plan = None
        self.changes.set_plan(None)
        self.conflicts.set_conflicts([])
        self.ui.conflictsGroup.hide()
        self._show_error("")
        self.ui.statusLabel.setText(self.tr("Reading {0}…").format(other.name))
        self.ui.progressBar.show()
        ours = self._file()

        def work(progress: Progress) -> Snapshot:
            return read_other_copy(ours, other)

        self.job = start_job(work, succeeded=self._read, failed=self._failed)
        self._update_buttons()
        return self.job

    def _current_job(self) -> bool:
        """Return whether the job that sent the signal is the one reading the chosen copy."""
        return self.job is not None and self.sender() is self.job.signals

    def _read(self, snapshot: Snapshot) -> None:
        if not self._current_job():
            return
        self._reading_done()
        self.snapshot = snapshot
        self._replan()

    def _failed(self, message: str) -> None:
        if not self._current_job():
            return
        self._reading_done()
        self.ui.statusLabel.clear()
        self._show_error(message)

    def _reading_done(self) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self._update_buttons()

    def _replan(self) -> None:
        """Plan the merge against the file as it is now (after a change, plan again)."""
        if self.snapshot is None or self.applied is not None:
            self._update_buttons()
            return
        try:
            plan = plan_merge(self.session.store, self.snapshot)
        except FrikommuneError as exc:
            self.plan = None
            self._show_error(str(exc))
            self._update_buttons()
            return
        self.plan = plan
        self.changes.set_plan(plan)
        self.conflicts.set_conflicts(plan.conflicts, self.conflicts.decisions())
        self._fit_columns(self.ui.planTable)
        self._open_choices()
        self._fit_columns(self.ui.conflictTable, MAX_VALUE_WIDTH)
        self.ui.conflictsGroup.setVisible(bool(plan.conflicts))
        self._share_height()
        self.ui.statusLabel.setText(self._summary(plan))
        self._update_buttons()

    def _open_choices(self) -> None:
        table = self.ui.conflictTable
        for row in range(self.conflicts.rowCount()):
            table.openPersistentEditor(self.conflicts.index(row, CONFLICT_KEEP))

    @staticmethod
    def _fit_columns(table: QTableView, widest: int = MAX_COLUMN_WIDTH) -> None:
        """Fit the columns to their contents, none wider than `widest`."""
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(header.count()):
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive:
                header.resizeSection(column, min(header.sectionSize(column), widest))

    def _share_height(self) -> None:
        """Give the conflicts what their rows need (at most half), the changes the rest."""
        if not self.conflicts.rowCount():
            return
        splitter, table = self.ui.splitter, self.ui.conflictTable
        rows = sum(table.rowHeight(row) for row in range(self.conflicts.rowCount()))
        chrome = self.ui.conflictsGroup.sizeHint().height() - table.sizeHint().height()
        wanted = chrome + table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 4
        total = sum(splitter.sizes()) or splitter.height()
        conflicts = min(wanted, total // 2)
        splitter.setSizes([total - conflicts, conflicts])

    def _summary(self, plan: MergePlan) -> str:
        """Return one line with what merging would do (or that there is nothing to merge)."""
        if not self._anything_to_merge(plan):
            skipped = plan.count(Change.SKIP)
            if skipped:
                return self.tr(
                    "Nothing to merge: this file already holds everything the other "
                    "copy can give ({0} row(s) cannot be taken over)."
                ).format(skipped)
            return self.tr(
                "Nothing to merge: this file already holds everything in the other copy."
            )
        return self.tr(
            "{0} to add, {1} to change, {2} to delete, {3} not taken over, {4} conflict(s)."
        ).format(
            plan.count(Change.ADD) + plan.count(Change.REPLACE),
            plan.count(Change.UPDATE),
            plan.count(Change.DELETE),
            plan.count(Change.SKIP),
            len(plan.conflicts),
        )

    @staticmethod
    def _anything_to_merge(plan: MergePlan) -> bool:
        return bool(plan.conflicts) or any(i.change is not Change.SKIP for i in plan.items)

    # -- deciding and merging ---------------------------------------------------------------

    def decisions(self) -> dict[Conflict, Side]:
        """Return the side chosen for each conflict."""
        return self.conflicts.decisions()

    def decide(self, row: int, side: Side) -> None:
        """Choose which side's version a conflict (by table row) keeps."""
        self.conflicts.decide(row, side)

    def can_merge(self) -> bool:
        """Return whether Merge would do something now."""
        return (
            self.plan is not None
            and self.job is None
            and self.applied is None
            and self.session.writable
            and self._anything_to_merge(self.plan)
        )

    def merge(self) -> bool:
        """Back up both copies, apply the plan with the chosen sides in one transaction."""
        plan, other = self.plan, self.other()
        if not self.can_merge() or plan is None or other is None:
            return False
        self._show_error("")
        store = self.session.store
        decisions = self.decisions()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = keep_other_copy(store.path, other)
            store.backup("before-merge")
            applied = apply_merge(store, plan, lambda c: decisions.get(c, c.newest))
        except FrikommuneError as exc:
            self._show_error(str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.applied, self.kept_copy = applied, kept
        self.session.undo_stack.clear()  # older edits could overwrite what the merge brought
        self.session.announce()
        self._show_merged(plan, applied, other, kept)
        return True

    def _show_merged(self, plan: MergePlan, applied: Applied, other: Path, kept: Path) -> None:
        table = self.ui.conflictTable
        for row in range(self.conflicts.rowCount()):
            table.closePersistentEditor(self.conflicts.index(row, CONFLICT_KEEP))
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        summary = self._summary(plan)
        lines = [self.tr("Merged: {0}").format(summary)]
        if applied.skipped:
            lines.append(self.tr("Not taken over after all (their experiment stays deleted):"))
            lines += [f"• {item_line(item)}" for item in applied.skipped]
        lines.append(
            self.tr(
                "The file was backed up first; the other copy is kept among the backups as {0}."
            ).format(kept.name)
        )
        self.ui.statusLabel.setText("\n".join(lines))
        self.ui.cancelButton.setText(self.tr("&Close"))
        self._update_buttons()
        self.merged.emit(self.tr("Merged {0}: {1}").format(other.name, summary))

    def reject(self) -> None:
        """Close; a copy still being read is forgotten."""
        self.job = None
        super().reject()

    def _update_buttons(self) -> None:
        self.ui.mergeButton.setEnabled(self.can_merge())
        self.ui.copyCombo.setEnabled(self.applied is None)
        self.ui.browseButton.setEnabled(self.applied is None)
        if self.applied is not None:
            return
        if self.session.writable:
            self.ui.noteLabel.setText(
                self.tr(
                    "The merge cannot be undone with Undo, but the file is backed up first. "
                    "Changes made before the merge can no longer be undone either."
                )
            )
        else:
            self.ui.noteLabel.setText(
                self.tr(
                    "The file is read-only (another coordinator has it open): the merge can be "
                    "previewed but not carried out."
                )
            )

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
