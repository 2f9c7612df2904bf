"""Timestamps and the name of who makes a change."""

from __future__ import annotations

import datetime as dt
import getpass
import os


def now_iso() -> str:
    """Return the current UTC time as an ISO 8601 string with microseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def current_user() -> str:
    """Return the name written as 'modified by' and in lock files (FRIKOMMUNE_USER overrides)."""
    name = os.environ.get("FRIKOMMUNE_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt"
