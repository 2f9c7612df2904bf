"""Filer → Indlæs ansøgning (Word): read a filled-in application, preview it, import it.

Reading the .docx is the slow part and runs off the GUI thread (gui.jobs); planning against
the store and storing the plan happen on the GUI thread, the plan going onto the undo stack
as one edit. Afterwards the window selects the (first) imported experiment and the dialog
offers "Suggest legal basis…" for the provisions its prose names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QTreeWidgetItem, QWidget

from ..applications.importer import ApplicationImportPlan, plan_parsed_applications
from ..applications.parser import ApplicationParser, ParsedApplication
from ..errors import FrikommuneError
from .forms.ui_word_import_dialog import Ui_WordImportDialog
from .jobs import Job, Progress, start_job
from .session import Session

WORD_FILTER = "Word-dokumenter (*.docx);;Alle filer (*)"
#: The colour problems are written in (as the other dialogs' error lines).
PROBLEM_COLOUR = "#b00020"


class WordImportDialog(QDialog):
    """The preview of importing one Word document, then the import as one undoable step."""

    #: The ids of the experiments the import created or filled in, once it is stored.
    imported = Signal(list)

    def __init__(self, session: Session, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WordImportDialog()
        self.ui.setupUi(self)
        self.session = session
        self.path = Path(path)
        self.plan: ApplicationImportPlan | None = None
        self.job: Job | None = None
        self.stored = False
        self.ui.fileLabel.setText(str(self.path))
        self.ui.fileLabel.setToolTip(str(self.path))
        self.ui.suggestButton.hide()
        self.ui.errorLabel.hide()
        self.ui.importButton.clicked.connect(self.import_plan)
        self.ui.suggestButton.clicked.connect(lambda: self.suggest_legal_basis())
        self.ui.copyButton.clicked.connect(self.copy_report)
        self.ui.closeButton.clicked.connect(self.reject)
        self.read()

    # -- reading and planning ----------------------------------------------------------------

    def read(self) -> None:
        """Read the document off the GUI thread; the preview follows when it is read."""
        self.plan = None
        self.ui.importButton.setEnabled(False)
        self.ui.copyButton.setEnabled(False)
        self.ui.progressBar.show()
        self.ui.errorLabel.hide()
        self.ui.statusLabel.setText(self.tr("Reading {0}…").format(self.path.name))
        path = self.path

        def work(_progress: Progress) -> list[ParsedApplication]:
            return ApplicationParser().parse_file(path)

        self.job = start_job(work, succeeded=self._read, failed=self._failed)

    def _read(self, applications: list[ParsedApplication]) -> None:
        self._reading_done()
        try:
            self.plan = plan_parsed_applications(self.session.store, self.path.name, applications)
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

    def _show_plan(self, plan: ApplicationImportPlan) -> None:
        tree = self.ui.reportTree
        tree.clear()
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
        bold = QFont(tree.font())
        bold.setBold(True)
        for title, lines, icon, colour in groups:
            if not lines:
                continue
            group = QTreeWidgetItem(tree, [title.format(len(lines))])
            group.setFont(0, bold)
            if icon is not None:
                group.setIcon(0, icon)
            for line in lines:
                item = QTreeWidgetItem(group, [line.strip()])
                item.setToolTip(0, line.strip())
                if colour is not None:
                    item.setForeground(0, QBrush(QColor(colour)))
            group.setExpanded(True)
        tree.show()
        self.ui.copyButton.setEnabled(True)
        count = len(plan.applications)
        if not plan.changes_anything:
            text = self.tr(
                "{0} application(s) read. The network file already holds all of it: "
                "nothing to import."
            ).format(count)
        else:
            text = self.tr(
                "{0} application(s) read. Press Import to store it all in one step "
                "(Ctrl+Z undoes it)."
            ).format(count)
        if plan.problems:
            text += " " + self.tr("Parts that could not be read are marked; they are left out.")
        if not self.session.writable:
            text += " " + self.session.read_only_message()
        self.ui.statusLabel.setText(text)
        self.ui.importButton.setEnabled(plan.changes_anything and self.session.writable)

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
        text = self.tr("Imported: {0} (Ctrl+Z undoes it).").format(self.path.name)
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
        """Put the report (changes, problems, references) on the clipboard as lines."""
        if self.plan is not None:
            QGuiApplication.clipboard().setText("\n".join(self.plan.report()) + "\n")

    def reject(self) -> None:
        """Close; a document still being read is left to finish unused."""
        if self.job is not None:
            self.job.progress.cancel()
        super().reject()
