"""What the operating system and SQLite refuse, as one Danish sentence each.

The one place that turns an OSError or an sqlite3 error into the project's own errors: the
command line wraps every command in it, and the window can call `plain_error` the same way.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..errors import DamagedFileError, FileLockedError, FrikommuneError, StorageError

#: The advice every message about a damaged network file ends with.
RESTORE_ADVICE = (
    "en sikkerhedskopi kan sættes i stedet (Filer → Sikkerhedskopier… i vinduet); se dem med: "
    "frikommune backups {path}"
)

_DISK_FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


def one_line(text: object) -> str:
    """Return text with every run of whitespace (line breaks too) as one space."""
    return " ".join(str(text).split())


def sqlite_finding(exc: BaseException) -> str:
    """Return what a failed read of a file says, in one line, without the garbled text."""
    if isinstance(exc, UnicodeDecodeError):
        return "tekst, der ikke kan læses (ikke UTF-8)"
    text = one_line(exc).split(" with text ")[0]
    if text.startswith("Could not decode to UTF-8"):
        column = text.removeprefix("Could not decode to UTF-8 column").strip()
        return f"tekst, der ikke kan læses (ikke UTF-8), i kolonnen {column}"
    return text


def damaged_error(path: Path | str, finding: str) -> DamagedFileError:
    """Return the one-line error that reports damage in a network file and offers a backup."""
    advice = RESTORE_ADVICE.format(path=_shown(path))
    return DamagedFileError(
        f"{path}: filen er beskadiget ({one_line(finding)[:300]}). Den er ikke ændret, og "
        f"intet skrives i den; {advice}."
    )


def disk_full_error(path: Path | str) -> StorageError:
    """Return the error for a disk or share with no room left."""
    return StorageError(
        f"{path}: disken er fuld; intet er gemt. Frigør plads på drevet (eller vælg et andet), "
        "og prøv igen."
    )


def short_reason(exc: BaseException) -> str:
    """Return a few Danish words for why a file operation failed ("disken er fuld", …)."""
    if isinstance(exc, OSError):
        if exc.errno in _DISK_FULL:
            return "disken er fuld"
        if isinstance(exc, PermissionError):
            return "adgang nægtet"
        if exc.errno == errno.EROFS:
            return "drevet er skrivebeskyttet"
        return one_line(exc.strerror or exc)
    if getattr(exc, "sqlite_errorname", "") == "SQLITE_FULL":
        return "disken er fuld"
    return one_line(exc)


def plain_error(exc: BaseException, path: Path | str | None = None) -> FrikommuneError | None:
    """Return the project's error for an OSError or sqlite3 error (None for anything else).

    `path` is the network file the command works on: SQLite's errors do not name a file.
    """
    if isinstance(exc, FrikommuneError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, BrokenPipeError):
        return _os_error(exc, path)
    if isinstance(exc, sqlite3.DatabaseError):
        return _sqlite_error(exc, path)
    return None


def _shown(path: Path | str | None) -> str:
    """Return a path as it is typed in a command (quoted when it holds a space)."""
    text = str(path) if path is not None else "FIL"
    return f'"{text}"' if " " in text else text


def _os_error(exc: OSError, path: Path | str | None) -> FrikommuneError:
    """Return the error for what the operating system refused."""
    where = exc.filename if exc.filename is not None else path
    where = where if where is not None else "filen"
    if exc.errno in _DISK_FULL:
        return disk_full_error(where)
    if isinstance(exc, PermissionError):
        return StorageError(
            f"{where}: adgang nægtet; du har ikke lov at læse eller skrive her. Bed om adgang "
            "til filen og dens mappe, eller brug en kopi i en mappe, du har adgang til."
        )
    if exc.errno == errno.EROFS:
        return StorageError(
            f"{where}: drevet er skrivebeskyttet; brug en kopi på et drev, du kan skrive på."
        )
    if isinstance(exc, IsADirectoryError):
        return StorageError(f"{where}: er en mappe; angiv et filnavn i stedet.")
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return StorageError(f"{where}: filen eller mappen findes ikke.")
    reason = one_line(exc.strerror or exc)
    return StorageError(
        f"{where}: drevet kunne ikke læses eller skrives ({reason}); tjek forbindelsen til "
        "drevet, og prøv igen."
    )


def _sqlite_error(exc: sqlite3.Error, path: Path | str | None) -> FrikommuneError:
    """Return the error for what SQLite refused while working on the network file."""
    name = getattr(exc, "sqlite_errorname", "")
    where = path if path is not None else "netværksfilen"
    if name == "SQLITE_FULL":
        return disk_full_error(where)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB") or "decode" in str(exc).lower():
        return damaged_error(where, sqlite_finding(exc))
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return FileLockedError(
            f"{where}: filen er optaget af et andet program lige nu; prøv igen om lidt."
        )
    if name.startswith("SQLITE_READONLY"):
        return StorageError(
            f"{where}: filen kan ikke skrives (skrivebeskyttet fil, mappe eller drev); bed om "
            "skriveadgang, eller brug en kopi."
        )
    if name == "SQLITE_CANTOPEN":
        return StorageError(
            f"{where}: filen kan ikke åbnes; tjek at du har adgang til den og dens mappe."
        )
    return StorageError(
        f"{where}: filen kunne ikke læses eller skrives ({one_line(exc)}); tjek forbindelsen "
        "til drevet, og prøv igen."
    )
