"""The table of a network file's backups: when, why, how big, and whether each is sound.

The rows are the core's BackupInfo with what checking found: None until the backup has been
checked, then the core's (Danish) reasons it is unfit to restore from, empty when it is fit.
The reason in a backup's name ('before-merge', 'merged-in-kopi', ...) is shown in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor

from ...sharing.recovery import BEFORE_RESTORE, DAMAGED_BEFORE_RESTORE, BackupInfo
from .base import DISPLAY, Column, Index, RowTableModel

BACKUP_TAKEN = 0
BACKUP_REASON = 1
BACKUP_SIZE = 2
BACKUP_STATE = 3

# The colour a damaged backup's state is written in.
DAMAGED_COLOUR = QColor("#b00020")

_MIGRATION = re.compile(r"before-migration-v(\d+)")
_MERGED_IN = "merged-in-"


@dataclass(frozen=True)
class BackupRow:
    """One backup and what checking it found (None: not checked yet; []: fit to restore)."""

    info: BackupInfo
    problems: tuple[str, ...] | None = None

    @property
    def path(self) -> Path:
        """Return where the backup is."""
        return self.info.path

    @property
    def healthy(self) -> bool | None:
        """Return whether the backup is fit to restore from (None: not checked yet)."""
        return None if self.problems is None else not self.problems


def reason_text(reason: str) -> str:
    """Return why a backup was taken, in words (an unknown reason as it is in the name)."""
    translate = QCoreApplication.translate
    known = {
        "close": translate("BackupsModel", "Closed after changes"),
        "before-merge": translate("BackupsModel", "Before a merge"),
        BEFORE_RESTORE: translate("BackupsModel", "Before a restore"),
        DAMAGED_BEFORE_RESTORE: translate("BackupsModel", "Damaged file, kept before a restore"),
        "manual": translate("BackupsModel", "Taken by hand"),
    }
    if reason in known:
        return known[reason]
    migration = _MIGRATION.fullmatch(reason)
    if migration:
        text = translate("BackupsModel", "Before the upgrade of file version {0}")
        return text.format(migration.group(1))
    if reason.startswith(_MERGED_IN) and len(reason) > len(_MERGED_IN):
        text = translate("BackupsModel", "Copy merged in: {0}")
        return text.format(reason.removeprefix(_MERGED_IN))
    return reason


def size_text(size: int) -> str:
    """Return a file size in whole kilobytes, as the locale writes numbers: '1.234 kB'."""
    return f"{QLocale().toString(max(1, -(-size // 1024)))} kB"


def state_text(row: BackupRow) -> str:
    """Return whether a backup is sound: 'OK', 'Damaged' or 'Checking…' before it is known."""
    translate = QCoreApplication.translate
    if row.healthy is None:
        return translate("BackupsModel", "Checking…")
    return translate("BackupsModel", "OK") if row.healthy else translate("BackupsModel", "Damaged")


def _state_tooltip(row: BackupRow) -> str | None:
    if not row.problems:
        return None
    return "\n".join(row.problems)


class BackupsModel(RowTableModel):
    """One row per backup of the open file; fed newest first, sortable by every column."""

    def columns(self) -> list[Column]:
        """Return taken (local time), reason, size and state."""
        translate = QCoreApplication.translate
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                translate("BackupsModel", "Taken"),
                lambda r: r.info.local_time(),
                sort_key=lambda r: r.info.taken_at,
                tooltip=lambda r: r.path.name,
            ),
            Column(
                translate("BackupsModel", "Reason"),
                lambda r: reason_text(r.info.reason),
                tooltip=lambda r: r.info.reason,
            ),
            Column(
                translate("BackupsModel", "Size"),
                lambda r: size_text(r.info.size),
                sort_key=lambda r: r.info.size,
                align=right,
            ),
            Column(
                translate("BackupsModel", "State"),
                state_text,
                sort_key=lambda r: {True: 0, None: 1, False: 2}[r.healthy],
                tooltip=_state_tooltip,
            ),
        ]

    def row_id(self, row: BackupRow) -> str | None:
        """Return the backup's path as its id."""
        return str(row.path)

    def set_backups(
        self, backups: list[BackupInfo], problems: dict[Path, list[str]] | None = None
    ) -> None:
        """Show backups with what checking found (those missing from `problems` unchecked)."""
        found = problems or {}
        self.set_rows(
            [
                BackupRow(info, tuple(found[info.path]) if info.path in found else None)
                for info in backups
            ]
        )

    def backup_at(self, row: int) -> BackupRow:
        """Return the backup in a row."""
        backup: BackupRow = self.row_at(row)
        return backup

    def row_of(self, path: Path) -> int:
        """Return the row of the backup at a path (-1 if it is not listed)."""
        return next((i for i, row in enumerate(self._rows) if row.path == path), -1)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return the base data; a damaged backup's state is written in red."""
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == BACKUP_STATE
            and self._rows[index.row()].healthy is False
        ):
            return DAMAGED_COLOUR
        return super().data(index, role)
