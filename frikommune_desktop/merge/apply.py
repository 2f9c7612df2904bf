"""Merging another copy of the network file into this one: plan, decide, apply in one go."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..db import fileformat
from ..db.backups import make_backup
from ..db.schema import DATA_TABLES, META_COLUMNS
from ..errors import FileLockedError, InvalidValueError
from ..invisible import without_invisible
from ..program.clock import local_moment, now_iso
from ..store import Store
from .plan import (
    Change,
    Conflict,
    MergeItem,
    MergePlan,
    Policy,
    Row,
    Side,
    Snapshot,
    describe,
    keep_ours,
    read_copy,
    snapshot,
)

#: Who deletions taken over from the other copy are recorded as.
MERGED_BY = "fletning"
#: The detail of an addition whose parent is deleted here.
ORPHAN = "hører til et forsøg, der er slettet her; tages kun med, hvis forsøget beholdes"
GONE_PARENT = "hører til et forsøg, der er slettet her"
TWIN_KEPT = "findes allerede her under et andet id"
TWIN_REPLACED = "findes her under et andet id; begge kopier beholder den samme række"
#: Rows without dependants, which a twin from the other copy may replace.
REPLACEABLE = ("participations",)
#: Natural keys: a row added on both sides under different ids is the same row.
NATURAL_KEYS = {
    "participations": ("experiment_id", "municipality"),
    "rounds": ("deadline",),
    "laws": ("key",),
    "municipalities": ("code",),
}
#: Each table's references to parents that must exist (the rest are set to NULL when gone).
PARENTS = {
    "participations": (("experiment_id", "experiments"),),
    "legal_bases": (("experiment_id", "experiments"), ("law_id", "laws")),
}


def plan_merge(store: Store, theirs: Snapshot) -> MergePlan:
    """Compare this file with another copy and return what merging would do."""
    planner = _Planner(snapshot(store.db), theirs)
    for table in DATA_TABLES:
        planner.table(table)
    disputed = {c.row_id for c in planner.conflicts if not c.field}
    items = _orphans_marked(planner.items, planner.ours, disputed)
    return MergePlan(items, planner.conflicts, theirs)


def _orphans_marked(items: list[MergeItem], ours: Snapshot, disputed: set[str]) -> list[MergeItem]:
    """Additions whose parent is deleted here are skipped (listed), or, when the deletion is a
    conflict, marked to go in only if the decision brings the parent back."""
    live = {row_id for rows in ours.rows.values() for row_id in rows}
    live |= {i.row_id for i in items if i.change is Change.ADD}
    live -= {i.row_id for i in items if i.change is Change.DELETE}
    result = []
    for item in items:
        missing = [
            parent
            for column, parent in PARENTS.get(item.table, ())
            if item.fields.get(column) is not None and item.fields[column] not in live
        ]
        if item.change is Change.ADD and missing:
            waits = any(
                item.fields[column] in disputed for column, _parent in PARENTS.get(item.table, ())
            )
            item = MergeItem(
                item.table,
                item.row_id,
                item.what,
                Change.ADD if waits else Change.SKIP,
                item.fields,
                detail=ORPHAN if waits else GONE_PARENT,
            )
        result.append(item)
    return result


class _Planner:
    """Walks both copies table by table, collecting items and conflicts."""

    def __init__(self, ours: Snapshot, theirs: Snapshot) -> None:
        self.ours, self.theirs = ours, theirs
        self.items: list[MergeItem] = []
        self.conflicts: list[Conflict] = []

    def table(self, table: str) -> None:
        """Plan one table: rows on both sides, on ours only, on theirs only."""
        mine, other = self.ours.rows[table], self.theirs.rows[table]
        keys = NATURAL_KEYS.get(table)
        taken = {tuple(r[k] for k in keys): r["id"] for r in mine.values()} if keys else {}
        for row_id in sorted(mine.keys() | other.keys()):
            a, b = mine.get(row_id), other.get(row_id)
            what = describe(table, a or b or {}, self.ours, self.theirs)
            if a is not None and b is not None:
                self._both(table, row_id, what, a, b)
            elif a is not None:
                self._only_ours(table, row_id, what, a)
            elif b is not None and keys and tuple(b[k] for k in keys) in taken:
                self._twin(table, row_id, what, b, taken[tuple(b[k] for k in keys)])
            elif b is not None:
                self._only_theirs(table, row_id, what, b)

    def _both(self, table: str, row_id: str, what: str, a: Row, b: Row) -> None:
        changes: dict[str, Any] = {}
        for column in a:
            if column in META_COLUMNS or a[column] == b.get(column, a[column]):
                continue
            ours_moved = self.ours.moved_on(row_id, column, b[column])
            theirs_moved = self.theirs.moved_on(row_id, column, a[column])
            if ours_moved and not theirs_moved:
                continue  # we changed it after they had it: ours stands
            if theirs_moved and not ours_moved:
                changes[column] = b[column]
                continue
            self.conflicts.append(
                Conflict(
                    table,
                    row_id,
                    what,
                    column,
                    a[column],
                    b[column],
                    self.ours.changed_at(row_id, column, a),
                    self.theirs.changed_at(row_id, column, b),
                )
            )
        if changes:
            self.items.append(MergeItem(table, row_id, what, Change.UPDATE, changes))

    def _twin(self, table: str, row_id: str, what: str, b: Row, ours_id: str) -> None:
        """The same row added on both sides under two ids: both copies keep the lower id."""
        if table in REPLACEABLE and row_id < ours_id:
            self.items.append(
                MergeItem(
                    table,
                    row_id,
                    what,
                    Change.REPLACE,
                    dict(b),
                    detail=TWIN_REPLACED,
                    replaces=ours_id,
                )
            )
        else:
            self.items.append(MergeItem(table, row_id, what, Change.SKIP, detail=TWIN_KEPT))

    def _only_ours(self, table: str, row_id: str, what: str, a: Row) -> None:
        deleted = self.theirs.tombstones.get(row_id)
        if deleted is None:
            return  # added here, unknown there: stays
        if a["modified_at"] > deleted[1]:
            self.conflicts.append(
                Conflict(table, row_id, what, "", "ændret", "slettet", a["modified_at"], deleted[1])
            )
        else:
            when = local_moment(deleted[1])
            self.items.append(
                MergeItem(
                    table, row_id, what, Change.DELETE, detail=f"slettet i den anden kopi {when}"
                )
            )

    def _only_theirs(self, table: str, row_id: str, what: str, b: Row) -> None:
        deleted = self.ours.tombstones.get(row_id)
        if deleted is None:
            self.items.append(MergeItem(table, row_id, what, Change.ADD, dict(b)))
        elif b["modified_at"] > deleted[1]:
            self.conflicts.append(
                Conflict(table, row_id, what, "", "slettet", "ændret", deleted[1], b["modified_at"])
            )
        # else: deleted here after their last change; the tombstone says so and stays


@dataclass(frozen=True)
class MergeOutcome:
    """What a merge did: the plan, each conflict's decision, and the kept copy of the other."""

    plan: MergePlan
    decisions: dict[Conflict, Side]
    skipped: tuple[MergeItem, ...]
    kept_copy: Path | None


