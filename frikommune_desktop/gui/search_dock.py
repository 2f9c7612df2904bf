"""The search panel in its dock beside the views, made the first time it is wanted."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from .file_controller import FileController
from .search_hits import HitMarks
from .startup import add_right_dock

if TYPE_CHECKING:
    from ..queries.search import SearchHit
    from .session import Session
    from .views.base import View
    from .views.search_panel import SearchPanel


class SearchDock:
    """The main window's search: the dock, the panel in it, and jumping to a hit.

    Nothing is built before the first search: an empty panel is no use at start, and the
    window appears sooner without it. View → Search panel (`action`) follows the dock; a hit is
    shown through `show_view` (a view's key: the view, brought to the front).
    """

    def __init__(
        self,
        controller: FileController,
        window: QMainWindow,
        action: QAction,
        show_view: Callable[[str], View],
    ) -> None:
        self.controller = controller
        self.window = window
        self.action = action
        self.show_view = show_view
        self._dock: QDockWidget | None = None
        self._panel: SearchPanel | None = None
        self.marks = HitMarks(show_view)  # a hit shown in the views, cleared when closed
        action.toggled.connect(self._toggled)

    @property
    def made(self) -> bool:
        """Return whether the dock has been made (the first search)."""
        return self._dock is not None

    @property
    def dock(self) -> QDockWidget:
        """Return the dock, creating it (where it was last time) the first time."""
        if self._dock is None:
            window = self.window
            from .panel_sizes import DockWidthKeeper

            dock = QDockWidget(QCoreApplication.translate("MainWindow", "Search"), window)
            dock.setObjectName("searchDock")
            dock.hide()
            add_right_dock(window, dock)
            DockWidthKeeper(window, dock, "search")  # opens wide enough, remembers
            dock.visibilityChanged.connect(self.action.setChecked)
            dock.visibilityChanged.connect(self._visibility_changed)
            self._dock = dock
        return self._dock

    @property
    def panel(self) -> SearchPanel:
        """Return the search panel in the dock, creating it the first time."""
        if self._panel is None:
            from .views.search_panel import SearchPanel

            self._panel = SearchPanel(self.window)
            self._panel.hitActivated.connect(self.show_hit)
            self._panel.closeRequested.connect(self.hide)
            self.dock.setWidget(self._panel)
            if self.controller.session is not None:
                self._panel.set_session(self.controller.session)
        return self._panel

    def show(self) -> None:
        """Open the search panel and put the cursor in it (with a file open)."""
        if self.controller.session is None:
            return
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_query()

    def hide(self) -> None:
        """Hide the dock, if it was made."""
        if self._dock is not None:
            self._dock.hide()

    def set_session(self, session: Session | None) -> None:
        """Search the newly opened file (None: the file closes)."""
        if self._panel is not None:
            self._panel.set_session(session)

    def refresh(self) -> None:
        """Search again after a change, if the panel is showing."""
        if self._panel is not None and self.dock.isVisible():
            self._panel.refresh()

    def show_hit(self, hit: SearchHit, terms: list[str]) -> None:
        """Show where a search hit is: its experiment with the hit's sentence selected, or the
        contact in the contact list."""
        self.marks.show(hit, terms)

    def _visibility_changed(self, visible: bool) -> None:
        """The panel closed (close button, Escape, View → Search panel): the marks go."""
        if not visible and self._dock is not None and self._dock.isHidden():
            self.marks.clear()

    def _toggled(self, shown: bool) -> None:
        if shown and self.controller.session is not None:
            self.show()
        elif self._dock is not None:
            self._dock.setVisible(shown)
        elif shown:  # no file open: nothing to search
            self.action.setChecked(False)
