"""What every main view has: its session, a key and title, refresh and read-only handling."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

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
