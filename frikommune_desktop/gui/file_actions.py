"""The main window's actions that open a dialog over the open file: the spreadsheet and Word
imports, the round export, the spreadsheet template, and the coordinator's profile.

Like file_safety, a helper of the main window that knows the file controller, not the window;
its texts keep the "MainWindow" translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ..errors import FrikommuneError
from .file_controller import FileController
from .startup import delete_on_close

if TYPE_CHECKING:
    from .export_dialog import ExportDialog
    from .import_wizard import ImportWizard
    from .profile_dialog import ProfileDialog
    from .word_import import WordImportDialog


class FileActions:
    """Imports, export, template and profile, each opened window-modal over the main window."""

    def __init__(
        self,
        controller: FileController,
        parent: QWidget,
        show_error: Callable[[str], None],
        say: Callable[[str], None],
        show_experiment: Callable[[str], None],
    ) -> None:
        self.controller = controller
        self.parent = parent
        self.show_error = show_error
        self.say = say
        self.show_experiment = show_experiment

    def import_spreadsheets(self) -> ImportWizard | None:
        """Open the import wizard over the open file (window-modal) and return it."""
        session = self.controller.session
        if session is None:
            return None
        from .import_wizard import ImportWizard

        wizard = ImportWizard(session, self.parent)
        delete_on_close(wizard)
        wizard.open()
        return wizard

    def import_application(self, paths: Path | list[Path] | None = None) -> WordImportDialog | None:
        """Ask for Word applications, one or several (unless given), then preview and import
        them; return the dialog (window-modal). A read-only file is refused with the
        read-only message."""
        session = self.controller.session
        if session is None:
            return None
        if not session.writable:
            self.show_error(session.read_only_message())
            return None
        from .word_import import WORD_FILTER, WordImportDialog

        if paths is None:
            names, _ = QFileDialog.getOpenFileNames(
                self.parent,
                QCoreApplication.translate("MainWindow", "Import application (Word)"),
                "",
                WORD_FILTER,
            )
            if not names:
                return None
            paths = [Path(name) for name in names]
        dialog = WordImportDialog(session, paths, self.parent)
        delete_on_close(dialog)
        dialog.imported.connect(self._show_imported)
        dialog.open()
        return dialog

    def _show_imported(self, experiment_ids: list[str]) -> None:
        """Show the Forsøg view with the (first) experiment an import created or filled in (the
        import's change, announced, brings the views up to date)."""
        if experiment_ids:
            self.show_experiment(experiment_ids[0])

    def export_round(self) -> ExportDialog | None:
        """Open the export dialog over the open file (window-modal) and return it."""
        session = self.controller.session
        if session is None:
            return None
        from .export_dialog import ExportDialog

        dialog = ExportDialog(session, self.parent)
        delete_on_close(dialog)
        dialog.open()
        return dialog

    def save_template(self) -> None:
        """Ask where, then save the spreadsheet template with this network's lists."""
        if self.controller.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.parent,
            QCoreApplication.translate("MainWindow", "Save spreadsheet template"),
            "indberetning.xlsx",
            "Excel (*.xlsx)",
        )
        if name:
            self.write_template(Path(name))

    def write_template(self, path: Path) -> bool:
        """Write the spreadsheet template with this network's lists to a path."""
        from ..sheets.template import write_template

        session = self.controller.session
        if session is None:
            return False
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        try:
            write_template(path, session.store)
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return False
        self.say(QCoreApplication.translate("MainWindow", "Template saved: {0}").format(path))
        return True

    def edit_profile(self) -> ProfileDialog:
        """Open Om dig (the coordinator's name and municipality), window-modal; return it."""
        from .profile_dialog import ProfileDialog

        session = self.controller.session
        store = session.store if session is not None else None
        dialog = ProfileDialog(
            self.parent,
            open_file=store.path if store else None,
            open_as=store.user if store else "",
        )
        delete_on_close(dialog)
        dialog.saved.connect(self._profile_saved)
        dialog.open()
        return dialog

    def _profile_saved(self) -> None:
        """Say where the saved name applies."""
        if self.controller.session is None:
            message = QCoreApplication.translate("MainWindow", "Your profile is saved.")
        else:
            message = QCoreApplication.translate(
                "MainWindow",
                "Your profile is saved; the new name is used from the next time you open a file.",
            )
        self.say(message)
