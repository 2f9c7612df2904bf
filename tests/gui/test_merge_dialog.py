"""The merge dialog and the offers made on opening a file: real widgets over real files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QMessageBox

from frikommune_desktop.db.backups import list_backups
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.merge_dialog import MergeDialog
from frikommune_desktop.gui.models.merge_plan import CONFLICT_KEEP, ITEM_CHANGE, ITEM_DETAILS
from frikommune_desktop.gui.session import Session
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.merge.plan import Change, Side
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from .files import close_in, open_in, wait_idle
from .test_translations import GIVEAWAYS, _visible_texts

GOALS = "Mål skrevet i den anden kopi"


def _experiments(store: Store) -> list[Experiment]:
    return sorted(store.records.all(Experiment), key=lambda e: e.number or 0)


@pytest.fixture
def copies(demo_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Ours (the demo) and theirs (kopi.fkdb): both retitle experiment 2, theirs later;
    theirs also writes goals into experiment 3."""
    theirs = tmp_path / "kopi.fkdb"
    shutil.copyfile(demo_path, theirs)
    with Store.open(demo_path) as ours:
        ours.records.update(Experiment, _experiments(ours)[1].id, title="Titel her")
    with Store.open(theirs) as other:
        second, third = _experiments(other)[1:3]
        other.records.update(Experiment, second.id, title="Titel der")
        other.records.update(Experiment, third.id, goals=GOALS)
    return demo_path, theirs


def _planned(qtbot, dialog: MergeDialog) -> MergeDialog:
    """Wait until the other copy is read and planned (or refused)."""
    qtbot.waitUntil(lambda: dialog.job is None, timeout=15_000)
    return dialog


def _bare_window(qtbot) -> MainWindow:
    window = MainWindow(Settings(), interactive=False)
    qtbot.addWidget(window, before_close_func=lambda w: close_in(qtbot, w))
    window.resize(1300, 850)
    window.show()
    return window


def _button(box: QMessageBox, text: str):
    return next(button for button in box.buttons() if button.text() == text)


def test_plan_and_conflict_shown_then_our_title_and_their_goals_merged(
    make_window, copies, qtbot
) -> None:
    """The dialog lists the change and the one conflict (newest side chosen); keeping ours
    and merging keeps our title, brings their goals into the views, and backs up both."""
    ours, theirs = copies
    window = make_window(ours)
    assert window.safety.conflict_offer is None  # kopi.fkdb is no sync-conflict name of demo.fkdb
    dialog = _planned(qtbot, window.safety.merge_copy(theirs))
    assert dialog.other() == theirs and dialog.windowModality() == Qt.WindowModality.WindowModal
    changes = dialog.changes
    rows = {
        changes.index(r, ITEM_CHANGE).data(): changes.index(r, ITEM_DETAILS).data()
        for r in range(changes.rowCount())
    }
    assert rows == {"changed": f"mål → «{GOALS}»"}
    assert "1 to change" in dialog.ui.statusLabel.text()
    assert "1 conflict(s)" in dialog.ui.statusLabel.text()

    conflicts = dialog.conflicts
    assert conflicts.rowCount() == 1 and dialog.ui.conflictsGroup.isVisible()
    [conflict] = dialog.decisions()
    assert (conflict.ours, conflict.theirs, conflict.newest) == (
        "Titel her",
        "Titel der",
        Side.THEIRS,
    )
    keep = conflicts.index(0, CONFLICT_KEEP)
    assert keep.data() == "Take the other copy's" and dialog.decisions()[conflict] is Side.THEIRS
    combo = dialog.ui.conflictTable.indexWidget(keep)
    assert isinstance(combo, QComboBox) and combo.currentData() == "theirs"
    combo.setCurrentIndex(combo.findData("ours"))  # the user keeps this file's title
    assert keep.data() == "Keep this file's" and dialog.decisions()[conflict] is Side.OURS

    assert dialog.ui.mergeButton.isEnabled()
    assert "cannot be undone with Undo" in dialog.ui.noteLabel.text()
    dialog.ui.mergeButton.click()
    assert not dialog.ui.errorLabel.isVisible(), dialog.ui.errorLabel.text()
    store = window.session.store
    second, third = _experiments(store)[1:3]
    assert (second.title, third.goals) == ("Titel her", GOALS)
    assert dialog.ui.statusLabel.text().startswith("Merged: ")
    assert not dialog.ui.mergeButton.isEnabled() and dialog.ui.cancelButton.text() == "&Close"
    assert window.session.undo_stack.count() == 0  # merging is not on the undo stack

    view = window.show_view("experiments")
    assert view.select(third.id)
    qtbot.waitUntil(lambda: view.editor.ui.goalsEdit.toPlainText() == GOALS, timeout=5_000)
    names = [path.name for path in list_backups(ours)]
    assert any("merged-in-kopi" in name for name in names)
    assert any("before-merge" in name for name in names)
    assert "Merged kopi.fkdb" in window.statusBar().currentMessage()


