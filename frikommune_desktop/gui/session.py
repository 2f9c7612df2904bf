"""The open file as the window sees it: the store, the undo stack and change notification.

Every change (an edit, its undo and redo, an import, a merge, another process's save) is
announced once by `Session.changed` with a `Changes`: the tables and rows it touched, who made
it, and which object asked for it (so that an editor need not reload what it just stored).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..db.changes import Changes
from ..edits import Edit
from ..errors import FileReplacedError, FrikommuneError, LockLostError, StorageError
from ..sharing.pending import save_pending_change
from ..store import Store
from .jobs import Job, read_pool, start_job, wait_for_reads

#: How often the file is checked for changes saved by another coordinator.
POLL_INTERVAL_MS = 2000


class EditCommand(QUndoCommand):
    """A core edit on the undo stack: redo applies it, undo reverts it."""

    def __init__(self, session: Session, edit: Edit, source: object | None = None) -> None:
        super().__init__(edit.text)
        self._session = session
        self.edit = edit
        self.failed = False
        self._source = source  # who asked, for the first apply; a later redo is everyone's

    def redo(self) -> None:
        """Apply the edit; a refused edit is reported and dropped from the stack."""
        try:
            self.edit.apply(self._session.store)
        except (LockLostError, FileReplacedError) as exc:
            self.failed = True
            self.setObsolete(True)
            kept = save_pending_change(self._session.store.path, self.edit, str(exc))
            self._session.error.emit(
                QCoreApplication.translate("Session", "{0}\nThe change is kept in {1}.").format(
                    str(exc), kept
                )
            )
            return
        except FrikommuneError as exc:
            self.failed = True
            self.setObsolete(True)
            self._session.error.emit(str(exc))
            return
        finally:
            source, self._source = self._source, None
        self._session.announce(source)

    def undo(self) -> None:
        """Revert the edit."""
        try:
            self.edit.revert(self._session.store)
        except FrikommuneError as exc:
            self._session.error.emit(str(exc))
        self._session.announce()


class Session(QObject):
    """One open network file in the window; every change goes through do()."""

    #: A change stored in the file, with what it touched (a Changes).
    changed = Signal(object)
    stateChanged = Signal()
    #: Polled: the working copy's changes may have reached the network file (title state).
    writeBackChanged = Signal()
    error = Signal(str)

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._seen_version = store.data_version()
        self._lock_lost = False
        self._renewal: Job | None = None  # the lock's renewal under way
        self._write_back_failed = False
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_INTERVAL_MS)
        self._timer.timeout.connect(self.poll)
        self._timer.start()

    @property
    def writable(self) -> bool:
        """Return whether edits are possible (this process holds the file)."""
        return self.store.writable

    def read_only_message(self) -> str:
        """Return why nothing can be changed: the file is read-only, and who holds it."""
        holder = self.store.holder.describe() if self.store.holder else ""
        return self.tr("The file is read-only. Held by: {0}").format(holder)

    def do(self, edit: Edit, source: object | None = None) -> bool:
        """Apply an edit through the undo stack; return whether it was stored.

        `source` is the object that asked (an editor): the change it gets announced with says
        so, and that object need not reload what it just stored.
        """
        if not self.writable:
            self.error.emit(self.read_only_message())
            return False
        # A change saved by another process shows first; the edit applies after it (and checks
        # the lock itself: no renewal is started to wait for).
        self.poll(renew=False)
        command = EditCommand(self, edit, source)
        self.undo_stack.push(command)
        return not command.failed

    def announce(self, source: object | None = None) -> Changes | None:
        """Emit `changed` with what the store's writes since the last announcement touched
        (nothing if they touched nothing); return it."""
        changes = self.store.take_changes()
        if changes is not None:
            changes = changes.with_source(source)
            self.changed.emit(changes)
        return changes

    def poll(self, *, renew: bool = True) -> bool:
        """Notice changes another process saved to the file; return whether there were any.

        The lock is renewed off the GUI thread (on a share that is a read and a write of the
        lock file, which a slow drive makes slow); a lost lock is said when that ends.
        """
        try:
            version = self.store.data_version()
        except StorageError:  # the file vanished or the drive is gone: say so, keep running
            self.error.emit(self.tr("The network file cannot be read right now."))
            return False
        if renew and self.store.writable and not self._lock_lost and self._renewal is None:
            store = self.store
            self._renewal = start_job(
                lambda _progress: store.refresh_lock(),
                succeeded=self._alive(self._lock_renewed),
                finished=self._alive(self._renewal_ended),
                pool=read_pool(),  # the file is closed only after it ends (wait_for_reads)
            )
        if self.store.working_copy is not None:
            self.writeBackChanged.emit()
        if self.store.write_back_error is not None and not self._write_back_failed:
            self._write_back_failed = True  # said once
            self.error.emit(
                self.tr(
                    "Your latest changes cannot be written to the network file ({0}). Nothing "
                    "new is saved; close the file, and what did not arrive is kept for merging."
                ).format(self.store.write_back_error)
            )
        if version == self._seen_version:
            return False
        self._seen_version = version
        self.changed.emit(self.store.changes_from_outside())
        return True

    def _alive(self, slot: Callable[..., None]) -> Callable[..., None]:
        """Return `slot`, called only while this session exists (a job may end after it)."""
        return lambda *args: slot(*args) if shiboken6.isValid(self) else None

    @property
    def renewing(self) -> bool:
        """Return whether the lock's renewal runs (off the GUI thread)."""
        return self._renewal is not None

    def _lock_renewed(self, still_ours: bool) -> None:
        if not still_ours and not self._lock_lost:
            self._lock_lost = True  # said once, not every poll
            self.error.emit(
                self.tr(
                    "Another coordinator has taken over the file's lock; "
                    "changes cannot be saved until you reopen it."
                )
            )

    def _renewal_ended(self) -> None:
        self._renewal = None

    def adopt(self, fresh: Store) -> None:
        """Work on the file opened again for writing (the file controller re-checked the lock);
        the read-only store it replaces is closed."""
        wait_for_reads()  # a read of the old store ends first
        self.store.close()
        self.store = fresh
        self.undo_stack.clear()
        self._seen_version = fresh.data_version()
        self.stateChanged.emit()
        self.changed.emit(Changes.everything(by=fresh.user))

    def detach(self) -> Store:
        """Stop watching the file and return its store, to be closed off the GUI thread."""
        self._timer.stop()
        self.undo_stack.clear()
        return self.store

    def close(self) -> None:
        """Stop watching and close the store (which backs it up if it changed)."""
        self._timer.stop()
        self.undo_stack.clear()
        wait_for_reads()  # a lock renewal or a read under way ends first
        self.store.close()
