"""Ny bestemmelse: the typed § field is parsed, shown normalised and refused when unreadable."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from frikommune_desktop.gui.views.record_dialog import RecordDialog
from frikommune_desktop.model import LegalBasis


def _type_into_new_provision(window, qtbot, typed: str) -> tuple[list[str], list[bool]]:
    """Open Ny bestemmelse, type into the § field, press OK; return label and visibility seen."""
    view = window.show_view("legal")
    seen: list[str] = []
    open_after_ok: list[bool] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordDialog)
        field = dialog.widget("paragraph")
        field.setFocus()
        qtbot.keyClicks(field, typed)
        dialog.widget("justification").setPlainText("Typet i feltet")
        seen.append(dialog.check_label.text())
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        open_after_ok.append(dialog.isVisible())
        seen.append(dialog.check_label.text())
        seen.append(field.text())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    view.add_row()
    return seen, open_after_ok


def test_typed_provision_is_shown_normalised_and_stored_in_its_parts(window, qtbot) -> None:
    """'§ 83, stk. 2' shows as '§ 83, stk. 2' while typed and is stored as paragraph 83, stk 2."""
    seen, open_after_ok = _type_into_new_provision(window, qtbot, "§ 83, stk. 2")
    assert seen[0] == "§ 83, stk. 2"
    assert open_after_ok == [False]
    added = [
        r
        for r in window.session.store.records.all(LegalBasis)
        if r.justification == "Typet i feltet"
    ]
    assert [(r.paragraph, r.letter, r.stk, r.nr) for r in added] == [("83", "", "2", "")]
    assert added[0].provision == "§ 83, stk. 2"


def test_unreadable_provision_keeps_the_dialog_open_with_the_reason(window, qtbot) -> None:
    """'hej' is refused at OK: the dialog stays open, shows why, and keeps what was typed."""
    before = len(window.session.store.records.all(LegalBasis))
    seen, open_after_ok = _type_into_new_provision(window, qtbot, "hej")
    assert open_after_ok == [True]
    assert seen[0].startswith("Forventet én bestemmelse") and seen[1] == seen[0]
    assert seen[2] == "hej"
    assert len(window.session.store.records.all(LegalBasis)) == before


def test_a_reason_of_several_lines_is_shown_whole(window, qtbot) -> None:
    """The refusal's reason wraps onto more lines and the dialog grows to show all of them."""
    view = window.show_view("legal")
    heights: list[tuple[int, int]] = []

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordDialog)
        dialog.resize(420, dialog.height())
        qtbot.keyClicks(dialog.widget("paragraph"), "hej")
        label = dialog.check_label
        heights.append((label.height(), label.heightForWidth(label.width())))
        dialog.reject()

    QTimer.singleShot(0, drive)
    view.add_row()
    [(shown, needed)] = heights
    assert shown >= needed
