"""A small dialog that edits a few fields of one record, laid out from a field list."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...errors import FrikommuneError, InvalidValueError
from ..combos import make_searchable
from ..date_field import DateField
from ..mnemonics import give_mnemonics

#: Checks the entered values: returns what to show and the values to keep, or raises
#: InvalidValueError with the reason (the dialog then stays open).
Check = Callable[[dict[str, Any]], tuple[str, dict[str, Any]]]
#: Stores the values on OK: returns whether they were stored, or raises FrikommuneError with
#: the reason; either way the dialog stays open with everything typed until they are.
Commit = Callable[[dict[str, Any]], bool]


@dataclass
class Field:
    """One editable field: its record attribute, label, kind and (for choices) options."""

    name: str
    label: str
    kind: str = "line"  # line | text | choice | date
    choices: list[tuple[Any, str]] = field(default_factory=list)
    complete: bool = False
    checked: bool = False  # the dialog's check result is shown under this field


class RecordDialog(QDialog):
    """Edit the given fields; values() returns what the user entered, by field name."""

    def __init__(
        self,
        title: str,
        fields: list[Field],
        values: dict[str, Any],
        parent: QWidget | None,
        check: Check | None = None,
        commit: Commit | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._widgets: dict[str, QWidget] = {}
        self._check = check
        self._commit = commit
        self._checked = ""
        self.check_label = QLabel()
        self.check_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for spec in fields:
            widget = self._make(spec, values.get(spec.name))
            self._widgets[spec.name] = widget
            form.addRow(spec.label, widget)
            if spec.checked:
                self._checked = spec.name
                form.addRow("", self.check_label)
        if check is not None:
            for widget in self._widgets.values():
                if isinstance(widget, QLineEdit):
                    widget.textChanged.connect(self._show_check)
            self._show_check()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        give_mnemonics(self)  # Alt+letter for each field

    def _make(self, spec: Field, value: Any) -> QWidget:
        if spec.kind == "text":
            text = QPlainTextEdit(str(value or ""))
            text.setTabChangesFocus(True)
            text.setMinimumHeight(90)
            return text
        if spec.kind == "choice":
            combo = QComboBox()
            for data, label in spec.choices:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            if spec.complete:
                make_searchable(combo)
            return combo
        if spec.kind == "date":
            date = DateField()
            date.setText(str(value or ""))
            return date
        return QLineEdit(str(value or ""))

    def _show_check(self) -> str | None:
        """Show the normalised form of the checked values, or the reason in red; return it."""
        if self._check is None:
            return None
        try:
            shown, _ = self._check(self._entered())
        except InvalidValueError as error:
            self.check_label.setStyleSheet("color: #b00020;")
            self._set_check_text(str(error))
            return str(error)
        self.check_label.setStyleSheet("")
        self._set_check_text(shown)
        return None

    def _set_check_text(self, text: str) -> None:
        """Show the check's text, letting the dialog grow so a reason of several lines shows
        whole (a form layout does not make room for a wrapped label by itself)."""
        self.check_label.setText(text)
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def accept(self) -> None:
        """Close only when every date is one, the values pass the check and are stored;
        otherwise show why at the field (or under the fields) and stay, keeping all typed."""
        for widget in self._widgets.values():
            if isinstance(widget, DateField) and not widget.check():
                return
        if self._show_check() is not None:
            if self._checked:
                self._widgets[self._checked].setFocus()
            return
        if self._commit is not None:
            self._show_error("")
            try:
                stored = self._commit(self.values())
            except FrikommuneError as error:
                self._show_error(str(error))
                return
            if not stored:
                return
        super().accept()

    def _show_error(self, message: str) -> None:
        """Show why the values could not be stored ('' hides the line)."""
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def widget(self, name: str) -> QWidget:
        """Return the input widget of a field (for tests and focus)."""
        return self._widgets[name]

    def values(self) -> dict[str, Any]:
        """Return the entered values by field name, as the check normalised them."""
        entered = self._entered()
        return entered if self._check is None else self._check(entered)[1]

    def _entered(self) -> dict[str, Any]:
        """Return the entered values by field name (text stripped, choices as their data)."""
        result: dict[str, Any] = {}
        for name, widget in self._widgets.items():
            if isinstance(widget, QPlainTextEdit):
                result[name] = widget.toPlainText().strip()
            elif isinstance(widget, QComboBox):
                index = widget.findText(widget.currentText())
                result[name] = widget.itemData(index) if index >= 0 else widget.currentData()
            elif isinstance(widget, QLineEdit):
                result[name] = widget.text().strip()
            elif isinstance(widget, DateField):  # ISO once it is a date, else as typed
                result[name] = widget.text().strip() if widget.problem() else widget.iso()
        return result


def changed_values(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Return the entries of `after` that differ from `before`."""
    return {k: v for k, v in after.items() if before.get(k) != v}
