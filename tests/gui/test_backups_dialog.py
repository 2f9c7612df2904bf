"""The backups dialog over real backups of a real file: listed, checked, restored."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMessageBox

from frikommune_desktop.db.backups import DEFAULT_KEEP, backups_dir, list_backups
from frikommune_desktop.edits import AddRecord
from frikommune_desktop.gui.backups_dialog import BackupsDialog
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.models.backups import (
    BACKUP_REASON,
    BACKUP_SIZE,
    BACKUP_STATE,
    BACKUP_TAKEN,
)
from frikommune_desktop.gui.models.experiments import COL_TITLE
from frikommune_desktop.gui.roles import SORT_ROLE
from frikommune_desktop.gui.settings import Settings
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from ..sharing.test_recovery import corrupt, held_by_another_process
from .files import WAIT_MS, close_in, open_in, wait_idle
from .layout import lay_out_now
from .test_translations import GIVEAWAYS

ADDED = "Forsøg tilføjet efter sikkerhedskopien"
#: The backups of the `backed_up` file, newest first.
ORDER = ["close", "merge", "damaged", "old"]


@pytest.fixture
def backed_up(demo_path: Path) -> dict[str, Path]:
    """Backups of the demo file: 'old' (before ADDED was added), 'damaged' (corrupted on
    purpose), 'merge' (a before-merge one) and 'close' (taken when the store closed)."""
    with Store.open(demo_path) as store:
        old = store.backup("manual")
        store.records.add(Experiment(title=ADDED))
        damaged = store.backup("manual")
        merge = store.backup("before-merge")
    corrupt(damaged)
    [close] = [path for path in list_backups(demo_path) if path.name.endswith("-close.fkdb")]
    return {"old": old, "damaged": damaged, "merge": merge, "close": close}


def _checked(qtbot, dialog: BackupsDialog | None) -> BackupsDialog:
    """Wait until every listed backup has been checked."""
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.checking(), timeout=15_000)
    return dialog


def _column(dialog: BackupsDialog, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    model = dialog.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _titles(window: MainWindow) -> list[str]:
    model = window.show_view("experiments").model
    return [model.index(row, COL_TITLE).data() for row in range(model.rowCount())]


def _answer_question(qtbot, seen: list[str], role: QMessageBox.ButtonRole) -> None:
    """Answer the next message box with the button of a role, noting its texts."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend([box.text(), box.informativeText()])
        box.buttons()[[box.buttonRole(b) for b in box.buttons()].index(role)].click()

    QTimer.singleShot(0, answer)


def test_backups_are_listed_newest_first_and_checked(
    make_window, demo_path, backed_up, qtbot
) -> None:
    """The dialog lists every backup newest first with time, reason in words, size, and OK or
    Damaged once checked off the GUI thread."""
    window = make_window(demo_path)
    dialog = _checked(qtbot, window.safety.show_backups())
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    assert [row.path for row in dialog.model.rows()] == [backed_up[key] for key in ORDER]
    assert _column(dialog, BACKUP_REASON) == [
        "Closed after changes",
        "Before a merge",
        "Taken by hand",
        "Taken by hand",
    ]
    assert _column(dialog, BACKUP_STATE) == ["OK", "OK", "Damaged", "OK"]
    assert "filen er beskadiget" in _column(dialog, BACKUP_STATE, Qt.ItemDataRole.ToolTipRole)[2]
    times = _column(dialog, BACKUP_TAKEN)
    assert all(len(text) == 19 and text[2] == text[5] == "-" for text in times)  # 23-11-2026 …
    keys = _column(dialog, BACKUP_TAKEN, SORT_ROLE)
    assert keys == sorted(keys, reverse=True)
    assert all(text.endswith(" kB") for text in _column(dialog, BACKUP_SIZE))
    assert (
        dialog.ui.statusLabel.text()
        == "4 backup(s), 1 damaged: a damaged backup cannot be restored."
    )
    assert not dialog.ui.progressBar.isVisible() and not dialog.ui.errorLabel.isVisible()
    assert dialog.selected().path == backed_up["close"] and dialog.ui.restoreButton.isEnabled()
    assert dialog.folder_text() == dialog.ui.folderLabel.toolTip() == str(backups_dir(demo_path))
    dialog.open_in_file_manager = False
    assert dialog.open_folder() == backups_dir(demo_path)
    dialog.select(backed_up["old"])
    dialog.resize(820, 420)
    qtbot.waitExposed(dialog)
    lay_out_now(dialog)  # the table takes the room the progress bar left, before the picture
    assert dialog.grab().save("/tmp/backups_dialog.png")


def test_restoring_an_older_backup_brings_its_content_back(
    make_window, demo_path, backed_up, qtbot
) -> None:
    """Restoring the backup from before an experiment was added removes it from the Forsøg
    view; the window holds the file again and the state it replaced is a before-restore
    backup."""
    window = make_window(demo_path)
    assert ADDED in _titles(window)
    dialog = _checked(qtbot, window.safety.show_backups())
    assert dialog.select(backed_up["old"]) and dialog.can_restore()
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):  # closed once restored
        assert dialog.restore(confirm=False)
    wait_idle(qtbot, window)
    assert window.session is not None and window.session.writable
    assert not window.ui.banner.isVisible()
    assert ADDED not in _titles(window)
    [kept] = [p for p in list_backups(demo_path) if p.name.endswith("-before-restore.fkdb")]
    assert kept.name in window.statusBar().currentMessage()
    with Store.open(kept, readonly=True) as before:  # the restore can itself be undone
        assert ADDED in {experiment.title for experiment in before.records.all(Experiment)}