def test_merge_button_is_disabled_on_a_read_only_file(copies, qtbot) -> None:
    """Over a read-only session the plan is shown, but Merge stays disabled and says why."""
    ours, theirs = copies
    session = Session(Store.open(ours, readonly=True))
    try:
        dialog = MergeDialog(session, theirs)
        qtbot.addWidget(dialog)
        dialog.show()
        _planned(qtbot, dialog)
        assert dialog.plan is not None and dialog.changes.rowCount() == 1
        assert not dialog.ui.mergeButton.isEnabled()
        assert "read-only" in dialog.ui.noteLabel.text()
        assert not dialog.merge()
    finally:
        session.close()


def test_unreadable_copy_and_the_file_itself_give_the_danish_message(
    window, demo_path, tmp_path, qtbot
) -> None:
    """A copy that is no network file, or the open file itself, is refused in one Danish
    line in the red label; nothing can be merged."""
    junk = tmp_path / "junk.fkdb"
    junk.write_bytes(b"not a database" * 100)
    dialog = _planned(qtbot, window.safety.merge_copy(junk))
    assert dialog.ui.errorLabel.isVisible()
    assert "junk.fkdb: er ikke en netværksfil" in dialog.ui.errorLabel.text()
    assert "Traceback" not in dialog.ui.errorLabel.text()
    assert not dialog.ui.mergeButton.isEnabled()
    dialog.set_other(demo_path)
    _planned(qtbot, dialog)
    assert dialog.ui.errorLabel.text() == "En fil kan ikke flettes med sig selv."


