"""Filer → Indlæs ansøgning (Word): a generated application read off the GUI thread, previewed,
imported as one undoable step, then offered for suggestions; refusals in plain Danish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy, QTest
from PySide6.QtWidgets import QFileDialog

from frikommune_desktop.gui.suggestions_dialog import SuggestionsDialog
from frikommune_desktop.gui.word_import import WordImportDialog
from frikommune_desktop.model import Experiment, LegalBasis, Municipality, Network, Participation
from frikommune_desktop.store import Store
from tests.applications.docx_fixtures import source_applications, write_application_docx
from tests.conftest import REFERENCE_DIR

#: Application 17 of round 1: nine municipalities and three rows in its provision tables.
APPLICATION = 17


@pytest.fixture
def network_path(tmp_path: Path) -> Path:
    """An empty network file (closed)."""
    path = tmp_path / "net.fkdb"
    Store.create(path, Network(name="Testnetværk")).close()
    return path


@pytest.fixture(scope="module")
def application_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A filled-in application in the ministry's template, written as a real .docx."""
    app = source_applications(REFERENCE_DIR)[APPLICATION - 1]
    return write_application_docx([app], tmp_path_factory.mktemp("docx") / "ansoegning.docx")


def _read(qtbot, dialog: WordImportDialog | None) -> WordImportDialog:
    """Wait until the document has been read (off the GUI thread) and planned."""
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    return dialog


def _counts(store: Store) -> tuple[int, int, int, int]:
    return (
        len(store.records.all(Experiment)),
        len(store.records.all(Participation)),
        len(store.records.all(LegalBasis)),
        len(store.records.members()),
    )


def _report(dialog: WordImportDialog) -> dict[str, list[str]]:
    tree = dialog.ui.reportTree
    groups = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return {g.text(0): [g.child(c).text(0) for c in range(g.childCount())] for g in groups}


def test_word_import_creates_the_experiment_and_undo_takes_it_all_back(
    make_window, network_path, application_docx, qtbot, tmp_path
) -> None:
    """Import makes the experiment with its participants and legal rows in one step and
    selects it in Forsøg; Ctrl+Z takes all of it back (memberships too)."""
    window = make_window(network_path)
    store = window.session.store
    assert _counts(store) == (0, 0, 0, 0)
    dialog = _read(qtbot, window.file_actions.import_application(application_docx))
    assert dialog.plan is not None and dialog.plan.changes_anything
    report = _report(dialog)
    changes = next(lines for title, lines in report.items() if title.startswith("Added"))
    assert sum(line.startswith("tilføjes: Deltagelse") for line in changes) == 9
    assert sum(line.startswith("tilføjes: Lovgrundlag") for line in changes) == 3
    problems = next(title for title in report if title.startswith("Could not be read"))
    assert dialog.ui.reportTree.topLevelItem(0).text(0) == problems  # problems come first
    assert dialog.ui.importButton.isEnabled()
    assert dialog.grab().save(str(tmp_path / "word_import.png"))

    QTest.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    assert _counts(store) == (1, 9, 3, 9)
    [experiment] = store.records.all(Experiment)
    assert experiment.title.startswith("Ny organisering")
    assert {(r.paragraph, r.letter) for r in store.records.all(LegalBasis)} == {
        ("5", ""),
        ("6", ""),
        ("1", "a"),
    }
    assert window.session.undo_stack.count() == 1
    assert window.session.undo_stack.undoText() == "Indlæs ansoegning.docx"
    assert window.ui.tabs.currentWidget() is window.view("experiments")
    assert window.view("experiments").current_id() == experiment.id
    assert dialog.ui.suggestButton.isVisible() and dialog.ui.importButton.isHidden()

    window.session.undo_stack.undo()
    assert _counts(store) == (0, 0, 0, 0)
    assert not any(m.member for m in store.records.all(Municipality))


def test_redo_brings_the_word_import_back(make_window, network_path, application_docx, qtbot):
    """After Ctrl+Z, Ctrl+Y brings the imported experiment back with everything it had."""
    window = make_window(network_path)
    dialog = _read(qtbot, window.file_actions.import_application(application_docx))
    assert dialog.import_plan()
    window.session.undo_stack.undo()
    window.session.undo_stack.redo()
    assert window.last_error == ""
    assert _counts(window.session.store) == (1, 9, 3, 9)


