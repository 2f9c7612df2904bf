"""The export dialog: write a round's submission (or orientation letter), edit the cover letter.

The round is gathered from the store on the GUI thread; only writing the files (PDF, Word,
Excel) runs off it, through gui.jobs, with progress and a stop button. The letter's texts are
fields of the network, stored as one undoable edit; marking the round as submitted is another.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QLineEdit, QPlainTextEdit, QWidget

from ..dates import short_date
from ..edits import MarkRoundSubmitted, UpdateRecord
from ..errors import FrikommuneError
from ..exports.content import round_content
from ..exports.letter import (
    APPLICATIONS_PLACEHOLDER,
    DEFAULT_CLOSING,
    DEFAULT_RESERVATION,
    default_subject,
)
from ..exports.round_export import (
    ExportResult,
    orientation_content,
    write_orientation_files,
    write_round_files,
)
from ..model import Contact, Network, Round, municipality_display_name
from ..submission import round_experiments
from .forms.ui_export_dialog import Ui_ExportDialog
from .jobs import Job, Progress, start_job
from .mnemonics import give_mnemonics
from .session import Session


def default_folder(network_file: Path, deadline: str) -> Path:
    """Return where a round is exported unless told otherwise: beside the network file."""
    return network_file.parent / f"eksport-{deadline}"


class ExportDialog(QDialog):
    """Export a round's files (first tab); edit the cover letter's texts (second tab)."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        give_mnemonics(self)  # Alt+letter for each field
        self.session = session
        self.job: Job | None = None
        self.last_result: ExportResult | None = None
        # Open the written bundle (or letter) when done; tests switch it off.
        self.open_when_done = True
        self._default_folder = ""
        self._default_date = ""  # the letter's date shown unless the user wrote another
        self._mark_deadline = ""
        self._busy = False
        self._loaded: dict[str, Any] = {}
        self._rounds: dict[str, tuple[Round, int]] = {}
        ui = self.ui
        self._lines: dict[str, QLineEdit] = {
            "letter_subject": ui.subjectEdit,
            "sender_name": ui.senderNameEdit,
            "sender_email": ui.senderEmailEdit,
            "sender_phone": ui.senderPhoneEdit,
            "case_number": ui.caseNumberEdit,
            "document_number": ui.documentNumberEdit,
            "recipient_name": ui.recipientNameEdit,
        }
        self._texts: dict[str, QPlainTextEdit] = {
            "letter_intro": ui.introEdit,
            "letter_reservation": ui.reservationEdit,
            "letter_closing": ui.closingEdit,
            "sender_address": ui.senderAddressEdit,
            "recipient_address": ui.recipientAddressEdit,
        }
        self._combos: dict[str, QComboBox] = {
            "signatory_id": ui.signatoryCombo,
            "coordinator_id": ui.coordinatorCombo,
        }
        ui.introEdit.setPlaceholderText(
            self.tr(
                "Empty: one standard sentence. Write {0} where the list of the round's "
                "applications goes; without it the list follows the introduction."
            ).format(APPLICATIONS_PLACEHOLDER)
        )
        ui.reservationEdit.setPlaceholderText(DEFAULT_RESERVATION)
        ui.closingEdit.setPlaceholderText(DEFAULT_CLOSING)
        ui.progressBar.hide()
        ui.errorLabel.hide()
        ui.stopButton.setEnabled(False)
        ui.roundCombo.currentIndexChanged.connect(self._round_changed)
        ui.browseButton.clicked.connect(self.choose_folder)
        ui.bundleRadio.toggled.connect(self._update_writable)
        ui.bundleRadio.toggled.connect(self._update_letter_date)
        ui.saveTextsButton.clicked.connect(self.save_texts)
        ui.exportButton.clicked.connect(self.start_export)
        ui.stopButton.clicked.connect(self.stop)
        ui.closeButton.clicked.connect(self.reject)
        session.changed.connect(self._file_changed)
        session.stateChanged.connect(self._update_writable)
        self._fill_rounds()
        self._select_default_round()
        self._load_texts()
        self._update_writable()

    # -- the round and the folder -----------------------------------------------------------

    def deadline(self) -> str:
        """Return the chosen round's deadline (ISO date), '' when the file has no rounds."""
        return self.ui.roundCombo.currentData() or ""

    def set_round(self, deadline: str) -> bool:
        """Choose the round with this deadline; return whether the file has it."""
        index = self.ui.roundCombo.findData(deadline)
        if index >= 0:
            self.ui.roundCombo.setCurrentIndex(index)
        return index >= 0

    def folder(self) -> Path | None:
        """Return the folder the files go to (None when the field is empty)."""
        text = self.ui.folderEdit.text().strip()
        return Path(text) if text else None

    def set_folder(self, path: Path | str) -> None:
        """Write the files to this folder."""
        self.ui.folderEdit.setText(str(path))

    def choose_folder(self) -> None:
        """Ask for the folder to export to."""
        current = self.folder()
        start = current if current is not None and current.is_dir() else self._file().parent
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the export"), str(start)
        )
        if name:
            self.set_folder(name)

    def _file(self) -> Path:
        return Path(self.session.store.path)

    def _fill_rounds(self) -> None:
        store, combo, current = self.session.store, self.ui.roundCombo, self.deadline()
        combo.blockSignals(True)
        combo.clear()
        self._rounds = {}
        for round_ in sorted(store.records.all(Round), key=lambda r: r.deadline):
            count = len(round_experiments(store, round_))
            self._rounds[round_.deadline] = (round_, count)
            date = short_date(round_.deadline)
            text = (
                self.tr("{0} – {1} ({2} experiment(s))").format(date, round_.name, count)
                if round_.name
                else self.tr("{0} ({1} experiment(s))").format(date, count)
            )
            combo.addItem(text, round_.deadline)
            sent = round_.submitted_at[:10]
            combo.setItemData(
                combo.count() - 1,
                self.tr("Submitted {0}").format(short_date(sent))
                if sent
                else self.tr("Not submitted yet"),
                Qt.ItemDataRole.ToolTipRole,
            )
        combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
        combo.blockSignals(False)

    def _select_default_round(self) -> None:
        """Choose the first round with experiments not yet submitted, else the latest with any."""
        rounds = list(self._rounds.values())
        waiting = [r for r, count in rounds if count and not r.submitted_at]
        filled = [r for r, count in rounds if count]
        chosen = waiting[0] if waiting else filled[-1] if filled else None
        if chosen is not None:
            self.set_round(chosen.deadline)
        self._round_changed()

    def _round_changed(self) -> None:
        deadline = self.deadline()
        fresh = str(default_folder(self._file(), deadline)) if deadline else ""
        if self.ui.folderEdit.text().strip() in ("", self._default_folder):
            self.ui.folderEdit.setText(fresh)
        self._default_folder = fresh
        self._update_letter_date()
        self._update_subject_hint()

    def letter_date(self) -> str:
        """Return the letter's date as ISO ('' for the default), or raise InvalidValueError."""
        return self.ui.letterDateEdit.iso()

    def _update_letter_date(self) -> None:
        """Show the default date (the deadline; today for an orientation letter) unless the
        user wrote another, as the command line's --date defaults."""
        orientation = not self.ui.bundleRadio.isChecked()  # told while the two switch
        fresh = dt.date.today().isoformat() if orientation else self.deadline()
        field, day = self.ui.letterDateEdit, self.ui.letterDateEdit.date()
        if not field.text().strip() or (day is not None and day.isoformat() == self._default_date):
            field.setText(fresh)
        self._default_date = fresh

    def _update_subject_hint(self) -> None:
        try:
            hint = default_subject(round_content(self.session.store, self.deadline()))
        except FrikommuneError:
            hint = ""
        self.ui.subjectEdit.setPlaceholderText(hint)

    def _file_changed(self) -> None:
        """Follow the file after an edit, an undo or another coordinator's change."""
        self._fill_rounds()
        self._round_changed()
        self._load_texts()

    # -- the cover letter's texts -----------------------------------------------------------

    def _shown_texts(self) -> dict[str, Any]:
        shown: dict[str, Any] = {name: edit.text().strip() for name, edit in self._lines.items()}
        shown |= {name: edit.toPlainText().strip() for name, edit in self._texts.items()}
        return shown | {name: combo.currentData() for name, combo in self._combos.items()}

    def _normal(self, name: str, value: Any) -> Any:
        """Return a stored value as its field would give it back."""
        if name in self._combos:
            return value if value and self._combos[name].findData(value) > 0 else None
        return (value or "").strip()

    def _load_texts(self) -> None:
        """Show the file's texts, keeping what the user changed and has not saved yet."""
        store = self.session.store
        network = store.records.network()
        shown = self._shown_texts()
        people = sorted(store.records.all(Contact), key=lambda c: c.name.casefold())
        for combo in self._combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(none)"), None)
            for contact in people:
                extra = contact.title or contact.organisation
                combo.addItem(f"{contact.name} ({extra})" if extra else contact.name, contact.id)
            combo.blockSignals(False)
        loaded = {}
        for name, value in shown.items():
            stored = self._normal(name, getattr(network, name))
            touched = name in self._loaded and value != self._loaded[name]
            self._show(name, value if touched else stored)
            loaded[name] = stored
        self._loaded = loaded
        lead = network.lead_municipality
        names = {m.code: m.name for m in store.records.members()}
        self.ui.senderNameEdit.setPlaceholderText(
            municipality_display_name(names[lead]) if lead in names else ""
        )

    def _show(self, name: str, value: Any) -> None:
        if name in self._lines:
            self._lines[name].setText(value or "")
            self._lines[name].setCursorPosition(0)
        elif name in self._texts:
            if self._texts[name].toPlainText() != (value or ""):
                self._texts[name].setPlainText(value or "")
        else:
            combo = self._combos[name]
            combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)

    def pending_texts(self) -> dict[str, Any]:
        """Return the letter fields changed in the dialog but not yet stored."""
        return {k: v for k, v in self._shown_texts().items() if v != self._loaded.get(k)}

    def save_texts(self) -> bool:
        """Store the changed texts as one undoable edit; return whether none is left unsaved."""
        changes = self.pending_texts()
        if not changes:
            return True
        if not self.session.writable:
            return False
        network_id = self.session.store.records.network().id
        edit = UpdateRecord(Network, network_id, changes, self.tr("Change the cover letter"))
        if not self.session.do(edit):
            self._show_error(self.tr("The texts could not be stored."))
            return False
        self._load_texts()
        return True

    def _update_writable(self) -> None:
        writable = self.session.writable
        edits: list[QLineEdit | QPlainTextEdit] = [*self._lines.values(), *self._texts.values()]
        for edit in edits:
            edit.setReadOnly(not writable)
        for combo in self._combos.values():
            combo.setEnabled(writable)
        self.ui.saveTextsButton.setEnabled(writable)
        can_mark = writable and self.ui.bundleRadio.isChecked()
        self.ui.markSubmittedCheck.setEnabled(can_mark and not self._busy)
        if not can_mark:
            self.ui.markSubmittedCheck.setChecked(False)
        self.ui.letterNoteLabel.setText(
            self.tr(
                "An empty field uses the standard text shown in grey. The texts are stored in the "
                "network file."
            )
            if writable
            else self.tr(
                "The file is read-only (another coordinator has it open): the texts can be read "
                "but not changed. Exporting works as usual."
            )
        )

    # -- exporting --------------------------------------------------------------------------

    def start_export(self) -> Job | None:
        """Save pending texts, gather the round and write its files off the GUI thread."""
        if self.job is not None:
            return None
        self._show_error("")
        self.ui.statusLabel.clear()
        deadline, folder = self.deadline(), self.folder()
        if not deadline:
            self._show_error(self.tr("The file has no submission rounds to export."))
            return None
        if folder is None:
            self._show_error(self.tr("Choose the folder to write the files to."))
            return None
        if not self.ui.letterDateEdit.check():  # the field says why
            return None
        if self.session.writable and not self.save_texts():
            return None
        orientation = self.ui.orientationRadio.isChecked()
        try:
            work = self._gather(deadline, folder, orientation)
        except FrikommuneError as exc:
            self._show_error(str(exc))
            return None
        marking = not orientation and self.ui.markSubmittedCheck.isChecked()
        self._mark_deadline = deadline if marking else ""
        self._set_busy(True)
        self.ui.statusLabel.setText(self.tr("Writing the files…"))
        self.job = start_job(
            work,
            progress=self._progress,
            succeeded=self._written,
            failed=self._failed,
            cancelled=self._cancelled,
        )
        return self.job

    def _gather(
        self, deadline: str, folder: Path, orientation: bool
    ) -> Callable[[Progress], ExportResult]:
        """Gather the round here (the store stays on this thread); return the writing work."""
        date = self.letter_date() or None
        if orientation:
            today = dt.date.fromisoformat(date) if date else None
            letter = orientation_content(self.session.store, deadline, today)
            return lambda progress: write_orientation_files(letter, folder, progress.report)
        content = round_content(self.session.store, deadline, date)
        return lambda progress: write_round_files(content, folder, progress.report)

    def stop(self) -> None:
        """Ask a running export to stop after the file it is writing."""
        if self.job is not None:
            self.job.progress.cancel()

    def reject(self) -> None:
        """Stop a running export and close."""
        self.stop()
        super().reject()

    def _progress(self, done: int, total: int, name: str) -> None:
        self.ui.progressBar.setMaximum(total)
        self.ui.progressBar.setValue(done)
        if name:
            self.ui.statusLabel.setText(
                self.tr("Writing {0} ({1} of {2})…").format(name, done + 1, total)
            )

    def _written(self, result: ExportResult) -> None:
        self._set_busy(False)
        self.last_result = result
        lines = [self.tr("Written to {0}:").format(result.main_file.parent)]
        lines += [f"• {path.name}" for path in result.files]
        if self._mark_deadline:
            date = short_date(self._mark_deadline)
            edit = MarkRoundSubmitted(
                self._mark_deadline, self.tr("Mark round {0} as submitted").format(date)
            )
            if self.session.do(edit):
                lines.append(
                    self.tr("The round is marked as submitted (Edit ▸ Undo takes it back).")
                )
        self.ui.statusLabel.setText("\n".join(lines))
        if self.open_when_done:  # the bundle (or letter); the folder if nothing opens PDFs
            for path in (result.main_file, result.main_file.parent):
                if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
                    break

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.ui.statusLabel.clear()
        self._show_error(message)

    def _cancelled(self) -> None:
        self._set_busy(False)
        self.ui.statusLabel.setText(
            self.tr("The export was stopped. Files written before that are left in the folder.")
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if not busy:
            self.job = None
        ui = self.ui
        ui.progressBar.setVisible(busy)
        ui.progressBar.setValue(0)
        ui.stopButton.setEnabled(busy)
        for widget in (
            ui.exportButton,
            ui.roundCombo,
            ui.folderEdit,
            ui.browseButton,
            ui.letterDateEdit,
            ui.kindGroup,
        ):
            widget.setEnabled(not busy)
        self._update_writable()

    def _show_error(self, message: str) -> None:
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
