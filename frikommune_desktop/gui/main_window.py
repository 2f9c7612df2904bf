"""The main window: welcome screen or the open file's views, menus, banner and undo."""

from __future__ import annotations

import contextlib
import math
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
)

from .. import __version__
from ..clock import local_moment
from ..errors import DamagedFileError, FileLockedError, FrikommuneError
from ..lockfile import LockInfo, breakable, read_lock
from .forms.ui_main_window import Ui_MainWindow
from .settings import Settings
from .welcome import WelcomePage

# The file machinery (store, views, search) is imported when a file is first opened, so that
# the window is on screen without waiting for sqlite-utils and seven views to load.
if TYPE_CHECKING:
    from ..search import SearchHit
    from .backups_dialog import BackupsDialog
    from .export_dialog import ExportDialog
    from .import_wizard import ImportWizard
    from .merge_dialog import MergeDialog
    from .session import Session
    from .views.base import View
    from .views.search_panel import SearchPanel

# How often a read-only window looks again whether the holder's lock has grown old.
BANNER_CHECK_MS = 30_000


@contextlib.contextmanager
def _kept_through_rotation(backup: Path) -> Iterator[None]:
    """Keep a backup where it is through the block, even if rotation deletes it meanwhile.

    Closing a changed file backs it up, and the rotation that follows deletes the oldest
    backup, which may be the one about to be restored. A hard link (else a copy) under a name
    rotation ignores keeps its content, and it is put back if the backup went.
    """
    pin = backup.with_name(f".{backup.name}.restoring")
    with contextlib.suppress(OSError):
        pin.unlink(missing_ok=True)
        try:
            os.link(backup, pin)
        except OSError:
            try:
                shutil.copyfile(backup, pin)
            except OSError:
                pin.unlink(missing_ok=True)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            if pin.exists() and not backup.exists():
                os.replace(pin, backup)
            pin.unlink(missing_ok=True)


