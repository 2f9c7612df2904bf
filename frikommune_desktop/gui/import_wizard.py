"""The import wizard: choose spreadsheets, see what each row will do, then store it all.

Reading the files is the slow part and runs off the GUI thread (gui.jobs), with progress and
a stop button; it needs no network file. Planning against the store and storing the plan
happen on the GUI thread, the plan going onto the undo stack as one edit.

Where the spreadsheets would change rows the whole network shares, a third page shows each
change, old and new text side by side, to accept or reject (gui.import_shared); only the
accepted ones are stored, with the rest of the import in the same edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHeaderView, QLineEdit, QWidget, QWizard

from ..errors import InputRefusedError, Problem
from ..sheets.importer import (
    Action,
    ImportPlan,
    changes_anything,
    plan_workbooks,
    read_workbooks,
)
from ..sheets.reader import WorkbookData
from .forms.ui_import_wizard import Ui_ImportWizard
from .import_shared import SharedChangesPage
from .jobs import Job, Progress, start_job
from .models.base import RowTableModel
from .models.import_plan import ChangeTableModel, ProblemTableModel, table_as_text
from .panel_sizes import stretch_detail_column
from .session import Session

SHEET_FILTER = "Excel-regneark (*.xlsx *.xlsm);;Alle filer (*)"


class ImportWizard(QWizard):
    """The files, then the preview (or the problems) of importing them, then (if any) the
    changes to the network's shared text, each to accept or reject."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, files: Sequence[Path] = ()
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportWizard()
        self.ui.setupUi(self)
        self.session = session
        self.plan: ImportPlan | None = None
        self.problems: list[Problem] = []
        self.job: Job | None = None
        self.changes = ChangeTableModel(self)
        self.problem_rows = ProblemTableModel(self)
        self.shared = SharedChangesPage(self.ui, self)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Import"))
        # Import is possible only with a plan that changes something: a mandatory field the
        # page watches ("*"), filled when such a plan is ready, makes QWizard enable Finish.
        self._ready = QLineEdit(self.ui.previewPage)
        self._ready.hide()
        self.ui.previewPage.registerField("planReady*", self._ready)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.ui.addFilesButton.clicked.connect(self.choose_files)
        self.ui.removeFilesButton.clicked.connect(self._remove_selected)
        self.ui.copyButton.clicked.connect(self.copy_table)
        self.ui.cancelReadButton.clicked.connect(self._cancel_reading)
        self.ui.showUnchangedCheck.toggled.connect(self._show_changes)
        self.add_files(files)

    # -- files ------------------------------------------------------------------------------

    def files(self) -> list[Path]:
        """Return the chosen spreadsheets, in the order shown."""
        items = (self.ui.fileList.item(i) for i in range(self.ui.fileList.count()))
        return [Path(item.data(Qt.ItemDataRole.UserRole)) for item in items]

    def add_files(self, paths: Sequence[Path | str]) -> None:
        """Add spreadsheets to the list (each once)."""
        chosen = set(self.files())
        for path in map(Path, paths):
            if path not in chosen:
                self.ui.fileList.addItem(path.name)
                item = self.ui.fileList.item(self.ui.fileList.count() - 1)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                item.setToolTip(str(path))
                chosen.add(path)

    def choose_files(self) -> None:
        """Ask for spreadsheets and add them to the list."""
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose spreadsheets"), "", SHEET_FILTER
        )
        self.add_files(names)

    def _remove_selected(self) -> None:
        for item in self.ui.fileList.selectedItems():
            self.ui.fileList.takeItem(self.ui.fileList.row(item))

    # -- pages ------------------------------------------------------------------------------

    def validateCurrentPage(self) -> bool:
        """Go on from the file page only with at least one spreadsheet chosen."""
        if self.currentPage() is self.ui.filesPage and not self.files():
            self.ui.filesPage.setSubTitle(self.tr("Choose at least one spreadsheet first."))
            return False
        return super().validateCurrentPage()

    def nextId(self) -> int:
        """After the preview comes the page of shared changes, if the plan has any."""
        if self.currentPage() is self.ui.previewPage:
            if self.plan is not None and self.plan.shared:
                return self.pageIds()[-1]
            return -1
        return super().nextId()

    def initializePage(self, page_id: int) -> None:
        """Start reading the files when the preview page opens."""
        super().initializePage(page_id)
        if self.page(page_id) is self.ui.previewPage:
            self.read_files()

    def read_files(self) -> None:
        """Read the chosen files off the GUI thread; the preview follows when done."""
        self.plan, self.problems = None, []
        self._set_finish_enabled(False)
        self.ui.table.setModel(None)
        self.ui.summaryLabel.setText(self.tr("Reading the spreadsheets…"))
        self.ui.progressBar.show()
        self.ui.progressBar.setValue(0)
        self.ui.cancelReadButton.show()
        self.ui.copyButton.hide()
        self.ui.showUnchangedCheck.hide()
        files = self.files()

        def work(progress: Progress) -> tuple[list[WorkbookData], list[Problem]]:
            return read_workbooks(files, progress=progress.report)

        self.job = start_job(
            work,
            progress=self._progress,
            succeeded=self._read,
            failed=self._failed,
            cancelled=self._cancelled,
        )

    def _progress(self, done: int, total: int, name: str) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)
        self.ui.summaryLabel.setText(
            self.tr("Reading {0} ({1} of {2})…").format(name, done + 1, total)
        )

    def _read(self, outcome: tuple[list[WorkbookData], list[Problem]]) -> None:
        self._reading_done()
        workbooks, problems = outcome
        try:
            self.plan = plan_workbooks(self.session.store, workbooks, problems)
        except InputRefusedError as exc:
            self._show_problems(exc.problems)
            return
        self.ui.showUnchangedCheck.show()
        self._show_changes()
        plan = self.plan
        self.shared.show_changes(plan.shared)
        if plan.shared:
            text = self.tr(
                "{0} Next shows each change to the network's shared text, the old text beside "
                "the new, to accept or reject."
            )
        elif plan.changes_anything:
            text = self.tr("{0} Press Import to store it all in one step (Ctrl+Z undoes it).")
        else:
            text = self.tr("{0} The network file already holds all of it: nothing to import.")
        self.ui.summaryLabel.setText(text.format(plan.summary()))
        self._set_finish_enabled(plan.offers_anything and self.session.writable)
        # QWizard asks nextId() (Next or Import?) when a page opens; setFinalPage makes it ask
        # again now that the plan says whether a page of shared changes follows.
        self.ui.previewPage.setFinalPage(False)

    def _show_changes(self) -> None:
        if self.plan is None:
            return
        keep_all = self.ui.showUnchangedCheck.isChecked()
        rows = [c for c in self.plan.changes if keep_all or c.action is not Action.UNCHANGED]
        self.changes.set_rows(rows)
        self._show_table(self.changes)

    def _show_problems(self, problems: list[Problem]) -> None:
        self.problems = problems
        self.problem_rows.set_rows(problems)
        self._show_table(self.problem_rows)
        self.ui.copyButton.show()
        count = len(problems)
        self.ui.summaryLabel.setText(
            self.tr(
                "Nothing can be imported: {0} problem(s) in the spreadsheets. Correct them and "
                "try again; Copy table gives the list to send to the municipality."
            ).format(count)
        )

    def _show_table(self, model: RowTableModel) -> None:
        self.ui.table.setModel(model)
        self.ui.table.resizeColumnsToContents()
        header = self.ui.table.horizontalHeader()
        for column in range(model.columnCount()):
            header.resizeSection(column, min(header.sectionSize(column), 300))
        stretch_detail_column(self.ui.table)
        self.ui.copyButton.show()

    def _failed(self, message: str) -> None:
        self._reading_done()
        self.ui.summaryLabel.setText(message)

    def _cancelled(self) -> None:
        self._reading_done()
        self.ui.summaryLabel.setText(self.tr("Reading was stopped. Nothing was imported."))

    def _cancel_reading(self) -> None:
        if self.job is not None:
            self.job.progress.cancel()

    def _reading_done(self) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.ui.cancelReadButton.hide()

    def _set_finish_enabled(self, enabled: bool) -> None:
        self._ready.setText("ready" if enabled else "")

    # -- the end ----------------------------------------------------------------------------

    def copy_table(self) -> None:
        """Put the table shown (problems or changes) on the clipboard as tab-separated text."""
        model = self.ui.table.model()
        if isinstance(model, RowTableModel):
            QGuiApplication.clipboard().setText(table_as_text(model))

    def accept(self) -> None:
        """Store the plan with the accepted shared changes as one undoable edit, then close."""
        if self.plan is None or not self.plan.offers_anything:
            return
        edit = self.plan.edit_with(self.shared.accepted())
        if not changes_anything(edit):  # every shared change rejected, nothing else to store
            super().accept()
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            stored = self.session.do(edit)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if stored:
            super().accept()

    def reject(self) -> None:
        """Stop reading (if still going) and close without importing anything."""
        self._cancel_reading()
        super().reject()
