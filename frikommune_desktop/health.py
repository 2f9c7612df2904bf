"""A read-only health report of a network file, for `frikommune check`."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from . import fileformat
from .backups import backup_stamp, list_backups
from .errors import (
    DamagedFileError,
    FrikommuneError,
    InterruptedWriteError,
    NotANetworkFileError,
)
from .lockfile import LockInfo, read_lock
from .recovery import check_backup
from .schema import DATA_TABLES, schema_version


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
        out.append(f"Låst af: {self.holder.describe()}" if self.holder else "Låst af: ingen")
        if self.integrity_checked:
            out.append("Integritet: ok" if not self.integrity else "Integritet: FEJL")
        out += [f"Bemærk: {note}" for note in self.notes]
        out += [f"Problem: {problem}" for problem in self.problems]
        out.append("Status: sund" if self.healthy else "Status: IKKE sund")
        out += [f"Råd: {hint}" for hint in self.hints]
        return out


def check_file(path: Path | str) -> HealthReport:
    """Inspect a network file without changing it, its lock or its journal."""
    report = HealthReport(Path(path))
    report.holder = read_lock(report.path)
    if _inspect(report):
        _add_restore_hint(report)
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
        report.schema_version = fileformat.verify_network_file(conn, report.path, schema_version())
        report.integrity = fileformat.integrity_problems(conn, full=True)
        report.integrity_checked = True
        if report.integrity:
            report.problems += [f"integritet: {line}" for line in report.integrity[:10]]
            return True
        tables = (*DATA_TABLES, "tombstones")
        report.counts = {
            table: conn.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0] for table in tables
        }
        if report.schema_version < schema_version():
            report.notes.append(
                f"filformat {report.schema_version} er ældre end {schema_version()}; "
                "filen opgraderes, når den åbnes til skrivning"
            )
    except FrikommuneError as exc:
        if isinstance(exc, InterruptedWriteError):
            report.problems.append(str(exc))
            return False
        report.problems.append(str(exc))
        return isinstance(exc, DamagedFileError | NotANetworkFileError)
    finally:
        conn.close()
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
