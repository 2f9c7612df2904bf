"""The program's settings (recent files, window layout) in the platform's proper place."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


class Settings:
    """Recent files and window geometry; an ini file under FRIKOMMUNE_DATA_DIR if set."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            override = os.environ.get("FRIKOMMUNE_DATA_DIR", "").strip()
            if override:
                ini = str(Path(override) / "settings.ini")
                qsettings = QSettings(ini, QSettings.Format.IniFormat)
            else:
                qsettings = QSettings("Frikommune", "Frikommune Desktop")
        self._q = qsettings

    def recent_files(self) -> list[Path]:
        """Return the recently opened files that still exist, newest first."""
        stored = self._q.value("recentFiles", []) or []
        if isinstance(stored, str):  # an ini file gives a list of one as its one text
            stored = [stored]
        if not isinstance(stored, list):
            return []
        return [Path(p) for p in stored if Path(p).exists()]

    def add_recent(self, path: Path) -> None:
        """Put a file first in the recent list."""
        resolved = str(Path(path).resolve())
        others = [str(p) for p in self.recent_files() if str(p) != resolved]
        self._q.setValue("recentFiles", [resolved, *others][:MAX_RECENT])
        self._q.sync()

    def first_steps_hidden(self, path: Path) -> bool:
        """Return whether the first-steps checklist was hidden for a network file."""
        return str(Path(path).resolve()) in self._paths("firstSteps/hidden")

    def hide_first_steps(self, path: Path, hidden: bool = True) -> None:
        """Remember that the first-steps checklist is hidden (or shown again) for a file."""
        resolved = str(Path(path).resolve())
        others = [p for p in self._paths("firstSteps/hidden") if p != resolved]
        self._q.setValue("firstSteps/hidden", [*others, resolved] if hidden else others)
        self._q.sync()

    def _paths(self, key: str) -> list[str]:
        """Return a stored list of paths (an ini file gives a list of one as its one text)."""
        stored = self._q.value(key, []) or []
        if isinstance(stored, str):
            stored = [stored]
        return [str(p) for p in stored] if isinstance(stored, list) else []

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Return the saved window geometry and state, if any."""
        return self._q.value("window/geometry"), self._q.value("window/state")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's geometry and dock/toolbar state."""
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)
        self._q.sync()

    def layout_value(self, key: str) -> object:
        """Return a remembered panel layout value (a splitter's state, a panel's width)."""
        return self._q.value(f"layout/{key}")

    def set_layout_value(self, key: str, value: object) -> None:
        """Remember a panel layout value (written to disk with the window's state)."""
        self._q.setValue(f"layout/{key}", value)