@dataclass(frozen=True)
class Applied:
    """What applying a plan decided and what it could not take over."""

    decisions: dict[Conflict, Side]
    skipped: tuple[MergeItem, ...]


def apply_merge(store: Store, plan: MergePlan, policy: Policy = keep_ours) -> Applied:
    """Apply a merge plan in one transaction, deciding each conflict by `policy`."""
    decisions = {conflict: policy(conflict) for conflict in plan.conflicts}
    theirs = plan.theirs
    waiting: list[MergeItem] = []
    with store.transaction():
        db = store.db
        for item in [i for i in plan.items if i.change is Change.REPLACE]:
            store.records.delete_as_deleted(item.table, item.replaces, now_iso(), MERGED_BY)
            db.table(item.table).insert(_without_dangling(db, item.table, item.fields))
        for item in [i for i in plan.items if i.change is Change.ADD]:
            _add_or_wait(db, item, waiting)
        for item in plan.items:
            if item.change is Change.UPDATE:
                _update(db, item.table, item.row_id, item.fields, theirs)
            elif item.change is Change.DELETE:
                store.records.delete_as_deleted(
                    item.table, item.row_id, theirs.tombstones[item.row_id][1], MERGED_BY
                )
        for conflict, side in decisions.items():
            if side is Side.THEIRS:
                _take_theirs(store, conflict, theirs)
        skipped: list[MergeItem] = []
        for item in waiting:  # a decision may have brought the parent back
            _add_or_wait(db, item, skipped)
        _copy_histories(db, theirs)
        for table, row_id in [(i.table, i.row_id) for i in plan.items] + [
            (c.table, c.row_id) for c in decisions
        ]:
            store.note_changed(table, [row_id])
        for table in ("tombstones", "participation_history", "field_history"):
            store.note_changed(table, None)
    return Applied(decisions, tuple(skipped))


def _add_or_wait(db: Any, item: MergeItem, waiting: list[MergeItem]) -> None:
    if _parents_present(db, item.table, item.fields):
        db.table(item.table).insert(_without_dangling(db, item.table, item.fields))
    else:
        waiting.append(item)


def _parents_present(db: Any, table: str, row: Row) -> bool:
    return all(
        row.get(column) is None or db[parent].count_where("id = ?", [row[column]])
        for column, parent in PARENTS.get(table, ())
    )


