"""Nothing essential cut at 1024×700; panels open at a useful width and remember it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QHeaderView

from frikommune_desktop.gui.models.experiments import COL_TITLE
from frikommune_desktop.gui.models.import_plan import ChangeTableModel
from frikommune_desktop.gui.views.experiments_view import ExperimentsView

from ..sheets.conftest import TITLES
from .files import close_in
from .layout import lay_out_now
from .test_import_wizard import _sheet, _wizard_at_preview

SMALL = (1024, 700)
LEFT = Qt.MouseButton.LeftButton
NO_KEYS = Qt.KeyboardModifier.NoModifier


def _at(qtbot, window, size: tuple[int, int]) -> ExperimentsView:
    """Show Forsøg in the window at a size, laid out."""
    window.resize(*size)
    view = window.show_view("experiments", ExperimentsView)
    qtbot.waitUntil(lambda: window.width() == size[0])
    lay_out_now(window)
    QApplication.processEvents()
    return view


def _drag(widget, start: QPoint, end: QPoint) -> None:
    """Drag with the left mouse button from `start` to `end` (widget coordinates)."""
    for kind, at, button, held in (
        (QEvent.Type.MouseButtonPress, start, LEFT, LEFT),
        (QEvent.Type.MouseMove, end, Qt.MouseButton.NoButton, LEFT),
        (QEvent.Type.MouseButtonRelease, end, LEFT, Qt.MouseButton.NoButton),
    ):
        global_at = QPointF(widget.mapToGlobal(at))
        QApplication.sendEvent(
            widget, QMouseEvent(kind, QPointF(at), global_at, button, held, NO_KEYS)
        )


def _shown_text(view: ExperimentsView, row: int) -> str:
    """Return a title as the list draws it: elided to its column's width."""
    table = view.ui.table
    index = view.proxy.index(row, COL_TITLE)
    width = table.horizontalHeader().sectionSize(COL_TITLE) - 8  # the cell's margins
    return table.fontMetrics().elidedText(index.data(), table.textElideMode(), width)


def test_titles_that_differ_look_different_at_1024x700(danish, window, qtbot) -> None:
    """At 1024×700 two demo titles that start alike are drawn differently in the list (both
    read "Afprøvning af …" before)."""
    view = _at(qtbot, window, SMALL)
    titles = [view.proxy.index(row, COL_TITLE).data() for row in range(view.proxy.rowCount())]
    shown = [_shown_text(view, row) for row in range(len(titles))]
    assert titles[0] != titles[1] and titles[0][:12] == titles[1][:12]
    assert len(set(shown)) == len(set(titles)), shown
    header = view.ui.table.horizontalHeader()
    assert header.sectionResizeMode(COL_TITLE) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()


def test_filter_placeholder_is_whole_at_1024x700(danish, window, qtbot) -> None:
    """At 1024×700 the filter box is wide enough for "Filtrér forsøg…" (it showed "Fi…")."""
    view = _at(qtbot, window, SMALL)
    edit = view.ui.filterEdit
    needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    assert needed + edit.height() <= edit.width(), (needed, edit.width())


def test_headers_tell_their_whole_text(danish, window, qtbot) -> None:
    """Every column header of the list has its text as tooltip (readable when cut)."""
    view = _at(qtbot, window, SMALL)
    model = view.model
    for column in range(model.columnCount()):
        text = model.headerData(column, Qt.Orientation.Horizontal)
        tip = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip == text


