"""The lock file beside a network file that names who holds it for writing."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import socket
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from .clock import local_moment, now_iso
from .errors import FileLockedError

#: An unreadable lock file (being written, or damaged) younger than this is taken as held.
UNREADABLE_GRACE_SECONDS = 30.0
#: How often an opener tries to take a lock that is being cleared by another opener.
ACQUIRE_ATTEMPTS = 60
#: A guard left by an opener that crashed while clearing a stale lock is removed after this.
GUARD_STALE_SECONDS = 10.0
#: A holder rewrites its lock this often while the file is open, so that age means something.
REFRESH_SECONDS = 60.0
#: A lock from another machine not refreshed for this long may be broken (after asking).
DEFAULT_BREAK_AGE_SECONDS = 15 * 60.0


@dataclass(frozen=True)
class LockInfo:
    """Who holds a network file: user, host, process id and since when."""

    user: str
    host: str
    pid: int
    since: str
    token: str = ""
    refreshed: str = ""

    def describe(self) -> str:
        """Return the holder as a coordinator reads it."""
        return f"{self.user} på {self.host} (proces {self.pid}) siden {local_moment(self.since)}"

    def age_seconds(self, now: dt.datetime | None = None) -> float:
        """Return how long ago the holder last showed life (refreshed, else took the lock)."""
        try:
            seen = dt.datetime.fromisoformat(self.refreshed or self.since)
        except ValueError:
            return float("inf")
        return ((now or dt.datetime.now(dt.UTC)) - seen).total_seconds()


def _identity(path: Path) -> tuple[int, int, int] | None:
    """Return what changes whenever a file is replaced or rewritten: inode, size, mtime."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


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
        return LockInfo(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]),
                        str(data.get("token", "")), str(data.get("refreshed", "")))
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
        self.info = LockInfo(user=user, host=this_host(), pid=os.getpid(), since=now_iso(),
                             token=uuid.uuid4().hex)
        self.held = False
        self._refreshed_at = 0.0
        self._written: tuple[int, int, int] | None = None

    def acquire(self) -> LockInfo | None:
        """Take the lock and return None, or return the live holder that keeps it."""
        holder: LockInfo | None = None
        for _attempt in range(ACQUIRE_ATTEMPTS):
            if self._create():
                self.held = True
                return None
            holder = _read_lock_file(self.path)
            if holder is None and not self.path.exists():
                continue  # it went away between our create and our read: try again
            if holder is None and not _is_stale(self.path, None):
                time.sleep(0.05)  # unreadable for a moment (being replaced): read it again
                continue
            if holder is not None and not _is_stale(self.path, holder):
                return holder
            if not self._break_stale(holder):
                time.sleep(0.05)  # another opener is clearing it right now
        return _read_lock_file(self.path) or holder or LockInfo("ukendt", "ukendt", 0, "")

    def _create(self) -> bool:
        """Create the lock file, complete with our details, in one step; False if it exists.

        The details are written to a private file first and linked into place (a link never
        replaces an existing file), so no reader ever sees a lock without its holder's name.
        File systems without links get an exclusive create followed by the write.
        """
        content = json.dumps(asdict(self.info), ensure_ascii=False)
        private = self.path.with_name(f"{self.path.name}.{self.info.token}.new")
        try:
            with open(private, "w", encoding="utf-8") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            try:
                os.link(private, self.path)
            except FileExistsError:
                return False
            except OSError:  # no hard links here (some shares): fall back to O_EXCL
                return self._create_exclusive(content)
        finally:
            with contextlib.suppress(OSError):
                private.unlink()
        self._refreshed_at = time.monotonic()
        self._written = _identity(self.path)
        return True

    def _create_exclusive(self, content: str) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        self._refreshed_at = time.monotonic()
        self._written = _identity(self.path)
        return True

    def _break_stale(self, seen: LockInfo | None) -> bool:
        """Remove a stale lock unless it changed since we read it; False if another opener is
        clearing it at this moment. One clearer at a time, by a guard file created exclusively;
        the lock is read again under the guard, so a fresh lock is never removed."""
        guard = self.path.with_name(self.path.name + ".breaking")
        try:
            os.close(os.open(guard, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644))
        except FileExistsError:
            with contextlib.suppress(OSError):  # a clearer that crashed leaves its guard
                if time.time() - guard.stat().st_mtime > GUARD_STALE_SECONDS:
                    guard.unlink()
            return False
        try:
            current = _read_lock_file(self.path)
            if current == seen and _is_stale(self.path, current):
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
        finally:
            with contextlib.suppress(OSError):
                guard.unlink()
        return True

    def still_ours(self) -> bool:
        """Return whether the lock file on disk is still the one this process wrote (token).

        The file's identity (inode, size, modification time) is compared first; only when it
        changed is the lock read again, which saves round trips on a slow share.
        """
        if not self.held:
            return False
        seen = _identity(self.path)
        if seen is not None and seen == self._written:
            return True
        holder = _read_lock_file(self.path)
        if holder is not None and holder.token == self.info.token:
            self._written = seen
            return True
        return False

    def refresh(self, *, force: bool = False) -> bool:
        """Rewrite the lock's 'refreshed' time if due (or forced); False if it is not ours."""
        if not self.still_ours():
            return False
        if not force and time.monotonic() - self._refreshed_at < REFRESH_SECONDS:
            return True
        fresh = replace(self.info, refreshed=now_iso())
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        try:
            partial.write_text(json.dumps(asdict(fresh), ensure_ascii=False), encoding="utf-8")
            os.replace(partial, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                partial.unlink()
            return self.still_ours()
        self._refreshed_at = time.monotonic()
        self._written = _identity(self.path)
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if not self.held:
            return
        self.held = False
        holder = _read_lock_file(self.path)
        if holder is None or holder.token == self.info.token:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def ours_or_dead(holder: LockInfo) -> bool:
    """Return whether a lock is this process's own or left by a dead process on this machine."""
    return holder.host == this_host() and (holder.pid == os.getpid() or not pid_alive(holder.pid))


def lock_log_path(db_path: Path) -> Path:
    """Return the log beside a network file where broken locks are recorded."""
    return db_path.with_name(db_path.name + ".lock-log")


def breakable(holder: LockInfo, min_age_seconds: float = DEFAULT_BREAK_AGE_SECONDS) -> bool:
    """Return whether a lock may be broken after asking: another machine's, not refreshed
    for at least `min_age_seconds` (this machine's locks are cleared when their process dies)."""
    return holder.host != this_host() and holder.age_seconds() >= min_age_seconds


def break_lock(db_path: Path, user: str,
               min_age_seconds: float = DEFAULT_BREAK_AGE_SECONDS) -> LockInfo:  # fmt: skip
    """Remove another machine's old lock on a network file, recording who broke whose lock
    and when in the lock log beside it; return the broken lock. Refuses a live-looking one."""
    path = lock_path(Path(db_path))
    holder = _read_lock_file(path)
    if holder is None:
        raise FileLockedError(f"{db_path}: der er ingen læsbar lås at bryde.")
    if not breakable(holder, min_age_seconds):
        minutes = int(min_age_seconds // 60)
        raise FileLockedError(
            f"{db_path} holdes af {holder.describe()}. Låsen kan kun brydes, når den er fra en "
            f"anden computer og ikke er fornyet i {minutes} minutter."
        )
    aside = path.with_name(f"{path.name}.broken-{os.getpid()}")
    os.replace(path, aside)
    with contextlib.suppress(OSError):
        aside.unlink()
    entry = {"broken_at": now_iso(), "broken_by": user, "host": this_host(),
             "lock": asdict(holder)}  # fmt: skip
    with open(lock_log_path(Path(db_path)), "a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return holder
