"""File sharing and recovery in the main window: merging copies, restoring backups, old locks."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ..program.clock import local_moment
from .file_controller import FileController
from .jobs import Latest
from .lock_watch import LockSeen, LockWatch
from .startup import delete_on_close, selectable_text

if TYPE_CHECKING:
    from ..sharing.lockfile import LockInfo
    from ..sharing.sync_conflicts import ConflictCopy
    from .backups_dialog import BackupsDialog
    from .forms.ui_main_window import Ui_MainWindow
    from .merge_dialog import MergeDialog


class FileSafety:
    """The main window's file-sharing and recovery features.

    Merging another copy of the file, the offers shown on opening (merge sync-conflict copies,
    restore a damaged file's backup), the backups dialog, the read-only banner that says who
    holds the file, and breaking an old lock from it; the file controller does the opening,
    closing, restoring and lock breaking. The texts keep the "MainWindow" translation context.
    """

    def __init__(
        self,
        controller: FileController,
        parent: QWidget,
        ui: Ui_MainWindow,
        show_error: Callable[[str], None],
        say: Callable[[str], None],
    ) -> None:
        self.controller = controller
        self.parent = parent
        self.ui = ui
        self.show_error = show_error
        self.say = say
        # Whether a restore asked for by the offer on opening is under way (its errors go to
        # the window; the backups dialog shows its own).
        self._restoring_offered = False
        controller.restored.connect(self._restored)
        controller.restoreFailed.connect(self._restore_failed)
        # The offer to merge sync-conflict copies found beside the file just opened; the
        # folder is listed off the GUI thread (on a network drive, several slow reads).
        self.conflict_offer: QMessageBox | None = None
        self.conflict_search = Latest(parent)
        # The offer to restore a backup of a damaged file that could not be opened.
        self.restore_offer: QMessageBox | None = None
        # A read-only window looks now and then (off the GUI thread) whether the file became
        # free or the holder's lock has grown old; `free_store` is the store whose file was
        # seen free (the banner offers Open for editing).
        self.watch = LockWatch(parent)
        self.watch.seen.connect(self._lock_seen)
        self.banner_timer = self.watch.timer
        self.free_store: object | None = None
        controller.readOnlyChanged.connect(self._rechecked)
        ui.breakLockButton.clicked.connect(lambda: self.break_lock())
        ui.breakLockButton.hide()
        ui.openForEditingButton.clicked.connect(controller.recheck)
        ui.openForEditingButton.hide()
        ui.banner.setStyleSheet(
            "#banner { background: #fff3cd; border-bottom: 1px solid #c9a227; }"
            "#bannerLabel { color: #3d2e00; }"
        )

    # -- merging and backups ---------------------------------------------------------------

    def merge_copy(self, other: Path | None = None) -> MergeDialog | None:
        """Open the merge dialog over the open file (window-modal, `other` chosen); return it."""
        session = self.controller.session
        if session is None:
            return None
        from .merge_dialog import MergeDialog

        dialog = MergeDialog(session, other, self.parent)
        delete_on_close(dialog)
        dialog.merged.connect(self.say)
        dialog.open()
        return dialog

    def show_backups(self) -> BackupsDialog | None:
        """Open the backups dialog over the open file (window-modal) and return it."""
        if self.controller.session is None:
            return None
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.controller, self.parent)
        delete_on_close(dialog)
        dialog.open()
        return dialog

    def restore_and_open(self, path: Path, backup: Path) -> None:
        """Put a backup in place of a network file (keeping the file as it was), then open it
        (the controller does both off the GUI thread)."""
        self._restoring_offered = True
        self.controller.restore_and_open(path, backup)

    def _restored(self, kept: Path | None) -> None:
        """Say that a backup is restored and where the file's earlier state is kept."""
        self._restoring_offered = False
        message = QCoreApplication.translate("MainWindow", "The backup is restored.")
        if kept is not None:
            kept_text = QCoreApplication.translate(
                "MainWindow", "The file as it was is kept among the backups as {0}."
            )
            message += " " + kept_text.format(kept.name)
        self.say(message)

    def _restore_failed(self, message: str) -> None:
        if self._restoring_offered:
            self._restoring_offered = False
            self.show_error(message)

    # -- offers on opening -----------------------------------------------------------------

    def offer_restore(self, path: Path, error: str) -> bool:
        """Offer to restore the newest good backup of a damaged file; False if there is none."""
        from ..sharing.recovery import describe_backups, newest_good_backup

        backup = newest_good_backup(path)
        if backup is None:
            return False
        taken = next(
            (b.local_time() for b in describe_backups(path) if b.path == backup), backup.name
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Frikommune Desktop"),
            QCoreApplication.translate("MainWindow", "Restore the backup from {0}?").format(taken),
            QMessageBox.StandardButton.NoButton,
            self.parent,
        )
        box.setInformativeText(
            error
            + "\n\n"
            + QCoreApplication.translate(
                "MainWindow",
                "Restoring puts the backup in place of the damaged file, which is kept among the "
                "backups. Changes made after the backup was taken are not in it.",
            )
        )
        restore = box.addButton(
            QCoreApplication.translate("MainWindow", "&Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "Do&n't restore"),
            QMessageBox.ButtonRole.RejectRole,
        )
        box.setDefaultButton(restore)
        delete_on_close(box)
        box.finished.connect(lambda _result: self._restore_answered(box, restore, path, backup))
        self.restore_offer = box
        box.open()
        return True

    def _restore_answered(
        self, box: QMessageBox, restore: QAbstractButton, path: Path, backup: Path
    ) -> None:
        if self.restore_offer is box:
            self.restore_offer = None
        if box.clickedButton() is restore:
            self.restore_and_open(path, backup)

    def offer_conflict_copies(self, path: Path) -> None:
        """Look (off the GUI thread) for conflict copies a sync client left beside the file;
        tell about them and offer to merge one."""
        from ..sharing.sync_conflicts import conflict_copies

        self.conflict_search.start(
            lambda: conflict_copies(path), lambda copies: self._offer_copies(path, copies)
        )

    def _offer_copies(self, path: Path, copies: list[ConflictCopy]) -> None:
        if not copies or not self.controller.is_open(path):
            return
        lines = "\n".join(f"• {c.path.name} ({c.client}, {c.detail})" for c in copies)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("MainWindow", "Frikommune Desktop"),
            QCoreApplication.translate(
                "MainWindow", "A sync client has left copies of {0} beside it after a conflict:"
            ).format(path.name)
            + "\n"
            + lines,
            QMessageBox.StandardButton.NoButton,
            self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "Changes saved in a copy are not in this file until the copy is merged into it. "
                "Merge shows every change first and changes nothing until you confirm.",
            )
        )
        merge = box.addButton(
            QCoreApplication.translate("MainWindow", "&Merge…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "&Not now"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(merge)
        delete_on_close(box)
        newest = copies[0].path
        box.finished.connect(lambda _result: self._conflict_answered(box, merge, newest))
        self.conflict_offer = box
        box.open()

    def _conflict_answered(self, box: QMessageBox, merge: QAbstractButton, copy: Path) -> None:
        if self.conflict_offer is box:
            self.conflict_offer = None
        if box.clickedButton() is merge:
            self.merge_copy(copy)

    def close_offers(self) -> None:
        """Close offers left open about a file opened before."""
        self.conflict_search.drop()
        for box in (self.conflict_offer, self.restore_offer):
            if box is not None:
                box.reject()
        self.conflict_offer = self.restore_offer = None

    # -- breaking an old lock --------------------------------------------------------------

    def breakable_lock(self) -> LockInfo | None:
        """Return the lock that keeps the open file read-only if it may be broken (another
        machine's, not renewed for DEFAULT_BREAK_AGE_SECONDS), else None."""
        from ..sharing.lockfile import (  # with the file machinery, after first paint
            breakable,
            read_lock,
        )

        session = self.controller.session
        if session is None or session.writable:
            return None
        holder = read_lock(session.store.path)
        return holder if holder is not None and breakable(holder) else None

    def break_lock(self, confirm: bool = True) -> bool:
        """Break another machine's old lock on the open file (after asking, unless
        confirm=False), recorded in the lock log, and take the file for writing here; return
        whether the controller was asked to (it says how it went)."""
        session = self.controller.session
        if session is None or session.writable:
            return session is not None
        holder = self.breakable_lock()
        if holder is None:  # renewed meanwhile, or gone: the banner says how it is now
            self.controller.recheck()
            self.update_banner()
            return False
        if confirm and not self._break_confirmed(holder):
            return False
        self.controller.break_lock(
            QCoreApplication.translate(
                "MainWindow", "The lock of {0} (on {1}) is broken; you can now edit the file."
            ).format(holder.user, holder.host)
        )
        return True

    def quiet_time(self, seconds: float) -> str:
        """Return how long a lock has shown no sign of life: '47 minutes', '5 hours', '3 days'."""
        if not math.isfinite(seconds):
            return QCoreApplication.translate("MainWindow", "a long time")
        minutes = max(0, int(seconds // 60))
        if minutes < 120:
            return QCoreApplication.translate("MainWindow", "{0} minutes").format(minutes)
        if minutes < 48 * 60:
            return QCoreApplication.translate("MainWindow", "{0} hours").format(minutes // 60)
        return QCoreApplication.translate("MainWindow", "{0} days").format(minutes // (24 * 60))

    def break_confirmation(self, holder: LockInfo) -> QMessageBox:
        """Return the question asked before a lock is broken (not yet shown)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Break lock"),
            QCoreApplication.translate(
                "MainWindow", "Break the lock that {0} (on {1}) holds on the file?"
            ).format(holder.user, holder.host),
            QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "MainWindow",
                "{0} on {1} has shown no sign of life for {2}. Break the lock only if the program "
                "there no longer runs (the computer was switched off, crashed or lost its "
                "connection); if it still runs, it can no longer save its changes to the file. "
                "Breaking the lock is recorded in the lock log beside the file.",
            ).format(holder.user, holder.host, self.quiet_time(holder.age_seconds()))
        )
        box.addButton(
            QCoreApplication.translate("MainWindow", "&Break lock"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _break_confirmed(self, holder: LockInfo) -> bool:
        box = self.break_confirmation(holder)
        box.exec()
        accepted = box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole
        box.deleteLater()
        return accepted

    def update_banner(self) -> None:
        """Show who keeps the file read-only, with Break lock… when their lock is old, or that
        the file is free now, with Open for editing (the lock as last seen: no file I/O here)."""
        ui = self.ui
        session = self.controller.session
        if session is None or session.writable:
            self.watch.stop()
            self.free_store = None
            ui.banner.hide()
            ui.breakLockButton.hide()
            ui.openForEditingButton.hide()
            return
        from ..sharing.lockfile import breakable

        holder = session.store.holder
        who = holder.user if holder else QCoreApplication.translate("MainWindow", "someone")
        host = holder.host if holder else "?"
        free = self.free_store is session.store
        if free:
            text = QCoreApplication.translate(
                "MainWindow",
                "The file is free now: {0} (on {1}) has closed it. You still see it read-only; "
                "open it for editing to make changes.",
            ).format(who, host)
        else:
            since = local_moment(holder.since) if holder else "?"
            text = QCoreApplication.translate(
                "MainWindow",
                "Read-only: {0} (on {1}) has had the file open since {2}. You can read "
                "everything, but changes are not possible until the file is free.",
            ).format(who, host, since)
        old = not free and holder is not None and breakable(holder)
        if old and holder is not None:
            text += " " + QCoreApplication.translate(
                "MainWindow",
                "The program on {0} has shown no sign of life for {1}: if it no longer runs, "
                "you can break its lock.",
            ).format(host, self.quiet_time(holder.age_seconds()))
        ui.bannerLabel.setText(text)
        selectable_text(ui.bannerLabel)  # here, not at start: see gui/startup.py
        ui.openForEditingButton.setVisible(free)
        ui.recheckButton.setVisible(not free)
        ui.breakLockButton.setVisible(old)
        ui.banner.show()
        self.watch.start(Path(session.store.path))

    def _lock_seen(self, seen: LockSeen) -> None:
        """Take what a look at the lock found: the holder now (renewed, or another), or that
        the file is free; the banner says so."""
        session = self.controller.session
        if session is None or session.writable or Path(session.store.path) != seen.path:
            return
        if seen.free:
            self.free_store = session.store
        else:
            self.free_store = None
            if seen.holder is not None:
                session.store.holder = seen.holder
        self.update_banner()

    def _rechecked(self, writable: bool) -> None:
        """A re-check found the file taken again (or took it): the banner shows the holder."""
        self.free_store = None
        if not writable:
            self.update_banner()
