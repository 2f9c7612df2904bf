"""The network file's forward migrations, in order, and the schema version they make."""

from __future__ import annotations

import re
import sqlite3

from sqlite_utils import Database, Migrations

from ..errors import InvalidValueError
from ..program.resources import official_municipalities
from ..provision_parser import parse_typed_provision
from .schema import (
    FIELD_HISTORY_INDEX,
    FIELD_HISTORY_TABLE,
    HISTORY_TABLES,
    PRESET_ROUNDS,
    SEARCH_COLUMNS,
    SEARCH_TOKENIZER,
    TABLES,
    reference_id,
)
from .triggers import (
    DETERMINISTIC_HISTORY,
    HISTORY_TRIGGERS,
    create_field_triggers,
    create_search_update_triggers,
)

MIGRATIONS = Migrations("frikommune")


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    """Create the tables and add the 98 municipalities and the three preset rounds."""
    for statement in TABLES.split(";"):
        if statement.strip():
            db.execute(statement)
    stamp = "1970-01-01T00:00:00+00:00"  # reference rows: identical in every copy of a file
    meta = {"created_at": stamp, "modified_at": stamp, "modified_by": ""}
    db.table("municipalities").insert_all(
        {
            "id": reference_id("municipality", m.code),
            "code": m.code,
            "name": m.name,
            "region": m.region,
            "member": 0,
            **meta,
        }
        for m in official_municipalities()
    )
    db.table("rounds").insert_all(
        {
            "id": reference_id("round", deadline),
            "deadline": deadline,
            "name": name,
            "notes": "",
            **meta,
        }
        for deadline, name in PRESET_ROUNDS
    )


@MIGRATIONS(name="0002_search")
def _search(db: Database) -> None:
    """Add FTS5 indexes (kept current by triggers) over every text a coordinator writes."""
    for table, columns in SEARCH_COLUMNS.items():
        db.table(table).enable_fts(list(columns), create_triggers=True, tokenize=SEARCH_TOKENIZER)


#: The participations already in a file when their history began count as added when made.
_HISTORY_BACKFILL = """
INSERT INTO participation_history
    SELECT lower(hex(randomblob(16))), id, experiment_id, municipality, 'added', created_at,
           modified_by
    FROM participations
"""


@MIGRATIONS(name="0003_participation_history")
def _participation_history(db: Database) -> None:
    """Record every participation added or removed (for the orientation letter) and when a
    round was submitted; the participations already in the file count as added when made."""
    for script in (HISTORY_TABLES, HISTORY_TRIGGERS, _HISTORY_BACKFILL):
        for statement in split_sql(script):
            db.execute(statement)


@MIGRATIONS(name="0004_field_history")
def _field_history(db: Database) -> None:
    """Record each changed field's previous value, so a merge of two copies can tell which side
    changed a field since they parted (the other side still holds a value this one left)."""
    db.execute(FIELD_HISTORY_TABLE)
    db.execute(FIELD_HISTORY_INDEX)
    create_field_triggers(db)


@MIGRATIONS(name="0005_search_on_text_only")
def _search_on_text_only(db: Database) -> None:
    """Re-index a row for search only when one of its searched texts changes (not its status,
    approval or membership): on a slow share each re-index costs dozens of round trips."""
    create_search_update_triggers(db)


@MIGRATIONS(name="0006_history_ids_from_the_rows")
def _history_ids_from_the_rows(db: Database) -> None:
    """Derive the participation history's ids from its rows instead of drawing them at random
    (and stamp a removal with a stored time, not the clock's), so that a working copy and the
    network file its statements are replayed on agree; the rows already there get ids from
    their participation, position, change and time, alike in every copy of the file."""
    for statement in split_sql(DETERMINISTIC_HISTORY):
        db.execute(statement)


#: A paragraph field holding only a paragraph ('83') or a section ('3.2.2'): left alone.
_CLEAN_PARAGRAPH = re.compile(r"\d+(?:\.\d+)*")


@MIGRATIONS(name="0007_provisions_split")
def _provisions_split(db: Database) -> None:
    """Split legal-basis rows whose paragraph holds a whole provision ('83, stk. 2', '§ 83')
    into paragraph, letter, stk. and nr., as the dialog now does when it is typed; rows the
    parser cannot read, and rows already clean, are left as they are. The row's stamps stay,
    so every copy of a file comes out alike."""
    rows = db.execute(
        "SELECT id, paragraph, letter, stk, nr FROM legal_bases ORDER BY id"
    ).fetchall()
    for row_id, paragraph, letter, stk, nr in rows:
        if not paragraph or _CLEAN_PARAGRAPH.fullmatch(paragraph):
            continue
        try:
            parts = parse_typed_provision(paragraph, letter, stk, nr)
        except InvalidValueError:
            continue
        db.execute(
            "UPDATE legal_bases SET paragraph = ?, letter = ?, stk = ?, nr = ? WHERE id = ?",
            [parts.paragraph, parts.letter, parts.stk, parts.nr, row_id],
        )


def split_sql(script: str) -> list[str]:
    """Split a script into whole statements (a trigger's BEGIN … END stays one)."""
    statements, current = [], ""
    for line in script.strip().splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        statements.append(current.strip())
    return statements


def schema_version(migrations: Migrations = MIGRATIONS) -> int:
    """Return the schema version this program writes: the number of its migrations."""
    return len(migrations._migrations)
