"""The export dialog driven through its widgets: real jobs writing real files from the demo."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt

from frikommune_desktop.edits import AddRecord
from frikommune_desktop.gui.export_dialog import ExportDialog
from frikommune_desktop.gui.session import Session
from frikommune_desktop.model import (
    Experiment,
    ExperimentStatus,
    Participation,
    Round,
    municipality_display_name,
)
from frikommune_desktop.store import Store
from frikommune_desktop.submission import find_round

from .files import close_in
from .test_translations import GIVEAWAYS, _visible_texts

DEADLINE = "2016-12-01"
ROUND_FILES = [
    "ansoegningspakke.pdf",
    "deltagertabel.pdf",
    "deltagertabel.xlsx",
    "foelgebrev.docx",
    "foelgebrev.pdf",
]


def _dialog(qtbot, session: Session, parent=None) -> ExportDialog:
    dialog = ExportDialog(session, parent)
    dialog.open_when_done = False
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog: ExportDialog, folder: Path) -> bool:
    """Export the chosen round into a folder; return whether a job ran."""
    dialog.set_folder(folder)
    job = dialog.start_export()
    if job is not None:
        qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    return job is not None


def _pdf_text(path: Path) -> str:
    """Return a PDF's text with all whitespace (line breaks too) squeezed to single spaces."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_lists_the_rounds_and_preselects_one_with_experiments(window, qtbot, demo_path) -> None:
    """Every round is listed with its experiments; the sent demo round (the only one with
    experiments) is chosen, and the default folder lies beside the network file."""
    dialog = _dialog(qtbot, window.session, window)
    combo = dialog.ui.roundCombo
    assert [combo.itemData(i) for i in range(combo.count())] == [
        "2016-12-01",
        "2017-05-01",
        "2017-11-01",
    ]
    assert dialog.deadline() == DEADLINE
    assert combo.currentText() == "01-12-2016 – 1. ansøgningsrunde (5 experiment(s))"
    assert dialog.folder() == demo_path.parent / "eksport-2016-12-01"
    dialog.set_round("2017-05-01")
    assert dialog.folder() == demo_path.parent / "eksport-2017-05-01"
    dialog.set_folder(demo_path.parent / "mine")
    dialog.set_round(DEADLINE)
    assert dialog.folder() == demo_path.parent / "mine"  # a chosen folder stays chosen
    assert dialog.ui.subjectEdit.placeholderText().startswith("5 ansøgninger om konkrete")


def test_unsubmitted_round_with_experiments_is_preselected(make_window, demo_path, qtbot) -> None:
    """A round with experiments not yet sent is chosen before the latest sent one."""
    with Store.open(demo_path) as store:
        later = find_round(store, "2017-05-01")
        experiment = store.records.all(Experiment)[0]
        store.records.update(Experiment, experiment.id, round_id=later.id)
    dialog = _dialog(qtbot, make_window(demo_path).session)
    assert dialog.deadline() == "2017-05-01"


def test_export_writes_the_five_files_with_the_subject(window, qtbot, tmp_path) -> None:
    """Exporting the demo round through the real job writes the five files; the bundle PDF
    carries the stored subject line, and the written files are listed."""
    dialog = _dialog(qtbot, window.session, window)
    assert _export(qtbot, dialog, tmp_path / "ud")
    assert _files(tmp_path / "ud") == ROUND_FILES
    assert dialog.last_result is not None
    assert dialog.last_result.main_file == tmp_path / "ud" / "ansoegningspakke.pdf"
    subject = window.session.store.records.network().letter_subject
    assert subject[:60] in _pdf_text(tmp_path / "ud" / "ansoegningspakke.pdf")
    status = dialog.ui.statusLabel.text()
    assert all(name in status for name in ROUND_FILES)
    assert not dialog.ui.errorLabel.isVisible()
    assert not dialog.ui.progressBar.isVisible()
    assert dialog.ui.exportButton.isEnabled() and not dialog.ui.stopButton.isEnabled()


def test_saved_subject_is_stored_used_and_undone(window, qtbot, tmp_path) -> None:
    """Save texts stores the edited subject as one undoable edit; the export uses it; undo
    restores the old subject in the file and in the field."""
    session = window.session
    old = session.store.records.network().letter_subject
    dialog = _dialog(qtbot, session, window)
    dialog.ui.subjectEdit.setText("Ansøgninger om boligforsøg fra netværket")
    assert dialog.pending_texts() == {"letter_subject": "Ansøgninger om boligforsøg fra netværket"}
    dialog.ui.saveTextsButton.click()
    assert (
        session.store.records.network().letter_subject == "Ansøgninger om boligforsøg fra netværket"
    )
    assert dialog.pending_texts() == {}
    assert session.undo_stack.undoText() == "Change the cover letter"
    assert _export(qtbot, dialog, tmp_path)
    assert "Ansøgninger om boligforsøg fra netværket" in _pdf_text(tmp_path / "foelgebrev.pdf")
    session.undo_stack.undo()
    assert session.store.records.network().letter_subject == old
    assert dialog.ui.subjectEdit.text() == old


