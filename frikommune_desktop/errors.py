"""Errors the core raises for a coordinator to read: one clear Danish sentence each."""

from dataclasses import dataclass


class FrikommuneError(Exception):
    """Base of every error the core reports to a person; str() is the message to show."""

    exit_code = 1


class NotANetworkFileError(FrikommuneError):
    """The path is not a network file of this program (empty, not SQLite, or foreign SQLite)."""


class NewerFileError(FrikommuneError):
    """The file was written by a newer version of the program and is left untouched."""


class DamagedFileError(FrikommuneError):
    """SQLite's integrity check found damage in the file."""


class FileLockedError(FrikommuneError):
    """A write was asked of a file another live process holds."""

    exit_code = 3


class StorageError(FrikommuneError):
    """The disk or share refused a read or write (I/O error, disk full, share gone)."""


class InterruptedWriteError(FrikommuneError):
    """A writer died mid-transaction; only a writable open can roll its journal back."""


class LockLostError(FrikommuneError):
    """This process's lock was broken or replaced by someone else: it must not write."""

    exit_code = 3


class FileReplacedError(FrikommuneError):
    """The file on disk is no longer the one this process opened (a sync client replaced it)."""

    exit_code = 3


class ReadOnlyError(FrikommuneError):
    """A write was attempted through a store opened read-only."""

    exit_code = 3


class RecordNotFoundError(FrikommuneError):
    """A row looked up by id does not exist (or was deleted)."""


class InvalidValueError(FrikommuneError):
    """A value does not fit the data model (unknown status, bad date, unknown municipality...)."""


class FileExistsRefusedError(FrikommuneError):
    """Refused to overwrite an existing file without being told to."""


class ResourceError(FrikommuneError):
    """A data file shipped with the program is missing or malformed."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file: where it is, what was there, what was expected."""

    file: str
    expected: str
    sheet: str = ""
    row: int | None = None
    column: str = ""
    value: object = None

    def where(self) -> str:
        """Return the location as read aloud: 'fil.xlsx, ark Deltagelse, række 4, kolonne C'."""
        parts = [self.file]
        if self.sheet:
            parts.append(f"ark {self.sheet}")
        if self.row is not None:
            parts.append(f"række {self.row}")
        if self.column:
            parts.append(f"kolonne {self.column}")
        return ", ".join(parts)

    def __str__(self) -> str:
        shown = "" if self.value in (None, "") else f": '{self.value}'"
        return f"{self.where()}{shown} — {self.expected}"


class InputRefusedError(FrikommuneError):
    """An input file (spreadsheet, document) was refused; nothing was written."""

    exit_code = 2

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        head = "Intet er indlæst: " + ("1 fejl." if count == 1 else f"{count} fejl.")
        super().__init__("\n".join([head, *(str(problem) for problem in self.problems)]))
