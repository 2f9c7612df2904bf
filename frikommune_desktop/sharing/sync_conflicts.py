"""Conflict copies that sync clients leave beside a network file, recognised by name.

Only the name is read: nothing is opened or merged here. The coordinator is always asked before
a copy is merged, so a false positive (a file that merely looks like a conflict copy) is harmless.

Forms matched, for a network file ``STEM.fkdb`` (the stem exactly, after Unicode NFC
normalisation; markers and the extension case-insensitively), and where they are documented:

- Syncthing: ``STEM.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.fkdb`` (DEVICE: 7-character short
  device id; older versions left it out). docs.syncthing.net/users/syncing.html, "Conflicting
  Changes": ``<filename>.sync-conflict-<date>-<time>-<modifiedBy>.<ext>``; syncthing
  lib/model/folder_sendrecv.go ``conflictName``.
- Nextcloud desktop: ``STEM (conflicted copy [USER ]YYYY-MM-DD HHMMSS).fkdb``; USER only when the
  server takes conflict uploads. docs.nextcloud.com user_manual desktop/conflicts.html
  (``mydata (conflicted copy 2018-04-10 093612).txt``); nextcloud/desktop
  src/common/utility.cpp ``makeConflictFileName``. Older Nextcloud and ownCloud clients:
  ``STEM_conflict-YYYYMMDD-HHMMSS.fkdb`` or ``STEM_conflict_USER-YYYYMMDD-HHMMSS.fkdb``
  (ownCloud client propagatedownload.cpp ``makeConflictFileName``).
- Dropbox: ``STEM (USER's conflicted copy[ YYYY-MM-DD]).fkdb``. help.dropbox.com
  syncing-uploads/conflicted-copy: "The editor's username, 'conflicted copy', and the save date
  will be added to the filename". Dropbox localises the marker, but no localised (e.g. Danish)
  form was found documented, so only the English forms are matched.
- OneDrive / SharePoint: ``STEM-COMPUTER.fkdb`` and ``STEM-COMPUTER-N.fkdb`` (the computer name
  added to the name). No Microsoft page giving the exact form was found; it is matched as
  observed. ``STEM-kopi.fkdb`` has the same form and is accepted; a name that is all digits, our
  own backup names (``STEM-<stamp>-<reason>.fkdb``) and ``STEM-backup…``/``-bak…`` are not.

Overlap rule: "(conflicted copy …)" with a date and an HHMMSS time and the user, if any, after
the words is Nextcloud; "(USER's conflicted copy …)" is Dropbox. A file that is itself another
network file named like ``STEM-Syd.fkdb`` cannot be told from a OneDrive copy by its name.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

_BACKUP_WORDS = frozenset({"backup", "bak", "sikkerhedskopi"})


@dataclass(frozen=True)
class ConflictCopy:
    """A copy of the network file that a sync client left beside it after a conflict."""

    path: Path
    client: str  # "OneDrive", "Dropbox", "Syncthing", "Nextcloud"
    detail: str  # what the name tells: computer name, user, date/time … (plain text)


def _nfc(text: str) -> str:
    """Return text in Unicode NFC, as names synced from a Mac may arrive decomposed."""
    return unicodedata.normalize("NFC", text)


def _patterns(stem: str, suffix: str) -> list[tuple[str, re.Pattern[str]]]:
    """Return each client's name pattern for a network file's stem and extension."""
    s, ext = re.escape(stem), f"(?i:{re.escape(suffix)})"
    day, compact, time = r"(?P<date>\d{4}-\d{2}-\d{2})", r"(?P<date>\d{8})", r"(?P<time>\d{6})"
    return [
        (
            "Syncthing",
            re.compile(
                rf"{s}(?i:\.sync-conflict-){compact}-{time}(?:-(?P<device>[A-Z0-9]{{7}}))?{ext}"
            ),
        ),
        (
            "Nextcloud",
            re.compile(rf"{s} (?i:\(conflicted copy )(?:(?P<user>[^()]+?) )?{day} {time}\){ext}"),
        ),
        (
            "Nextcloud",
            re.compile(rf"{s}(?P<old>(?i:_conflict))(?:_(?P<user>[^()]+?))?-{compact}-{time}{ext}"),
        ),
        (
            "Dropbox",
            re.compile(rf"{s} \((?P<user>[^()]+?)['’]s (?i:conflicted copy)(?: {day})?\){ext}"),
        ),
        (
            "OneDrive",
            re.compile(
                rf"{s}-(?!\d{{8}}T\d{{12}}Z-)(?=[\w-]*[^\W\d_])"
                rf"(?P<computer>\w[\w-]{{0,62}}?)(?:-(?P<number>\d+))?{ext}"
            ),
        ),
    ]


def _when(date: str, time: str | None) -> str | None:
    """Return a name's date (and time) as 'YYYY-MM-DD[ HH:MM:SS]', or None if no such moment."""
    try:
        moment = dt.datetime.strptime(date.replace("-", "") + (time or "000000"), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return moment.strftime("%Y-%m-%d %H:%M:%S" if time else "%Y-%m-%d")


def _detail(client: str, match: re.Match[str]) -> str | None:
    """Return the plain-text detail a matched name tells, or None if it is no conflict copy."""
    parts = {key: value for key, value in match.groupdict().items() if value}
    if client == "OneDrive":
        computer = parts["computer"]
        if computer.split("-")[0].lower() in _BACKUP_WORDS:
            return None
        return f"computer {computer}" + (f", copy {parts['number']}" if "number" in parts else "")
    details = [f"user {parts['user']}"] if "user" in parts else []
    if "date" in parts:
        when = _when(parts["date"], parts.get("time"))
        if when is None:
            return None
        details.append(when)
    if "device" in parts:
        details.append(f"device {parts['device']}")
    if "old" in parts:
        details.append("older Nextcloud or ownCloud client")
    return ", ".join(details)


def conflict_client(db_path: Path, candidate: Path) -> ConflictCopy | None:
    """Return what `candidate` is if it is a sync-conflict copy of `db_path`, else None."""
    db_path, candidate = Path(db_path), Path(candidate)
    same_folder = os.path.normcase(os.path.abspath(db_path.parent)) == os.path.normcase(
        os.path.abspath(candidate.parent)
    )
    name = _nfc(candidate.name)
    if not same_folder or name == _nfc(db_path.name):
        return None
    for client, pattern in _patterns(_nfc(db_path.stem), db_path.suffix):
        match = pattern.fullmatch(name)
        if match:
            detail = _detail(client, match)
            return None if detail is None else ConflictCopy(candidate, client, detail)
    return None


def conflict_copies(db_path: Path) -> list[ConflictCopy]:
    """Return the conflict copies of a network file found in its folder, newest first."""
    db_path = Path(db_path)
    found: list[tuple[int, str, ConflictCopy]] = []
    try:
        with os.scandir(db_path.parent) as listing:
            entries = list(listing)
    except OSError:
        return []
    for entry in entries:
        copy = conflict_client(db_path, db_path.parent / entry.name)
        if copy is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            mtime = entry.stat(follow_symlinks=False).st_mtime_ns
        except OSError:  # vanished or unreadable while the sync client works on it
            continue
        found.append((-mtime, entry.name, copy))
    return [copy for *_, copy in sorted(found, key=lambda item: (item[0], item[1]))]