def test_export_saves_pending_texts_first(window, qtbot, tmp_path) -> None:
    """Export stores texts changed but not saved (signatory included) before writing."""
    session = window.session
    dialog = _dialog(qtbot, session, window)
    dialog.ui.closingEdit.setPlainText("Vi glæder os til at høre fra ministeriet.")
    dialog.ui.signatoryCombo.setCurrentIndex(0)
    assert dialog.ui.signatoryCombo.currentText() == "(none)"
    assert _export(qtbot, dialog, tmp_path)
    network = session.store.records.network()
    assert network.letter_closing == "Vi glæder os til at høre fra ministeriet."
    assert network.signatory_id is None
    text = _pdf_text(tmp_path / "foelgebrev.pdf")
    assert "Vi glæder os til at høre fra ministeriet." in text
    assert "På vegne af frikommunenetværket" in text
    assert session.undo_stack.count() == 1


def test_orientation_refused_without_changes_then_names_the_new_municipality(
    window, qtbot, tmp_path
) -> None:
    """With participation unchanged since submission the Danish error shows in the red label
    and no file is written; after a member joins an experiment, orientering.pdf names it."""
    session = window.session
    dialog = _dialog(qtbot, session, window)
    dialog.ui.orientationRadio.setChecked(True)
    assert not dialog.ui.markSubmittedCheck.isEnabled()
    assert not _export(qtbot, dialog, tmp_path / "orientering")
    assert dialog.ui.errorLabel.isVisible()
    assert "ikke ændret, siden runden blev indsendt" in dialog.ui.errorLabel.text()
    assert "b00020" in dialog.ui.errorLabel.styleSheet()
    assert _files(tmp_path / "orientering") == []

    store = session.store
    round_ = find_round(store, DEADLINE)
    taking_part = {(p.experiment_id, p.municipality) for p in store.records.all(Participation)}
    experiment, member = next(
        (e, m)
        for e in store.records.all(Experiment, round_id=round_.id)
        for m in store.records.members()
        if (e.id, m.code) not in taking_part
    )
    assert session.do(
        AddRecord(Participation(experiment_id=experiment.id, municipality=member.code), "Deltag")
    )
    assert _export(qtbot, dialog, tmp_path / "orientering")
    assert not dialog.ui.errorLabel.isVisible()
    assert _files(tmp_path / "orientering") == ["orientering.docx", "orientering.pdf"]
    text = _pdf_text(tmp_path / "orientering" / "orientering.pdf")
    assert municipality_display_name(member.name) in text


def test_mark_submitted_sets_the_round_and_undo_takes_it_back(
    make_window, demo_path, qtbot, tmp_path
) -> None:
    """Marking through the dialog sends the round and its drafts; undo restores both."""
    with Store.open(demo_path) as store:
        round_ = find_round(store, DEADLINE)
        store.records.update(Round, round_.id, submitted_at="")
        for experiment in store.records.all(Experiment, round_id=round_.id):
            store.records.update(Experiment, experiment.id, status=ExperimentStatus.DRAFT)
    session = make_window(demo_path).session
    dialog = _dialog(qtbot, session)
    assert dialog.ui.roundCombo.itemData(0, Qt.ItemDataRole.ToolTipRole) == "Not submitted yet"
    dialog.ui.markSubmittedCheck.setChecked(True)
    assert _export(qtbot, dialog, tmp_path)
    store = session.store
    assert find_round(store, DEADLINE).submitted_at
    statuses = {e.status for e in store.records.all(Experiment, round_id=round_.id)}
    assert statuses == {ExperimentStatus.SUBMITTED}
    assert "marked as submitted" in dialog.ui.statusLabel.text()
    assert session.undo_stack.undoText() == "Mark round 01-12-2016 as submitted"
    session.undo_stack.undo()
    assert find_round(store, DEADLINE).submitted_at == ""
    statuses = {e.status for e in store.records.all(Experiment, round_id=round_.id)}
    assert statuses == {ExperimentStatus.DRAFT}


def test_failed_job_shows_the_danish_message_only(window, qtbot, tmp_path) -> None:
    """A folder that cannot be made fails in the job: its Danish message is shown, in red."""
    blocker = tmp_path / "fil.txt"
    blocker.write_text("ikke en mappe")
    dialog = _dialog(qtbot, window.session, window)
    dialog.ui.markSubmittedCheck.setChecked(True)
    before = find_round(window.session.store, DEADLINE).submitted_at
    assert _export(qtbot, dialog, blocker / "ud")
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text().startswith("Mappen ")
    assert "Traceback" not in dialog.ui.errorLabel.text()
    assert dialog.ui.statusLabel.text() == ""
    assert find_round(window.session.store, DEADLINE).submitted_at == before  # not marked


