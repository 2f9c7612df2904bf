"""The program's own folders: user data (backups, recovery, working copies, log), settings."""

from __future__ import annotations

import os
from pathlib import Path

#: The names platformdirs builds the folders from (and Windows' %LOCALAPPDATA%\AUTHOR\NAME).
APP_NAME = "Frikommune Desktop"
APP_AUTHOR = "Frikommune"
#: Set to a folder, it replaces both the data and the settings folder (tests, portable use).
OVERRIDE_VARIABLE = "FRIKOMMUNE_DATA_DIR"


def _override() -> Path | None:
    value = os.environ.get(OVERRIDE_VARIABLE, "").strip()
    return Path(value) if value else None


def data_dir() -> Path:
    """Return the user data folder (FRIKOMMUNE_DATA_DIR overrides, e.g. for tests)."""
    import platformdirs  # imported when first wanted: the window's cold start does without

    return _override() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    """Return the folder of the program's settings (FRIKOMMUNE_DATA_DIR overrides, for tests)."""
    import platformdirs

    return _override() or Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def backups_root() -> Path:
    """Return the folder holding every network file's backup folder."""
    return data_dir() / "backups"


def recovery_dir() -> Path:
    """Return the folder where unsaved changes and unwritten working copies are kept."""
    return data_dir() / "recovery"


def working_dir() -> Path:
    """Return the folder holding the working copies of open network files."""
    return data_dir() / "working"


def logs_dir() -> Path:
    """Return the folder of the program's log file."""
    return data_dir() / "logs"


def demo_dir() -> Path:
    """Return the folder the built-in demo network is written to when opened from the window."""
    return data_dir() / "demo"
