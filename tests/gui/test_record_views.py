"""Lovgrundlag, Kontaktpersoner and Ansøgningsrunder edited through their views, with undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from frikommune_desktop.gui.views.record_dialog import RecordDialog
from frikommune_desktop.model import Contact, LegalBasis, Round

from .files import wait_idle


@pytest.fixture
def answer_dialogs(monkeypatch):
    """Make RecordDialog answer with given values and press OK (its real accept, which stays
    open on an error) instead of waiting for a person."""
    answers: dict = {}

    def fake_exec(dialog: RecordDialog) -> int:
        for name, value in answers.items():
            widget = dialog.widget(name)
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(value)
            elif hasattr(widget, "findData"):
                widget.setCurrentIndex(widget.findData(value))
            else:
                widget.setText(value)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RecordDialog, "exec", fake_exec)
    return answers


def test_add_provision_with_the_law_picker_and_undo(window, answer_dialogs) -> None:
    """A provision added through the dialog is stored with its law; undo removes it."""
    store = window.session.store
    view = window.show_view("legal")
    before = len(store.records.all(LegalBasis))
    answer_dialogs.update(
        law_id=store.records.law("sundhedsloven").id,
        paragraph="140",
        letter="a",
        justification="Akutfunktion i hjemmeplejen",
    )
    view.add_row()
    rows = store.records.all(LegalBasis)
    assert len(rows) == before + 1
    added = next(r for r in rows if r.justification == "Akutfunktion i hjemmeplejen")
    assert added.provision == "§ 140 a" and added.law_id == store.records.law("sundhedsloven").id
    window.refresh()
    assert view.proxy.rowCount() == before + 1
    window.session.undo_stack.undo()
    assert len(store.records.all(LegalBasis)) == before


def test_law_picker_completes_from_the_catalog(window) -> None:
    """The law field completes typed text against the whole law catalog."""
    view = window.show_view("legal")
    dialog = RecordDialog("x", view._fields(), {}, view)
    completer = dialog.widget("law_id").completer()
    completer.setCompletionPrefix("Sundheds")
    model = completer.completionModel()
    offered = [model.index(row, 0).data() for row in range(completer.completionCount())]
    assert "SUL — Sundhedsloven" in offered
    assert all("sundheds" in text.lower() for text in offered)


def test_contact_added_edited_deleted_and_undone(window, answer_dialogs, qtbot) -> None:
    """Contacts go through add, edit (double-click) and delete; undo reverses each."""
    store = window.session.store
    view = window.show_view("contacts")
    answer_dialogs.update(name="Nicolai Riegels", municipality="265", email="nr@roskilde.dk")
    view.add()
    person = next(c for c in store.records.all(Contact) if c.email == "nr@roskilde.dk")
    assert person.municipality == "265"
    window.refresh()
    wait_idle(qtbot, window)
    assert view.select(person.id)
    answer_dialogs.clear()
    answer_dialogs.update(title="Projektleder")
    view.edit(view.ui.table.currentIndex())
    assert store.records.get(Contact, person.id).title == "Projektleder"
    view.delete_current()
    assert store.records.all(Contact, id=person.id) == []
    window.session.undo_stack.undo()
    assert store.records.get(Contact, person.id).title == "Projektleder"
    window.session.undo_stack.undo()
    assert store.records.get(Contact, person.id).title == ""


def test_round_with_a_bad_date_is_refused_at_the_field(window, answer_dialogs) -> None:
    """A round whose deadline is no date is not added and no error box is raised (the field
    says why); one written '1. maj 2018' is added as 2018-05-01."""
    view = window.show_view("rounds")
    answer_dialogs.update(deadline="31. april 2018", name="4. runde")
    view.add()
    assert window.last_error == ""
    assert len(window.session.store.records.all(Round)) == 3
    answer_dialogs.update(deadline="1. maj 2018")
    view.add()
    assert [r.deadline for r in window.session.store.records.all(Round)][-1] == "2018-05-01"


def test_keyboard_reaches_every_view_and_edits_tables(window, answer_dialogs, qtbot) -> None:
    """Ctrl+1…7 bring each view forward; Insert, Enter and Delete add, edit and delete rows."""
    from PySide6.QtCore import Qt

    window.activateWindow()
    for number, key in enumerate([view.key for view in window.views], start=1):
        qtbot.keyClick(
            window, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.ui.tabs.currentWidget() is window.view(key)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    view = window.view("contacts")
    table = view.ui.table
    table.setFocus()
    store = window.session.store
    answer_dialogs.update(name="Nicolai Riegels", email="nr@roskilde.dk")
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    person = next(c for c in store.records.all(Contact) if c.email == "nr@roskilde.dk")
    window.refresh()
    wait_idle(qtbot, window)
    assert view.select(person.id)
    answer_dialogs.clear()
    answer_dialogs.update(title="Projektleder")
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert store.records.get(Contact, person.id).title == "Projektleder"
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert store.records.all(Contact, id=person.id) == []


def test_activating_a_row_of_the_law_tree_edits_that_legal_basis_row(
    window, answer_dialogs, qtbot
) -> None:
    """Enter on a row item of the 'By law' tree edits the legal-basis row it stands for."""
    store = window.session.store
    view = window.show_view("legal")
    view.ui.modeTabs.setCurrentWidget(view.ui.groupPage)
    tree, model = view.ui.groupTree, view.group_model
    sel = model.index(model.rowCount() - 1, 0)  # SEL, the last law: § 52 a, experiment 1
    leaf = model.index(0, 0, model.index(0, 0, sel))
    row_id = model.legal_basis_id(leaf)
    assert store.records.get(LegalBasis, row_id).provision == "§ 52 a"
    answer_dialogs.update(justification="Ny begrundelse")
    tree.setFocus()
    tree.setCurrentIndex(leaf)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert store.records.get(LegalBasis, row_id).justification == "Ny begrundelse"
    window.session.undo_stack.undo()
    assert store.records.get(LegalBasis, row_id).justification != "Ny begrundelse"


def test_activating_a_law_or_provision_of_the_tree_opens_no_dialog(window) -> None:
    """Laws and provisions only expand: activating them asks for nothing."""
    view = window.show_view("legal")
    asked: list[str] = []
    view.ask = lambda title, values, commit: asked.append(title)
    model = view.group_model
    law = model.index(0, 0)
    view.ui.groupTree.activated.emit(law)
    view.ui.groupTree.activated.emit(model.index(0, 0, law))
    assert asked == []
    view.ui.groupTree.activated.emit(model.index(0, 0, model.index(0, 0, law)))
    assert asked == ["Edit provision"]
