"""Om dig: the coordinator's name (written beside every change and in the lock file) and her
municipality. Asked on the first start and from Rediger → Min profil… at any time.

The name is read when a file is opened: a file already open keeps the name it was opened
under (its lock file names that holder) until it is opened again, and the dialog says so.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QWidget,
)

from ..errors import FrikommuneError, InvalidValueError
from ..program.profile import Profile, load_profile, login_name, name_from_environment, save_profile
from ..program.resources import official_municipalities
from .combos import fill_searchable
from .forms.ui_profile_dialog import Ui_ProfileDialog
from .models.base import sort_text


def fill_municipality_combo(combo: QComboBox, none_text: str) -> None:
    """Fill a combo with '(none)' and the 98 municipalities by name (code as data), completing
    on any part of a name."""
    municipalities = sorted(official_municipalities(), key=lambda m: sort_text(m.name))
    fill_searchable(combo, [(none_text, None), *((m.name, m.code) for m in municipalities)])


class ProfileDialog(QDialog):
    """Ask for the coordinator's name and municipality and save them as her profile."""

    saved = Signal(object)  # the Profile just saved

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        first_start: bool = False,
        open_file: Path | None = None,
        open_as: str = "",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ProfileDialog()
        self.ui.setupUi(self)
        self.profile: Profile | None = None
        ui = self.ui
        fill_municipality_combo(ui.municipalityCombo, self.tr("(none)"))
        current = load_profile()
        ui.nameEdit.setText(current.name if current else login_name())
        index = ui.municipalityCombo.findData(current.municipality) if current else -1
        ui.municipalityCombo.setCurrentIndex(max(index, 0))
        ui.nameEdit.textChanged.connect(self._update_ok)
        ui.buttonBox.accepted.connect(self.accept)
        if first_start:
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        ui.noteLabel.setText(self._note(first_start, open_file, open_as))
        ui.noteLabel.setVisible(bool(ui.noteLabel.text()))
        ui.errorLabel.hide()
        self._fit_height()
        ui.nameEdit.selectAll()
        ui.nameEdit.setFocus()
        self._update_ok()

    def _note(self, first_start: bool, open_file: Path | None, open_as: str) -> str:
        """Return what the coordinator should know about when the name takes effect."""
        if it_name := name_from_environment():
            return self.tr(
                "Your IT department has set the name “{0}” on this computer; it is "
                "used instead of the name here."
            ).format(it_name)
        if open_file is not None:
            return self.tr(
                "A new name is used from the next time you open a file: “{0}” stays "
                "open under the name “{1}” until then."
            ).format(open_file.name, open_as)
        if first_start:
            return self.tr("You can change it at any time under Edit → My profile…")
        return ""

    def _fit_height(self) -> None:
        """Make the dialog as tall as its wrapped texts need at its width, no taller."""
        layout = self.ui.dialogLayout
        layout.activate()
        self.resize(
            self.width(),
            max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height()),
        )

    def ok_button(self) -> QPushButton:
        """Return the OK button (disabled while the name is blank)."""
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(bool(self.ui.nameEdit.text().strip()))

    def municipality_code(self) -> str | None:
        """Return the kommunekode of the municipality chosen or typed, None for none.

        Besides the names in the list, a code ("169") and the usual forms of a name
        ("Høje-Taastrup Kommune", "Århus") are understood; anything else is refused.
        """
        combo = self.ui.municipalityCombo
        text = " ".join(combo.currentText().split())
        if not text or text == combo.itemText(0):
            return None
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            code: str = combo.itemData(index)
            return code
        from ..sheets.normalise import MunicipalityMatcher  # openpyxl: only when needed

        return MunicipalityMatcher(official_municipalities()).match(text)

    def show_error(self, message: str) -> None:
        """Show a message in the dialog's error line (hidden when empty)."""
        self.ui.errorLabel.setText(message)
        self.ui.errorLabel.setVisible(bool(message))
        if message:
            self._fit_height()

    def accept(self) -> None:
        """Save the profile and close; a refused municipality or a failed save is shown."""
        self.show_error("")
        name = " ".join(self.ui.nameEdit.text().split())
        if not name:
            return
        try:
            code = self.municipality_code()
        except InvalidValueError:
            self.show_error(
                self.tr(
                    "“{0}” is not one of the 98 municipalities; choose one from "
                    "the list, or (none)."
                ).format(self.ui.municipalityCombo.currentText().strip())
            )
            self.ui.municipalityCombo.setFocus()
            return
        try:
            profile = Profile(name=name, municipality=code)
            save_profile(profile)
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return
        self.profile = profile
        self.saved.emit(profile)
        super().accept()
