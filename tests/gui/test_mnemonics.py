"""Alt+letter: every field label has one, next to its field, and no two widgets shown together
in a window or dialog share a letter."""

from __future__ import annotations

import shutil
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from frikommune_desktop.gui.mnemonics import mnemonic, widget_text
from frikommune_desktop.gui.views.experiments_view import ExperimentsView
from frikommune_desktop.gui.views.participation_view import ParticipationDialog
from frikommune_desktop.gui.views.record_dialog import RecordDialog
from frikommune_desktop.queries.views import ParticipationCell

from .test_word_import import application_docx  # noqa: F401 (a fixture)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _takes_tab(label: QWidget) -> bool:
    """Return whether a widget is a label with text whose buddy the Tab key can reach."""
    if not isinstance(label, QLabel) or label.buddy() is None or not label.text():
        return False
    return bool(label.buddy().focusPolicy().value & Qt.FocusPolicy.TabFocus.value)


def _inputs_in(item_widget: QWidget | None, item_layout: QLayout | None) -> list[QWidget]:
    """Return the input widgets of a form row's field (a widget or a layout of widgets)."""
    if item_widget is not None:
        return [item_widget] if isinstance(item_widget, INPUTS) else []
    found = []
    if item_layout is not None:
        for index in range(item_layout.count()):
            item = item_layout.itemAt(index)
            found += _inputs_in(item.widget(), item.layout())
    return found


def _problems_shown(root: QWidget, name: str) -> list[str]:
    """Return the clashes and missing letters among the widgets shown now in `root`."""
    shown = [w for w in root.findChildren(QWidget) if w.isVisibleTo(root)]
    by_letter: dict[str, list[str]] = defaultdict(list)
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            by_letter[mnemonic(action.text())].append(action.text())
    problems = []
    for widget in shown:
        if letter := mnemonic(widget_text(widget)):
            by_letter[letter].append(widget_text(widget))
        if _takes_tab(widget) and not mnemonic(widget.text()):
            problems.append(f"{name}: label {widget.text()!r} has no Alt letter")
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is None or field is None or not isinstance(label.widget(), QLabel):
                continue
            text_label = label.widget()
            inputs = _inputs_in(field.widget(), field.layout())
            if inputs and text_label.isVisibleTo(root) and text_label.buddy() not in inputs:
                problems.append(f"{name}: label {text_label.text()!r} has no buddy")
    problems += [
        f"{name}: {letter!r} is used by {texts}"
        for letter, texts in by_letter.items()
        if letter and len(texts) > 1
    ]
    return problems


def _problems(root: QWidget, name: str) -> list[str]:
    """Check `root` as shown, and with each page of each of its tab widgets shown."""
    problems = _problems_shown(root, name)
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(root):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            problems += _problems_shown(root, f"{name} / {tabs.tabText(index)}")
        tabs.setCurrentIndex(current)
    return sorted(set(problems))


def test_every_view_and_dialog_has_free_alt_letters(
    danish,
    window,
    qtbot,
    demo_path,
    tmp_path,
    application_docx,  # noqa: F811
) -> None:
    """Every label beside a field has an Alt letter and a buddy, and no letter is used twice
    among what a window or dialog shows at once (the menus included)."""
    problems: list[str] = []
    for view in window.views:
        window.show_view(view.key)
        problems += _problems(window, f"window / {view.title}")
        fields = getattr(view, "fields", None) or getattr(view, "_fields", None)
        if fields is not None:
            record = RecordDialog("x", fields(), {}, view)
            problems += _problems(record, f"record dialog of {view.title}")
            record.deleteLater()
    cell = ParticipationCell("forsøg", "265", "deltagelse", "Med forbehold")
    dialog = ParticipationDialog("x", cell, window)
    problems += _problems(dialog, "participation dialog")
    dialog.deleteLater()
    experiments = window.show_view("experiments", ExperimentsView)
    suggestions = experiments.suggest_legal_basis()
    assert suggestions is not None
    problems += _problems(suggestions, "suggestions dialog")
    suggestions.reject()
    copy = tmp_path / "kopi.fkdb"
    shutil.copy(demo_path, copy)
    actions = window.file_actions
    for name, opened in (
        ("export", actions.export_round()),
        ("import wizard", actions.import_spreadsheets()),
        ("Word import", actions.import_application(application_docx)),
        ("profile", actions.edit_profile()),
        ("backups", window.safety.show_backups()),
        ("merge", window.safety.merge_copy(copy)),
    ):
        assert isinstance(opened, QDialog)
        qtbot.waitUntil(lambda d=opened: d.isVisible() and getattr(d, "job", None) is None)
        problems += _problems(opened, name)
        opened.reject()
    assert problems == [], "\n".join(problems)
