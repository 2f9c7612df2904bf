"""Foreslå lovgrundlag in the window: the dialog over a real network file, ticks, one-step add,
undo and redo, a law to choose, the empty case, the keyboard and read-only files."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QStyleOptionViewItem

from frikommune_desktop.edits import AddRecord
from frikommune_desktop.gui.models.suggestions import COL_INCLUDE, COL_LAW, COL_PROVISION
from frikommune_desktop.gui.suggestions_dialog import SuggestionsDialog
from frikommune_desktop.model import Experiment, Law, LegalBasis, Network
from frikommune_desktop.store import Store

from .files import show_loaded

LEGAL_NEEDS = (
    "Forsøget kræver fritagelse fra servicelovens § 83 og § 85, så kommunen kan tilbyde "
    "hjælpen uden en ny visitation. Kommunen ønsker desuden at fravige § 21 f i lov om en "
    "aktiv beskæftigelsesindsats."
)
DESCRIPTION = "Det kræver en ændring af § 12, stk. 2."
TITLE = "Sammenhængende hjælp i eget hjem"


@pytest.fixture
def network_path(tmp_path: Path) -> Path:
    """A network file (closed) with one experiment naming four provisions, one without law,
    and an experiment naming none."""
    path = tmp_path / "net.fkdb"
    with Store.create(path, Network(name="Testnetværk")) as store:
        AddRecord(
            Experiment(title=TITLE, number=1, description=DESCRIPTION, legal_needs=LEGAL_NEEDS), "x"
        ).apply(store)
        AddRecord(
            Experiment(title="Uden henvisninger", number=2, description="Ingen paragraffer her."),
            "x",
        ).apply(store)
    return path


def _experiment(window, title: str) -> Experiment:
    return next(e for e in window.session.store.records.all(Experiment) if e.title == title)


def _open_dialog(window, title: str = TITLE) -> SuggestionsDialog:
    """Select the experiment and press the editor's Suggest legal basis button."""
    view = window.show_view("experiments")
    assert view.select(_experiment(window, title).id)
    view.editor.ui.suggestButton.click()
    dialog = window.findChild(SuggestionsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _tick(dialog: SuggestionsDialog, provision: str) -> None:
    model = dialog.model
    row = [model.index(r, COL_PROVISION).data() for r in range(model.rowCount())].index(provision)
    assert model.setData(
        model.index(row, COL_INCLUDE), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def _legal_rows(window, title: str = TITLE) -> set[tuple[str, str, str, str]]:
    store = window.session.store
    keys = {law.id: law.key for law in store.records.all(Law)}
    return {
        (keys[r.law_id], r.paragraph, r.letter, r.stk)
        for r in store.records.all(LegalBasis, experiment_id=_experiment(window, title).id)
    }


def _provisions(dialog: SuggestionsDialog) -> list[str]:
    model = dialog.model
    return [model.index(r, COL_PROVISION).data() for r in range(model.rowCount())]


def test_dialog_lists_the_provisions_with_their_law_and_sentence(
    make_window, network_path, tmp_path
) -> None:
    """The texts' provisions appear with the right law, section and sentence, none ticked."""
    window = make_window(network_path)
    dialog = _open_dialog(window)
    rows = dialog.model.rows()
    assert [(r.law_label, r.suggestion.provision) for r in rows] == [
        ("", "§ 12, stk. 2"),
        ("serviceloven (SEL)", "§ 83"),
        ("serviceloven (SEL)", "§ 85"),
        ("beskæftigelsesindsatsloven (LAB)", "§ 21 f"),
    ]
    assert rows[3].suggestion.sentence == (
        "Kommunen ønsker desuden at fravige § 21 f i lov om en aktiv beskæftigelsesindsats."
    )
    assert rows[1].suggestion.section.startswith("3. Konkrete behov for forsøgshjemler")
    assert dialog.model.checked_count() == 0 and not dialog.ui.addButton.isEnabled()
    dialog.ui.table.selectRow(3)
    assert "<b>§ 21 f</b>" in dialog.ui.sentenceLabel.text()  # the detail pane marks it
    assert dialog.ui.sectionLabel.text() == rows[3].suggestion.section
    assert not dialog.ui.lawCombo.isEnabled()  # the text named the law
    assert dialog.ui.emptyLabel.isHidden()
    assert dialog.grab().save(str(tmp_path / "suggestions.png"))


def test_adding_two_is_one_undoable_step(make_window, network_path, qtbot) -> None:
    """Ticking two and pressing Add adds exactly those two rows; Ctrl+Z removes both, redo
    restores them; the list and the legal-basis view follow."""
    window = make_window(network_path)
    dialog = _open_dialog(window)
    _tick(dialog, "§ 83")
    _tick(dialog, "§ 21 f")
    assert dialog.ui.addButton.isEnabled()
    QTest.mouseClick(dialog.ui.addButton, Qt.MouseButton.LeftButton)
    added = {("serviceloven", "83", "", ""), ("lab", "21", "f", "")}
    assert _legal_rows(window) == added
    stack = window.session.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Tilføj 2 foreslåede lovgrundlag"
    assert _provisions(dialog) == ["§ 12, stk. 2", "§ 85"]  # what is left to suggest
    assert "2 provision(s) added" in dialog.ui.statusLabel.text()
    window.refresh()
    assert window.show_view("legal").model.rowCount() == 2  # the legal-basis view follows
    stack.undo()
    assert _legal_rows(window) == set()
    assert _provisions(dialog) == ["§ 12, stk. 2", "§ 83", "§ 85", "§ 21 f"]
    stack.redo()
    assert _legal_rows(window) == added
    window.refresh()
    show_loaded(qtbot, window, "experiments")
    editor = window.view("experiments").editor
    assert editor.ui.legalBasisLabel.text() == "SEL § 83, LAB § 21 f"


def test_a_provision_without_law_is_added_once_a_law_is_chosen(make_window, network_path) -> None:
    """The row whose text names no law gets its law from the detail pane's combo, then adds."""
    window = make_window(network_path)
    dialog = _open_dialog(window)
    assert not dialog.model.setData(
        dialog.model.index(0, COL_INCLUDE),
        Qt.CheckState.Checked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    dialog.ui.table.selectRow(0)
    combo = dialog.ui.lawCombo
    assert combo.isEnabled()
    position = combo.findData("serviceloven")
    combo.setCurrentIndex(position)
    combo.activated.emit(position)
    assert dialog.model.index(0, COL_LAW).data() == "serviceloven (SEL)"
    _tick(dialog, "§ 12, stk. 2")
    assert dialog.add_selected()
    assert _legal_rows(window) == {("serviceloven", "12", "", "2")}


def test_the_law_cell_itself_offers_the_catalog(make_window, network_path) -> None:
    """Double-clicking (or F2 on) the open Law cell gives a combo over the catalog's laws."""
    window = make_window(network_path)
    dialog = _open_dialog(window)
    table, index = dialog.ui.table, dialog.model.index(0, COL_LAW)
    delegate = table.itemDelegateForColumn(COL_LAW)
    editor = delegate.createEditor(table.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QComboBox) and editor.isEditable()
    assert editor.findText("beskæftigelsesindsatsloven (LAB)") > 0
    editor.setCurrentIndex(editor.findData("lab"))
    delegate.setModelData(editor, dialog.model, index)
    assert index.data() == "beskæftigelsesindsatsloven (LAB)"
    assert dialog.model.flags(dialog.model.index(0, COL_INCLUDE)) & Qt.ItemFlag.ItemIsUserCheckable


def test_select_all_skips_the_rows_without_a_law_and_says_so(make_window, network_path) -> None:
    """Select all ticks the three rows with a law and tells that one needs a law first."""
    window = make_window(network_path)
    dialog = _open_dialog(window)
    dialog.ui.selectAllButton.click()
    assert dialog.model.checked_count() == 3
    assert "1 suggestion(s) need a law" in dialog.ui.statusLabel.text()
    assert dialog.add_selected()
    assert len(_legal_rows(window)) == 3


def test_no_suggestions_gives_a_clear_danish_message(danish, make_window, network_path) -> None:
    """An experiment whose texts name no new provision says so, in Danish, with nothing to add."""
    window = make_window(network_path)
    dialog = _open_dialog(window, "Uden henvisninger")
    assert dialog.model.rowCount() == 0
    assert dialog.ui.emptyLabel.isVisible()
    assert dialog.ui.emptyLabel.text() == (
        "Teksten nævner ingen bestemmelser, der ikke allerede er i lovgrundlaget."
    )
    assert dialog.ui.splitter.isHidden() and dialog.ui.addButton.isHidden()
    assert dialog.ui.closeButton.text() == "&Luk"


def test_the_dialog_speaks_danish(danish, make_window, network_path) -> None:
    """Headers, buttons, the open law and the editor's button are Danish."""
    window = make_window(network_path)
    editor = window.show_view("experiments").editor
    assert editor.ui.suggestButton.text() == "Foreslå &lovgrundlag…"
    assert editor.ui.legalBasisHeading.text() == "Lovgrundlag"
    dialog = _open_dialog(window)
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Medtag", "Lov", "Bestemmelse", "Afsnit", "Fundet i"]
    assert model.index(0, COL_LAW).data() == "(lov ikke angivet)"
    assert dialog.ui.addButton.text() == "&Tilføj valgte"
    assert dialog.windowTitle() == "Foreslå lovgrundlag"


def test_ctrl_l_in_the_experiments_view_opens_the_dialog(make_window, network_path, qtbot) -> None:
    """The suggestions are keyboard-reachable: Ctrl+L in the Forsøg view opens them."""
    window = make_window(network_path)
    view = window.show_view("experiments")
    view.select(_experiment(window, TITLE).id)
    assert view.suggest_action.shortcut().toString() == "Ctrl+L"
    window.activateWindow()
    view.ui.table.setFocus()
    qtbot.waitUntil(lambda: view.ui.table.hasFocus())
    QTest.keyClick(view.ui.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.findChild(SuggestionsDialog)
    assert dialog is not None and dialog.experiment_id == _experiment(window, TITLE).id


def test_read_only_file_shows_suggestions_but_adds_nothing(make_window, network_path) -> None:
    """With the file held by another coordinator the list shows, Add is off and says why."""
    with Store.open(network_path, user="Susan"):
        window = make_window(network_path)
        assert not window.session.writable
        dialog = _open_dialog(window)
        assert dialog.model.rowCount() == 4
        dialog.ui.selectAllButton.click()
        assert not dialog.ui.addButton.isEnabled()
        assert "read-only" in dialog.ui.statusLabel.text()
        assert not dialog.add_selected()
        assert window.last_error.startswith("The file is read-only")
