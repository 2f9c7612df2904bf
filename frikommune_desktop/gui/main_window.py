"""The main window: welcome screen or the open file's views, menus, banner and undo."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QUndoGroup
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMessageBox, QProgressBar

from .. import __version__
from .file_actions import FileActions
from .file_choice import FileChoice
from .file_controller import FileController
from .file_safety import FileSafety
from .forms.ui_main_window import Ui_MainWindow
from .help_menu import HelpMenu
from .keyboard_map import add_keyboard_map_action
from .search_dock import SearchDock
from .settings import Settings
from .startup import install_shortcuts
from .view_tabs import ViewLookup, ViewTabs
from .welcome import WelcomePage

# The file machinery (store, views, search) is imported when a file is first opened, so that
# the window is on screen without waiting for sqlite-utils and seven views to load.
if TYPE_CHECKING:
    from ..db.changes import Changes
    from .session import Session
    from .views.base import View
    from .views.search_panel import SearchPanel


class MainWindow(QMainWindow):
    """The coordinator's window over one network file at a time."""

    #: A job waiting for the window's first paint (a class default: events come during setup).
    _after_first_paint: Callable[[], None] | None = None
    #: Whether the shortcuts are set (after the first paint: see gui/startup.py).
    _shortcuts_installed = False
    #: The open file's network name, as the title shows it (read again after every change).
    _network_name = ""
    #: What the file controller's job said it does (in the status bar while it runs).
    _progress_text = ""

    def __init__(self, settings: Settings | None = None, *, interactive: bool = True) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or Settings()
        self.interactive = interactive
        self.last_error = ""
        # Whether the window closes once the file is closed (closeEvent waits for that).
        self._close_when_idle = False
        # Opening, closing, re-checking the lock, breaking it and restoring, off the GUI thread.
        self.controller = FileController(self)
        self._busy_bar = QProgressBar(self)
        self._busy_bar.setRange(0, 0)
        self._busy_bar.setMaximumSize(120, self.fontMetrics().height())  # the bar's own height
        self._busy_bar.setTextVisible(False)
        self._busy_bar.hide()
        self.statusBar().addPermanentWidget(self._busy_bar)
        self._connect_controller()
        # The views in their tabs, and the refresh after a change (Ctrl+1 … Ctrl+7 too).
        self.view_tabs = ViewTabs(self.ui.tabs, self.ui.menuView, self, self.refresh)
        self._view_actions = self.view_tabs.actions
        # Merging copies, restoring backups, the read-only banner and breaking old locks.
        self.safety = FileSafety(self.controller, self, self.ui, self.show_error, self.say)
        # Imports, export, the spreadsheet template and the profile.
        self.file_actions = FileActions(
            self.controller, self, self.show_error, self.say, self.view_tabs.show_experiment
        )

        self.welcome = WelcomePage(self)
        self.ui.centralLayout.addWidget(self.welcome)
        # New, Open and the demo: which file, then open_file.
        self.files = FileChoice(self, self.open_file, self.show_error)
        self.welcome.newRequested.connect(self.files.new_file)
        self.welcome.openRequested.connect(self.files.choose_file)
        self.welcome.demoRequested.connect(self.files.open_demo)
        self.welcome.recentRequested.connect(self.open_file)

        self.undo_group = QUndoGroup(self)
        self._add_undo_actions()
        self.ui.actionNew.triggered.connect(self.files.new_file)
        self.ui.actionOpen.triggered.connect(self.files.choose_file)
        self.ui.actionOpenDemo.triggered.connect(self.files.open_demo)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        add_keyboard_map_action(self, self.ui.menuHelp)
        self.ui.actionFind.triggered.connect(self.show_search)
        self.ui.actionImport.triggered.connect(lambda: self.file_actions.import_spreadsheets())
        self.ui.actionImportWord.triggered.connect(lambda: self.file_actions.import_application())
        self.ui.actionExport.triggered.connect(lambda: self.file_actions.export_round())
        self.ui.actionMerge.triggered.connect(lambda: self.safety.merge_copy())
        self.ui.actionBackups.triggered.connect(lambda: self.safety.show_backups())
        self.ui.actionSaveTemplate.triggered.connect(self.file_actions.save_template)
        self.ui.actionProfile.triggered.connect(lambda: self.file_actions.edit_profile())
        self.ui.recheckButton.clicked.connect(self.recheck)

        # The search panel's dock, made on first use.
        self.search = SearchDock(self.controller, self, self.ui.actionSearchPanel, self.show_view)
        # Hjælp → Brugervejledning (F1) and the first-steps checklist of a new file.
        self.help = HelpMenu(self)

        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._show_welcome()

    # -- opening files ---------------------------------------------------------------------

    @property
    def search_dock(self) -> QDockWidget:
        """Return the search panel's dock (made the first time)."""
        return self.search.dock

    @property
    def search_panel(self) -> SearchPanel:
        """Return the search panel (made the first time)."""
        return self.search.panel

    @property
    def session(self) -> Session | None:
        """Return the open file's session (None while no file is open)."""
        return self.controller.session

    def open_file(self, path: Path | str) -> bool:
        """Start opening a network file (read-only if another coordinator holds it); the
        controller does it off the GUI thread and the window follows its signals.

        A damaged file with a good backup gets the offer to restore it (`restore_offer`);
        conflict copies a sync client left beside the file get the offer to merge them
        (`conflict_offer`). Both are window-modal message boxes that do not block.

        The file already open stays open as it is (a read-only one is tried again for
        writing); another file is opened only after the open one is closed, so that no lock
        of this window's own is ever taken for another coordinator's.
        """
        if self.controller.is_open(path):
            self.recheck()
            self.raise_()
            self.activateWindow()
            return True
        self.safety.close_offers()
        return self.controller.open(path)

    def _connect_controller(self) -> None:
        """Follow the file controller: its file opening, open, failing and closing."""
        controller = self.controller
        controller.opening.connect(self._opening)
        controller.opened.connect(self._opened)
        controller.openFailed.connect(self._open_failed)
        controller.damaged.connect(self._damaged)
        controller.closing.connect(self._drop_session)
        controller.readOnlyChanged.connect(lambda _writable: self._update_state())
        controller.progress.connect(self._show_progress)
        controller.busyChanged.connect(self._busy_bar.setVisible)
        controller.idle.connect(self._idle)
        controller.error.connect(self.show_error)
        controller.message.connect(self.say)

    def _opening(self, path: str) -> None:
        self.welcome.hide()
        self.statusBar().showMessage(self.tr("Opening {0} …").format(Path(path).name))

    def _opened(self, session: Session) -> None:
        self.statusBar().clearMessage()
        self._set_session(session)
        path = Path(session.store.path)
        self.settings.add_recent(path)
        self.safety.offer_conflict_copies(path)

    def _open_failed(self, message: str) -> None:
        if self.session is None:
            self._show_welcome()
        self.show_error(message)

    def _damaged(self, path: str, message: str) -> None:
        if self.session is None:
            self._show_welcome()
        self.last_error = message
        self.say(message)
        if not self.safety.offer_restore(Path(path), message):
            self.show_error(message)

    def _show_progress(self, text: str) -> None:
        """Show what the controller's job does; clear it (not a message said since) after."""
        if text:
            self.statusBar().showMessage(text)
        elif self.statusBar().currentMessage() == self._progress_text:
            self.statusBar().clearMessage()
        self._progress_text = text

    def _idle(self) -> None:
        if self._close_when_idle:
            self.close()

    def open_file_after_show(self, path: Path | str) -> None:
        """Open a file once the window has been painted, so the window appears at once."""
        self.welcome.hide()
        self.statusBar().showMessage(self.tr("Opening {0} …").format(Path(path).name))
        self._after_first_paint = lambda: self._open_or_welcome(path)
        self.update()

    def event(self, event: QEvent) -> bool:
        """After the first paint, set the shortcuts and run the job waiting for it (opening a
        file)."""
        if event.type() == QEvent.Type.Paint:
            if not self._shortcuts_installed:
                QTimer.singleShot(0, self.install_shortcuts)
            if self._after_first_paint is not None:
                job, self._after_first_paint = self._after_first_paint, None
                QTimer.singleShot(0, job)
        return super().event(event)

    def install_shortcuts(self) -> None:
        """Set the keyboard shortcuts (once; after the first paint or when a file opens)."""
        if not self._shortcuts_installed:
            self._shortcuts_installed = True
            install_shortcuts(self, self._view_actions, self._undo, self._redo)

    def _open_or_welcome(self, path: Path | str) -> None:
        self.statusBar().clearMessage()
        self.open_file(path)

    def recheck(self) -> None:
        """Try again to get a read-only file for writing (the controller says how it went)."""
        self.controller.recheck()

    def close_file(self) -> None:
        """Start closing the open file (off the GUI thread) and show the welcome screen."""
        self.controller.close()

    def _drop_session(self) -> None:
        """Let go of the file about to close: its views, its undo stack and the welcome page."""
        session = self.session
        if session is not None:
            self.undo_group.removeStack(session.undo_stack)
        self.search.set_session(None)
        self.view_tabs.clear()
        self._show_welcome()

    # -- views -----------------------------------------------------------------------------

    @property
    def views(self) -> list[View]:
        """Return the open file's views in tab order ([] while no file is open)."""
        return self.view_tabs.views

    @property
    def loading(self) -> bool:
        """Return whether a change waits to be shown or a view or the search reads the file."""
        searching = self.search.made and self.search_panel.searching
        return self.view_tabs.loading or searching or self.safety.conflict_search.busy

    @property
    def view(self) -> ViewLookup:
        """Return the lookup of a view by key ('experiments', …), of a class if given."""
        return self.view_tabs.view

    @property
    def show_view(self) -> ViewLookup:
        """Return what brings a view (by key) to the front, current with the file, and
        returns it."""
        return self.view_tabs.show_view

    def show_search(self) -> None:
        """Open the search panel and put the cursor in it."""
        self.search.show()

    def refresh(self, changes: Changes | None = None) -> None:
        """Reload the views that show what changed (all of them without `changes`); the
        current one now, the others when they are shown."""
        self.view_tabs.refresh_pending = False
        if self.session is None:
            return
        self.view_tabs.note(changes)
        self.search.refresh()
        self._update_state()

    def say(self, text: str) -> None:
        """Show a message in the status bar for a while."""
        self.statusBar().showMessage(text, 15000)

    def show_error(self, text: str) -> None:
        """Tell the coordinator what went wrong, in one clear message."""
        self.last_error = text
        self.statusBar().showMessage(text, 15000)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Frikommune Desktop"), text)

    # -- internals -----------------------------------------------------------------------------

    def _set_session(self, session: Session) -> None:
        self.install_shortcuts()  # a file opened before the first paint (as tests do)
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.stateChanged.connect(self._update_state)
        session.writeBackChanged.connect(self._update_title)
        session.error.connect(self.show_error)
        self.view_tabs.set_session(session)
        self.search.set_session(session)
        self.welcome.hide()
        self.ui.tabs.show()
        self.refresh()

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files())
        self.ui.tabs.hide()
        self.ui.banner.hide()
        self.welcome.show()
        self.search.hide()
        self.setWindowTitle("Frikommune Desktop")
        self.safety.banner_timer.stop()
        for action in (
            self.ui.actionFind,
            self.ui.actionImport,
            self.ui.actionImportWord,
            self.ui.actionExport,
            self.ui.actionMerge,
            self.ui.actionBackups,
            self.ui.actionSaveTemplate,
            self._undo,
            self._redo,
        ):
            action.setEnabled(False)
        self.view_tabs.hide_actions()

    def _update_state(self) -> None:
        session = self.session
        if session is None:
            return
        store = session.store
        self._network_name = store.records.network().name
        self._update_title()
        self.ui.actionFind.setEnabled(True)
        self.ui.actionSaveTemplate.setEnabled(True)
        self.ui.actionExport.setEnabled(True)
        self.ui.actionMerge.setEnabled(True)
        self.ui.actionBackups.setEnabled(True)
        self.ui.actionImport.setEnabled(store.writable)
        self.ui.actionImportWord.setEnabled(store.writable)
        self.safety.update_banner()
        self.view_tabs.set_writable(store.writable)

    def _update_title(self) -> None:
        """Show the file, the network and its state in the title bar (polled while a working
        copy is written back, so the network's name is the one _update_state read)."""
        if self.session is None:
            return
        store = self.session.store
        if not store.writable:
            state = self.tr("read-only")
        elif store.write_back_error is not None:
            state = self.tr("not saved on the drive")
        elif store.unwritten:
            state = self.tr("saving to the drive…")
        else:
            state = self.tr("saved")
        title = f"{store.path.name} — {self._network_name} [{state}] — Frikommune Desktop"
        if title != self.windowTitle():
            self.setWindowTitle(title)

    def _add_undo_actions(self) -> None:
        self._undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self._redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        menu = self.ui.menuEdit
        if not menu.actions():
            menu.addActions([self._undo, self._redo])
            menu.addSeparator()
            return
        first = menu.actions()[0]
        menu.insertActions(first, [self._undo, self._redo])
        menu.insertSeparator(first)

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Frikommune Desktop"),
            f"Frikommune Desktop {__version__}\n"
            + QCoreApplication.translate(
                "MainWindow", "The coordinator's tool for a frikommune network."
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window layout and close the file (backing it up if changed); while
        the controller closes it off the GUI thread, the window stays and closes after."""
        if not self._close_when_idle:
            self.settings.save_window_state(self.saveGeometry(), self.saveState())
        if self.session is None and not self.controller.busy:
            self._close_when_idle = False
            event.accept()
            return
        event.ignore()
        self._close_when_idle = True
        self.controller.close()
