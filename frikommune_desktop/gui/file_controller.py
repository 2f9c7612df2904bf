"""The file controller: opening, closing, re-checking the lock, breaking an old lock and
restoring a backup, with the slow parts off the GUI thread.

`Store.open` (the lock and its guard folder, the quick or full check, a migration, copying the
file to a working copy on a network drive) and `Store.close` (waiting for the write-back, the
backup) run in a job (gui.jobs), one job at a time; the window and its helpers hear the outcome
through the controller's signals and never wait for the file.

Threads: the store's SQLite connections are made with check_same_thread=False
(db.fileformat.connect, sharing.working_copy), so a store opened in the job's thread is handed
whole to the GUI thread and used only there afterwards; a store is closed in a job only after
`closing` went out, when the window has dropped its views and the session has stopped its
timer, so one thread at a time uses a connection. Opening the connection on the GUI thread
after checks in the job was not chosen: the migration, the law catalog's update and the copy
to the working copy all need the connection, and they are the slow part on a share.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

from ..errors import DamagedFileError, FileLockedError, FrikommuneError
from .jobs import Job, Progress, start_job, wait_for_reads
from .startup import build_qt_namespace

# The store and the session are imported with the first file opened (see main_window).
if TYPE_CHECKING:
    from ..sharing.lockfile import LockInfo
    from ..store import Store
    from .session import Session


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


@dataclass
class _Outcome:
    """What a job did: the store it opened (or why not), and what went wrong on the way."""

    path: Path | None = None
    store: Store | None = None
    error: str = ""
    damaged: bool = False
    close_error: str = ""
    restored: bool = False
    kept: Path | None = None
    restore_error: str = ""


class FileController(QObject):
    """Owns the open file: one job at a time opens, closes, re-checks or restores it."""

    #: Opening a file has started (its path).
    opening = Signal(str)
    #: A file is open (its Session).
    opened = Signal(object)
    #: A file could not be opened (why).
    openFailed = Signal(str)
    #: A file could not be opened because it is damaged (its path, why): restoring may help.
    damaged = Signal(str, str)
    #: The open file is about to close: stop using its session and store now.
    closing = Signal()
    #: The file is closed (its store closed, the lock released).
    closed = Signal()
    #: The open file became writable (True) or is still read-only (False) after a re-check.
    readOnlyChanged = Signal(bool)
    #: What the running job does now (shown in the status bar).
    progress = Signal(str)
    #: Whether a job runs.
    busyChanged = Signal(bool)
    #: Every job has finished and none is waiting.
    idle = Signal()
    #: Something went wrong the user must be told about.
    error = Signal(str)
    #: Something the user may want to know (the status bar shows it for a while).
    message = Signal(str)
    #: A backup is restored and the file opened again (where the file as it was is kept).
    restored = Signal(object)
    #: A backup could not be restored (why); the file is open again as it was.
    restoreFailed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.job: Job | None = None
        self._waiting: list[Callable[[], None]] = []
        self._busy = False

    # -- state --------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Return whether a job runs (or waits to run)."""
        return self.job is not None or bool(self._waiting)

    def is_open(self, path: Path | str) -> bool:
        """Return whether a path names the open file (by any name or link)."""
        if self.session is None:
            return False
        try:
            return os.path.samefile(path, self.session.store.path)
        except OSError:  # one of them is gone or unreadable: not the same file
            return False

    def wait(self, timeout_ms: int = 120_000) -> bool:
        """Run the event loop until no job runs (for the command line's screenshots and the
        benches, which have no window to wait in); return whether it got there."""
        if not self.busy:
            return True
        loop = QEventLoop()
        self.idle.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.idle.disconnect(loop.quit)
        return not self.busy

    # -- opening and closing ------------------------------------------------------------------

    def open(self, path: Path | str) -> bool:
        """Open a network file (read-only if another coordinator holds it), closing the open
        one first; the file already open stays as it is (a read-only one is re-checked).

        Returns False only if nothing was started; the outcome comes as opened, openFailed
        or damaged.
        """
        if self.is_open(path):
            self.recheck()
            return True
        path = Path(path)
        self._run(lambda: self._switch(path))
        return True

    def close(self) -> None:
        """Close the open file (writing back its changes and backing it up) off the GUI
        thread; `closed` follows."""
        self._run(lambda: self._switch(None))

    def restore_and_open(self, path: Path, backup: Path) -> None:
        """Put a backup in place of a file that is not open (keeping it as it was), then open
        it; `restored` or `restoreFailed` follows."""
        self._run(lambda: self._switch(path, backup))

    def restore(self, backup: Path) -> None:
        """Put a backup in place of the open file and open it again.

        This window holds the file's lock, so the file is closed first (backed up if changed)
        and then opened the normal way. Raises FileLockedError when the file is read-only
        here (nothing restored); if the backup cannot be restored, the file is opened again
        as it was and `restoreFailed` says why.
        """
        session = self.session
        if session is None:
            raise FrikommuneError(
                QCoreApplication.translate("MainWindow", "No network file is open.")
            )
        if not session.writable:
            holder = session.store.holder
            raise FileLockedError(
                QCoreApplication.translate(
                    "MainWindow", "The file is read-only here ({0}); no backup can be restored."
                ).format(holder.describe() if holder else "")
            )
        path = Path(session.store.path)
        self._run(lambda: self._switch(path, Path(backup)))

    def _switch(self, path: Path | None, backup: Path | None = None) -> None:
        """Start the job that closes the open file, restores a backup if given, and opens
        `path` (if given)."""
        old = self._detach()
        if old is None and path is None:
            return
        if path is not None:
            build_qt_namespace()  # before the job thread imports the views
            self.opening.emit(str(path))
        saving = QCoreApplication.translate(
            "MainWindow", "Saving the last changes on the network drive …"
        )
        closing = QCoreApplication.translate("MainWindow", "Closing {0} …")
        restoring = QCoreApplication.translate("MainWindow", "Restoring the backup …")
        opening = QCoreApplication.translate("MainWindow", "Opening {0} …")

        def work(progress: Progress) -> _Outcome:
            outcome = _Outcome(path)
            if old is not None:
                text = saving if old.unwritten else closing.format(old.path.name)
                progress.report(0, 0, text)
                wait_for_reads()  # a view's or the search's read of the file ends first
                pin = _kept_through_rotation(backup) if backup else contextlib.nullcontext()
                try:
                    with pin:
                        old.close()
                except FrikommuneError as exc:  # changes that did not reach the drive
                    outcome.close_error = str(exc)
            if path is None:
                return outcome
            if backup is not None:
                from ..sharing.recovery import restore_backup

                progress.report(0, 0, restoring)
                try:
                    outcome.kept = restore_backup(path, backup)
                    outcome.restored = True
                except FrikommuneError as exc:
                    outcome.restore_error = str(exc)
            progress.report(0, 0, opening.format(path.name))
            from ..store import Store
            from .views import registry  # noqa: F401  the views' modules load here, not in a stall

            try:
                outcome.store = Store.open(path, working_copy=None)  # local copy on a share
            except DamagedFileError as exc:
                outcome.error, outcome.damaged = str(exc), True
            except FrikommuneError as exc:
                outcome.error = str(exc)
            return outcome

        self._start(work, lambda outcome: self._switched(outcome, old is not None))

    def _switched(self, outcome: _Outcome, was_open: bool) -> None:
        if was_open:
            if outcome.close_error:
                self.error.emit(outcome.close_error)
            self.closed.emit()
        store, path = outcome.store, outcome.path
        if store is None:
            if outcome.restore_error:
                self.restoreFailed.emit(outcome.restore_error)
            if outcome.damaged and path is not None:
                self.damaged.emit(str(path), outcome.error)
            elif outcome.error:
                self.openFailed.emit(outcome.error)
            return
        from .session import Session

        self.session = Session(store, self)
        self.opened.emit(self.session)
        if store.leftover_copy is not None:
            self.error.emit(
                QCoreApplication.translate(
                    "MainWindow",
                    "Changes from the last time this file was open had not all reached the "
                    "network file (the program ended first). They are kept in {0}; bring them "
                    "in with File → Merge another copy….",
                ).format(store.leftover_copy)
            )
        if outcome.restore_error:
            self.restoreFailed.emit(outcome.restore_error)
        elif outcome.restored:
            self.restored.emit(outcome.kept)

    def _detach(self) -> Store | None:
        """Tell everyone the open file goes, and take its store from the session."""
        session = self.session
        if session is None:
            return None
        self.closing.emit()
        self.session = None
        store = session.detach()
        session.deleteLater()
        return store

    # -- the lock -----------------------------------------------------------------------------

    def recheck(self) -> None:
        """Try again to get a read-only file for writing (after the holder closed it)."""
        if self.session is not None and not self.session.writable:
            self._run(lambda: self._take_over(None))

    def break_lock(self, who: str) -> None:
        """Break another machine's old lock on the open file (recorded in the lock log) and
        take the file for writing; `message` names `who` once it is done."""
        self._run(lambda: self._take_over(who))

    def _take_over(self, broken: str | None) -> None:
        """Start the job that (after breaking the old lock, if asked) opens the file again
        and keeps it if it is now writable."""
        session = self.session
        if session is None or session.writable:
            return
        path, user = Path(session.store.path), session.store.user

        from ..store import Store

        def work(_progress: Progress) -> Store | LockInfo | None:
            if broken is not None:
                from ..sharing.lockfile import break_lock

                try:
                    break_lock(path, user)
                except OSError as exc:
                    raise FrikommuneError(str(exc)) from exc
            fresh = Store.open(path, user=user, working_copy=None)
            if fresh.writable:
                return fresh
            holder = fresh.holder
            fresh.close()
            return holder

        def done(fresh: Store | LockInfo | None) -> None:
            if not isinstance(fresh, Store) or self.session is not session:
                if isinstance(fresh, Store):
                    fresh.close()
                elif fresh is not None and self.session is session:
                    session.store.holder = fresh  # who holds it now, for the banner
                self.readOnlyChanged.emit(False)
                return
            session.adopt(fresh)
            self.readOnlyChanged.emit(True)
            if broken is not None:
                self.message.emit(broken)
            else:
                self.message.emit(
                    QCoreApplication.translate("MainWindow", "You can now edit the file.")
                )

        self._start(work, done, self._rechecked_failed)

    def _rechecked_failed(self, message: str) -> None:
        self.error.emit(message)
        self.readOnlyChanged.emit(False)

    # -- the jobs -----------------------------------------------------------------------------

    def _run(self, step: Callable[[], None]) -> None:
        """Run a step now, or after the job that runs (one job at a time, in order)."""
        self._waiting.append(step)
        if self.job is None and len(self._waiting) == 1:
            self._next()

    def _start(
        self,
        work: Callable[[Progress], object],
        done: Callable[..., None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Start a job (busy until it finished), its result going to `done`; a controller
        deleted meanwhile (the program quits) hears nothing."""

        def alive(slot: Callable[..., None]) -> Callable[..., None]:
            return lambda *args: slot(*args) if shiboken6.isValid(self) else None

        self.job = start_job(
            work,
            progress=alive(lambda _done, _total, text: self.progress.emit(text)),
            succeeded=alive(done),
            failed=alive(failed or self.error.emit),
            finished=alive(self._finished),
        )
        if not self._busy:
            self._busy = True
            self.busyChanged.emit(True)

    def _finished(self) -> None:
        self.job = None
        self._next()

    def _next(self) -> None:
        """Start the next waiting step; say idle when none is left."""
        while self._waiting and self.job is None:
            self._waiting.pop(0)()
        if self.job is None and not self._waiting and self._busy:
            self._busy = False
            self.progress.emit("")
            self.busyChanged.emit(False)
            self.idle.emit()