def test_after_the_import_suggest_opens_the_imported_experiments_suggestions(
    make_window, network_path, application_docx, qtbot
) -> None:
    """The done dialog's Suggest legal basis closes it and opens the suggestions for the
    experiment just imported; undoing the import empties them."""
    window = make_window(network_path)
    dialog = _read(qtbot, window.file_actions.import_application(application_docx))
    assert dialog.import_plan()
    suggestions = dialog.suggest_legal_basis()
    assert isinstance(suggestions, SuggestionsDialog) and suggestions.isVisible()
    assert suggestions.experiment_id == window.session.store.records.all(Experiment)[0].id
    assert not dialog.isVisible()
    window.session.undo_stack.undo()  # the import taken back under the open suggestions
    assert suggestions.ui.introLabel.text() == "The experiment is no longer in the file."
    assert suggestions.model.rowCount() == 0 and suggestions.ui.addButton.isHidden()


def test_the_same_document_twice_has_nothing_to_import(
    make_window, network_path, application_docx, qtbot
) -> None:
    """Importing a document the file already holds shows the preview with Import off."""
    window = make_window(network_path)
    assert _read(qtbot, window.file_actions.import_application(application_docx)).import_plan()
    again = _read(qtbot, window.file_actions.import_application(application_docx))
    assert again.plan is not None and not again.plan.changes_anything
    assert not again.ui.importButton.isEnabled()
    assert "nothing to import" in again.ui.statusLabel.text()


def test_a_file_that_is_not_a_word_document_gets_a_danish_message(
    danish, make_window, network_path, qtbot, tmp_path
) -> None:
    """A renamed text file is refused with the importer's Danish message, never a traceback."""
    window = make_window(network_path)
    fake = tmp_path / "noter.docx"
    fake.write_text("Dette er ikke et Word-dokument.", encoding="utf-8")
    dialog = _read(qtbot, window.file_actions.import_application(fake))
    assert dialog.plan is None
    assert dialog.ui.statusLabel.text() == "Intet er indlæst."
    error = dialog.ui.errorLabel.text()
    assert "Filen er ikke et Word-dokument" in error and "Traceback" not in error
    assert dialog.ui.errorLabel.isVisible() and not dialog.ui.importButton.isEnabled()
    assert _counts(window.session.store) == (0, 0, 0, 0)


def test_read_only_file_refuses_the_word_import(make_window, network_path, application_docx):
    """With the file held by another coordinator the import is refused with the read-only
    message, and the menu action is off."""
    with Store.open(network_path, user="Susan"):
        window = make_window(network_path)
        assert not window.session.writable
        assert not window.ui.actionImportWord.isEnabled()
        assert window.file_actions.import_application(application_docx) is None
        assert window.last_error == window.session.read_only_message()
        assert window.last_error.startswith("The file is read-only. Held by:")


def test_file_menu_action_asks_for_a_docx_and_opens_the_preview(
    danish, make_window, network_path, application_docx, qtbot, monkeypatch
) -> None:
    """Filer → Indlæs ansøgning (Word)… (Ctrl+Shift+I) asks for a .docx and shows its preview."""
    window = make_window(network_path)
    action = window.ui.actionImportWord
    assert action.text() == "Indlæs ansøgning (&Word)…"
    assert action.shortcut().toString() == "Ctrl+Shift+I" and action.isEnabled()
    actions = window.ui.menuFile.actions()
    assert actions[actions.index(window.ui.actionImport) + 1] is action
    asked: list[str] = []

    def choose(_parent, _title, _folder, filters):
        asked.append(filters)
        return [str(application_docx)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    action.trigger()
    assert asked and "*.docx" in asked[0]
    dialog = _read(qtbot, window.findChild(WordImportDialog))
    assert dialog.windowTitle() == "Indlæs ansøgning (Word)"
    assert dialog.ui.importButton.text() == "&Indlæs"
    assert "1 ansøgning(er) læst" in dialog.ui.statusLabel.text()


def test_word_import_reloads_the_experiment_list_once(
    make_window, network_path, application_docx, qtbot
) -> None:
    """The import's announced change alone brings Forsøg up to date, with the new experiment
    chosen: the list is reloaded once, not a second time by a full window refresh."""
    window = make_window(network_path)
    experiments = window.show_view("experiments")
    resets = QSignalSpy(experiments.model.modelReset)
    dialog = _read(qtbot, window.file_actions.import_application(application_docx))
    QTest.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    [experiment] = window.session.store.records.all(Experiment)
    assert experiments.current_id() == experiment.id
    qtbot.waitUntil(lambda: not window.loading)
    assert resets.count() == 1
