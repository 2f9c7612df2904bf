"""Temporary copies beside a network file: their names, and clearing those a killed process left.

A new file or a restored backup is first written to '.NAME.fkdb.HOST.PID.RANDOM.tmp' beside the
network file, then renamed into place. A process killed before the rename leaves that copy
behind; the next open or check of the file removes the copies whose process (on this machine,
named in the copy's name) no longer runs, with their journals. Nothing else is touched.

Older versions named the copy '.NAME.fkdb.PID.RANDOM.tmp', without the machine: such a copy is
removed when no process here has its id and it has not been written to for OLD_STYLE_IDLE_S
(the id may be that of a process on another machine, still writing it).
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import time
import uuid
from pathlib import Path

from .lockfile import pid_alive, this_host

_log = logging.getLogger(__name__)

_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")

#: Seconds an old-style copy (no machine in its name) must lie untouched before it is removed.
OLD_STYLE_IDLE_S = 600.0


def _host() -> str:
    """Return this machine's name as it is written in a temporary copy's name."""
    return _UNSAFE.sub("_", this_host()) or "ukendt"


def staging_path(path: Path) -> Path:
    """Return a new temporary path beside a network file for a copy to be renamed onto it."""
    return path.with_name(f".{path.name}.{_host()}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def orphaned_copies(path: Path) -> list[Path]:
    """Return the temporary copies beside a network file whose process on this machine is gone
    (an old-style copy, named without a machine, once it has also lain untouched a while)."""
    name = re.escape(path.name)
    ours = re.compile(rf"\.{name}\.{re.escape(_host())}\.(\d+)\.[0-9a-f]{{8}}\.tmp")
    old_style = re.compile(rf"\.{name}\.(\d+)(?:\.[0-9a-f]{{8}})?\.tmp")
    found = []
    with contextlib.suppress(OSError):
        for entry in os.scandir(path.parent if str(path.parent) else "."):
            pid = _copy_pid(entry, ours, old_style)
            if pid is not None and not pid_alive(pid):
                found.append(path.with_name(entry.name))
    return sorted(found)


def _copy_pid(
    entry: os.DirEntry[str], ours: re.Pattern[str], old_style: re.Pattern[str]
) -> int | None:
    """Return the process id in a temporary copy's name (an old-style copy's only once it has
    not been written to for OLD_STYLE_IDLE_S); None for any other file."""
    if match := ours.fullmatch(entry.name):
        return int(match.group(1))
    if match := old_style.fullmatch(entry.name):
        try:
            idle = time.time() - entry.stat().st_mtime >= OLD_STYLE_IDLE_S
        except OSError:
            return None
        return int(match.group(1)) if idle else None
    return None


def remove_orphaned_copies(path: Path) -> list[Path]:
    """Remove the temporary copies (and journals) killed processes left beside a network file;
    return those removed. Never raises: a copy that cannot be removed is left for next time."""
    removed = []
    for copy in orphaned_copies(path):
        try:
            copy.with_name(copy.name + "-journal").unlink(missing_ok=True)
            copy.unlink(missing_ok=True)
        except OSError as exc:
            _log.warning("%s kunne ikke fjernes: %s", copy, exc)
            continue
        _log.warning("%s var efterladt af et program, der blev afbrudt; fjernet", copy)
        removed.append(copy)
    return removed
