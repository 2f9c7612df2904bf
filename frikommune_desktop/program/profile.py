"""Who the coordinator is: the name written in lock files and as "modified by", and her
municipality. Asked on first start, kept in the platform's configuration folder."""

from __future__ import annotations

import getpass
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import InvalidValueError, StorageError
from .folders import config_dir

PROFILE_FILE = "profile.json"


@dataclass(frozen=True)
class Profile:
    """The coordinator using this computer: her name and (optionally) her municipality."""

    name: str
    municipality: str | None = None

    def __post_init__(self) -> None:
        """Refuse an empty name: every change in the file is signed with it."""
        if not self.name.strip():
            raise InvalidValueError("Navnet må ikke være tomt; det står ved hver ændring.")


def login_name() -> str:
    """Return the operating system's name for the user, the default for her name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukendt"


def load_profile() -> Profile | None:
    """Return the saved profile, or None before the first start (or if it cannot be read)."""
    try:
        data = json.loads((config_dir() / PROFILE_FILE).read_text(encoding="utf-8"))
        return Profile(name=str(data["name"]).strip(), municipality=data.get("municipality"))
    except (OSError, ValueError, KeyError, TypeError, InvalidValueError):
        return None


def save_profile(profile: Profile) -> Path:
    """Write the profile (whole or not at all) and return its path."""
    folder = config_dir()
    target = folder / PROFILE_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, delete=False, suffix=".tmp"
        ) as handle:
            json.dump(asdict(profile), handle, ensure_ascii=False, indent=2)
        os.replace(handle.name, target)
    except OSError as exc:
        raise StorageError(f"Profilen kan ikke gemmes i {folder}: {exc.strerror or exc}") from exc
    return target


def name_from_environment() -> str:
    """Return the name IT set for the user (FRIKOMMUNE_USER), '' if none."""
    return os.environ.get("FRIKOMMUNE_USER", "").strip()


def user_name() -> str:
    """Return the coordinator's name: FRIKOMMUNE_USER, else the profile, else the login name."""
    if name := name_from_environment():
        return name
    profile = load_profile()
    return profile.name if profile else login_name()


def needs_first_start() -> bool:
    """Return whether the program should ask for the name (no profile, and IT set none)."""
    return not name_from_environment() and load_profile() is None