def test_stop_ends_the_export_early(window, qtbot, tmp_path) -> None:
    """Stop cancels the job at its next file: not all files are written, and it says so."""
    dialog = _dialog(qtbot, window.session, window)
    dialog.set_folder(tmp_path)
    assert dialog.start_export() is not None
    assert dialog.start_export() is None  # one export at a time
    assert dialog.ui.stopButton.isEnabled() and not dialog.ui.exportButton.isEnabled()
    dialog.ui.stopButton.click()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=30_000)
    assert "stopped" in dialog.ui.statusLabel.text()
    assert len(_files(tmp_path)) < len(ROUND_FILES)
    assert dialog.last_result is None


@pytest.fixture
def read_only_session(qtbot, demo_path):
    """A session on the demo file opened read-only."""
    session = Session(Store.open(demo_path, readonly=True))
    yield session
    session.close()


def test_read_only_file_disables_text_editing_but_exports(
    read_only_session, qtbot, tmp_path
) -> None:
    """On a read-only file the letter fields cannot be edited or saved, nor the round marked,
    but the export still writes every file."""
    dialog = _dialog(qtbot, read_only_session)
    ui = dialog.ui
    assert ui.subjectEdit.isReadOnly() and ui.introEdit.isReadOnly()
    assert not ui.signatoryCombo.isEnabled() and not ui.saveTextsButton.isEnabled()
    assert not ui.markSubmittedCheck.isEnabled()
    assert "read-only" in ui.letterNoteLabel.text()
    assert _export(qtbot, dialog, tmp_path / "ud")
    assert _files(tmp_path / "ud") == ROUND_FILES


def test_file_menu_opens_the_dialog_window_modal(window, qtbot) -> None:
    """File ▸ Export round… (Ctrl+E) opens the dialog window-modal; it is off without a file."""
    assert window.ui.actionExport.isEnabled()
    assert window.ui.actionExport.shortcut().toString() == "Ctrl+E"
    window.ui.actionExport.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.reject()
    close_in(qtbot, window)
    assert not window.ui.actionExport.isEnabled()
    assert window.file_actions.export_round() is None


def test_dialog_is_danish_with_the_translation(danish, window, qtbot, tmp_path) -> None:
    """In Danish the dialog says 'Eksportér runde', counts 'forsøg', and no English is left."""
    dialog = window.file_actions.export_round()
    assert dialog is not None
    dialog.open_when_done = False
    assert dialog.windowTitle() == "Eksportér runde"
    assert dialog.ui.roundCombo.currentText() == "01-12-2016 – 1. ansøgningsrunde (5 forsøg)"
    assert dialog.ui.tabs.tabText(1) == "Følgebrev"
    assert dialog.ui.markSubmittedCheck.text().startswith("&Markér runden som indsendt")
    assert _export(qtbot, dialog, tmp_path)
    texts = _visible_texts(window)
    assert "&Gem tekster" in texts and "Skrevet i" in dialog.ui.statusLabel.text()
    assert sorted({text for text in texts if GIVEAWAYS.search(text)}) == []
    dialog.resize(960, 640)
    dialog.grab().save(str(tmp_path / "export_dialog.png"))


def _docx_text(path: Path) -> str:
    """Return a Word file's paragraphs and table cells as text, one per line."""
    document = docx.Document(str(path))
    parts = [paragraph.text for paragraph in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_letter_date_typed_in_the_dialog_dates_the_letter(window, qtbot, tmp_path) -> None:
    """Brevets dato shows the deadline (today for an orientation letter) until another is
    typed; '15/12-16' dates the Word letter 15. december 2016; '15.12' exports nothing."""
    dialog = _dialog(qtbot, window.session, window)
    field = dialog.ui.letterDateEdit
    assert field.text() == "01-12-2016"
    for radio in (dialog.ui.orientationRadio, dialog.ui.bundleRadio):  # on the round button
        qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
        if radio is dialog.ui.orientationRadio:
            assert field.iso() == dt.date.today().isoformat()
    assert field.text() == "01-12-2016"
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "15.12")
    assert not _export(qtbot, dialog, tmp_path / "tidlig")
    assert not (tmp_path / "tidlig").exists()
    assert field.hint.text().startswith("Årstallet mangler")
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, "15/12-16")
    assert field.hint.text() == "torsdag 15. december 2016"
    assert _export(qtbot, dialog, tmp_path / "ud")
    assert "15. december 2016" in _docx_text(tmp_path / "ud" / "foelgebrev.docx")
    assert "15. december 2016" in _pdf_text(tmp_path / "ud" / "foelgebrev.pdf")
