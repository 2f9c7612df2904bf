"""A read-only window looks now and then at the lock that keeps it so, off the GUI thread.

Reading a lock file on a share is file I/O that may take long on a slow drive, so each look
is a job (gui.jobs); the window hears what was seen through `LockWatch.seen`. The file itself
is not taken: when the lock is gone, the banner offers "Open for editing" (see file_safety).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal

from .jobs import Job, Progress, start_job

if TYPE_CHECKING:
    from ..sharing.lockfile import LockInfo

#: How often a read-only window looks whether the file became free (or its holder's lock old).
LOCK_CHECK_MS = 10_000


@dataclass(frozen=True)
class LockSeen:
    """What a look at a network file's lock found: who holds it now, or that it is free."""

    path: Path
    holder: LockInfo | None
    free: bool


def look_at_lock(path: Path) -> LockSeen:
    """Read a network file's lock: free if there is none, or only a dead process's of this
    machine (opening clears that); an unreadable lock file is not taken for free."""
    from ..sharing.lockfile import lock_path, ours_or_dead, read_lock

    holder = read_lock(path)
    if holder is None:
        return LockSeen(path, None, not lock_path(path).exists())
    return LockSeen(path, holder, ours_or_dead(holder))


class LockWatch(QObject):
    """Looks at one file's lock every LOCK_CHECK_MS while started, one look at a time."""

    #: A look is done (a LockSeen).
    seen = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(LOCK_CHECK_MS)
        self.timer.timeout.connect(self.check)

    def start(self, path: Path) -> None:
        """Look at this file's lock from now on (it stays so if already watched)."""
        if self.path != path:
            self.path = Path(path)
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        """Look no more (the file became writable or closed); a look under way is ignored."""
        self.timer.stop()
        self.path = None

    def check(self) -> None:
        """Look at the lock now, off the GUI thread (not if a look is still under way)."""
        path = self.path
        if path is None or self.job is not None:
            return

        def work(_progress: Progress) -> LockSeen:
            return look_at_lock(path)

        def alive(slot: Callable[..., None]) -> Callable[..., None]:
            return lambda *args: slot(*args) if shiboken6.isValid(self) else None

        self.job = start_job(work, succeeded=alive(self._seen), finished=alive(self._done))

    def _seen(self, seen: LockSeen) -> None:
        if seen.path == self.path:  # still the file watched
            self.seen.emit(seen)

    def _done(self) -> None:
        self.job = None
