"""A search hit is shown on a single click or an arrow key, with its sentence selected, and
the search's marks go when the panel closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QListWidget

from frikommune_desktop.demo import write_demo
from frikommune_desktop.model import Experiment
from frikommune_desktop.store import Store

from .layout import lay_out_now

#: The goals of the experiment the search finds: the hit is in the second sentence.
GOALS = (
    "Kommunen vil hjælpe unge hurtigere i egen bolig. "
    "Vi ønsker flere ungdomsboliger efter § 3, stk. 2 i Randers. "
    "Ventelisten skal være kortere."
)
HIT_SENTENCE = "Vi ønsker flere ungdomsboliger efter § 3, stk. 2 i Randers."


@pytest.fixture
def search_window(make_window, tmp_path: Path):
    """A window on the demo network with two experiments about youth housing."""
    path = tmp_path / "soeg.fkdb"
    write_demo(path).close()
    with Store.open(path) as store:
        store.records.add(Experiment(title="Boliger til unge i Randers", goals=GOALS))
        store.records.add(
            Experiment(title="Andet forsøg", description="Her står ungdomsboliger også.")
        )
    return make_window(path)


def _search(qtbot, window, text: str) -> QListWidget:
    """Open the panel with Ctrl+F, type the text and wait for the hits."""
    window.ui.actionFind.trigger()
    panel = window.search_panel
    qtbot.keyClicks(panel.ui.queryEdit, text)
    results = panel.ui.resultList
    qtbot.waitUntil(lambda: results.count() >= 2)
    return results


def _click(qtbot, results: QListWidget, row: int) -> None:
    """Click a result once, as a person would."""
    rect = results.visualItemRect(results.item(row))
    qtbot.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(results: QListWidget, title: str) -> int:
    """Return the row of the hit in the experiment of this title."""
    rows = [r for r in range(results.count()) if title in results.item(r).text()]
    assert rows, title
    return rows[0]


def test_a_single_click_shows_the_hit_with_its_sentence_selected(search_window, qtbot) -> None:
    """One click on a hit selects its experiment, turns to the hit's section and selects the
    sentence the hit is in (not just the first word that matches)."""
    results = _search(qtbot, search_window, "ungdomsboliger randers")
    _click(qtbot, results, _row_of(results, "Boliger til unge i Randers"))
    view = search_window.view("experiments")
    experiment = view.session.store.records.all(Experiment)
    wanted = next(e for e in experiment if e.title == "Boliger til unge i Randers")
    assert view.current_id() == wanted.id
    editor = view.editor
    goals = editor.sections["goals"]
    assert editor.ui.sectionTabs.currentIndex() == list(editor.sections).index("goals")
    assert goals.textCursor().selectedText() == HIT_SENTENCE
    assert goals.extraSelections()  # the search words are marked too
    assert results.hasFocus()  # the list keeps the keyboard: the next hit is an arrow away


def test_the_arrow_keys_show_the_hit_they_move_to(search_window, qtbot) -> None:
    """Moving through the hits with the arrow keys shows each hit in turn."""
    results = _search(qtbot, search_window, "ungdomsboliger")
    first = _row_of(results, "Boliger til unge i Randers")
    other = _row_of(results, "Andet forsøg")
    _click(qtbot, results, first)
    qtbot.keyClick(results, Qt.Key.Key_Down if other > first else Qt.Key.Key_Up)
    view = search_window.view("experiments")
    assert view.editor.ui.titleEdit.text() == "Andet forsøg"
    description = view.editor.sections["description"]
    assert description.textCursor().selectedText() == "Her står ungdomsboliger også."


def _close_with_button(qtbot, window) -> None:
    """Click the dock's own close button."""
    button = window.search_dock.findChild(QAbstractButton, "qt_dockwidget_closebutton")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _close_with_escape(qtbot, window) -> None:
    """Press Escape in the search box."""
    qtbot.keyClick(window.search_panel.ui.queryEdit, Qt.Key.Key_Escape)


def _close_with_menu(_qtbot, window) -> None:
    """Untick View → Search panel."""
    window.ui.actionSearchPanel.trigger()


@pytest.mark.parametrize("close", [_close_with_button, _close_with_escape, _close_with_menu])
def test_closing_the_panel_takes_the_marks_away(search_window, qtbot, close) -> None:
    """However the search panel closes, no search word stays marked and no hit selected."""
    results = _search(qtbot, search_window, "ungdomsboliger")
    _click(qtbot, results, _row_of(results, "Boliger til unge i Randers"))
    qtbot.keyClick(results, Qt.Key.Key_Return)  # shown the way it always was, too
    editor = search_window.view("experiments").editor
    assert any(edit.extraSelections() for edit in editor.sections.values())
    close(qtbot, search_window)
    assert not search_window.search_dock.isVisible()
    assert not search_window.ui.actionSearchPanel.isChecked()
    assert [e for e in editor.sections.values() if e.extraSelections()] == []
    assert [e for e in editor.sections.values() if e.textCursor().hasSelection()] == []


def test_the_search_panel_at_two_window_sizes(search_window, qtbot) -> None:
    """The panel with a shown hit, rendered at 1024x700 and 1600x1000 for a person to look at."""
    results = _search(qtbot, search_window, "ungdomsboliger randers")
    _click(qtbot, results, _row_of(results, "Boliger til unge i Randers"))
    for width, height in ((1024, 700), (1600, 1000)):
        search_window.resize(width, height)
        lay_out_now(search_window)
        assert search_window.grab().save(f"/tmp/shots/search_{width}x{height}.png")
        assert results.isVisible()  # its width is item 7 (keys), not checked here
