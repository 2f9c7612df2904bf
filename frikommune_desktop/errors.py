"""Errors the core raises for a coordinator to read: one clear Danish sentence each."""

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

