"""Kom godt i gang: the checklist over a new network file, ticked off live by the data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from frikommune_desktop.gui.first_steps import FirstStepsPanel
from frikommune_desktop.gui.models.records import MUNICIPALITY_MEMBER
from frikommune_desktop.gui.views.record_dialog import RecordDialog
from frikommune_desktop.model import Contact, Network
from frikommune_desktop.queries.first_steps import STEP_KEYS
from frikommune_desktop.store import Store


def _new_file(tmp_path: Path) -> Path:
    """Write a new, empty network file as Filer → Ny netværksfil and `frikommune new` do."""
    path = tmp_path / "nyt.fkdb"
    Store.create(path, Network(name="Nyt netværk")).close()
    return path


def _panel(window) -> FirstStepsPanel:
    panel = window.help.panel
    assert panel is not None
    return panel


def test_a_new_file_shows_the_checklist_with_nothing_ticked(danish, make_window, tmp_path) -> None:
    """A new file opens with the Danish checklist above the views, no step ticked."""
    window = make_window(_new_file(tmp_path))
    panel = _panel(window)
    assert panel.isVisible()
    assert panel.ticked() == dict.fromkeys(STEP_KEYS, False)
    assert panel.texts["members"].text() == "1. Vælg netværkets medlemskommuner"
    assert panel.buttons["round"].text() == "Eksportér runde…"
    assert panel.geometry().bottom() < window.ui.tabs.geometry().top()


def test_ticking_a_member_ticks_the_first_step_without_a_reload(make_window, tmp_path, qtbot):
    """Space on a municipality's Medlem cell ticks step 1 in the open window (the same views,
    nothing reopened); Ctrl+Z takes the tick away again."""
    window = make_window(_new_file(tmp_path))
    panel, views = _panel(window), list(window.views)
    qtbot.mouseClick(panel.buttons["members"], Qt.MouseButton.LeftButton)
    view = window.ui.tabs.currentWidget()
    assert view is window.view("municipalities")
    table = view.ui.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, MUNICIPALITY_MEMBER))
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert window.session.store.records.members()
    qtbot.waitUntil(lambda: panel.ticked()["members"])
    assert panel.ticked() == dict.fromkeys(STEP_KEYS, False) | {"members": True}
    assert window.views == views and window.help.panel is panel
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not panel.ticked()["members"])


def test_a_contact_typed_into_the_record_dialog_ticks_the_second_step(
    make_window, tmp_path, qtbot
) -> None:
    """The step's button leads to Kontaktpersoner; a person typed into the real dialog and
    accepted with Enter ticks step 2."""
    window = make_window(_new_file(tmp_path))
    panel = _panel(window)
    qtbot.mouseClick(panel.buttons["contacts"], Qt.MouseButton.LeftButton)
    view = window.ui.tabs.currentWidget()
    assert view is window.view("contacts")

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RecordDialog)
        name = dialog.widget("name")
        qtbot.keyClicks(name, "Anne Koordinator")
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(view.ui.addButton, Qt.MouseButton.LeftButton)
    assert [c.name for c in window.session.store.records.all(Contact)] == ["Anne Koordinator"]
    qtbot.waitUntil(lambda: panel.ticked()["contacts"])


def test_the_demo_network_shows_no_checklist_until_asked(danish, window, qtbot) -> None:
    """The demo network has every step done: no checklist, until Hjælp → Kom godt i gang
    shows it, all ticked."""
    panel = _panel(window)
    assert not panel.isVisible()
    assert window.help.steps_action.text() == "&Kom godt i gang"
    window.help.steps_action.trigger()
    assert panel.isVisible()
    assert panel.ticked() == dict.fromkeys(STEP_KEYS, True)


def test_hide_keeps_the_checklist_away_for_that_file(make_window, tmp_path, qtbot) -> None:
    """Skjul hides the checklist, also in the next window on the file; the Help menu item
    brings it back."""
    path = _new_file(tmp_path)
    first = make_window(path)
    qtbot.mouseClick(_panel(first).hide_button, Qt.MouseButton.LeftButton)
    assert not _panel(first).isVisible()
    first.close_file()
    qtbot.waitUntil(lambda: first.session is None)
    second = make_window(path)
    assert not _panel(second).isVisible()
    second.help.steps_action.trigger()
    assert _panel(second).isVisible()
