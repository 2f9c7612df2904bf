"""Panels that open at a useful width and remember the one the coordinator gave them.

Splitters (list | editor), the search dock and tables' stretching columns. Widths are kept in
the settings (gui/settings.py) as they change, and written to disk with the window's state.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QTableView,
    QWidget,
)

from .models.base import RowTableModel
from .settings import Settings

#: The narrowest the search dock opens at (px): room for the query and a hit's sentence.
SEARCH_DOCK_WIDTH = 280


def _settings(widget: QWidget) -> Settings:
    """Return the window's settings (a main window has them), else the program's."""
    found = getattr(widget.window(), "settings", None)
    return found if isinstance(found, Settings) else Settings()


def remember_splitter(splitter: QSplitter, key: str, sizes: list[int]) -> None:
    """Give a splitter its remembered sizes (else `sizes`) and remember each move."""
    settings = _settings(splitter)
    state = settings.layout_value(f"splitter/{key}")
    if not (isinstance(state, QByteArray) and splitter.restoreState(state)):
        splitter.setSizes(sizes)
    splitter.splitterMoved.connect(
        lambda _pos, _index: settings.set_layout_value(f"splitter/{key}", splitter.saveState())
    )


class DockWidthKeeper(QObject):
    """Opens a dock at its remembered width (SEARCH_DOCK_WIDTH the first time) and remembers
    the width the coordinator drags it to."""

    def __init__(self, window: QMainWindow, dock: QDockWidget, key: str) -> None:
        super().__init__(dock)
        self.window, self.dock, self.key = window, dock, f"dock/{key}"
        self.settings = _settings(window)
        self._placed = False
        dock.installEventFilter(self)

    def width(self) -> int:
        """Return the width the dock opens at."""
        stored = self.settings.layout_value(self.key)
        try:
            width = int(str(stored))
        except ValueError:
            width = 0
        return width if width > 0 else SEARCH_DOCK_WIDTH

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Size the dock when it is first shown; remember its width when it changes."""
        if watched is self.dock and not self.dock.isFloating():
            if event.type() == QEvent.Type.Show and not self._placed:
                self._placed = True
                width = self.width()
                self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            elif event.type() == QEvent.Type.Resize and self._placed and self.dock.isVisible():
                self.settings.set_layout_value(self.key, self.dock.width())
        return False


def stretch_detail_column(table: QAbstractItemView) -> None:
    """Let the column with the long text (the first whose cells have a tooltip: a title, the
    details) take the table's spare width, instead of the last column."""
    model = table.model()
    header = getattr(table, "horizontalHeader", lambda: None)()
    if not isinstance(model, RowTableModel) or not isinstance(header, QHeaderView):
        return
    columns = model.columns()
    long_text = [number for number, column in enumerate(columns) if column.tooltip is not None]
    detail = long_text[0] if long_text else len(columns) - 1
    header.setStretchLastSection(False)
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(detail, QHeaderView.ResizeMode.Stretch)


def fit_experiment_list(table: QTableView, filter_edit: QLineEdit) -> None:
    """Fit the experiment list to a narrow pane: titles elided in the middle (two titles that
    start alike still differ), the last column as wide as its header (the title column
    stretches, not it), and the filter box wide enough for its placeholder."""
    from .models.experiments import COL_CONTACT

    table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_CONTACT, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(COL_CONTACT, header.sectionSizeHint(COL_CONTACT))
    room = filter_edit.fontMetrics().horizontalAdvance(filter_edit.placeholderText())
    filter_edit.setMinimumWidth(room + 2 * filter_edit.sizeHint().height())


def remember_header(header: QHeaderView, key: str) -> None:
    """Give a table's columns the widths the coordinator last dragged them to, and remember
    each new width (the columns' own defaults stand until the first drag)."""
    settings = _settings(header)
    state = settings.layout_value(f"header/{key}")
    if isinstance(state, QByteArray):
        # A saved state carries the columns' resize modes too; the view's own modes win (a
        # state saved by an older layout must not bring its modes back), the widths are kept.
        modes = [header.sectionResizeMode(column) for column in range(header.count())]
        stretch_last = header.stretchLastSection()
        header.restoreState(state)
        for column, mode in enumerate(modes):
            header.setSectionResizeMode(column, mode)
        header.setStretchLastSection(stretch_last)

    def save(_section: int, _old: int, _new: int) -> None:
        if header.isVisible():  # a drag, not the layout of a hidden table
            settings.set_layout_value(f"header/{key}", header.saveState())

    header.sectionResized.connect(save)
