"""Hjælp → Brugervejledning (F1) and Hjælp → Kom godt i gang: the guide and the checklist.

The guide's window (gui/guide_window.py) is made the first time it is asked for, and the
first-steps checklist (gui/first_steps.py) the first time a file opens, so neither costs the
window's cold start anything; this module imports no `Qt` (see gui/startup.py). F1 is given to
the guide's action with the window's other shortcuts (startup.MENU_SHORTCUTS).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from .file_controller import FileController
from .forms.ui_main_window import Ui_MainWindow
from .settings import Settings

if TYPE_CHECKING:
    from .first_steps import FirstStepsPanel
    from .guide_window import GuideWindow
    from .session import Session
    from .views.base import View

# The guide's section of each view, by the view's key (F1 in a view opens it there).
VIEW_SECTIONS = {
    "experiments": "experiments",
    "participation": "participation",
    "legal": "legal",
    "contacts": "contacts",
    "municipalities": "municipalities",
    "rounds": "rounds",
    "overview": "overview",
}


class HelpHost(Protocol):
    """What the help menu needs of the main window."""

    ui: Ui_MainWindow
    controller: FileController
    settings: Settings

    def show_view(self, key: str) -> View:
        """Bring a view to the front."""
        ...

    def say(self, text: str) -> None:
        """Show a message in the status bar."""
        ...


class HelpMenu(QObject):
    """The Help menu's guide and checklist items, and the checklist over the open file."""

    def __init__(self, window: HelpHost) -> None:
        main = window.ui.menubar.parentWidget()
        super().__init__(main)
        self._window = window
        self._guide: GuideWindow | None = None
        self.panel: FirstStepsPanel | None = None

        self.guide_action = QAction(self.tr("&User guide"), main)
        self.guide_action.setObjectName("actionGuide")
        self.guide_action.setToolTip(
            self.tr("Read the user guide (at the part about the view shown)")
        )
        self.guide_action.triggered.connect(lambda: self.show_guide())
        self.steps_action = QAction(self.tr("&Getting started"), main)
        self.steps_action.setObjectName("actionFirstSteps")
        self.steps_action.setToolTip(
            self.tr("Show the checklist of the first steps in a network file")
        )
        self.steps_action.setEnabled(False)
        self.steps_action.triggered.connect(self.show_first_steps)
        menu = window.ui.menuHelp
        if menu.actions():  # before Om Frikommune Desktop
            first = menu.actions()[0]
            menu.insertActions(first, [self.guide_action, self.steps_action])
            menu.insertSeparator(first)
        else:
            menu.addActions([self.guide_action, self.steps_action])

        window.controller.opened.connect(self._opened)
        window.controller.closing.connect(self._closing)

    @property
    def guide(self) -> GuideWindow | None:
        """Return the guide's window, if it has been opened."""
        return self._guide

    def current_section(self) -> str:
        """Return the guide's section for what the window shows (the view's, else the top)."""
        tabs = self._window.ui.tabs
        view = tabs.currentWidget() if tabs.isVisible() else None
        return VIEW_SECTIONS.get(getattr(view, "key", ""), "top")

    def show_guide(self, section: str | None = None) -> GuideWindow:
        """Open the guide (made once) at a section, by default the one for the shown view."""
        from .guide_window import GuideWindow

        if self._guide is None:
            parent = self.parent()
            assert isinstance(parent, QMainWindow)
            self._guide = GuideWindow(parent)
        self._guide.show_section(section or self.current_section())
        return self._guide

    def show_first_steps(self) -> None:
        """Show the checklist again over the open file (after Skjul, or with all done)."""
        if self.panel is not None:
            self.panel.show_again()

    def _opened(self, session: Session) -> None:
        if self.panel is None:
            from .first_steps import FirstStepsPanel

            window = self._window
            self.panel = FirstStepsPanel(
                window.settings,
                window.show_view,
                window.ui.actionExport.trigger,
                lambda: self.show_guide("first-steps"),
                window.say,
            )
            layout = window.ui.centralLayout
            layout.insertWidget(layout.indexOf(window.ui.tabs), self.panel)
        self.panel.set_session(session)
        self.steps_action.setEnabled(True)

    def _closing(self) -> None:
        if self.panel is not None:
            self.panel.set_session(None)
        self.steps_action.setEnabled(False)