def _without_dangling(db: Any, table: str, row: Row) -> Row:
    """Return a row whose optional references to rows missing here are emptied (SET NULL)."""
    fixed = dict(row)
    for fk in db.execute(f"PRAGMA foreign_key_list([{table}])").fetchall():
        parent, column, parent_column, on_delete = fk[2], fk[3], fk[4] or "id", fk[6]
        value = fixed.get(column)
        if value is None or on_delete.upper() != "SET NULL":
            continue
        if not db[parent].count_where(f"[{parent_column}] = ?", [value]):
            fixed[column] = None
    return fixed


def _update(db: Any, table: str, row_id: str, changes: dict[str, Any], theirs: Snapshot) -> None:
    other = theirs.rows[table][row_id]
    current = db.table(table).get(row_id)
    stamp = max(current["modified_at"], other["modified_at"])
    changes = {
        column: value
        for column, value in _without_dangling(db, table, {**current, **changes}).items()
        if column in changes
    }
    db.table(table).update(
        row_id, {**changes, "modified_at": stamp, "modified_by": other["modified_by"]}
    )


def _take_theirs(store: Store, conflict: Conflict, theirs: Snapshot) -> None:
    db = store.db
    if conflict.field:
        _update(db, conflict.table, conflict.row_id, {conflict.field: conflict.theirs}, theirs)
    elif conflict.ours == "ændret":  # they deleted it: delete it here too
        store.records.delete_as_deleted(
            conflict.table, conflict.row_id, conflict.theirs_at, MERGED_BY
        )
    else:  # we deleted it, they changed it: bring their row back
        row = theirs.rows[conflict.table][conflict.row_id]
        if _parents_present(db, conflict.table, row):
            db.execute("DELETE FROM tombstones WHERE id = ?", [conflict.row_id])
            db.table(conflict.table).insert(
                _without_dangling(db, conflict.table, row), replace=True
            )


def _copy_histories(db: Any, theirs: Snapshot) -> None:
    """Take over the other copy's histories, so a later merge or orientation letter sees them."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO participation_history VALUES (?, ?, ?, ?, ?, ?, ?)",
        theirs.extra["participation_history"],
    )
    known = set(db.execute("SELECT * FROM field_history").fetchall())
    db.conn.executemany(
        "INSERT INTO field_history VALUES (?, ?, ?, ?, ?, ?)",
        [row for row in theirs.extra["field_history"] if row not in known],
    )
    live = {
        row_id
        for rows in (db.execute(f"SELECT id FROM [{t}]").fetchall() for t in DATA_TABLES)
        for (row_id,) in rows
    }
    db.conn.executemany(
        "INSERT OR IGNORE INTO tombstones VALUES (?, ?, ?, ?)",
        [row for row in theirs.extra["tombstones"] if row[0] not in live],
    )


def read_other_copy(path: Path, other: Path) -> Snapshot:
    """Read the copy `other` to merge into the network file `path` (not `path` itself)."""
    if Path(other).resolve() == Path(path).resolve():
        raise InvalidValueError("En fil kan ikke flettes med sig selv.")
    try:
        theirs = read_copy(Path(other))
    except (OSError, sqlite3.Error) as exc:
        raise InvalidValueError(f"{other}: kan ikke læses som netværksfil ({exc}).") from exc
    for rows in theirs.rows.values():  # their texts come in as typed ones do: made visible
        for row in rows.values():
            for column, value in row.items():
                if isinstance(value, str) and column != "id" and not column.endswith("_id"):
                    row[column] = without_invisible(value)
    return theirs


def keep_other_copy(path: Path, other: Path) -> Path:
    """Keep the copy `other` among the backups of `path` (as 'merged-in-STEM'); return where."""
    try:
        with contextlib.closing(fileformat.connect(Path(other), readonly=True)) as source:
            return make_backup(source, Path(path), f"merged-in-{Path(other).stem}")
    except (OSError, sqlite3.Error) as exc:
        raise InvalidValueError(
            f"{other}: kan ikke gemmes som sikkerhedskopi ({exc}); intet er flettet."
        ) from exc


def merge_files(
    path: Path, other: Path, *, dry_run: bool = False, policy: Policy = keep_ours
) -> MergeOutcome:
    """Merge the copy `other` into the network file `path`; keep `other` as a backup."""
    theirs = read_other_copy(path, other)
    with Store.open(path, readonly=dry_run) as store:
        if not dry_run and not store.writable:
            holder = store.holder.describe() if store.holder else "en anden"
            raise FileLockedError(f"{path} holdes af {holder}; fletning er ikke mulig nu.")
        plan = plan_merge(store, theirs)
        if dry_run:
            return MergeOutcome(plan, {c: policy(c) for c in plan.conflicts}, (), None)
        kept = keep_other_copy(path, other)
        store.backup("before-merge")
        applied = apply_merge(store, plan, policy)
    return MergeOutcome(plan, applied.decisions, applied.skipped, kept)