def test_sync_conflict_copy_beside_the_file_is_offered_for_merging(
    make_window, demo_path, tmp_path, qtbot
) -> None:
    """Opening Netværk.fkdb with Netværk-LAPTOP7.fkdb beside it offers to merge the OneDrive
    copy; accepting opens the merge dialog with that copy chosen and planned."""
    network, copy = tmp_path / "Netværk.fkdb", tmp_path / "Netværk-LAPTOP7.fkdb"
    shutil.copyfile(demo_path, network)
    shutil.copyfile(demo_path, copy)
    with Store.open(copy) as other:
        other.records.update(Experiment, _experiments(other)[2].id, goals=GOALS)
    window = make_window(network)
    offer = window.safety.conflict_offer
    assert offer is not None and offer.isVisible()
    assert offer.windowModality() == Qt.WindowModality.WindowModal
    assert "Netværk-LAPTOP7.fkdb (OneDrive, computer LAPTOP7)" in offer.text()
    _button(offer, "&Merge…").click()
    assert window.safety.conflict_offer is None
    dialog = window.findChild(MergeDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.other() == copy
    assert "OneDrive" in dialog.ui.copyCombo.currentText()
    _planned(qtbot, dialog)
    assert [item.change for item in dialog.plan.items] == [Change.UPDATE]
    assert dialog.ui.mergeButton.isEnabled()


@pytest.fixture
def damaged_with_backup(demo_path: Path, request) -> Path:
    """The damaged demo file, with a good backup taken before the damage."""
    with Store.open(demo_path) as store:
        store.backup("manual")
    return request.getfixturevalue("damaged_path")


def test_damaged_file_with_a_good_backup_is_restored_and_opened(damaged_with_backup, qtbot) -> None:
    """Opening a damaged file offers its newest good backup; accepting restores it (the
    damaged bytes kept among the backups) and opens the file."""
    window = _bare_window(qtbot)
    assert not open_in(qtbot, window, damaged_with_backup)
    offer = window.safety.restore_offer
    assert offer is not None and offer.isVisible()
    assert offer.text().startswith("Restore the backup from ")
    assert "filen er beskadiget" in offer.informativeText()
    assert "beskadiget" in window.last_error and "Traceback" not in offer.informativeText()
    _button(offer, "&Restore").click()
    wait_idle(qtbot, window)
    assert window.session is not None and window.session.store.path == damaged_with_backup
    assert len(_experiments(window.session.store)) >= 5
    assert any("damaged-before-restore" in p.name for p in list_backups(damaged_with_backup))
    assert window.statusBar().currentMessage().startswith("The backup is restored.")


def test_declined_restore_or_no_backup_leaves_the_error(
    damaged_with_backup, damaged_path, qtbot
) -> None:
    """Declining the restore changes nothing and keeps the core's Danish error."""
    before = damaged_with_backup.read_bytes()
    window = _bare_window(qtbot)
    assert not open_in(qtbot, window, damaged_with_backup)
    _button(window.safety.restore_offer, "Do&n't restore").click()
    assert window.session is None and window.safety.restore_offer is None
    assert "filen er beskadiget" in window.last_error
    assert damaged_with_backup.read_bytes() == before


def test_damaged_file_without_backup_just_shows_the_error(damaged_path, qtbot) -> None:
    """Without a good backup there is no offer, only the Danish error."""
    for backup in list_backups(damaged_path):
        backup.unlink()
    window = _bare_window(qtbot)
    assert not open_in(qtbot, window, damaged_path)
    assert window.safety.restore_offer is None
    assert "filen er beskadiget" in window.last_error


def test_file_menu_action_follows_the_open_file(window, qtbot) -> None:
    """File ▸ Merge another copy… is on with a file open (read-only too) and off without."""
    assert window.ui.actionMerge.isEnabled()
    window.ui.actionMerge.trigger()
    dialog = window.findChild(MergeDialog)
    assert dialog is not None and dialog.other() is None
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert not dialog.ui.mergeButton.isEnabled()
    dialog.reject()
    close_in(qtbot, window)
    assert not window.ui.actionMerge.isEnabled()
    assert window.safety.merge_copy() is None


def test_dialog_is_danish_and_renders(danish, make_window, copies, qtbot, tmp_path) -> None:
    """In Danish the dialog says 'Flet', warns that Fortryd cannot undo it, offers the
    conflict choice in Danish, leaves no English word; it is rendered to a PNG."""
    ours, theirs = copies
    window = make_window(ours)
    dialog = _planned(qtbot, window.safety.merge_copy(theirs))
    assert dialog.windowTitle() == "Flet en anden kopi"
    assert dialog.ui.mergeButton.text() == "&Flet" and dialog.ui.cancelButton.text() == "Annullér"
    assert dialog.ui.noteLabel.text().startswith(
        "Fletningen kan ikke fortrydes med Fortryd, men filen sikkerhedskopieres først"
    )
    combo = dialog.ui.conflictTable.indexWidget(dialog.conflicts.index(0, CONFLICT_KEEP))
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Behold denne fils",
        "Tag den anden kopis",
    ]
    assert window.ui.actionMerge.text() == "&Flet en anden kopi…"
    texts = _visible_texts(window)
    assert sorted({text for text in texts if GIVEAWAYS.search(text)}) == []
    dialog.resize(960, 640)
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "merge_dialog.png"))
