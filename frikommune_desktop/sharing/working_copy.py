"""A local working copy of a network file on a slow drive, written back in the background.

On a network drive every file-system round trip costs milliseconds, and one SQLite commit
takes dozens of them (journal, pages, syncs, locks): about 1.9 s at 20 ms per round trip.
A writer that holds the lock (no one else may write) therefore works on a copy on the local
disk: each edit is committed there at once, and the same statements, recorded as they ran,
are replayed on the network file by one background thread, in order, one transaction per
batch. Readers elsewhere see the change when that transaction commits.

If the replay cannot be done (the lock was broken, the file replaced, the drive gone) the
pusher stops and keeps what was not written; the store then keeps the working copy as a
recovery copy, to be merged into the network file (`frikommune merge`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple, Self, TypeVar, overload

from ..errors import FileReplacedError, StorageError
from ..program.folders import recovery_dir, working_dir
from ..program.logs import log_exception
from .drives import on_network_drive

#: Statements that change the file (and the savepoints that nest them); the rest only read.
_WRITE = re.compile(
    r"\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|SAVEPOINT|RELEASE|ROLLBACK\s+TO)\b",
    re.IGNORECASE,
)


#: How long the write-back waits for another program's lock on the file, and how often it
#: tries a transaction that failed on a busy or unreachable file before it gives up.
BUSY_TIMEOUT_MS = 5000
WRITE_BACK_ATTEMPTS = 3
RETRY_PAUSE_S = 2.0


class Statement(NamedTuple):
    """One recorded write: its SQL and parameters (a list of rows for executemany)."""

    sql: str
    parameters: Any
    many: bool


class UnrecordedWriteError(RuntimeError):
    """A statement changed the working copy outside a recorded transaction (a program bug)."""


def working_copy_path(path: Path) -> Path:
    """Return where the working copy of the network file at path lives (one per full path)."""
    resolved = str(Path(path).resolve())
    digest = hashlib.sha1(resolved.encode("utf-8"), usedforsecurity=False).hexdigest()[:12]
    return working_dir() / f"{digest}-{Path(path).name}"


def use_working_copy(path: Path, wanted: bool | None) -> bool:
    """Return whether to work on a local copy: as asked, else as FRIKOMMUNE_WORKING_COPY
    says (1 or 0), else if the file is on a network drive."""
    if wanted is not None:
        return wanted
    forced = os.environ.get("FRIKOMMUNE_WORKING_COPY", "").strip()
    if forced in ("0", "1"):
        return forced == "1"
    return on_network_drive(path)


def make_working_copy(path: Path, checked: Path | None = None) -> tuple[Path, Path | None]:
    """Copy the network file (held by this process, so no one writes it) to the local disk,
    or, given `checked` (a copy of it on the local disk, in the working copies' folder, that
    still holds what the file holds), move that copy into place without reading the file.

    Returns the working copy and, if an earlier session left its working copy behind (it
    ended without writing everything back), where that was kept for merging, else None.
    """
    target = working_copy_path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    journal = target.with_name(target.name + "-journal")
    leftover = None
    if target.exists():
        leftover = recovery_path(path)
        target.replace(leftover)
        if journal.exists():  # a commit cut short: SQLite rolls it back where the copy goes
            journal.replace(leftover.with_name(leftover.name + "-journal"))
    with contextlib.suppress(FileNotFoundError):
        journal.unlink()  # never let a new copy meet an old copy's journal
    if checked is not None:
        checked.replace(target)
        return target, leftover
    temporary = target.with_name(target.name + ".tmp")
    shutil.copyfile(path, temporary)  # large reads: few round trips to the drive
    temporary.replace(target)
    return target, leftover


def recovery_path(path: Path) -> Path:
    """Return a new path in the recovery folder for a working copy not fully written back."""
    folder = recovery_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")
    return folder / f"{Path(path).stem}-ikke-skrevet-{stamp}{Path(path).suffix}"


_CursorT = TypeVar("_CursorT", bound=sqlite3.Cursor)


class RecordingCursor(sqlite3.Cursor):
    """A cursor whose writes are recorded by its RecordingConnection."""

    def execute(self, sql: str, parameters: Any = (), /) -> Self:
        """Run one statement and record it if it writes."""
        connection = self._recording_connection()
        before = connection.total_changes
        result = super().execute(sql, parameters)
        connection.note(Statement(sql, parameters, False), before)
        return result

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> Self:
        """Run one statement over many rows and record it if it writes."""
        connection = self._recording_connection()
        rows = list(seq_of_parameters)
        before = connection.total_changes
        result = super().executemany(sql, rows)
        connection.note(Statement(sql, rows, True), before)
        return result

    def _recording_connection(self) -> RecordingConnection:
        connection = self.connection
        assert isinstance(connection, RecordingConnection)  # only its cursor() makes these
        return connection


class RecordingConnection(sqlite3.Connection):
    """A connection that records the writes of each transaction, to be replayed elsewhere.

    `journal` is a list while a store transaction records and None otherwise; a write while
    it is None raises UnrecordedWriteError, so no change can miss the network file.
    """

    journal: list[Statement] | None = None

    @overload
    def cursor(self, factory: None = None) -> RecordingCursor: ...

    @overload
    def cursor(self, factory: Callable[[sqlite3.Connection], _CursorT]) -> _CursorT: ...

    def cursor(
        self, factory: Callable[[sqlite3.Connection], sqlite3.Cursor] | None = None
    ) -> sqlite3.Cursor:
        """Return a cursor that records its writes (conn.execute makes one too)."""
        return super().cursor(factory or RecordingCursor)

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        """Run one statement on a new recording cursor (what sqlite3's shortcut does)."""
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, seq_of_parameters: Iterable[Any], /) -> sqlite3.Cursor:
        """Run one statement over many rows on a new recording cursor."""
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script: str, /) -> sqlite3.Cursor:
        """Refuse scripts while recording: they commit, and cannot be replayed one by one."""
        if self.journal is not None or _WRITE.match(sql_script):
            raise UnrecordedWriteError("executescript on a working copy")
        return super().executescript(sql_script)

    def note(self, statement: Statement, changes_before: int) -> None:
        """Record a statement that ran, if it writes; refuse a write outside a transaction."""
        writes = bool(_WRITE.match(statement.sql))
        if not writes and self.total_changes != changes_before:
            raise UnrecordedWriteError(f"unrecognised write: {statement.sql[:60]}")
        if not writes:
            return
        if self.journal is None:
            raise UnrecordedWriteError(f"write outside a transaction: {statement.sql[:60]}")
        self.journal.append(statement)


