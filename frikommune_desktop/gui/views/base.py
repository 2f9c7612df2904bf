"""What every main view has: its session, a key and title, refresh and read-only handling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QWidget

from ..session import Session

#: Rows a header looks at to size columns to their contents (Qt's default, 1000, reads
#: every cell of the large file's matrix: 98,000 cells).
SIZE_SAMPLE_ROWS = 40


class View(QWidget):
    """A tab of the main window over the open file; it reads the store and edits via Edits."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.writable = session.writable
        self.stale = True

    @property
    def title(self) -> str:
        """Return the tab title shown to the coordinator."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the view shows from the store."""
        raise NotImplementedError

    def refresh_if_stale(self) -> None:
        """Refresh once if the file changed since this view last read it."""
        if self.stale:
            self.stale = False
            self.refresh()

    def set_writable(self, writable: bool) -> None:
        """Enable or disable editing (read-only when another coordinator holds the file)."""
        self.writable = writable


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
