"""A read-only health report of a network file, for `frikommune check`."""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..db import fileformat
from ..db.backups import backup_stamp, list_backups
from ..db.failures import plain_error
from ..db.migrations import MIGRATIONS, schema_version
from ..db.schema import DATA_TABLES
from ..errors import (
    DamagedFileError,
    FrikommuneError,
    InterruptedWriteError,
    NotANetworkFileError,
)
from .leftovers import remove_orphaned_copies
from .lockfile import LockInfo, pid_alive, read_lock, this_host
from .recovery import check_backup

_log = logging.getLogger(__name__)


@dataclass
class HealthReport:
    """What `check` found: version, integrity, row counts, lock holder and any problem."""

    path: Path
    schema_version: int | None = None
    integrity: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    holder: LockInfo | None = None
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    integrity_checked: bool = False
    hints: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        """Return whether nothing is wrong with the file."""
        return not self.problems

    def lines(self) -> list[str]:
        """Return the report as lines a coordinator reads."""
        out = [f"Fil: {self.path}"]
        if self.schema_version is not None:
            out.append(f"Filformat: {self.schema_version} (programmet: {schema_version()})")
        if self.counts:
            out.append("Indhold: " + ", ".join(f"{k}={v}" for k, v in self.counts.items()))
        if self.holder is None:
            out.append("Låst af: ingen")
        elif self.holder.host == this_host() and not pid_alive(self.holder.pid):
            out.append(
                f"Låst af: ingen (låsen fra {self.holder.describe()} er forældet: processen "
                "kører ikke længere; den ryddes, næste gang filen åbnes)"
            )
        else:
            out.append(f"Låst af: {self.holder.describe()}")
        if self.integrity_checked:
            out.append("Integritet: ok" if not self.integrity else "Integritet: FEJL")
        out += [f"Bemærk: {note}" for note in self.notes]
        out += [f"Problem: {problem}" for problem in self.problems]
        out.append("Status: sund" if self.healthy else "Status: IKKE sund")
        out += [f"Råd: {hint}" for hint in self.hints]
        return out


def check_file(path: Path | str) -> HealthReport:
    """Inspect a network file without changing it, its lock or its journal; never raises.

    Temporary copies that killed processes left beside the file are removed (leftovers.py).
    """
    report = HealthReport(Path(path))
    try:
        for copy in remove_orphaned_copies(report.path):
            report.notes.append(f"en efterladt midlertidig kopi er fjernet: {copy.name}")
        report.holder = read_lock(report.path)
        if _inspect(report):
            _add_restore_hint(report)
    except Exception as exc:  # the check reports what stopped it; it never fails itself
        _log.exception("kontrollen af %s stoppede", report.path)
        error = plain_error(exc, report.path)
        report.problems.append(
            str(error) if error is not None else f"kontrollen kunne ikke gøres færdig ({exc})"
        )
    return report


def _inspect(report: HealthReport) -> bool:
    """Fill in the report; return whether the file is damaged or missing (restorable)."""
    try:
        fileformat.refuse_unusable_path(report.path)
        conn = fileformat.connect(report.path, readonly=True)
    except FrikommuneError as exc:
        report.problems.append(str(exc))
        return isinstance(exc, NotANetworkFileError)
    try:
        return _inspect_connection(report, conn)
    except InterruptedWriteError:
        pass  # checked below on a copy, as the next writable open will leave it
    finally:
        conn.close()
    with tempfile.TemporaryDirectory(prefix="frikommune-check-") as folder:
        copy = Path(folder) / report.path.name
        journal = report.path.with_name(report.path.name + "-journal")
        shutil.copyfile(report.path, copy)
        shutil.copyfile(journal, copy.with_name(journal.name))
        with contextlib.closing(sqlite3.connect(copy)) as recovering:
            recovering.execute("SELECT count(*) FROM sqlite_master").fetchone()  # rolls back
        report.notes.append(
            f"en skrivning blev afbrudt ({journal.name} findes); den rulles tilbage, næste "
            "gang filen åbnes med skriveadgang. Kontrollen gælder filen, som den er derefter"
        )
        with contextlib.closing(fileformat.connect(copy, readonly=True)) as recovered:
            return _inspect_connection(report, recovered)


def _inspect_connection(report: HealthReport, conn: sqlite3.Connection) -> bool:
    """Check an open file (named report.path in messages); return whether it is damaged."""
    try:
        version = fileformat.verify_network_file(conn, report.path, schema_version())
        report.schema_version = version
        fileformat.refuse_inconsistent(conn, report.path, version, MIGRATIONS)
        report.integrity = fileformat.integrity_problems(conn, full=True)
        report.integrity_checked = True
        if report.integrity:
            report.problems += [f"integritet: {line}" for line in report.integrity[:10]]
            return True
        tables = (*DATA_TABLES, "tombstones")
        report.counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in tables
        }
        if version < schema_version():
            report.notes.append(
                f"filformat {version} er ældre end {schema_version()}; "
                "filen opgraderes, når den åbnes til skrivning"
            )
        if fileformat.in_wal_mode(report.path):
            report.notes.append(
                "filen er i WAL-tilstand, som ikke virker på netværksdrev; den stilles om, "
                "næste gang den åbnes med skriveadgang"
            )
    except InterruptedWriteError:
        raise
    except FrikommuneError as exc:
        report.problems.append(str(exc))
        return isinstance(exc, DamagedFileError | NotANetworkFileError)
    return False


def _add_restore_hint(report: HealthReport) -> None:
    """Name the command that restores the newest good backup, if the file has one."""
    backups = enumerate(list_backups(report.path), start=1)
    found = next(((n, path) for n, path in backups if not check_backup(path)), None)
    if found is None:
        return
    number, backup = found
    stamp = backup_stamp(backup)
    assert stamp is not None  # list_backups lists only files whose name holds a real time
    taken = stamp[0].astimezone().strftime("%d-%m-%Y %H:%M:%S")
    shown = f'"{report.path}"' if " " in str(report.path) else str(report.path)
    report.hints.append(
        f"der findes en sund sikkerhedskopi fra {taken}; gendan den med: "
        f"frikommune restore {shown} {number}"
    )
