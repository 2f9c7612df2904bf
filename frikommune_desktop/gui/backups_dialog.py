"""The backups dialog: the open file's backups, newest first, checked, and one restored.

Listing the backups is quick (their names and sizes); checking them reads every backup in
full, so that runs off the GUI thread (gui.jobs) and touches no store. Only a backup found
sound can be restored. The window holds the file's lock, so restoring goes through the file
controller: off the GUI thread it closes the file, puts the backup in its place (the file as it
was is kept as a backup first) and opens it again the way every file is opened.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from ..db.backups import backups_dir
from ..errors import FrikommuneError
from ..sharing.recovery import check_backup, describe_backups
from .file_controller import FileController
from .forms.ui_backups_dialog import Ui_BackupsDialog
from .jobs import Job, Progress, start_job
from .models.backups import BACKUP_REASON, BACKUP_TAKEN, BackupRow, BackupsModel


class BackupsDialog(QDialog):
    """List, check and restore the backups of the file the controller has open."""

    def __init__(self, controller: FileController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if controller.session is None:
            raise ValueError("the backups dialog needs an open file")
        self.ui = Ui_BackupsDialog()
        self.ui.setupUi(self)
        self.controller = controller
        self.path = Path(controller.session.store.path)
        self.job: Job | None = None
        # Whether this dialog asked the controller to restore (and waits to hear how it went).
        self.restoring = False
        controller.restored.connect(self._restored)
        controller.restoreFailed.connect(self._restore_failed)
        controller.busyChanged.connect(self._busy_changed)
        # Show the folder in the file manager when asked; tests switch it off.
        self.open_in_file_manager = True
        self.model = BackupsModel(self)
        ui = self.ui
        self._folder = str(backups_dir(self.path))
        ui.folderLabel.setToolTip(self._folder)
        ui.folderLabel.installEventFilter(self)  # the path is elided in the middle to fit
        table = ui.backupsTable
        table.setModel(self.model)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(BACKUP_REASON, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.sortByColumn(BACKUP_TAKEN, Qt.SortOrder.DescendingOrder)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.progressBar.hide()
        ui.errorLabel.hide()
        ui.restoreButton.clicked.connect(lambda: self.restore())
        ui.closeButton.clicked.connect(self.reject)
        ui.openFolderButton.clicked.connect(lambda: self.open_folder())
        self.reload()

    # -- listing and checking ---------------------------------------------------------------

    def reload(self) -> Job | None:
        """List the backups now and start checking them off the GUI thread."""
        self._stop_checking()
        selected = self.selected()
        try:
            backups = describe_backups(self.path)
        except OSError as exc:  # the data folder cannot be read
            self.model.set_backups([])
            self.ui.statusLabel.clear()
            self._show_error(self.tr("The backups cannot be listed: {0}").format(exc))
            self._update_buttons()
            return None
        self.model.set_backups(backups)
        self._fit_columns()
        self.select(selected.path if selected else backups[0].path if backups else None)
        if not backups:
            self.ui.statusLabel.setText(self.tr("There are no backups of this file yet."))
            self._update_buttons()
            return None
        paths = [info.path for info in backups]
        self.ui.statusLabel.setText(self.tr("Checking {0} backup(s)…").format(len(paths)))
        self.ui.progressBar.setRange(0, len(paths))
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.show()

        def work(progress: Progress) -> dict[Path, list[str]]:
            found = {}
            for done, path in enumerate(paths):
                progress.report(done, len(paths), path.name)
                found[path] = check_backup(path)
            progress.report(len(paths), len(paths))
            return found

        self.job = start_job(
            work, progress=self._progress, succeeded=self._checked, failed=self._failed
        )
        self._update_buttons()
        return self.job

    def checking(self) -> bool:
        """Return whether the backups are still being checked."""
        return self.job is not None

    def _current_job(self) -> bool:
        """Return whether the job that sent the signal is the one checking the listed backups."""
        return self.job is not None and self.sender() is self.job.signals

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self._current_job():
            self.ui.progressBar.setValue(done)

    def _checked(self, found: dict[Path, list[str]]) -> None:
        if not self._current_job():
            return
        self._checking_done()
        selected = self.selected()
        self.model.set_backups([row.info for row in self.model.rows()], found)
        self.select(selected.path if selected else None)
        damaged = sum(1 for problems in found.values() if problems)
        if damaged:
            text = self.tr("{0} backup(s), {1} damaged: a damaged backup cannot be restored.")
            self.ui.statusLabel.setText(text.format(len(found), damaged))
        else:
            self.ui.statusLabel.setText(self.tr("{0} backup(s), all sound.").format(len(found)))
        self._update_buttons()

    def _failed(self, message: str) -> None:
        if not self._current_job():
            return
        self._checking_done()
        self.ui.statusLabel.clear()
        self._show_error(message)
        self._update_buttons()

    def _checking_done(self) -> None:
        self.job = None
        self.ui.progressBar.hide()

    def _stop_checking(self) -> None:
        if self.job is not None:
            self.job.progress.cancel()
        self.job = None
        self.ui.progressBar.hide()

    def _fit_columns(self) -> None:
        table = self.ui.backupsTable
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        for column in range(header.count()):  # room for 'Checking…' turning into 'Damaged'
            header.resizeSection(column, header.sectionSize(column) + 16)

    # -- choosing and restoring -------------------------------------------------------------

    def selected(self) -> BackupRow | None:
        """Return the backup chosen in the table (None when none is)."""
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return self.model.backup_at(rows[0].row()) if rows else None

    def select(self, path: Path | None) -> bool:
        """Choose the backup at a path in the table; False if it is not listed."""
        row = self.model.row_of(path) if path is not None else -1
        selection = self.ui.backupsTable.selectionModel()
        if row < 0:
            selection.clearSelection()
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        index = self.model.index(row, 0)
        selection.setCurrentIndex(index, flags)
        self.ui.backupsTable.scrollTo(index)
        return True

    def can_restore(self) -> bool:
        """Return whether Restore would act now: a sound backup chosen, the file held here."""
        session, row = self.controller.session, self.selected()
        return (
            session is not None
            and session.writable
            and not self.controller.busy
            and row is not None
            and row.healthy is True
        )

    def restore(self, confirm: bool = True) -> bool:
        """Put the chosen backup in place of the file (after asking, unless confirm=False);
        return whether the controller was asked to. The dialog closes once it is restored and
        shows why if it could not be."""
        row = self.selected()
        if row is None or not self.can_restore():
            return False
        if confirm and not self._confirmed(row):
            return False
        self._stop_checking()
        self._show_error("")
        try:
            self.controller.restore(row.path)
        except FrikommuneError as exc:
            self._show_error(str(exc))
            self.reload()
            return False
        self.restoring = True
        self.ui.statusLabel.setText(self.tr("Restoring the backup …"))
        self._update_buttons()
        return True

    def _busy_changed(self, _busy: bool) -> None:
        self._update_buttons()

    def _restored(self, _kept: Path | None) -> None:
        if self.restoring:
            self.restoring = False
            self.accept()

    def _restore_failed(self, message: str) -> None:
        if self.restoring:
            self.restoring = False
            self._show_error(message)
            self.reload()

    def confirmation(self, row: BackupRow) -> QMessageBox:
        """Return the question asked before a backup is restored (not yet shown)."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore backup"),
            self.tr("Restore the backup from {0}?").format(row.info.local_time()),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(
            self.tr(
                "The backup is put in place of {0}. The current file is kept as a backup first, so "
                "the restore can itself be undone from this list. Changes made after {1} are not "
                "in the backup."
            ).format(self.path.name, row.info.local_time())
        )
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(restore)
        return box

    def _confirmed(self, row: BackupRow) -> bool:
        box = self.confirmation(row)
        box.exec()
        accepted = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        return accepted

    # -- the folder ---------------------------------------------------------------------------

    def open_folder(self) -> Path:
        """Show the backups folder in the file manager (created if missing); return it."""
        folder = backups_dir(self.path)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._show_error(self.tr("The folder {0} cannot be made: {1}").format(folder, exc))
            return folder
        if self.open_in_file_manager and not QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(folder))
        ):
            self._show_error(self.tr("The folder {0} could not be opened.").format(folder))
        return folder

    def folder_text(self) -> str:
        """Return the backups folder in full (the label may show it shortened)."""
        return self._folder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Shorten the folder's path in the middle to the width its label has."""
        if watched is self.ui.folderLabel and event.type() == QEvent.Type.Resize:
            label = self.ui.folderLabel
            label.setText(
                label.fontMetrics().elidedText(
                    self._folder, Qt.TextElideMode.ElideMiddle, label.contentsRect().width()
                )
            )
        return super().eventFilter(watched, event)

    # -- state --------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        """Close; checking still under way is stopped."""
        self._stop_checking()
        super().done(result)

    def _update_buttons(self) -> None:
        self.ui.restoreButton.setEnabled(self.can_restore())
        self.ui.noteLabel.setText(self._note())
        self.ui.noteLabel.setVisible(bool(self.ui.noteLabel.text()))

    def _note(self) -> str:
        """Return why Restore cannot be used now ('' when it can, or nothing is chosen)."""
        session, row = self.controller.session, self.selected()
        if session is None:
            return self.tr("The network file is not open, so no backup can be restored.")
        if not session.writable:
            holder = session.store.holder
            if holder is None:
                return self.tr("The file is open read-only, so no backup can be restored.")
            return self.tr(
                "No backup can be restored while {0} (on {1}) has the file open: here it is "
                "read-only. Restoring is possible once the file is free (Check again in the "
                "window)."
            ).format(holder.user, holder.host)
        if row is None:
            return ""
        if row.healthy is None:
            return self.tr(
                "The chosen backup is being checked; it can be restored once it is found sound."
            )
        if row.healthy is False:
            return self.tr("The chosen backup is damaged and cannot be restored: {0}").format(
                "; ".join(row.problems or ())
            )
        return ""

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
