"""What every main view has: its session, a key and title, refresh and read-only handling."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..session import Session


class View(QWidget):
    """A tab of the main window over the open file; it reads the store and edits via Edits."""

    key = ""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.writable = session.writable

    @property
    def title(self) -> str:
        """Return the tab title shown to the coordinator."""
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload what the view shows from the store."""
        raise NotImplementedError

    def set_writable(self, writable: bool) -> None:
        """Enable or disable editing (read-only when another coordinator holds the file)."""
        self.writable = writable