def test_restore_asks_first_and_no_changes_nothing(
    make_window, demo_path, backed_up, qtbot
) -> None:
    """Restore asks first, saying the current file is kept as a backup; Cancel leaves all."""
    window = make_window(demo_path)
    dialog = _checked(qtbot, window.safety.show_backups())
    dialog.select(backed_up["old"])
    seen: list[str] = []
    _answer_question(qtbot, seen, QMessageBox.ButtonRole.RejectRole)
    assert not dialog.restore()
    assert seen[0].startswith("Restore the backup from ")
    assert "The current file is kept as a backup first" in seen[1]
    assert dialog.isVisible() and ADDED in _titles(window)
    assert not any(p.name.endswith("-before-restore.fkdb") for p in list_backups(demo_path))


def test_a_damaged_backup_cannot_be_restored(make_window, demo_path, backed_up, qtbot) -> None:
    """Choosing the damaged backup disables Restore and says why, in the core's words."""
    window = make_window(demo_path)
    dialog = _checked(qtbot, window.safety.show_backups())
    assert dialog.select(backed_up["damaged"])
    assert not dialog.ui.restoreButton.isEnabled() and not dialog.restore(confirm=False)
    note = dialog.ui.noteLabel.text()
    assert note.startswith("The chosen backup is damaged") and "filen er beskadiget" in note
    assert ADDED in _titles(window)


def test_a_backup_gone_meanwhile_gives_the_core_message_and_keeps_the_file_open(
    make_window, demo_path, backed_up, qtbot
) -> None:
    """A backup deleted after it was checked is refused in the core's Danish message in the
    dialog (no traceback); the file is open and writable again, unchanged."""
    window = make_window(demo_path)
    dialog = _checked(qtbot, window.safety.show_backups())
    dialog.select(backed_up["old"])
    backed_up["old"].unlink()
    assert dialog.restore(confirm=False)  # the controller finds it gone
    wait_idle(qtbot, window)
    error = dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisible() and "kan ikke gendannes" in error
    assert "Traceback" not in error
    assert window.session is not None and window.session.writable
    assert ADDED in _titles(window)
    _checked(qtbot, dialog)
    assert dialog.model.rowCount() == 3  # listed again, without the one that went


def test_the_oldest_backup_survives_the_backup_taken_on_closing(
    make_window, demo_path, qtbot
) -> None:
    """With the rotation full, closing the changed file to restore it (which takes a backup
    and rotates the oldest away) does not lose the oldest backup: it is restored all the same."""
    with Store.open(demo_path) as store:
        for _ in range(DEFAULT_KEEP):
            store.backup("manual")
    window = make_window(demo_path)
    assert window.session.do(AddRecord(Experiment(title=ADDED), "Tilføj"))
    dialog = _checked(qtbot, window.safety.show_backups())
    oldest = dialog.model.rows()[-1].path
    assert dialog.select(oldest)
    with qtbot.waitSignal(dialog.accepted, timeout=WAIT_MS):  # closed once restored
        assert dialog.restore(confirm=False), dialog.ui.errorLabel.text()
    wait_idle(qtbot, window)
    assert ADDED not in _titles(window)
    names = [path.name for path in list_backups(demo_path)]
    assert any(name.endswith("-close.fkdb") for name in names)
    assert any(name.endswith("-before-restore.fkdb") for name in names)
    assert not list(backups_dir(demo_path).glob(".*"))  # nothing left over from keeping it


def test_read_only_file_cannot_be_restored_and_the_holder_is_named(
    demo_path, backed_up, qtbot
) -> None:
    """While another coordinator's program holds the file, Restore is disabled and the note
    names who holds it."""
    with held_by_another_process(demo_path, user="Christine"):
        window = MainWindow(Settings(), interactive=False)
        qtbot.addWidget(window)
        window.show()
        assert open_in(qtbot, window, demo_path) and not window.session.writable
        dialog = _checked(qtbot, window.safety.show_backups())
        assert dialog.select(backed_up["old"])
        assert not dialog.ui.restoreButton.isEnabled() and not dialog.restore(confirm=False)
        assert "Christine" in dialog.ui.noteLabel.text()
        assert "read-only" in dialog.ui.noteLabel.text()
        dialog.reject()
        close_in(qtbot, window)


def test_dialog_is_danish_with_the_translation(
    danish, make_window, demo_path, backed_up, qtbot
) -> None:
    """With the Danish translation, headers, reasons, states and buttons are Danish."""
    window = make_window(demo_path)
    dialog = _checked(qtbot, window.safety.show_backups())
    assert window.ui.actionBackups.text() == "Sikkerheds&kopier …"
    assert dialog.windowTitle() == "Sikkerhedskopier"
    assert _column(dialog, BACKUP_REASON) == [
        "Lukket efter ændringer",
        "Før fletning",
        "Taget manuelt",
        "Taget manuelt",
    ]
    assert _column(dialog, BACKUP_STATE) == ["OK", "OK", "Beskadiget", "OK"]
    texts = [dialog.windowTitle()]
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        texts += [widget.text(), widget.toolTip()]
    texts += [
        str(dialog.model.headerData(c, Qt.Orientation.Horizontal))
        for c in range(dialog.model.columnCount())
    ]
    for column in range(dialog.model.columnCount()):
        texts += [
            str(t)
            for t in _column(dialog, column) + _column(dialog, column, Qt.ItemDataRole.ToolTipRole)
            if t
        ]
    assert sorted({text for text in texts if GIVEAWAYS.search(text)}) == []
    assert "Gendan" in dialog.ui.restoreButton.text()
