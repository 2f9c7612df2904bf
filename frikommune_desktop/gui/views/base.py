"""What every main view has: its session, a key and title, refresh and read-only handling."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ...db.changes import ALL_TABLES, Changes
from ..jobs import Latest
from ..roles import ID_ROLE
from ..session import Session

#: Rows a header looks at to size columns to their contents (Qt's default, 1000, reads
#: every cell of the large file's matrix: 98,000 cells).
SIZE_SAMPLE_ROWS = 40

_T = TypeVar("_T")


class View(QWidget):
    """A tab of the main window over the open file; it reads the store and edits via Edits."""

    key = ""
    #: The tables the view shows: a change to other tables leaves it as it is.
    tables: frozenset[str] = ALL_TABLES

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.writable = session.writable
        self.stale = True
        #: What changed since the view last read the file (None: it is current, or unknown).
        self.pending: Changes | None = None
        self._reads: Latest | None = None  # made by the first read_then

    @property
    def title(self) -> str:
        """Return the tab title shown to the coordinator."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the view shows from the store."""
        raise NotImplementedError

    @property
    def loading(self) -> bool:
        """Return whether the view reads the file off the GUI thread (filled when it arrives)."""
        return self._reads is not None and self._reads.busy

    def read_then(self, read: Callable[[], _T], show: Callable[[_T], None]) -> None:
        """Run `read` (plain reads of the store) off the GUI thread and `show` what it read
        when it arrives, keeping the table's current row and scroll position; a newer read
        supersedes one under way."""
        if self._reads is None:
            self._reads = Latest(self)
        place = self.place

        def arrived(data: _T) -> None:
            with keeping_place(place()):
                show(data)

        self._reads.start(read, arrived, self.session.error.emit)

    def place(self) -> QAbstractItemView | None:
        """Return the table whose selection and scroll position a refresh keeps (if any)."""
        return None

    def note_changes(self, changes: Changes | None) -> None:
        """Mark the view stale if a change touched a table it shows (None: anything may have
        changed)."""
        if changes is None:
            self.stale, self.pending = True, None
        elif changes.touches(self.tables):
            if not self.stale:
                self.pending = changes
            elif self.pending is not None:  # None: already due for a whole reload
                self.pending = changes.merged(self.pending)
            self.stale = True

    def refresh_if_stale(self) -> None:
        """Refresh once if the file changed since this view last read it."""
        if self.stale:
            changes, self.stale, self.pending = self.pending, False, None
            with keeping_place(self.place()):
                self.refresh_for(changes)

    def refresh_for(self, changes: Changes | None) -> None:
        """Bring the view up to date after a change (None: anything may have changed)."""
        self.refresh()

    def stop_reading(self) -> None:
        """Drop a read under way: its file is closing, and what it read is not shown."""
        if self._reads is not None:
            self._reads.drop()

    def set_writable(self, writable: bool) -> None:
        """Enable or disable editing (read-only when another coordinator holds the file)."""
        self.writable = writable


@contextlib.contextmanager
def keeping_place(table: QAbstractItemView | None) -> Iterator[None]:
    """Keep a table's current row (found again by its id, else by position) and its scroll
    position across a reload of its model."""
    if table is None:
        yield
        return
    current = table.currentIndex()
    had_current, row, column = current.isValid(), current.row(), current.column()
    row_id = current.data(ID_ROLE) if had_current else None
    vertical, horizontal = table.verticalScrollBar(), table.horizontalScrollBar()
    scrolled = vertical.value(), horizontal.value()
    yield
    model, now = table.model(), table.currentIndex()
    if had_current and (not now.isValid() or now.data(ID_ROLE) != row_id):
        found = []
        if row_id is not None:
            start = model.index(0, column)
            found = model.match(start, ID_ROLE, row_id, 1, Qt.MatchFlag.MatchExactly)
        target = found[0] if found else model.index(row, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        if table.selectionBehavior() == QAbstractItemView.SelectionBehavior.SelectRows:
            flags |= QItemSelectionModel.SelectionFlag.Rows
        if target.isValid():
            table.selectionModel().setCurrentIndex(target, flags)
    vertical.setValue(scrolled[0])
    horizontal.setValue(scrolled[1])


def bind_table_keys(
    table: QAbstractItemView,
    *,
    add: Callable[[], None] | None = None,
    delete: Callable[[], None] | None = None,
    edit: Callable[[QModelIndex], None] | None = None,
) -> list[QShortcut]:
    """Give a table the keyboard's Insert (add), Delete (delete) and Enter/F2 (edit) keys.

    The keys act only while the table has focus, so typing Delete in a text field still
    deletes text.
    """
    bindings: list[tuple[tuple[str, ...], Callable[[], None]]] = []
    if add is not None:
        bindings.append((("Ins",), add))
    if delete is not None:
        bindings.append((("Del",), delete))
    if edit is not None:
        bindings.append((("Return", "Enter", "F2"), lambda: edit(table.currentIndex())))
    shortcuts = []
    for keys, slot in bindings:
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
            shortcuts.append(shortcut)
    return shortcuts
