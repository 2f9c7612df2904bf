"""The keyboard: Tab leaves the lists for the filters and the editor, Alt+letter reaches a
field, and Hjælp → Tastaturgenveje lists the window's keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from frikommune_desktop.gui.keyboard_map import KeyboardMapDialog, action_text
from frikommune_desktop.gui.views.experiments_view import ExperimentsView


def _focused_list(qtbot, window) -> ExperimentsView:
    """Show Forsøg with the second experiment chosen and the cursor in the list."""
    view = window.show_view("experiments", ExperimentsView)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    view.ui.table.selectRow(1)
    view.ui.table.setFocus()
    qtbot.waitUntil(view.ui.table.hasFocus)
    return view


def _tab_until(qtbot, target: QWidget, backwards: bool = False, most: int = 12) -> list[QWidget]:
    """Press Tab (Shift+Tab) until `target` has focus (at most `most` times); return the
    widgets the focus passed."""
    passed: list[QWidget] = []
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, modifier)
        passed.append(QApplication.focusWidget())
        if passed[-1] is target:
            break
    return passed


def test_tab_from_experiment_list_reaches_editor_title_keeping_selection(window, qtbot) -> None:
    """Tab from the experiment list goes on to the editor's title field; the chosen
    experiment stays chosen (Tab used to walk the list's cells and change it)."""
    view = _focused_list(qtbot, window)
    chosen = view.current_id()
    passed = _tab_until(qtbot, view.editor.ui.titleEdit)
    assert QApplication.focusWidget() is view.editor.ui.titleEdit, passed
    assert view.current_id() == chosen
    assert view.editor.ui.titleEdit.text() == view.editor.experiment.title


def test_shift_tab_from_experiment_list_reaches_the_filter_box(window, qtbot) -> None:
    """Shift+Tab from the experiment list goes back through the filters to the filter box."""
    view = _focused_list(qtbot, window)
    chosen = view.current_id()
    passed = _tab_until(qtbot, view.ui.filterEdit, backwards=True)
    assert QApplication.focusWidget() is view.ui.filterEdit, passed
    assert view.current_id() == chosen


def test_alt_t_puts_the_cursor_in_the_experiment_title(danish, window, qtbot) -> None:
    """Alt+T (the underlined T of "Titel på forsøg") moves the cursor to the title field."""
    view = _focused_list(qtbot, window)
    assert view.editor.ui.titleLabel.text() == "&Titel på forsøg"
    qtbot.keyClick(view.ui.table, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is view.editor.ui.titleEdit


def test_keyboard_map_lists_every_shortcut_of_the_window(danish, window, qtbot) -> None:
    """Hjælp → Tastaturgenveje lists every action shortcut the window has, with its text."""
    help_menu = window.ui.menuHelp
    entry = next(a for a in help_menu.actions() if a.text() == "&Tastaturgenveje")
    entry.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, KeyboardMapDialog))
    qtbot.waitUntil(dialog.isVisible)
    shown = dialog.rows()
    native = QKeySequence.SequenceFormat.NativeText
    expected = [
        (key.toString(native), action_text(action))
        for action in window.findChildren(type(entry))
        for key in action.shortcuts()
    ]
    assert len(expected) >= 10  # the menus' keys, Ctrl+1 … Ctrl+7, undo/redo, Ctrl+L
    for key, text in expected:
        assert any(key in keys.split(", ") and what == text for keys, what in shown), (key, text)
    assert ("Tab / Shift+Tab", "Næste / forrige felt, liste eller knap") in shown
    dialog.close()


@pytest.mark.parametrize("key", ["legal", "contacts", "municipalities", "rounds"])
def test_tab_leaves_a_record_list_and_shift_tab_reaches_its_filter(window, qtbot, key) -> None:
    """Tab from a record list moves on (it used to walk the cells and change the row);
    Shift+Tab goes back to the list's filter box."""
    view = window.show_view(key)
    page = getattr(view, "table_ui", None) or view.ui  # the legal view has a tree page too
    table, filter_edit = page.table, page.filterEdit
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table.selectRow(1)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    row = table.currentIndex().row()
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
    assert table.currentIndex().row() == row
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    passed = _tab_until(qtbot, filter_edit, backwards=True)
    assert QApplication.focusWidget() is filter_edit, passed
    assert table.currentIndex().row() == row
