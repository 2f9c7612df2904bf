"""The program's log: a rotating file in the user data folder, and the sentence that names it.

`setup_logging()` runs when the program starts (the command line and the window). It only
attaches a handler to the package's logger: the log folder is made, the file opened and
`logging.handlers` imported when the first record arrives, so the window's cold start pays
nothing for it. The file is `logs/frikommune.log` in the user data folder (folders.logs_dir,
so FRIKOMMUNE_DATA_DIR moves it too), rotated at 1 MB with 5 old files kept. If the folder
cannot be written, records are dropped: the program goes on, and no traceback ever reaches
the user (the windowed Windows program has no stderr anyway).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

#: The logger every module of the program logs under (lockfile, sheets, … are its children).
LOGGER_NAME = "frikommune_desktop"
LOG_FILE_NAME = "frikommune.log"
#: Rotation: the file is renamed frikommune.log.1 … .5 when it reaches this size.
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

_installed_lock = threading.Lock()


def log_path() -> Path:
    """Return the log file's path: logs/frikommune.log in the user data folder."""
    from .folders import logs_dir

    return logs_dir() / LOG_FILE_NAME


class _LogFile(logging.Handler):
    """The rotating log file, opened on the first record, and again when its path changes
    (FRIKOMMUNE_DATA_DIR set to another folder, as each test does)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self._path: Path | None = None
        self._file: logging.Handler | None = None
        #: Where the latest record was written; None if it could not be.
        self.written: Path | None = None

    def emit(self, record: logging.LogRecord) -> None:
        """Write the record to the log file, opening (or moving) the file first if needed."""
        self.written = None
        try:
            path = log_path()
            if path != self._path:
                self._open(path)
            if self._file is not None:
                self._file.emit(record)
                if self._file is not None:  # a failed write (handleError) drops the file
                    self.written = path
        except Exception:  # like logging's own handlers: the log must never stop the program
            self.close_file()

    def handleError(self, record: logging.LogRecord) -> None:
        """Drop a record that could not be written, silently (logging's default prints it)."""
        self.close_file()

    def _open(self, path: Path) -> None:
        self.close_file()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._file = _rotating_file(path, self._write_failed)
        except OSError:
            return  # nowhere to write: this record is dropped, the next one tries again
        self._path = path

    def _write_failed(self, record: logging.LogRecord) -> None:
        """A write failed (disk full, share gone): drop the record, and the file until the
        next record opens it again."""
        self.close_file()

    def close_file(self) -> None:
        """Close the open log file, if any; the next record opens it again."""
        if self._file is not None:
            self._file.close()
        self._file = None
        self._path = None

    def close(self) -> None:
        """Close the handler and its file."""
        self.close_file()
        super().close()


def _rotating_file(path: Path, on_error: Callable[[logging.LogRecord], None]) -> logging.Handler:
    """Return a RotatingFileHandler on path whose write errors call on_error, never stderr."""
    from logging.handlers import RotatingFileHandler  # here: not imported at start-up

    class QuietRotatingFile(RotatingFileHandler):
        def handleError(self, record: logging.LogRecord) -> None:
            on_error(record)  # logging's default prints the error and its traceback to stderr

    handler = QuietRotatingFile(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    return handler


def setup_logging() -> None:
    """Send the program's log records (INFO and up) to the log file; cheap, and idempotent."""
    logger = logging.getLogger(LOGGER_NAME)
    with _installed_lock:
        if not any(isinstance(handler, _LogFile) for handler in logger.handlers):
            logger.addHandler(_LogFile())
        if logger.level == logging.NOTSET:
            logger.setLevel(logging.INFO)


def _log_file() -> _LogFile:
    logger = logging.getLogger(LOGGER_NAME)
    for handler in logger.handlers:
        if isinstance(handler, _LogFile):
            return handler
    setup_logging()
    return _log_file()


def log_exception(exc: BaseException, what: str = "uventet fejl") -> Path | None:
    """Write an exception with its traceback to the log; return the log file's path, or None
    if it could not be written."""
    handler = _log_file()
    logging.getLogger(LOGGER_NAME).error(what, exc_info=(type(exc), exc, exc.__traceback__))
    return handler.written


def details(log: Path | None) -> str:
    """Return the Danish sentence saying where an error's details are (log_exception's path)."""
    if log is None:
        return f"Detaljerne kunne ikke skrives i logfilen ({log_path()})."
    return f"Detaljerne er skrevet i logfilen: {log}"


def user_message(log: Path | None) -> str:
    """Return what the user is told of an unexpected error: that it happened, and where its
    details are; never Python's own text (the exception's class, message or traceback)."""
    return f"Der opstod en uventet fejl i programmet. {details(log)}"
