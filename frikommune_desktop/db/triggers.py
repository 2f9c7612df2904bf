"""The triggers that keep a network file's search index and histories current, and inserts
that do the triggers' work in bulk for a big batch of rows."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Sequence

from sqlite_utils import Database

from .schema import DATA_TABLES, META_COLUMNS, SEARCH_COLUMNS

#: From this many rows on, an insert runs its AFTER INSERT triggers' work in one statement
#: per trigger over all the new rows, instead of once per row.
BULK_INDEX_ROWS = 200


def _history_id(row: str, change: str, version: str) -> str:
    """Return the SQL expression of a participation history row's id, derived from the row so
    that replaying the same statements on another copy gives the same id.

    The id is 'PARTICIPATION/N/CHANGE/VERSION': N is the number of history rows the
    participation already has (two events of one participation never share it), VERSION the
    modification time of the participation row added or removed (copies that went separate
    ways keep their own events apart when merged). `row` names the participation row ('new',
    'old' or a table alias), `version` the SQL expression of its version.
    """
    return (
        f"{row}.id || '/' || (SELECT count(*) FROM participation_history AS earlier "
        f"WHERE earlier.participation_id = {row}.id) || '/{change}/' || {version}"
    )


#: The participation history's insert trigger as one statement over the rows after a rowid.
_HISTORY_BULK = (
    f"INSERT INTO participation_history SELECT {_history_id('p', 'added', 'p.modified_at')}, "
    "id, experiment_id, municipality, 'added', modified_at, modified_by "
    "FROM participations AS p WHERE rowid > ? ORDER BY rowid"
)


def bulk_triggers(table: str) -> list[tuple[str, str]]:
    """Return a table's AFTER INSERT triggers that a big batch runs in bulk, as (trigger
    name, one INSERT … SELECT doing its work for every row after a rowid)."""
    triggers = []
    columns = SEARCH_COLUMNS.get(table)
    if columns is not None:
        names = ", ".join(f"[{column}]" for column in columns)
        triggers.append(
            (
                f"{table}_ai",
                f"INSERT INTO [{table}_fts] (rowid, {names}) "
                f"SELECT rowid, {names} FROM [{table}] WHERE rowid > ?",
            )
        )
    if table == "participations":
        triggers.append(("participations_history_ai", _HISTORY_BULK))
    return triggers


def insert_rows(
    conn: sqlite3.Connection, table: str, sql: str, rows: Sequence[tuple[object, ...]]
) -> None:
    """Insert rows with one prepared statement; for a big batch, do the work of the insert
    triggers (search index, participation history) in one statement each.

    A per-row trigger costs several times what one INSERT … SELECT over the new rows does
    (the history's: four times the insert itself), so for a big batch the triggers are
    dropped and re-created around it. Call it inside a transaction: a failure rolls the
    triggers back with the rows. The new rows are those after the table's last rowid.
    """
    triggers = bulk_triggers(table)
    if not triggers or len(rows) < BULK_INDEX_ROWS:
        conn.executemany(sql, rows)
        return
    names = [name for name, _ in triggers]
    marks = ", ".join("?" * len(names))
    found = dict(
        conn.execute(
            f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            names,
        ).fetchall()
    )
    (before,) = conn.execute(f"SELECT coalesce(max(rowid), 0) FROM [{table}]").fetchone()
    for name in names:
        conn.execute(f"DROP TRIGGER [{name}]")
    try:
        conn.executemany(sql, rows)
        (added,) = conn.execute(
            f"SELECT count(*) FROM [{table}] WHERE rowid > ?", [before]
        ).fetchone()
        if added != len(rows):  # rowids not handed out after the last: cannot happen in SQLite
            raise sqlite3.IntegrityError(f"{table}: new rows did not follow rowid {before}")
        for _, bulk in triggers:
            conn.execute(bulk, [before])
    except BaseException:
        # SQLite may have rolled the whole transaction back (disk full), triggers included:
        # put back only what is missing, and let nothing hide the error itself.
        with contextlib.suppress(sqlite3.Error):
            _restore_triggers(conn, found)
        raise
    _restore_triggers(conn, found)


def _restore_triggers(conn: sqlite3.Connection, found: dict[str, str]) -> None:
    """Create again those of the given triggers (name: SQL) the file does not have."""
    marks = ", ".join("?" * len(found))
    present = {
        row[0]
        for row in conn.execute(
            f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            list(found),
        )
    }
    for name, sql in found.items():
        if name not in present:
            conn.execute(sql)


#: Version 3's participation history triggers (ids drawn at random; version 6 replaces the
#: first two), and the one giving a removal the time and user of its tombstone.
HISTORY_TRIGGERS = """
CREATE TRIGGER participations_history_ai AFTER INSERT ON participations BEGIN
    INSERT INTO participation_history VALUES (lower(hex(randomblob(16))), new.id,
        new.experiment_id, new.municipality, 'added', new.modified_at, new.modified_by);
END;
CREATE TRIGGER participations_history_ad AFTER DELETE ON participations BEGIN
    INSERT INTO participation_history VALUES (lower(hex(randomblob(16))), old.id,
        old.experiment_id, old.municipality, 'removed',
        strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), old.modified_by);
