"""The one way long jobs (import, export, merge, opening and closing a file) run off the GUI
thread, with progress."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..errors import FrikommuneError
from ..program.logs import log_exception, user_message


class JobCancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class Progress:
    """What a job gets to report progress and learn about cancellation; no widgets inside."""

    def __init__(self, signals: JobSignals) -> None:
        self._signals = signals
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        """Report how far the job is; raises JobCancelled if the user cancelled."""
        if self._cancelled.is_set():
            raise JobCancelled
        self._signals.progress.emit(done, total, text)

    def cancel(self) -> None:
        """Ask the job to stop at its next report."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        """Return whether cancellation was asked for."""
        return self._cancelled.is_set()


class JobSignals(QObject):
    """Signals a job sends to the GUI thread."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()


class Job(QRunnable):
    """A function run on the thread pool; its outcome arrives as signals."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = JobSignals()
        self.progress = Progress(self.signals)
        self._work = work

    def run(self) -> None:
        """Run the work and turn its outcome into exactly one of the outcome signals."""
        try:
            result = self._work(self.progress)
        except JobCancelled:
            self.signals.cancelled.emit()
        except FrikommuneError as exc:
            self.signals.failed.emit(str(exc))
        except Exception as exc:  # a fault: its traceback goes to the log, one sentence to the user
            self.signals.failed.emit(user_message(log_exception(exc, "uventet fejl i et job")))
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def start(self, pool: QThreadPool | None = None) -> Job:
        """Start the job on the thread pool; connect to its signals before calling this."""
        self.setAutoDelete(False)
        (pool or QThreadPool.globalInstance()).start(self)
        return self


def start_job(
    work: Callable[[Progress], Any],
    *,
    progress: Callable[[int, int, str], None] | None = None,
    succeeded: Callable[[Any], None] | None = None,
    failed: Callable[[str], None] | None = None,
    cancelled: Callable[[], None] | None = None,
    finished: Callable[[], None] | None = None,
    pool: QThreadPool | None = None,
) -> Job:
    """Run `work(progress)` on the thread pool, its outcome going to the given callbacks.

    The callbacks are connected before the job starts, so no early signal is lost;
    `finished` comes last, after the outcome's callback, whatever the outcome.
    """
    job = Job(work)
    for signal, slot in (
        (job.signals.progress, progress),
        (job.signals.succeeded, succeeded),
        (job.signals.failed, failed),
        (job.signals.cancelled, cancelled),
        (job.signals.finished, finished),
    ):
        if slot is not None:
            signal.connect(slot)
    return job.start(pool)


_reads: QThreadPool | None = None


def read_pool() -> QThreadPool:
    """Return the pool the views' and the search's reads of the open file run on."""
    global _reads
    if _reads is None:
        _reads = QThreadPool()
        _reads.setMaxThreadCount(2)
    return _reads


def wait_for_reads() -> None:
    """Wait until no read of the open file runs (called before the file is closed)."""
    if _reads is not None:
        _reads.waitForDone()


class Latest(QObject):
    """Reads off the GUI thread where only the newest read counts: a read started while an
    older one runs supersedes it, whose result is dropped when it arrives."""

    #: The newest read's result was handed over (or it failed): nothing is being read.
    settled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._waiting = False

    @property
    def busy(self) -> bool:
        """Return whether the newest read has not arrived yet."""
        return self._waiting

    def start(
        self,
        read: Callable[[], Any],
        arrived: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> None:
        """Run `read()` on the read pool; its result goes to `arrived` on the GUI thread,
        unless a newer read was started meanwhile (or `drop` was called)."""
        self._generation += 1
        generation = self._generation
        self._waiting = True

        def current() -> bool:
            return shiboken6.isValid(self) and generation == self._generation

        def done(result: Any) -> None:
            if current():
                self._waiting = False
                arrived(result)
                self.settled.emit()

        def refused(message: str) -> None:
            if current():
                self._waiting = False
                if failed is not None:
                    failed(message)
                self.settled.emit()

        start_job(lambda _progress: read(), succeeded=done, failed=refused, pool=read_pool())

    def drop(self) -> None:
        """Forget the read under way (its result is not wanted any more)."""
        self._generation += 1
        if self._waiting:
            self._waiting = False
            self.settled.emit()
