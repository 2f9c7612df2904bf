"""Timestamps and the name of who makes a change."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """Return the current UTC time as an ISO 8601 string with microseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")


def current_user() -> str:
    """Return the name written as 'modified by' and in lock files (FRIKOMMUNE_USER, else the
    coordinator's profile, else the login name)."""
    from .profile import user_name

    return user_name()


def local_moment(iso: str) -> str:
    """Return a stored (UTC) ISO time in local time as reports show it: '23-11-2026 14:05'."""
    try:
        when = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso[:16].replace("T", " ")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%d-%m-%Y %H:%M")
