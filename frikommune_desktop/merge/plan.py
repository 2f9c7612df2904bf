"""What a merge of two copies of the network file works with: snapshots, items, conflicts.

Which side changed a field since the copies parted is read from each file's field history:
a side whose history holds the other side's current value has moved on from it. When both
moved on, or neither can tell, it is a conflict: listed, and resolved by the policy (the
command line keeps this file's value; "newest" takes the later change). A row deleted on one
side (tombstone) is deleted here unless this side changed it after the deletion, which is
again a conflict. Nothing disappears without being listed.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..db import fileformat
from ..db.migrations import schema_version
from ..db.schema import DATA_TABLES
from ..errors import FrikommuneError, NotANetworkFileError
from ..model import FIELD_LABELS, format_provision
from ..program.clock import local_moment
from ..store import Store

Row = dict[str, Any]


class Side(StrEnum):
    """Which copy a value comes from."""

    OURS = "ours"
    THEIRS = "theirs"


class Change(StrEnum):
    """What merging does to one row of this file."""

    ADD = "add"
    REPLACE = "replace"
    UPDATE = "update"
    DELETE = "delete"
    SKIP = "skip"


@dataclass(frozen=True)
class MergeItem:
    """One row the merge adds, changes, deletes or cannot take over (with why)."""

    table: str
    row_id: str
    what: str
    change: Change
    fields: dict[str, Any] = field(default_factory=dict)
    detail: str = ""
    replaces: str = ""


_VERBS = {
    Change.ADD: "tilføjes",
    Change.REPLACE: "tilføjes",
    Change.UPDATE: "ændres",
    Change.DELETE: "slettes",
    Change.SKIP: "overtages ikke",
}


def shown(value: Any, limit: int = 60) -> str:
    """Return a field value as a report shows it: quoted, long texts cut."""
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"


def item_line(item: MergeItem) -> str:
    """Return one Danish report line for a merge item."""
    line = f"{_VERBS[item.change]}: {item.what}"
    if item.change is Change.UPDATE:
        line += (
            " ("
            + "; ".join(
                f"{FIELD_LABELS.get(name, name)} → {shown(value)}"
                for name, value in item.fields.items()
            )
            + ")"
        )
    elif item.detail:
        line += f" ({item.detail})"
    return line


@dataclass(frozen=True)
class Conflict:
    """Both copies changed the same field, or one deleted what the other changed."""

    table: str
    row_id: str
    what: str
    field: str
    ours: Any
    theirs: Any
    ours_at: str
    theirs_at: str

    def line(self, decision: Side | None = None) -> str:
        """Return one Danish report line: both values, when, and what was kept."""
        if self.field:
            what = f"{self.what}, {FIELD_LABELS.get(self.field, self.field)}"
            values = (
                f"her {shown(self.ours)} ({local_moment(self.ours_at)}), "
                f"i den anden kopi {shown(self.theirs)} ({local_moment(self.theirs_at)})"
            )
        else:
            what = self.what
            values = (
                f"her {self.ours} {local_moment(self.ours_at)}, "
                f"i den anden kopi {self.theirs} {local_moment(self.theirs_at)}"
            )
        kept = ""
        if decision is not None:
            kept = (
                " — denne fils udgave beholdes"
                if decision is Side.OURS
                else " — den anden kopis udgave tages"
            )
        return f"KONFLIKT: {what}: {values}{kept}"

    @property
    def newest(self) -> Side:
        """Return the side with the later change (ties go to the larger value, both ways)."""
        if self.ours_at != self.theirs_at:
            return Side.OURS if self.ours_at > self.theirs_at else Side.THEIRS
        return Side.OURS if repr(self.ours) >= repr(self.theirs) else Side.THEIRS


#: Decides a conflict: the command line keeps ours; the dialog asks, "newest" is its default.
Policy = Callable[[Conflict], Side]


def keep_ours(conflict: Conflict) -> Side:
    """Resolve every conflict in favour of this file."""
    return Side.OURS


def take_newest(conflict: Conflict) -> Side:
    """Resolve every conflict in favour of the later change."""
    return conflict.newest


@dataclass
class Snapshot:
    """Everything of one copy the merge compares: rows, tombstones and field histories."""

    rows: dict[str, dict[str, Row]]
    tombstones: dict[str, tuple[str, str]]
    history: dict[tuple[str, str], list[tuple[Any, str]]]
    extra: dict[str, list[tuple[Any, ...]]]

    def moved_on(self, row_id: str, column: str, value: Any) -> bool:
        """Return whether this copy held `value` in a field once and changed it since."""
        return any(old == value for old, _at in self.history.get((row_id, column), ()))

    def changed_at(self, row_id: str, column: str, row: Row) -> str:
        """Return when this copy last changed a field (the row's time if never recorded)."""
        times = [at for _old, at in self.history.get((row_id, column), ())]
        return max(times, default=row.get("modified_at", ""))


def snapshot(db: Database) -> Snapshot:
    """Read one copy's rows, tombstones and histories."""
    rows: dict[str, dict[str, Row]] = {}
    for table in DATA_TABLES:
        cursor = db.execute(f"SELECT * FROM [{table}]")
        names = [d[0] for d in cursor.description]
        rows[table] = {r[0]: dict(zip(names, r, strict=True)) for r in cursor.fetchall()}
    tombstones = {
        row_id: (table, at)
        for row_id, table, at in db.execute(
            "SELECT id, table_name, deleted_at FROM tombstones"
        ).fetchall()
    }
    history: dict[tuple[str, str], list[tuple[Any, str]]] = defaultdict(list)
    for row_id, column, old, at in db.execute(
        "SELECT row_id, field, old_value, changed_at FROM field_history"
    ).fetchall():
        history[(row_id, column)].append((old, at))
    extra = {
        table: db.execute(f"SELECT * FROM [{table}]").fetchall()
        for table in ("tombstones", "participation_history", "field_history")
    }
    return Snapshot(rows, tombstones, dict(history), extra)


def describe(table: str, row: Row, ours: Snapshot, theirs: Snapshot) -> str:
    """Return a row as a coordinator knows it: 'Forsøg «Deleboliger»', 'Deltagelse 265 i …'."""

    def title(experiment_id: str) -> str:
        for snap in (ours, theirs):
            found = snap.rows["experiments"].get(experiment_id)
            if found:
                return f"«{found['title']}»"
        return "et slettet forsøg"

    match table:
        case "experiments":
            return f"Forsøg «{row['title']}»"
        case "participations":
            return f"Deltagelse {row['municipality']} i {title(row['experiment_id'])}"
        case "legal_bases":
            law = next(
                (
                    snap.rows["laws"][row["law_id"]]["key"]
                    for snap in (ours, theirs)
                    if row["law_id"] in snap.rows["laws"]
                ),
                "",
            )
            where = format_provision(row["paragraph"], row["letter"], row["stk"], row["nr"]) or law
            return f"Lovgrundlag {where} i {title(row['experiment_id'])}"
        case "contacts":
            return f"Kontaktperson {row['name']}"
        case "municipalities":
            return f"Kommune {row['name']}"
        case "rounds":
            return f"Ansøgningsrunde {row['deadline']}"
        case "laws":
            return f"Lov {row['key']}"
        case _:
            return f"Netværket {row.get('name', '')}".strip()


@dataclass
class MergePlan:
    """What merging another copy into this file would do, and what needs a decision."""

    items: list[MergeItem]
    conflicts: list[Conflict]
    theirs: Snapshot

    def count(self, change: Change) -> int:
        """Return how many rows get a kind of change."""
        return sum(item.change is change for item in self.items)

    def summary(self) -> str:
        """Return one Danish line with the counts."""
        return (
            f"{self.count(Change.ADD) + self.count(Change.REPLACE)} tilføjes, "
            f"{self.count(Change.UPDATE)} ændres, "
            f"{self.count(Change.DELETE)} slettes, {self.count(Change.SKIP)} kan ikke "
            f"overtages, {len(self.conflicts)} konflikter."
        )


def read_copy(path: Path) -> Snapshot:
    """Read another copy of a network file (a temporary copy is upgraded if it is older)."""
    with tempfile.TemporaryDirectory(prefix="frikommune-flet-") as folder:
        copy = Path(folder) / "kopi.fkdb"
        shutil.copyfile(path, copy)
        try:
            with contextlib.closing(fileformat.connect(copy, readonly=True)) as conn:
                older = conn.execute("PRAGMA user_version").fetchone()[0] < schema_version()
            with Store.open(copy, readonly=not older) as other:  # an older copy is upgraded
                return snapshot(other.db)
        except sqlite3.DatabaseError as exc:
            raise NotANetworkFileError(f"{path}: er ikke en netværksfil ({exc}).") from exc
        except FrikommuneError as exc:  # name the file the user gave, not the copy
            raise type(exc)(str(exc).replace(str(copy), str(path))) from exc
