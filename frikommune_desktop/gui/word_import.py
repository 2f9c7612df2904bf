"""Filer → Indlæs ansøgning (Word): read filled-in applications (one or several documents),
preview them, import them.

Reading the .docx files is the slow part and runs off the GUI thread (gui.jobs); planning
against the store and storing the plan happen on the GUI thread, the plan of all documents
going onto the undo stack as one edit. With several documents the preview shows each
document with its own changes and problems; one document that cannot be imported at all
(not a Word document, no application in it) stops the import of all. Afterwards the window
selects the (first) imported experiment and the dialog offers "Suggest legal basis…" for
the provisions the prose names.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QTreeWidgetItem, QWidget

from ..applications.documents import (
    DocumentsImportPlan,
    ReadDocument,
    plan_documents,
    read_documents,
)
from ..applications.importer import ApplicationImportPlan
from ..errors import FrikommuneError, InputRefusedError
from .forms.ui_word_import_dialog import Ui_WordImportDialog
from .jobs import Job, Progress, start_job
from .session import Session

WORD_FILTER = "Word-dokumenter (*.docx);;Alle filer (*)"
#: The colour problems are written in (as the other dialogs' error lines).
PROBLEM_COLOUR = "#b00020"


class WordImportDialog(QDialog):
    """The preview of importing Word documents, then the import as one undoable step."""

    #: The ids of the experiments the import created or filled in, once it is stored.
    imported = Signal(list)

    def __init__(
        self, session: Session, paths: Path | Sequence[Path], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_WordImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.paths = [Path(paths)] if isinstance(paths, (str, Path)) else list(map(Path, paths))
        self.plan: DocumentsImportPlan | None = None
        self.job: Job | None = None
        self.stored = False
        if len(self.paths) == 1:
            self.ui.fileLabel.setText(str(self.paths[0]))
        else:
            self.ui.fileCaption.setText(self.tr("Documents:"))
            self.ui.fileLabel.setText(", ".join(path.name for path in self.paths))
        self.ui.fileLabel.setToolTip("\n".join(map(str, self.paths)))
        self.ui.suggestButton.hide()
        self.ui.errorLabel.hide()
        self.ui.importButton.clicked.connect(self.import_plan)
        self.ui.suggestButton.clicked.connect(lambda: self.suggest_legal_basis())
        self.ui.copyButton.clicked.connect(self.copy_report)
        self.ui.closeButton.clicked.connect(self.reject)
        self.read()

    # -- reading and planning ----------------------------------------------------------------

    @property
    def names(self) -> str:
        """Return the documents' names as the dialog says them ('a.docx, b.docx')."""
        return ", ".join(path.name for path in self.paths)

    def read(self) -> None:
        """Read the documents off the GUI thread; the preview follows when they are read."""
        self.plan = None
        self.ui.importButton.setEnabled(False)
        self.ui.copyButton.setEnabled(False)
        self.ui.progressBar.show()
        self.ui.errorLabel.hide()
        self.ui.statusLabel.setText(self.tr("Reading {0}…").format(self.names))
        paths = self.paths

        def work(_progress: Progress) -> list[ReadDocument]:
            return read_documents(paths)

        self.job = start_job(work, succeeded=self._read, failed=self._failed)

    def _read(self, documents: list[ReadDocument]) -> None:
        self._reading_done()
        if len(documents) == 1 and documents[0].refused:  # one file, not to be read: say why
            self._failed(str(InputRefusedError(documents[0].refused)))
            return
        try:
            self.plan = plan_documents(self.session.store, documents)
        except FrikommuneError as exc:
            self._failed(str(exc))
            return
        self._show_plan(self.plan)

    def _failed(self, message: str) -> None:
        self._reading_done()
        self.ui.statusLabel.setText(self.tr("Nothing was imported."))
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.show()
        self.ui.reportTree.hide()

    def _reading_done(self) -> None:
        self.job = None
        self.ui.progressBar.hide()

    def _show_plan(self, plan: DocumentsImportPlan) -> None:
        tree = self.ui.reportTree
        tree.clear()
        if len(plan.documents) == 1:
            self._add_groups(tree.invisibleRootItem(), plan.documents[0])
        else:  # the documents that stop the import first; then nothing else is to be stored
            failed = plan.failed
            for document in [*failed, *(d for d in plan.documents if d not in failed)]:
                self._add_document(document, show_changes=not failed)
        tree.show()
        self.ui.copyButton.setEnabled(True)
        count = plan.applications
        if plan.failed:
            text = self.tr(
                "Nothing can be imported: {0} of the {1} documents cannot be imported (marked "
                "below). Choose the documents again without them, or correct them first."
            ).format(len(plan.failed), len(plan.documents))
        elif not plan.changes_anything:
            text = self.tr(
                "{0} application(s) read. The network file already holds all of it: "
                "nothing to import."
            ).format(count)
        else:
            text = self.tr(
                "{0} application(s) read. Press Import to store it all in one step "
                "(Ctrl+Z undoes it)."
            ).format(count)
        if not plan.failed and any(document.problems for document in plan.documents):
            text += " " + self.tr("Parts that could not be read are marked; they are left out.")
        if not self.session.writable:
            text += " " + self.session.read_only_message()
        self.ui.statusLabel.setText(text)
        self.ui.importButton.setEnabled(plan.changes_anything and self.session.writable)

    def _add_document(self, document: ApplicationImportPlan, show_changes: bool) -> None:
        """Add one document's heading (its name and what it holds) with its groups under it
        (its changes folded up unless `show_changes`)."""
        if document.failed:
            state = self.tr("cannot be imported")
        else:
            state = self.tr("{0} application(s)").format(len(document.applications))
        item = QTreeWidgetItem(self.ui.reportTree, [f"{document.file} — {state}"])
        bold = QFont(self.ui.reportTree.font())
        bold.setBold(True)
        item.setFont(0, bold)
        if document.failed:
            item.setIcon(0, self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
            item.setForeground(0, QBrush(QColor(PROBLEM_COLOUR)))
        self._add_groups(item, document, show_changes)
        item.setExpanded(True)

    def _add_groups(
        self, parent: QTreeWidgetItem, plan: ApplicationImportPlan, show_changes: bool = True
    ) -> None:
        """Add a document's groups: what could not be read, its changes, its references."""
        style = self.style()
        groups = (
            (
                self.tr("Could not be read ({0})"),
                plan.problems,
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning),
                PROBLEM_COLOUR,
            ),
            (self.tr("Added or changed ({0})"), plan.lines, None, None),
            (
                self.tr("Legal references in the text, not imported ({0})"),
                plan.suggestions,
                style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                None,
            ),
        )
        bold = QFont(self.ui.reportTree.font())
        bold.setBold(True)
        for title, lines, icon, colour in groups:
            if not lines:
                continue
            group = QTreeWidgetItem(parent, [title.format(len(lines))])
            group.setFont(0, bold)
            if icon is not None:
                group.setIcon(0, icon)
            for line in lines:
                item = QTreeWidgetItem(group, [line.strip()])
                item.setToolTip(0, line.strip())
                if colour is not None:
                    item.setForeground(0, QBrush(QColor(colour)))
            group.setExpanded(show_changes or lines is plan.problems)

    # -- importing ------------------------------------------------------------------------------

    def import_plan(self) -> bool:
        """Store the plan as one undoable edit; the window then shows the experiment."""
        plan = self.plan
        if plan is None or not plan.changes_anything or self.stored:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            stored = self.session.do(plan.edit)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not stored:
            return False
        self.stored = True
        self.ui.importButton.hide()
        text = self.tr("Imported: {0} (Ctrl+Z undoes it).").format(self.names)
        if plan.suggestions and plan.experiment_ids:
            text += " " + self.tr(
                "The texts name {0} provision(s) not in a table: Suggest legal basis offers them."
            ).format(len(plan.suggestions))
        self.ui.statusLabel.setText(text)
        if plan.experiment_ids:
            self.ui.suggestButton.show()
            self.ui.suggestButton.setDefault(True)
            self.ui.suggestButton.setFocus()
        self.imported.emit(list(plan.experiment_ids))
        return True

    def suggest_legal_basis(self) -> QDialog | None:
        """Close, and open the legal-basis suggestions of the first imported experiment."""
        if self.plan is None or not self.plan.experiment_ids:
            return None
        from .suggestions_dialog import SuggestionsDialog

        dialog = SuggestionsDialog(self.session, self.plan.experiment_ids[0], self.parentWidget())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.accept()
        dialog.open()
        return dialog

    def copy_report(self) -> None:
        """Put the report (changes, problems, references; by document) on the clipboard."""
        if self.plan is not None:
            QGuiApplication.clipboard().setText("\n".join(self.plan.report()) + "\n")

    def reject(self) -> None:
        """Close; a document still being read is left to finish unused."""
        if self.job is not None:
            self.job.progress.cancel()
        super().reject()
