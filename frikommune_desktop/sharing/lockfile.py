"""The lock file beside a network file that names who holds it for writing.

One writer among processes on different machines rests on one short critical section, held
by creating the folder NAME.fkdb.lock.guard: in it an opener checks that no lock exists,
creates NAME.fkdb.lock and reads it back to verify it is its own. Clearing a stale lock,
breaking an old one, refreshing and releasing one take the same guard.

Why a folder: mkdir reaches an SMB server as "create if new", refused if the name exists.
An exclusive file create may not: smbnetfs (FUSE over libsmbclient) creates files with
smbc_creat(), O_CREAT|O_TRUNC, which the server never refuses, so two machines would both
"create" the lock; hard links fail there (EPERM) and on some NAS shares. In the guard the
lock is still linked into place complete, else created exclusively and written.

A crashed holder's guard is stale once an opener has seen that same guard (inode, mtime)
for GUARD_STALE_SECONDS by its own clock, which clock skew cannot fool, or at once if its
mtime is GUARD_OLD_SECONDS old by ours (room for a server clock minutes behind). It is
renamed aside and removed only if it is still the guard judged stale, else put back. A
holder whose section overran GUARD_STALE_SECONDS leaves the guard (it may be another's).
Deletes the share calls busy (a file just closed through another session) are retried; a
lock that still cannot be deleted is logged and left for stale-lock handling.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import random
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from ..errors import FileLockedError
from ..program.clock import local_moment, now_iso

_log = logging.getLogger(__name__)

#: An unreadable lock file (being written, or damaged) younger than this is taken as held.
UNREADABLE_GRACE_SECONDS = 30.0
#: How often an opener tries to take a lock that is being cleared by another opener.
ACQUIRE_ATTEMPTS = 60
#: A guard seen unchanged this long by an opener's own clock was left by a crashed process.
GUARD_STALE_SECONDS = 10.0
#: A guard whose modification time is this old by this machine's clock is stale at once.
GUARD_OLD_SECONDS = GUARD_STALE_SECONDS + 300.0
#: How long an opener waits for the guard; longer than GUARD_STALE_SECONDS, so that a guard
#: left by a crash is cleared while waiting.
GUARD_WAIT_SECONDS = 3 * GUARD_STALE_SECONDS
#: How often a waiting opener looks at a held guard (to tell whether it is stale).
GUARD_LOOK_SECONDS = 1.0
#: How long a delete the share calls busy, or a share failing every request for a moment
#: (an SMB client reconnecting), is retried.
BUSY_RETRY_SECONDS = 5.0
#: Why a guard was judged stale, as its removal is logged: old by its modification time, or
#: seen unchanged for GUARD_STALE_SECONDS by the opener's own clock.
STALE_BY_MTIME = "dens ændringstid er gammel"
STALE_UNCHANGED = "den har stået uændret for længe"
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
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
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
        return LockInfo(
            str(data["user"]),
            str(data["host"]),
            int(data["pid"]),
            str(data["since"]),
            str(data.get("token", "")),
            str(data.get("refreshed", "")),
        )
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


def _remove(path: Path, *, folder: bool = False) -> bool:
    """Delete a file (or empty folder), retrying while the share calls it busy; True if gone."""
    deadline, pause = time.monotonic() + BUSY_RETRY_SECONDS, 0.01
    while True:
        try:
            (os.rmdir if folder else os.unlink)(path)
            return True
        except FileNotFoundError:
            return True
        except OSError as exc:
            if time.monotonic() >= deadline:
                _log.warning("%s kunne ikke slettes: %s", path, exc)
                return False
        time.sleep(pause)
        pause = min(2 * pause, 0.2)


def guard_path(lock: Path) -> Path:
    """Return the guard folder of a lock file: 'NAME.fkdb.lock.guard' beside it."""
    return lock.with_name(lock.name + ".guard")


def _clear_stale_guard(guard: Path, seen: tuple[int, int, int], why: str) -> None:
    """Remove a guard judged stale (`why`, logged) unless it was replaced since: it is renamed
    aside first, so what is checked is what is removed; a live guard taken by mistake is put
    back."""
    aside = guard.with_name(f"{guard.name}.cleared-{uuid.uuid4().hex}")
    try:
        os.rename(guard, aside)
    except OSError:
        return  # gone already: its holder finished, or another opener cleared it
    if _identity(aside) == seen:
        _log.warning("%s var efterladt af et program, der gik ned (%s); fjernet", guard, why)
        _remove(aside, folder=True)
        return
    try:
        os.rename(aside, guard)
    except OSError:  # taken again meanwhile
        _remove(aside, folder=True)


def _enter_guard(guard: Path, wait: float, give_up: Callable[[], bool] | None = None) -> bool:
    """Create the guard folder, waiting up to `wait` seconds while another holds it (and
    clearing one left by a crash); False if not had in time or once `give_up()` is true.
    A held guard is looked at seldom: a look that meets it being deleted on the server can
    make smbnetfs drop its connection (every request fails for seconds)."""
    start = time.monotonic()
    seen, seen_since, looked, failing, pause = None, start, start, None, 0.005
    while True:
        try:
            os.mkdir(guard)
            return True
        except FileExistsError:
            failing = None
        except OSError:  # a client that refuses everything for a moment (reconnecting)
            failing = failing or time.monotonic()
            if time.monotonic() - failing > BUSY_RETRY_SECONDS:
                raise
        now = time.monotonic()
        if now - looked >= GUARD_LOOK_SECONDS:
            looked, stamp = now, _identity(guard)
            if stamp != seen:
                seen, seen_since = stamp, now
            old = stamp is not None and time.time() - stamp[2] / 1e9 > GUARD_OLD_SECONDS
            if stamp is not None and (old or now - seen_since >= GUARD_STALE_SECONDS):
                _clear_stale_guard(guard, stamp, STALE_BY_MTIME if old else STALE_UNCHANGED)
        if now - start >= wait:
            return False
        time.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(2 * pause, 0.05)
        if give_up is not None and give_up():
            return False


@contextlib.contextmanager
def _guarded(
    lock: Path, wait: float | None = None, give_up: Callable[[], bool] | None = None
) -> Iterator[bool]:
    """Hold the lock's guard for the block: yield True, or False if not had within `wait`
    seconds (default GUARD_WAIT_SECONDS) or once `give_up()` is true."""
    guard = guard_path(lock)
    if not _enter_guard(guard, GUARD_WAIT_SECONDS if wait is None else wait, give_up):
        yield False
        return
    entered = time.monotonic()
    try:
        yield True
    finally:
        if time.monotonic() - entered < GUARD_STALE_SECONDS:
            _remove(guard, folder=True)
        else:  # others may have cleared it as stale and taken it: not ours to remove
            _log.warning("%s blev holdt for længe og er efterladt", guard)


def hold_guard(path: Path, wait: float | None = None) -> contextlib.AbstractContextManager[bool]:
    """Hold the guard folder 'PATH.guard' for a short block among processes on any machine
    (the lock file's critical section, for other uses); yield whether it was had in time."""
    return _guarded(path, wait)


class LockFile:
    """This process's claim on a network file; acquire() either takes it or names the holder."""

    def __init__(self, db_path: Path, user: str) -> None:
        self.path = lock_path(db_path)
        self.info = LockInfo(
            user=user, host=this_host(), pid=os.getpid(), since=now_iso(), token=uuid.uuid4().hex
        )
        self.held = False
        self._refreshed_at = 0.0
        self._written: tuple[int, int, int] | None = None

    def acquire(self) -> LockInfo | None:
        """Take the lock and return None, or return the live holder that keeps it."""
        holder: LockInfo | None = None
        deadline = time.monotonic() + GUARD_WAIT_SECONDS
        for _attempt in range(ACQUIRE_ATTEMPTS):
            if self._create(max(0.0, deadline - time.monotonic())):
                self.held = True
                return None
            holder = _read_lock_file(self.path)
            if holder is not None and holder.token == self.info.token:  # ours: read back late
                self.held, self._written = True, _identity(self.path)
                return None
            if holder is None and not self.path.exists():
                if time.monotonic() >= deadline:
                    break  # no lock, yet the guard was not to be had: someone is taking it
                continue  # it went away between our create and our read: try again
            if holder is None and not _is_stale(self.path, None):
                time.sleep(0.05)  # unreadable for a moment (being replaced): read it again
                continue
            if holder is not None and not _is_stale(self.path, holder):
                return holder
            if not self._break_stale(holder):
                time.sleep(0.05)  # the guard was not to be had
        return _read_lock_file(self.path) or holder or LockInfo("ukendt", "ukendt", 0, "")

    def _create(self, wait: float | None = None) -> bool:
        """Create the lock file with our details, in the guard; False if a lock exists or the
        guard was not had within `wait` seconds. The details go to a private file first, to
        be linked into place complete (see _put); waiters stop once a lock file appears."""
        if os.path.lexists(self.path):
            return False
        content = json.dumps(asdict(self.info), ensure_ascii=False)
        private = self.path.with_name(f"{self.path.name}.{self.info.token}.new")
        try:
            with open(private, "w", encoding="utf-8") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            with _guarded(self.path, wait, lambda: os.path.lexists(self.path)) as entered:
                if not entered or os.path.lexists(self.path) or not self._put(private, content):
                    return False
                mine = _read_lock_file(self.path)
                if mine is None or mine.token != self.info.token:
                    return False  # another creator's lock: the share let both create it
        finally:
            _remove(private)
        self._refreshed_at = time.monotonic()
        self._written = _identity(self.path)
        return True

    def _put(self, private: Path, content: str) -> bool:
        """Put the lock file in place (in the guard): link it (a link never replaces a file),
        else create it exclusively and write it; False if it exists."""
        try:
            os.link(private, self.path)
            return True
        except FileExistsError:
            return False
        except OSError:  # no hard links here (smbnetfs, some NAS shares): create exclusively
            pass
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        return True

    def _break_stale(self, seen: LockInfo | None, wait: float | None = None) -> bool:
        """Remove a stale lock unless it changed since we read it; False if the guard was not
        had. The lock is read again under the guard, so a fresh lock is never removed."""
        with _guarded(self.path, wait) as entered:
            if not entered:
                return False
            current = _read_lock_file(self.path)
            if current == seen and _is_stale(self.path, current):
                _remove(self.path)
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
        """Rewrite the lock's 'refreshed' time if due (or forced), under the guard (if it is
        busy, at the next refresh); False if the lock is not ours."""
        if not self.still_ours():
            return False
        if not force and time.monotonic() - self._refreshed_at < REFRESH_SECONDS:
            return True
        fresh = replace(self.info, refreshed=now_iso())
        partial = self.path.with_name(f"{self.path.name}.{os.getpid()}.partial")
        try:
            partial.write_text(json.dumps(asdict(fresh), ensure_ascii=False), encoding="utf-8")
            with _guarded(self.path, BUSY_RETRY_SECONDS) as entered:
                if not entered:
                    return True  # the guard is busy: rewrite at the next refresh
                if not self.still_ours():
                    return False
                os.replace(partial, self.path)
        except OSError:
            return self.still_ours()
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
        self._refreshed_at = time.monotonic()
        self._written = _identity(self.path)
        return True

    def release(self) -> None:
        """Remove the lock file if it is still ours (under the guard if it can be had); never
        raises: a lock that cannot be removed is logged and left for stale-lock handling."""
        if not self.held:
            return
        self.held = False
        try:
            with _guarded(self.path):
                holder = _read_lock_file(self.path)
                if holder is None or holder.token == self.info.token:
                    _remove(self.path)
        except OSError as exc:
            _log.warning("låsen %s kunne ikke fjernes: %s", self.path, exc)


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


def break_lock(
    db_path: Path, user: str, min_age_seconds: float = DEFAULT_BREAK_AGE_SECONDS
) -> LockInfo:
    """Remove another machine's old lock on a network file, recording who broke whose lock
    and when in the lock log beside it; return the broken lock. Refuses a live-looking one."""
    path = lock_path(Path(db_path))
    with _guarded(path) as entered:
        holder = _read_lock_file(path)
        if not entered:
            raise FileLockedError(f"{db_path}: låsen tages eller ryddes lige nu; prøv igen.")
        if holder is None:
            raise FileLockedError(f"{db_path}: der er ingen læsbar lås at bryde.")
        if not breakable(holder, min_age_seconds):
            minutes = int(min_age_seconds // 60)
            raise FileLockedError(
                f"{db_path} holdes af {holder.describe()}. Låsen kan kun brydes, når den er fra "
                f"en anden computer og ikke er fornyet i {minutes} minutter."
            )
        aside = path.with_name(f"{path.name}.broken-{os.getpid()}")
        os.replace(path, aside)
    _remove(aside)
    entry = {"broken_at": now_iso(), "broken_by": user, "host": this_host(), "lock": asdict(holder)}
    with open(lock_log_path(Path(db_path)), "a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return holder