def test_search_panel_opens_wide_and_keeps_its_width(make_window, demo_path, qtbot) -> None:
    """Ctrl+F opens the search panel at least 280 px wide at 1024×700; a width the user gave
    it comes back in the next window (the settings live in the test's own folder)."""
    window = make_window(demo_path)
    _at(qtbot, window, SMALL)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dock = window.search_dock
    qtbot.waitUntil(dock.isVisible)
    lay_out_now(window)
    assert dock.width() >= 280, dock.width()
    window.resize(1300, 850)
    qtbot.waitUntil(lambda: window.width() == 1300)
    window.resizeDocks([dock], [410], Qt.Orientation.Horizontal)  # the user drags its edge
    qtbot.waitUntil(lambda: dock.width() == 410)
    close_in(qtbot, window)
    window.close()
    again = make_window(demo_path)
    qtbot.keyClick(again, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(again.search_dock.isVisible)
    qtbot.waitUntil(lambda: again.search_dock.width() == 410)


def test_splitter_between_list_and_editor_keeps_its_place(make_window, demo_path, qtbot) -> None:
    """The list | editor splitter dragged by the mouse is where it was in the next window."""
    window = make_window(demo_path)
    view = _at(qtbot, window, (1300, 850))
    splitter = view.ui.splitter
    handle = splitter.handle(1)
    before = splitter.sizes()
    start = handle.rect().center()
    _drag(handle, start, start + QPoint(-150, 0))  # the user drags the handle to the left
    moved = splitter.sizes()
    assert moved[0] == before[0] - 150, (before, moved)
    close_in(qtbot, window)
    window.close()
    again = make_window(demo_path)
    view = _at(qtbot, again, (1300, 850))
    assert view.ui.splitter.sizes() == moved


def test_import_preview_gives_its_spare_width_to_the_details(window, qtbot, tmp_path) -> None:
    """The import preview stretches the Details column, not the last one ("Row")."""
    path: Path = _sheet(
        tmp_path,
        "roskilde.xlsx",
        [[TITLES[2], "Ja", "Med forbehold"]],
        [[TITLES[2], "SEL", "§ 107", "Midlertidigt ophold", "Fleksibilitet", ""]],
    )
    wizard = _wizard_at_preview(window, qtbot, [path])
    wizard.resize(*SMALL)
    lay_out_now(wizard)
    model = wizard.ui.table.model()
    assert isinstance(model, ChangeTableModel)
    header = wizard.ui.table.horizontalHeader()
    details, last = 2, model.columnCount() - 1
    assert header.sectionResizeMode(details) == QHeaderView.ResizeMode.Stretch
    assert not header.stretchLastSection()
    assert header.sectionSize(details) > header.sectionSize(last) * 3


def test_legal_columns_keep_the_width_they_were_dragged_to(make_window, demo_path, qtbot) -> None:
    """A Lovgrundlag column widened with the mouse has that width in the next window."""
    window = make_window(demo_path)
    header = window.show_view("legal").table_ui.table.horizontalHeader()
    lay_out_now(window)
    before = header.sectionSize(0)
    edge = header.sectionViewportPosition(0) + before - 1
    middle = header.height() // 2
    _drag(header.viewport(), QPoint(edge, middle), QPoint(edge + 80, middle))
    assert header.sectionSize(0) == before + 80
    close_in(qtbot, window)
    window.close()
    again = make_window(demo_path)
    header = again.show_view("legal").table_ui.table.horizontalHeader()
    assert header.sectionSize(0) == before + 80


def test_municipality_list_stretches_the_name_not_the_tick_box(danish, window, qtbot) -> None:
    """In Kommuner the spare width goes to Navn, not to the Medlem tick box at the end."""
    view = window.show_view("municipalities")
    header = view.ui.table.horizontalHeader()
    lay_out_now(window)
    names = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())]
    stretched = [
        name
        for column, name in enumerate(names)
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
    ]
    assert stretched == ["Navn"] and not header.stretchLastSection()


@pytest.mark.parametrize("size", [(1024, 700), (1600, 1000)])
def test_legal_table_fits_the_window_and_gives_the_texts_the_room(
    make_window, demo_path, qtbot, size
) -> None:
    """Lovgrundlag's columns fit the window without sideways scrolling at 1024×700 and at
    1600×1000, and the purpose and justification texts get the spare width, not Type."""
    from frikommune_desktop.gui.models.legal import COL_JUSTIFICATION, COL_PURPOSE, COL_REQUEST

    window = make_window(demo_path)
    window.resize(*size)
    table = window.show_view("legal").table_ui.table
    lay_out_now(window)
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()
    assert header.sectionSize(COL_PURPOSE) > header.sectionSize(COL_REQUEST)
    assert header.sectionSize(COL_JUSTIFICATION) > header.sectionSize(COL_REQUEST)


def test_a_saved_legal_header_does_not_bring_back_old_resize_modes(
    make_window, demo_path, qtbot
) -> None:
    """A header state saved by an older layout (every column Interactive) restores its widths
    but not its modes: the text columns still share the spare width."""
    from frikommune_desktop.gui.models.legal import COL_PURPOSE

    window = make_window(demo_path)
    header = window.show_view("legal").table_ui.table.horizontalHeader()
    lay_out_now(window)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, header.sectionSize(0) + 40)  # saved, as a drag would be
    dragged = header.sectionSize(0)
    close_in(qtbot, window)
    window.close()
    again = make_window(demo_path)
    header = again.show_view("legal").table_ui.table.horizontalHeader()
    assert header.sectionResizeMode(COL_PURPOSE) == QHeaderView.ResizeMode.Stretch
    assert header.sectionSize(0) == dragged
