"""The Forsøg list and its editor: the legal-basis summary, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from frikommune_desktop.gui.views.experiment_editor import ExperimentEditor
from frikommune_desktop.gui.views.experiments_view import ExperimentsView
from frikommune_desktop.model import Experiment


def _summary(qtbot, rows: list[tuple[str, str]]) -> str:
    editor = ExperimentEditor()
    qtbot.addWidget(editor)
    editor.load(
        Experiment(title="Forsøg"),
        rounds=[],
        contacts=[],
        experiments=[],
        participants=[],
        legal_basis=rows,
    )
    return editor.ui.legalBasisLabel.text()


def test_legal_basis_summary_names_each_law_once(qtbot) -> None:
    """A law used by two rows is named once, its provisions after it, laws in first-seen order."""
    assert _summary(qtbot, [("ABL", ""), ("ABL", "")]) == "ABL"
    rows = [("ABL", "§ 1"), ("SEL", "§ 83"), ("ABL", "§ 3"), ("ABL", "")]
    assert _summary(qtbot, rows) == "ABL § 1, § 3, SEL § 83"


def _delete_row(window, qtbot, row: int = 2) -> tuple[ExperimentsView, str]:
    """Select a row of the Forsøg list, press Delete and wait for the list to reload."""
    view = window.show_view("experiments")
    view.ui.table.selectRow(row)
    deleted, count = view.current_id(), view.proxy.rowCount()
    assert deleted is not None and view.editor.experiment.id == deleted
    qtbot.mouseClick(view.ui.deleteButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.proxy.rowCount() == count - 1, timeout=3000)  # reloaded
    assert deleted not in {e.id for e in window.session.store.records.all(Experiment)}
    return view, deleted


def test_deleting_the_shown_experiment_leaves_the_editor_on_the_new_selection(
    window, qtbot
) -> None:
    """After a delete (of a middle row, of the last row) the editor shows the newly selected
    experiment, enabled, never the deleted one greyed."""
    for row in (2, 3):  # the third of five, then the last of the four left
        view, deleted = _delete_row(window, qtbot, row)
        shown = view.editor.experiment
        assert shown is not None and shown.id != deleted
        assert shown.id == view.current_id()
        assert view.ui.table.currentIndex().row() == min(row, view.proxy.rowCount() - 1)
        assert view.editor.isEnabled()
        assert view.editor.ui.titleEdit.text() == shown.title


def test_undo_of_a_delete_selects_the_restored_experiment(window, qtbot) -> None:
    """Ctrl+Z (the window's Undo action) after a delete selects the restored experiment."""
    view, deleted = _delete_row(window, qtbot)
    window._undo.trigger()
    assert deleted in {e.id for e in window.session.store.records.all(Experiment)}
    qtbot.waitUntil(lambda: view.proxy.rowCount() == 5, timeout=3000)  # the list reloaded
    assert view.current_id() == deleted
    assert view.editor.experiment is not None and view.editor.experiment.id == deleted
    assert view.editor.isEnabled()


def test_editor_with_nothing_selected_is_cleared(qtbot) -> None:
    """When no experiment is left to show the editor is emptied, not the last one greyed."""
    editor = ExperimentEditor()
    qtbot.addWidget(editor)
    choices = {"rounds": [], "contacts": [], "experiments": [], "participants": ["Aarhus"]}
    experiment = Experiment(title="Forsøg", description="Tekst")
    editor.load(experiment, legal_basis=[("ABL", "§ 1")], **choices)
    editor.load(None, rounds=[], contacts=[], experiments=[], participants=[])
    assert not editor.isEnabled() and editor.experiment is None
    assert editor.ui.titleEdit.text() == "" and editor.ui.descriptionEdit.toPlainText() == ""
    assert editor.ui.legalBasisLabel.text() == "–" and editor.ui.participantsLabel.text() == "–"