END;
CREATE TRIGGER participations_history_tombstone AFTER INSERT ON tombstones
WHEN new.table_name = 'participations' BEGIN
    UPDATE participation_history SET changed_at = new.deleted_at, changed_by = new.deleted_by
    WHERE rowid = (SELECT max(rowid) FROM participation_history
                   WHERE participation_id = new.id AND change = 'removed');
END;
"""

#: The participation history's triggers with ids derived from the rows (see _history_id).
#: A removal is first stamped with the removed row's version; the tombstone written with it
#: (participations_history_tombstone) then gives it the time and the user of the deletion.
DETERMINISTIC_HISTORY = f"""
CREATE INDEX IF NOT EXISTS idx_participation_history_participation
    ON participation_history(participation_id);
DROP TRIGGER IF EXISTS participations_history_ai;
DROP TRIGGER IF EXISTS participations_history_ad;
CREATE TRIGGER participations_history_ai AFTER INSERT ON participations BEGIN
    INSERT INTO participation_history VALUES ({_history_id("new", "added", "new.modified_at")},
        new.id, new.experiment_id, new.municipality, 'added', new.modified_at, new.modified_by);
END;
CREATE TRIGGER participations_history_ad AFTER DELETE ON participations BEGIN
    INSERT INTO participation_history VALUES ({_history_id("old", "removed", "old.modified_at")},
        old.id, old.experiment_id, old.municipality, 'removed', old.modified_at, old.modified_by);
END;
UPDATE participation_history SET id = participation_id || '/' || (
        SELECT count(*) FROM participation_history AS earlier
        WHERE earlier.participation_id = participation_history.participation_id
          AND earlier.rowid < participation_history.rowid
    ) || '/' || change || '/' || changed_at
"""


def create_field_triggers(db: Database) -> None:
    """(Re)create the triggers feeding field_history; a migration adding columns calls it."""
    for table in DATA_TABLES:
        columns = [
            row[1]
            for row in db.execute(f"PRAGMA table_info([{table}])").fetchall()
            if row[1] not in META_COLUMNS
        ]
        inserts = "\n".join(
            f"    INSERT INTO field_history SELECT '{table}', old.id, '{column}', "
            f"old.[{column}], new.modified_at, new.modified_by "
            f"WHERE old.[{column}] IS NOT new.[{column}];"
            for column in columns
        )
        db.execute(f"DROP TRIGGER IF EXISTS [{table}_field_history]")
        db.execute(
            f"CREATE TRIGGER [{table}_field_history] AFTER UPDATE ON [{table}] BEGIN\n"
            f"{inserts}\nEND"
        )


def create_search_update_triggers(db: Database) -> None:
    """(Re)create the triggers re-indexing a row for search when one of its searched texts
    changes (not its status, approval or membership)."""
    for table, columns in SEARCH_COLUMNS.items():
        names = ", ".join(f"[{c}]" for c in columns)
        old = ", ".join(f"old.[{c}]" for c in columns)
        new = ", ".join(f"new.[{c}]" for c in columns)
        db.execute(f"DROP TRIGGER IF EXISTS [{table}_au]")
        db.execute(
            f"CREATE TRIGGER [{table}_au] AFTER UPDATE OF {names} ON [{table}] BEGIN\n"
            f"  INSERT INTO [{table}_fts] ([{table}_fts], rowid, {names}) "
            f"VALUES ('delete', old.rowid, {old});\n"
            f"  INSERT INTO [{table}_fts] (rowid, {names}) VALUES (new.rowid, {new});\n"
            "END"
        )
