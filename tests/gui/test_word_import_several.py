"""Filer → Indlæs ansøgning (Word) with several documents chosen at once: each document's
preview and problems, one import (one undo step), nothing stored if one document fails."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTreeWidgetItem

from frikommune_desktop.gui.word_import import WordImportDialog
from frikommune_desktop.model import Experiment, Network
from frikommune_desktop.store import Store
from tests.applications.docx_fixtures import source_applications, write_application_docx
from tests.conftest import REFERENCE_DIR

from .layout import lay_out_now

SOURCES = {app.number: app for app in source_applications(REFERENCE_DIR)}


@pytest.fixture
def network_path(tmp_path: Path) -> Path:
    """An empty network file (closed)."""
    path = tmp_path / "net.fkdb"
    Store.create(path, Network(name="Testnetværk")).close()
    return path


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    """Two filled-in applications, each in its own real .docx."""
    return [
        write_application_docx([SOURCES[17]], tmp_path / "organisering.docx"),
        write_application_docx([SOURCES[16]], tmp_path / "handleplan.docx"),
    ]


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    """A real Word document that holds no application (a letter)."""
    document = docx.Document()
    document.add_paragraph("Kære netværk, hermed vores bemærkninger til mødet.")
    path = tmp_path / "brev.docx"
    document.save(str(path))
    return path


def _choose(qtbot, window, monkeypatch, paths: list[Path]) -> WordImportDialog:
    """Pick the documents in Filer → Indlæs ansøgning (Word)… and wait for the preview."""
    asked: list[str] = []

    def choose(_parent, _title, _folder, filters):
        asked.append(filters)
        return [str(path) for path in paths], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    window.ui.actionImportWord.trigger()
    assert asked and "*.docx" in asked[0]
    dialog = window.findChild(WordImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    return dialog


def _documents(dialog: WordImportDialog) -> dict[str, dict[str, list[str]]]:
    """Return the preview as a person reads it: document → group → lines."""
    tree = dialog.ui.reportTree
    shown: dict[str, dict[str, list[str]]] = {}
    for d in range(tree.topLevelItemCount()):
        document: QTreeWidgetItem = tree.topLevelItem(d)
        groups = (document.child(g) for g in range(document.childCount()))
        shown[document.text(0)] = {
            group.text(0): [group.child(c).text(0) for c in range(group.childCount())]
            for group in groups
        }
    return shown


def _titles(store: Store) -> set[str]:
    """Return the experiment titles in the open file."""
    return {e.title for e in store.records.all(Experiment)}


def test_two_documents_are_previewed_and_imported_in_one_step(
    make_window, network_path, documents, qtbot, monkeypatch
) -> None:
    """Both documents are shown with their own changes; Import stores both in one undoable
    step, and Ctrl+Z takes both back."""
    window = make_window(network_path)
    dialog = _choose(qtbot, window, monkeypatch, documents)
    shown = _documents(dialog)
    assert list(shown) == [
        "organisering.docx — 1 application(s)",
        "handleplan.docx — 1 application(s)",
    ]
    for groups in shown.values():
        added = next(lines for title, lines in groups.items() if title.startswith("Added"))
        assert any(line.startswith("tilføjes: Forsøg") for line in added)
    assert "organisering.docx, handleplan.docx" in dialog.ui.fileLabel.text()
    assert dialog.ui.importButton.isEnabled()

    qtbot.mouseClick(dialog.ui.importButton, Qt.MouseButton.LeftButton)
    store = window.session.store
    assert _titles(store) == {SOURCES[17].title, SOURCES[16].title}
    assert window.session.undo_stack.count() == 1
    assert window.session.undo_stack.undoText() == "Indlæs 2 Word-dokumenter"
    window.session.undo_stack.undo()
    assert _titles(store) == set()


def test_one_bad_document_stops_the_import_and_every_problem_shows(
    make_window, network_path, documents, letter, qtbot, monkeypatch
) -> None:
    """With a letter among the applications, Import is off, the letter is marked as not to
    be imported with its reason, the applications' own problems show too, and nothing is
    stored."""
    window = make_window(network_path)
    dialog = _choose(qtbot, window, monkeypatch, [documents[1], letter, documents[0]])
    shown = _documents(dialog)
    assert "brev.docx — cannot be imported" in shown
    [letter_problems] = [
        lines
        for title, lines in shown["brev.docx — cannot be imported"].items()
        if title.startswith("Could not be read")
    ]
    assert letter_problems[0].startswith("Dokumentet har ingen ansøgning")
    handleplan = shown["handleplan.docx — 1 application(s)"]
    problems = next(lines for title, lines in handleplan.items() if title.startswith("Could"))
    assert any("Faglig kontaktperson" in line for line in problems)
    assert not dialog.ui.importButton.isEnabled()
    assert dialog.ui.statusLabel.text().startswith("Nothing can be imported: 1 of the 3")
    assert not dialog.import_plan()
    assert _titles(window.session.store) == set()


def test_the_dialog_with_several_documents_at_two_sizes(
    danish, make_window, network_path, documents, letter, qtbot, monkeypatch
) -> None:
    """The Danish dialog with three documents, one of them refused, at 1024x700 and
    1600x1000: the status is shown whole above the documents."""
    window = make_window(network_path)
    dialog = _choose(qtbot, window, monkeypatch, [*documents, letter])
    assert dialog.ui.fileCaption.text() == "Dokumenter:"
    first = dialog.ui.reportTree.topLevelItem(0)  # the document that stops it all comes first
    assert first.text(0) == "brev.docx — kan ikke indlæses" and first.isExpanded()
    for width, height in ((1024, 700), (1600, 1000)):
        dialog.resize(width, height)
        lay_out_now(dialog)
        status = dialog.ui.statusLabel
        assert status.height() >= status.heightForWidth(status.width())
        assert dialog.grab().save(f"/tmp/shots/word_several_{width}x{height}.png")
