"""The open file's views in the main window's tabs: finding one, bringing it forward, and
refreshing the views a change touched (the current one now, the others when shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar, overload

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTabWidget, QWidget

if TYPE_CHECKING:
    from ..db.changes import Changes
    from .session import Session
    from .views.base import View

_V = TypeVar("_V", bound="View")


class ViewLookup(Protocol):
    """Finding a view by its key (and, if given, its class): `view`, `show_view`."""

    @overload
    def __call__(self, key: str) -> View: ...

    @overload
    def __call__(self, key: str, kind: type[_V]) -> _V: ...

    def __call__(self, key: str, kind: type[View] | None = None) -> View:
        """Return the view with a key, of class `kind`."""
        ...


#: How many views the View menu's Ctrl+1 … Ctrl+7 reach.
VIEW_ACTIONS = 7


class ViewTabs(QObject):
    """The views over the open file, one tab each, and the refresh after a change.

    A change is collected and refreshed once when the event loop next runs (`refresh`, the
    window's, is called with everything that changed meanwhile); a view reading off the GUI
    thread says so with `loading`.
    """

    def __init__(
        self,
        tabs: QTabWidget,
        menu: QMenu,
        parent: QWidget,
        refresh: Callable[[Changes], None],
    ) -> None:
        super().__init__(parent)
        self.tabs = tabs
        self.parent_widget = parent
        self.views: list[View] = []
        self.refresh_pending = False
        self._pending_changes: Changes | None = None  # what changed since the last refresh
        self._refresh = refresh
        self.actions = self._add_view_actions(menu)
        tabs.currentChanged.connect(self._tab_changed)

    @property
    def loading(self) -> bool:
        """Return whether a change waits to be shown or a view reads the file."""
        return self.refresh_pending or any(view.loading for view in self.views)

    @overload
    def view(self, key: str) -> View: ...

    @overload
    def view(self, key: str, kind: type[_V]) -> _V: ...

    def view(self, key: str, kind: type[View] | None = None) -> View:
        """Return the view with a key ('experiments', 'participation', ...), of class `kind`."""
        view = next(v for v in self.views if v.key == key)
        if kind is not None and not isinstance(view, kind):
            raise TypeError(f"the view {key!r} is a {type(view).__name__}, not a {kind.__name__}")
        return view

    @overload
    def show_view(self, key: str) -> View: ...

    @overload
    def show_view(self, key: str, kind: type[_V]) -> _V: ...

    def show_view(self, key: str, kind: type[View] | None = None) -> View:
        """Bring a view to the front (current with the file, or reading it) and return it; a
        change announced a moment ago counts (an import's, before showing what it made)."""
        view = self.view(key) if kind is None else self.view(key, kind)
        if self.refresh_pending:
            self._refresh_changed()
        self.tabs.setCurrentWidget(view)
        view.refresh_if_stale()
        return view

    def show_experiment(self, experiment_id: str) -> None:
        """Show the Forsøg view with one experiment chosen."""
        from .views.experiments_view import ExperimentsView

        self.show_view("experiments", ExperimentsView).select(experiment_id)

    def set_session(self, session: Session) -> None:
        """Make the views over a newly opened file, one tab each, named in the View menu."""
        session.changed.connect(self._schedule_refresh)
        from .views.registry import create_views

        self.views = create_views(session, self.parent_widget)
        self.tabs.blockSignals(True)
        for view, action in zip(self.views, self.actions, strict=False):
            self.tabs.addTab(view, view.title)
            action.setText(view.title)
            action.setVisible(True)
        self.tabs.blockSignals(False)

    def clear(self) -> None:
        """Let go of the views of the file about to close."""
        self.refresh_pending = False
        self._pending_changes = None
        # Hidden and quiet first: clearing a shown tab bar makes each next view current, and
        # a current view lays itself out (seconds for the participation grid).
        self.tabs.hide()
        self.tabs.blockSignals(True)
        self.tabs.clear()
        self.tabs.blockSignals(False)
        for view in self.views:
            view.stop_reading()  # a read arriving after this is not shown (its file closes)
            view.deleteLater()
        self.views = []

    def set_writable(self, writable: bool) -> None:
        """Let the views edit, or not (read-only when another coordinator holds the file)."""
        for view in self.views:
            view.set_writable(writable)

    def hide_actions(self) -> None:
        """Hide the View menu's views (no file is open)."""
        for action in self.actions:
            action.setVisible(False)

    def note(self, changes: Changes | None) -> None:
        """Mark the views a change touched as stale (None: all) and refresh the current one."""
        self.refresh_pending = False
        for view in self.views:
            view.note_changes(changes)
        self.refresh_current()

    def refresh_current(self) -> None:
        """Refresh the view in front if the file changed since it last read it."""
        current = self.tabs.currentWidget()
        for view in self.views:
            if view is current:
                view.refresh_if_stale()

    def _tab_changed(self, _index: int) -> None:
        if self.views:
            self.refresh_current()

    def _schedule_refresh(self, changes: Changes) -> None:
        self._pending_changes = changes.merged(self._pending_changes)
        if not self.refresh_pending:
            self.refresh_pending = True
            QTimer.singleShot(0, self._refresh_changed)

    def _refresh_changed(self) -> None:
        changes, self._pending_changes = self._pending_changes, None
        if changes is not None and self.refresh_pending:
            self._refresh(changes)

    def _add_view_actions(self, menu: QMenu) -> list[QAction]:
        """Ctrl+1 … Ctrl+7 in the View menu bring the views forward (named once a file opens)."""
        actions = []
        menu.addSeparator()
        for number in range(1, VIEW_ACTIONS + 1):
            action = QAction(self.parent_widget)
            action.triggered.connect(lambda _checked=False, i=number - 1: self._go_to_view(i))
            action.setVisible(False)
            menu.addAction(action)
            actions.append(action)
        return actions

    def _go_to_view(self, position: int) -> None:
        if position < len(self.views):
            self.show_view(self.views[position].key)