class MainWindow(QMainWindow):
    """The coordinator's window over one network file at a time."""

    #: A job waiting for the window's first paint (a class default: events come during setup).
    _after_first_paint: Callable[[], None] | None = None

    def __init__(self, settings: Settings | None = None, *, interactive: bool = True) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.settings = settings or Settings()
        self.interactive = interactive
        self.session: Session | None = None
        self.views: list[View] = []
        self.last_error = ""
        self._refresh_pending = False
        # The offer to merge sync-conflict copies found beside the file just opened.
        self.conflict_offer: QMessageBox | None = None
        # The offer to restore a backup of a damaged file that could not be opened.
        self.restore_offer: QMessageBox | None = None

        self.welcome = WelcomePage(self)
        self.ui.centralwidget.layout().addWidget(self.welcome)
        self.welcome.newRequested.connect(self.new_file)
        self.welcome.openRequested.connect(self.choose_file)
        self.welcome.demoRequested.connect(self.open_demo)
        self.welcome.recentRequested.connect(self.open_file)

        self.undo_group = QUndoGroup(self)
        self._add_undo_actions()
        self.ui.actionNew.triggered.connect(self.new_file)
        self.ui.actionOpen.triggered.connect(self.choose_file)
        self.ui.actionOpenDemo.triggered.connect(self.open_demo)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self._about)
        self.ui.actionFind.triggered.connect(self.show_search)
        self.ui.actionImport.triggered.connect(lambda: self.import_spreadsheets())
        self.ui.actionExport.triggered.connect(lambda: self.export_round())
        self.ui.actionMerge.triggered.connect(lambda: self.merge_copy())
        self.ui.actionBackups.triggered.connect(lambda: self.show_backups())
        self.ui.actionSaveTemplate.triggered.connect(self.save_template)
        self.ui.recheckButton.clicked.connect(self.recheck)
        self.ui.breakLockButton.clicked.connect(lambda: self.break_lock())
        self.ui.breakLockButton.hide()
        # A read-only window looks now and then whether the holder's lock has grown old.
        self._banner_timer = QTimer(self)
        self._banner_timer.setInterval(BANNER_CHECK_MS)
        self._banner_timer.timeout.connect(self._update_banner)
        self.ui.tabs.currentChanged.connect(self._tab_changed)
        self.ui.banner.setStyleSheet(
            "#banner { background: #fff3cd; border-bottom: 1px solid #c9a227; }"
            "#bannerLabel { color: #3d2e00; }"
        )

        self.search_dock = QDockWidget(self.tr("Search"), self)
        self.search_dock.setObjectName("searchDock")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.ui.menuView.addAction(self.search_dock.toggleViewAction())
        self._search_panel: SearchPanel | None = None
        self._view_actions = self._add_view_actions()

        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)
        self._show_welcome()

    # -- opening files ---------------------------------------------------------------------

    @property
    def search_panel(self) -> SearchPanel:
        """Return the search panel in the search dock, creating it the first time."""
        if self._search_panel is None:
            from .views.search_panel import SearchPanel

            self._search_panel = SearchPanel(self)
            self._search_panel.hitActivated.connect(self._show_hit)
            self.search_dock.setWidget(self._search_panel)
            if self.session is not None:
                self._search_panel.set_session(self.session)
        return self._search_panel

    def open_file(self, path: Path | str) -> bool:
        """Open a network file (read-only if another coordinator holds it).

        A damaged file with a good backup gets the offer to restore it (`restore_offer`);
        conflict copies a sync client left beside the file get the offer to merge them
        (`conflict_offer`). Both are window-modal message boxes that do not block.
        """
        from ..store import Store
        from .session import Session

        self._close_offers()
        try:
            store = Store.open(path)
        except DamagedFileError as exc:
            if not self._offer_restore(Path(path), str(exc)):
                self.show_error(str(exc))
            return False
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return False
        self._set_session(Session(store, self))
        self.settings.add_recent(Path(path))
        self._offer_conflict_copies(Path(path))
        return True

    def open_file_after_show(self, path: Path | str) -> None:
        """Open a file once the window has been painted, so the window appears at once."""
        self.welcome.hide()
        self.statusBar().showMessage(self.tr("Opening {0} …").format(Path(path).name))
        self._after_first_paint = lambda: self._open_or_welcome(path)
        self.update()

    def event(self, event: QEvent) -> bool:
        """Run the job waiting for the first paint (opening a file) once it has happened."""
        if self._after_first_paint is not None and event.type() == QEvent.Type.Paint:
            job, self._after_first_paint = self._after_first_paint, None
            QTimer.singleShot(0, job)
        return super().event(event)

    def _open_or_welcome(self, path: Path | str) -> None:
        self.statusBar().clearMessage()
        if not self.open_file(path):
            self._show_welcome()

    def open_demo(self) -> bool:
        """Open the built-in demo network (written to the user data folder the first time)."""
        from ..backups import data_dir
        from ..demo import write_demo

        path = data_dir() / "demo" / "demo.fkdb"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            try:
                write_demo(path).close()
            except FrikommuneError as exc:
                self.show_error(str(exc))
                return False
        return self.open_file(path)

    def file_filter(self) -> str:
        """Return the file dialogs' filter: network files, then all files."""
        return self.tr("Network files (*.fkdb);;All files (*)")

    def choose_file(self) -> None:
        """Ask for a network file and open it."""
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open network file"), "",
                                              self.file_filter())  # fmt: skip
        if name:
            self.open_file(name)

    def new_file(self) -> None:
        """Ask for a place and a network name, create the file and open it."""
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New network file"), "",
                                              self.file_filter())  # fmt: skip
        if not name:
            return
        path = Path(name) if name.endswith(".fkdb") else Path(name + ".fkdb")
        network, ok = QInputDialog.getText(self, self.tr("New network"),
                                           self.tr("Name of the network:"))  # fmt: skip
        if not ok or not network.strip():
            return
        from ..model import Network
        from ..store import Store

        try:
            Store.create(path, Network(name=network.strip()), overwrite=path.exists()).close()
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return
        self.open_file(path)

    def import_spreadsheets(self) -> ImportWizard | None:
        """Open the import wizard over the open file (window-modal) and return it."""
        if self.session is None:
            return None
        from .import_wizard import ImportWizard

        wizard = ImportWizard(self.session, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard

    def export_round(self) -> ExportDialog | None:
        """Open the export dialog over the open file (window-modal) and return it."""
        if self.session is None:
            return None
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def merge_copy(self, other: Path | None = None) -> MergeDialog | None:
        """Open the merge dialog over the open file (window-modal, `other` chosen); return it."""
        if self.session is None:
            return None
        from .merge_dialog import MergeDialog

        dialog = MergeDialog(self.session, other, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(lambda text: self.statusBar().showMessage(text, 15000))
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog | None:
        """Open the backups dialog over the open file (window-modal) and return it."""
        if self.session is None:
            return None
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def restore_and_open(self, path: Path, backup: Path) -> bool:
        """Put a backup in place of a network file (keeping the file as it was), then open it."""
        from ..recovery import restore_backup

        try:
            kept = restore_backup(path, backup)
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return False
        return self._open_restored(path, kept)

    def restore_open_file(self, backup: Path) -> Path | None:
        """Put a backup in place of the open file and open it again; return where the file as
        it was is kept (None if nowhere).

        This window holds the file's lock, so the file is closed first (backed up if changed)
        and then opened the normal way. If the backup cannot be restored, FrikommuneError
        carries the core's message and the file is opened again as it was.
        """
        from ..recovery import restore_backup

        session = self.session
        if session is None:
            raise FrikommuneError(self.tr("No network file is open."))
        if not session.writable:
            holder = session.store.holder
            raise FileLockedError(self.tr("The file is read-only here ({0}); no backup can be "
                                          "restored.").format(holder.describe() if holder else ""))
        path, backup = Path(session.store.path), Path(backup)
        with _kept_through_rotation(backup):
            self.close_file()
        try:
            kept = restore_backup(path, backup)
        except FrikommuneError:
            self.open_file(path)
            raise
        self._open_restored(path, kept)
        return kept

    def _open_restored(self, path: Path, kept: Path | None) -> bool:
        """Open a file just restored from a backup and say where its earlier state is kept."""
        if not self.open_file(path):
            return False
        message = self.tr("The backup is restored.")
        if kept is not None:
            kept_text = self.tr("The file as it was is kept among the backups as {0}.")
            message += " " + kept_text.format(kept.name)
        self.statusBar().showMessage(message, 15000)
        return True

    def save_template(self) -> None:
        """Ask where, then save the spreadsheet template with this network's lists."""
        if self.session is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save spreadsheet template"),
                                              "indberetning.xlsx", "Excel (*.xlsx)")
        if name:
            self.write_template(Path(name))

    def write_template(self, path: Path) -> bool:
        """Write the spreadsheet template with this network's lists to a path."""
        from ..sheets.template import write_template

        if self.session is None:
            return False
        path = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        try:
            write_template(path, self.session.store)
        except FrikommuneError as exc:
            self.show_error(str(exc))
            return False
        self.statusBar().showMessage(self.tr("Template saved: {0}").format(path), 8000)
        return True

    def recheck(self) -> None:
        """Try again to get a read-only file for writing."""
        if self.session is not None and self.session.recheck():
            self.statusBar().showMessage(self.tr("You can now edit the file."), 5000)

    def breakable_lock(self) -> LockInfo | None:
        """Return the lock that keeps the open file read-only if it may be broken (another
        machine's, not renewed for DEFAULT_BREAK_AGE_SECONDS), else None."""
        if self.session is None or self.session.writable:
            return None
        holder = read_lock(self.session.store.path)
        return holder if holder is not None and breakable(holder) else None

    def break_lock(self, confirm: bool = True) -> bool:
        """Break another machine's old lock on the open file (after asking, unless
        confirm=False), recorded in the lock log, and take the file for writing here."""
        from ..lockfile import break_lock as break_old_lock

        session = self.session
        if session is None or session.writable:
            return session is not None
        holder = self.breakable_lock()
        if holder is None:  # renewed meanwhile, or gone: the banner says how it is now
            self.recheck()
            self._update_banner()
            return session.writable
        if confirm and not self._break_confirmed(holder):
            return False
        try:
            break_old_lock(session.store.path, session.store.user)
        except (FrikommuneError, OSError) as exc:
            self.show_error(str(exc))
            self._update_banner()
            return False
        if not session.recheck():  # another coordinator took the file first
            return False
        self.statusBar().showMessage(self.tr(
            "The lock of {0} (on {1}) is broken; you can now edit the file.").format(
            holder.user, holder.host), 15000)  # fmt: skip
        return True

    def quiet_time(self, seconds: float) -> str:
        """Return how long a lock has shown no sign of life: '47 minutes', '5 hours', '3 days'."""
        if not math.isfinite(seconds):
            return self.tr("a long time")
        minutes = max(0, int(seconds // 60))
        if minutes < 120:
            return self.tr("{0} minutes").format(minutes)
        if minutes < 48 * 60:
            return self.tr("{0} hours").format(minutes // 60)
        return self.tr("{0} days").format(minutes // (24 * 60))

    def break_confirmation(self, holder: LockInfo) -> QMessageBox:
        """Return the question asked before a lock is broken (not yet shown)."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Break lock"),
                          self.tr("Break the lock that {0} (on {1}) holds on the file?")
                          .format(holder.user, holder.host),
                          QMessageBox.StandardButton.Cancel, self)  # fmt: skip
        box.setInformativeText(self.tr(
            "{0} on {1} has shown no sign of life for {2}. Break the lock only if the program "
            "there no longer runs (the computer was switched off, crashed or lost its "
            "connection); if it still runs, it can no longer save its changes to the file. "
            "Breaking the lock is recorded in the lock log beside the file.").format(
            holder.user, holder.host, self.quiet_time(holder.age_seconds())))  # fmt: skip
        box.addButton(self.tr("&Break lock"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _break_confirmed(self, holder: LockInfo) -> bool:
        box = self.break_confirmation(holder)
        box.exec()
        accepted = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        return accepted

    def close_file(self) -> None:
        """Close the open file and show the welcome screen."""
        if self.session is None:
            return
        self.session.close()
        self.session = None
        for view in self.views:
            view.deleteLater()
        self.views = []
        self.ui.tabs.clear()
        self._show_welcome()

    # -- views -----------------------------------------------------------------------------

    def view(self, key: str) -> View:
        """Return the view with a key ('experiments', 'participation', ...)."""
        return next(v for v in self.views if v.key == key)

    def show_view(self, key: str) -> View:
        """Bring a view to the front (current with the file) and return it."""
        view = self.view(key)
        self.ui.tabs.setCurrentWidget(view)
        view.refresh_if_stale()
        return view

    def show_search(self) -> None:
        """Open the search panel and put the cursor in it."""
        if self.session is None:
            return
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.focus_query()

    def refresh(self) -> None:
        """Reload every view from the store (after an edit, an undo, or an outside change)."""
        self._refresh_pending = False
        if self.session is None:
            return
        for view in self.views:
            view.stale = True
        self._refresh_current()
        if self._search_panel is not None and self.search_dock.isVisible():
            self._search_panel.refresh()
        self._update_state()

    def show_error(self, text: str) -> None:
        """Tell the coordinator what went wrong, in one clear message."""
        self.last_error = text
        self.statusBar().showMessage(text, 15000)
        if self.interactive:
            QMessageBox.warning(self, self.tr("Frikommune Desktop"), text)

    # -- internals -----------------------------------------------------------------------------

    def _offer_restore(self, path: Path, error: str) -> bool:
        """Offer to restore the newest good backup of a damaged file; False if there is none."""
        from ..recovery import describe_backups, newest_good_backup

        backup = newest_good_backup(path)
        if backup is None:
            return False
        taken = next((b.local_time() for b in describe_backups(path) if b.path == backup),
                     backup.name)  # fmt: skip
        self.last_error = error
        self.statusBar().showMessage(error, 15000)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Frikommune Desktop"),
                          self.tr("Restore the backup from {0}?").format(taken),
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setInformativeText(error + "\n\n" + self.tr(
            "Restoring puts the backup in place of the damaged file, which is kept among the "
            "backups. Changes made after the backup was taken are not in it."))  # fmt: skip
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Do&n't restore"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._restore_answered(box, restore, path, backup))
        self.restore_offer = box
        box.open()
        return True

    def _restore_answered(self, box: QMessageBox, restore: QAbstractButton, path: Path,
                          backup: Path) -> None:  # fmt: skip
        if self.restore_offer is box:
            self.restore_offer = None
        if box.clickedButton() is restore:
            self.restore_and_open(path, backup)

    def _offer_conflict_copies(self, path: Path) -> None:
        """Tell about conflict copies a sync client left beside the file; offer to merge one."""
        from ..sync_conflicts import conflict_copies

        copies = conflict_copies(path)
        if not copies:
            return
        lines = "\n".join(f"• {c.path.name} ({c.client}, {c.detail})" for c in copies)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Frikommune Desktop"),
                          self.tr("A sync client has left copies of {0} beside it after a "
                                  "conflict:").format(path.name) + "\n" + lines,
                          QMessageBox.StandardButton.NoButton, self)  # fmt: skip
        box.setInformativeText(self.tr(
            "Changes saved in a copy are not in this file until the copy is merged into it. "
            "Merge shows every change first and changes nothing until you confirm."))  # fmt: skip
        merge = box.addButton(self.tr("&Merge…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(merge)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        newest = copies[0].path
        box.finished.connect(lambda _result: self._conflict_answered(box, merge, newest))
        self.conflict_offer = box
        box.open()

    def _conflict_answered(self, box: QMessageBox, merge: QAbstractButton, copy: Path) -> None:
        if self.conflict_offer is box:
            self.conflict_offer = None
        if box.clickedButton() is merge:
            self.merge_copy(copy)

    def _close_offers(self) -> None:
        """Close offers left open about a file opened before."""
        for box in (self.conflict_offer, self.restore_offer):
            if box is not None:
                box.reject()
        self.conflict_offer = self.restore_offer = None

    def _set_session(self, session: Session) -> None:
        self.close_file()
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        session.changed.connect(self._schedule_refresh)
        session.stateChanged.connect(self._update_state)
        session.error.connect(self.show_error)
        from .views.registry import create_views

        self.views = create_views(session, self)
        self.ui.tabs.blockSignals(True)
        for view, action in zip(self.views, self._view_actions, strict=False):
            self.ui.tabs.addTab(view, view.title)
            action.setText(view.title)
            action.setVisible(True)
        self.ui.tabs.blockSignals(False)
        if self._search_panel is not None:
            self._search_panel.set_session(session)
        self.welcome.hide()
        self.ui.tabs.show()
        self.refresh()

    def _tab_changed(self, _index: int) -> None:
        if self.session is not None:
            self._refresh_current()

    def _refresh_current(self) -> None:
        current = self.ui.tabs.currentWidget()
        for view in self.views:
            if view is current:
                view.refresh_if_stale()

    def _schedule_refresh(self) -> None:
        if not self._refresh_pending:
            self._refresh_pending = True
            QTimer.singleShot(0, self.refresh)

    def _show_welcome(self) -> None:
        self.welcome.set_recent(self.settings.recent_files())
        self.ui.tabs.hide()
        self.ui.banner.hide()
        self.welcome.show()
        self.search_dock.hide()
        self.setWindowTitle("Frikommune Desktop")
        self._banner_timer.stop()
        for action in (self.ui.actionFind, self.ui.actionImport, self.ui.actionExport,
                       self.ui.actionMerge, self.ui.actionBackups, self.ui.actionSaveTemplate,
                       self._undo, self._redo):  # fmt: skip
            action.setEnabled(False)
        for action in self._view_actions:
            action.setVisible(False)

    def _update_state(self) -> None:
        session = self.session
        if session is None:
            return
        store = session.store
        network = store.network().name
        state = self.tr("saved") if store.writable else self.tr("read-only")
        self.setWindowTitle(f"{store.path.name} — {network} [{state}] — Frikommune Desktop")
        self.ui.actionFind.setEnabled(True)
        self.ui.actionSaveTemplate.setEnabled(True)
        self.ui.actionExport.setEnabled(True)
        self.ui.actionMerge.setEnabled(True)
        self.ui.actionBackups.setEnabled(True)
        self.ui.actionImport.setEnabled(store.writable)
        self._update_banner()
        for view in self.views:
            view.set_writable(store.writable)

    def _update_banner(self) -> None:
        """Show who keeps the file read-only, with Break lock… when their lock is old."""
        session = self.session
        if session is None or session.writable:
            self._banner_timer.stop()
            self.ui.banner.hide()
            self.ui.breakLockButton.hide()
            return
        # The lock as it is now: the holder may have renewed it (or left) since the file opened.
        current = read_lock(session.store.path)
        holder = current or session.store.holder
        who = holder.user if holder else self.tr("someone")
        host = holder.host if holder else "?"
        since = local_moment(holder.since) if holder else "?"
        text = self.tr("Read-only: {0} (on {1}) has had the file open since {2}. You can read "
                       "everything, but changes are not possible until the file is free.")
        text = text.format(who, host, since)
        old = current is not None and breakable(current)
        if old:
            text += " " + self.tr(
                "The program on {0} has shown no sign of life for {1}: if it no longer runs, "
                "you can break its lock.").format(host, self.quiet_time(current.age_seconds()))
        self.ui.bannerLabel.setText(text)
        self.ui.breakLockButton.setVisible(old)
        self.ui.banner.show()
        if not self._banner_timer.isActive():
            self._banner_timer.start()

    def _add_view_actions(self) -> list[QAction]:
        """Ctrl+1 … Ctrl+7 in the View menu bring the views forward (named once a file opens)."""
        actions = []
        self.ui.menuView.addSeparator()
        for number in range(1, 8):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, i=number - 1: self._go_to_view(i))
            action.setVisible(False)
            self.ui.menuView.addAction(action)
            actions.append(action)
        return actions

    def _go_to_view(self, position: int) -> None:
        if position < len(self.views):
            self.show_view(self.views[position].key)

    def _add_undo_actions(self) -> None:
        self._undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self._undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self._redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self._redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        first = self.ui.menuEdit.actions()[0] if self.ui.menuEdit.actions() else None
        self.ui.menuEdit.insertActions(first, [self._undo, self._redo])
        self.ui.menuEdit.insertSeparator(first)

    def _show_hit(self, hit: SearchHit, terms: list[str]) -> None:
        """Jump to where a search hit is: its experiment, or the contact list."""
        if hit.experiment_id:
            self.show_view("experiments").show_experiment(hit.experiment_id, terms)
        elif hit.kind == "contact":
            self.show_view("contacts").select(hit.record_id)

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About Frikommune Desktop"),
            f"Frikommune Desktop {__version__}\n"
            + QCoreApplication.translate("MainWindow",
                                         "The coordinator's tool for a frikommune network."),
        )  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the file (backing it up if changed) and remember the window layout."""
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.close_file()
        event.accept()