def connect_working_copy(path: Path) -> RecordingConnection:
    """Open a working copy with a connection that records every write."""
    conn = sqlite3.connect(str(path), factory=RecordingConnection, check_same_thread=False)
    conn.isolation_level = None
    return conn


class Pusher:
    """Replays recorded transactions on the network file, in order, on its own thread.

    `check` runs before each replay (the lock is still ours, the file still the one we
    copied) and raises to stop; so does any failure of the replay, which is rolled back.
    After a failure nothing more is written; what was not written stays in `unwritten`.
    """

    def __init__(self, path: Path, check: Callable[[], None]) -> None:
        self.path = path
        self._check = check
        self._queue: list[Sequence[Statement]] = []
        self._busy = False
        self._stopping = False
        self.error: BaseException | None = None
        self.pushed = 0  # transactions written to the network file
        self._conn: sqlite3.Connection | None = None  # the network file, for the thread only
        self._seen = 0  # its data_version after the last write
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="frikommune-push", daemon=True)
        self._thread.start()

    @property
    def unwritten(self) -> int:
        """Return how many recorded transactions are not yet in the network file."""
        with self._cond:
            return len(self._queue)

    def submit(self, statements: Sequence[Statement]) -> None:
        """Queue one committed transaction's statements for the network file."""
        if not statements:
            return
        with self._cond:
            self._queue.append(statements)
            self._cond.notify_all()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until everything queued is written (True) or writing failed/timed out."""
        with self._cond:
            self._cond.wait_for(
                lambda: self.error is not None or (not self._queue and not self._busy), timeout
            )
            return self.error is None and not self._queue and not self._busy

    def stop(self, timeout: float | None = None) -> bool:
        """Write what is queued, stop the thread; return whether everything was written."""
        done = self.wait(timeout)
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._thread.join(timeout)
        return done

    def _run(self) -> None:
        try:
            while True:
                with self._cond:
                    self._cond.wait_for(lambda: self._queue or self._stopping)
                    if self._stopping and not self._queue:
                        return
                    batch = list(self._queue)
                    self._busy = True
                try:
                    self._write(batch)
                except BaseException as exc:  # kept for the store to report; stop writing
                    log_exception(exc, f"{self.path}: tilbageskrivningen stoppede")
                    with self._cond:
                        self.error = exc
                        self._busy = False
                        self._cond.notify_all()
                    return
                with self._cond:
                    del self._queue[: len(batch)]
                    self.pushed += len(batch)
                    self._busy = False
                    self._cond.notify_all()
        finally:
            if self._conn is not None:
                self._conn.close()

    def _write(self, batch: Sequence[Sequence[Statement]]) -> None:
        """Write a batch, trying again while the file is busy or unreachable.

        The one connection is kept across tries (a failed transaction is rolled back), so its
        data_version tells whether another program wrote the file at any time meanwhile.
        """
        for attempt in range(1, WRITE_BACK_ATTEMPTS + 1):
            try:
                if self._conn is None:
                    self._conn = connect_network_file(self.path)
                    self._seen = _data_version(self._conn)  # the file the copy was made of
                self._check()
                self._seen = _replay(self._conn, batch, self._seen)
                return
            except (sqlite3.OperationalError, OSError):
                if attempt == WRITE_BACK_ATTEMPTS:
                    raise
                with self._cond:
                    self._cond.wait(RETRY_PAUSE_S * attempt)


def connect_network_file(path: Path) -> sqlite3.Connection:
    """Open the network file for the write-back (foreign keys on, like the store's)."""
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _data_version(conn: sqlite3.Connection) -> int:
    """Return SQLite's data_version: it changes when another connection commits."""
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _replay(conn: sqlite3.Connection, batch: Sequence[Sequence[Statement]], seen: int) -> int:
    """Run the batch's statements in one transaction on the network file; return its
    data_version after. Refuse (FileReplacedError) if another connection wrote the file
    since `seen`: the statements were recorded against the file as it was then."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        if _data_version(conn) != seen:
            raise FileReplacedError(
                "netværksfilen er ændret af et andet program uden om låsen, mens du arbejdede "
                "på en lokal kopi"
            )
        for statements in batch:
            for statement in statements:
                if statement.many:
                    conn.executemany(statement.sql, statement.parameters)
                else:
                    conn.execute(statement.sql, statement.parameters)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return _data_version(conn)


class WriteBack:
    """A store's working copy: where it is, what an earlier session left, and its pusher.

    `checked` is a local copy of the file, still holding what it holds, to work on instead of
    copying the file again (see make_working_copy)."""

    def __init__(self, path: Path, check: Callable[[], None], checked: Path | None = None) -> None:
        self.path = path
        self.copy, self.leftover = make_working_copy(path, checked)
        # The working copy, recording every write (foreign keys on, like the store's).
        self.conn = connect_working_copy(self.copy)
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.pusher = Pusher(path, check)

    @contextlib.contextmanager
    def recorded(self) -> Iterator[None]:
        """Record the writes of one outermost store transaction (wrapped around it) and queue
        them for the network file once it has committed; refuse if writing back has failed."""
        self.refuse_if_failed()
        self.conn.journal = []
        try:
            yield
            self.pusher.submit(self.conn.journal)
        finally:
            self.conn.journal = None

    def refuse_if_failed(self) -> None:
        """Refuse new changes once the changes stopped reaching the network file."""
        if self.pusher.error is not None:
            raise StorageError(
                f"{self.path}: ændringerne kan ikke skrives til netværksfilen "
                f"({self.pusher.error}); intet nyt gemmes. Luk filen: det, der ikke nåede "
                "frem, gemmes til fletning."
            ) from self.pusher.error

    def finish(self, conn: sqlite3.Connection) -> Path | None:
        """Write back what is left and stop; if that falls short, keep a copy of the working
        copy (through SQLite, while conn is open) and return where, else None."""
        if self.pusher.stop():
            return None
        kept = recovery_path(self.path)
        conn.execute("VACUUM INTO ?", [str(kept)])
        return kept

    def discard(self) -> None:
        """Remove the working copy (after a close that wrote everything back)."""
        with contextlib.suppress(OSError):
            self.copy.unlink()

    def failure(self, kept: Path) -> StorageError:
        """Return the error that says the latest changes are kept at `kept`, and how to merge."""
        return StorageError(
            f"{self.path}: de seneste ændringer kunne ikke skrives til netværksfilen "
            f"({self.pusher.error}). De er gemt i {kept}; flet dem ind med: "
            f'frikommune merge "{self.path}" "{kept}"'
        )
