"""The lock file beside a network file that names who holds it for writing."""

from __future__ import annotations

import contextlib
import json
import os
import socket
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from .clock import now_iso

#: An unreadable lock file (being written, or damaged) younger than this is taken as held.
UNREADABLE_GRACE_SECONDS = 30.0


@dataclass(frozen=True)
class LockInfo:
    """Who holds a network file: user, host, process id and since when."""

    user: str
    host: str
    pid: int
    since: str

    def describe(self) -> str:
        """Return the holder as a coordinator reads it."""
        return f"{self.user} på {self.host} (proces {self.pid}) siden {self.since[:16]}"


def lock_path(db_path: Path) -> Path:
    """Return the lock file's path for a network file: 'NAME.fkdb.lock' beside it."""
    return db_path.with_name(db_path.name + ".lock")


def this_host() -> str:
    """Return this machine's name as written in lock files."""
    return socket.gethostname()


def pid_alive(pid: int) -> bool:
    """Return whether a process with this id runs on this machine."""
    if pid <= 0:
        return False
    if os.name == "nt":  # pragma: no cover - exercised on Windows only
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(db_path: Path) -> LockInfo | None:
    """Return the holder named in a network file's lock file, or None if there is none."""
    return _read_lock_file(lock_path(db_path))


def _read_lock_file(path: Path) -> LockInfo | None:
    """Return the holder a lock file names, or None if it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _is_stale(path: Path, info: LockInfo | None) -> bool:
    """Return whether a lock can be cleared without asking: its process is gone."""
    if info is None:
        try:
            return time.time() - path.stat().st_mtime > UNREADABLE_GRACE_SECONDS
        except FileNotFoundError:
            return True
    return info.host == this_host() and not pid_alive(info.pid)


class LockFile:
    """This process's claim on a network file; acquire() either takes it or names the holder."""

    def __init__(self, db_path: Path, user: str) -> None:
        self.path = lock_path(db_path)
        self.info = LockInfo(user=user, host=this_host(), pid=os.getpid(), since=now_iso())
        self.held = False

    def acquire(self) -> LockInfo | None:
        """Take the lock and return None, or return the live holder that keeps it."""
        for _attempt in range(3):
            if self._create():
                self.held = True
                return None
            holder = _read_lock_file(self.path)
            if not _is_stale(self.path, holder):
                return holder or LockInfo("ukendt", "ukendt", 0, "")
            self._break_stale(holder)
        return _read_lock_file(self.path)

    def _create(self) -> bool:
        """Create the lock file exclusively with our details; False if it exists."""
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(self.info), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def _break_stale(self, seen: LockInfo | None) -> None:
        """Remove a stale lock, unless another process replaced it since we read it."""
        aside = self.path.with_name(f"{self.path.name}.stale-{os.getpid()}")
        try:
            os.replace(self.path, aside)
        except FileNotFoundError:
            return
        moved = _read_lock_file(aside)
        if moved != seen and moved is not None and not _is_stale(aside, moved):
            with contextlib.suppress(OSError):  # a live holder slipped in: put its lock back
                os.replace(aside, self.path)
            return
        with contextlib.suppress(OSError):
            aside.unlink()

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        holder = _read_lock_file(self.path)
        if holder is None or (holder.pid == self.info.pid and holder.host == self.info.host):
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
