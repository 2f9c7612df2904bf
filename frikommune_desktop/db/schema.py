"""The network file's schema: its identity, its version and the forward migrations."""

from __future__ import annotations

import contextlib
import re
import sqlite3
import uuid
from collections.abc import Sequence

from sqlite_utils import Database, Migrations

from ..errors import InvalidValueError
from ..program.resources import official_municipalities
from ..provision_parser import parse_typed_provision

#: PRAGMA application_id of a network file: the ASCII bytes "FKDB".
APPLICATION_ID = 0x464B4442

#: The namespace of the deterministic UUIDs of reference rows (municipalities, rounds, laws),
#: so that two copies of a file agree on them and can be merged row by row.
REFERENCE_NAMESPACE = uuid.UUID("6f1b3c0e-54a4-4f47-9a55-2f9e0c1d7b21")

PRESET_ROUNDS = (
    ("2016-12-01", "1. ansøgningsrunde"),
    ("2017-05-01", "2. ansøgningsrunde"),
    ("2017-11-01", "3. ansøgningsrunde"),
)

#: Tables holding the network's rows, in an order where every table follows those it refers to.
DATA_TABLES = (
    "municipalities",
    "contacts",
    "network",
    "rounds",
    "experiments",
    "participations",
    "laws",
    "legal_bases",
)

_META = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT ''"""

_V1_TABLES = f"""
CREATE TABLE municipalities ({_META},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    region TEXT NOT NULL,
    member INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contacts ({_META},
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    municipality TEXT REFERENCES municipalities(code),
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'other',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE TABLE network ({_META},
    name TEXT NOT NULL,
    theme TEXT NOT NULL DEFAULT '',
    lead_municipality TEXT REFERENCES municipalities(code),
    coordinator_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    signatory_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    sender_name TEXT NOT NULL DEFAULT '',
    sender_address TEXT NOT NULL DEFAULT '',
    sender_email TEXT NOT NULL DEFAULT '',
    sender_phone TEXT NOT NULL DEFAULT '',
    case_number TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    recipient_name TEXT NOT NULL DEFAULT '',
    recipient_address TEXT NOT NULL DEFAULT '',
    letter_subject TEXT NOT NULL DEFAULT '',
    letter_intro TEXT NOT NULL DEFAULT '',
    letter_reservation TEXT NOT NULL DEFAULT '',
    letter_closing TEXT NOT NULL DEFAULT ''
);
CREATE TABLE rounds ({_META},
    deadline TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE experiments ({_META},
    title TEXT NOT NULL,
    number INTEGER,
    letter_title TEXT NOT NULL DEFAULT '',
    heading TEXT NOT NULL DEFAULT '',
    round_id TEXT REFERENCES rounds(id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'draft',
    application_date TEXT NOT NULL DEFAULT '',
    subject_contact_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    coordinator_id TEXT REFERENCES contacts(id) ON DELETE SET NULL,
    parent_id TEXT REFERENCES experiments(id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    goals TEXT NOT NULL DEFAULT '',
    legal_needs TEXT NOT NULL DEFAULT '',
    realisation TEXT NOT NULL DEFAULT '',
    evaluation TEXT NOT NULL DEFAULT ''
);
CREATE TABLE participations ({_META},
    experiment_id TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    municipality TEXT NOT NULL REFERENCES municipalities(code),
    reservation TEXT NOT NULL DEFAULT '',
    approval_committee TEXT NOT NULL DEFAULT '',
    approval_meeting_date TEXT NOT NULL DEFAULT '',
    approval_status TEXT NOT NULL DEFAULT 'pending',
    UNIQUE (experiment_id, municipality)
);
CREATE TABLE laws ({_META},
    key TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    abbreviation TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'lov'
);
CREATE TABLE legal_bases ({_META},
    experiment_id TEXT NOT NULL REFERENCES experiments(id) ON DELETE CASCADE,
    law_id TEXT NOT NULL REFERENCES laws(id),
    paragraph TEXT NOT NULL DEFAULT '',
    letter TEXT NOT NULL DEFAULT '',
    stk TEXT NOT NULL DEFAULT '',
    nr TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    justification TEXT NOT NULL DEFAULT '',
    request TEXT NOT NULL DEFAULT 'exemption',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tombstones (
    id TEXT PRIMARY KEY NOT NULL,
    table_name TEXT NOT NULL,
    deleted_at TEXT NOT NULL,
    deleted_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_contacts_municipality ON contacts(municipality);
CREATE INDEX idx_experiments_round ON experiments(round_id);
CREATE INDEX idx_experiments_parent ON experiments(parent_id);
CREATE INDEX idx_experiments_subject_contact ON experiments(subject_contact_id);
CREATE INDEX idx_experiments_coordinator ON experiments(coordinator_id);
CREATE INDEX idx_participations_municipality ON participations(municipality);
CREATE INDEX idx_legal_bases_experiment ON legal_bases(experiment_id);
CREATE INDEX idx_legal_bases_law ON legal_bases(law_id);
"""

MIGRATIONS = Migrations("frikommune")


def reference_id(kind: str, key: str) -> str:
    """Return the deterministic UUID of a reference row, e.g. ('municipality', '101')."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))


@MIGRATIONS(name="0001_initial")
def _initial(db: Database) -> None:
    """Create the tables and add the 98 municipalities and the three preset rounds."""
    for statement in _V1_TABLES.split(";"):
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


#: The texts full-text search covers, per table. Danish needs diacritics kept: 'ål' ≠ 'al'.
SEARCH_COLUMNS: dict[str, tuple[str, ...]] = {
    "experiments": (
        "title",
        "letter_title",
        "heading",
        "description",
        "goals",
        "legal_needs",
        "realisation",
        "evaluation",
    ),
    "legal_bases": ("paragraph", "purpose", "justification"),
    "contacts": ("name", "title", "organisation", "email", "phone"),
    "participations": ("reservation", "approval_committee"),
    "network": (
        "name",
        "theme",
        "letter_subject",
        "letter_intro",
        "letter_reservation",
        "letter_closing",
    ),
}
SEARCH_TOKENIZER = "unicode61 remove_diacritics 0"

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


@MIGRATIONS(name="0002_search")
def _search(db: Database) -> None:
    """Add FTS5 indexes (kept current by triggers) over every text a coordinator writes."""
    for table, columns in SEARCH_COLUMNS.items():
        db.table(table).enable_fts(list(columns), create_triggers=True, tokenize=SEARCH_TOKENIZER)


_HISTORY = """
ALTER TABLE rounds ADD COLUMN submitted_at TEXT NOT NULL DEFAULT '';
CREATE TABLE participation_history (
    id TEXT PRIMARY KEY NOT NULL,
    participation_id TEXT NOT NULL,
    experiment_id TEXT NOT NULL,
    municipality TEXT NOT NULL,
    change TEXT NOT NULL CHECK (change IN ('added', 'removed')),
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX idx_participation_history_experiment ON participation_history(experiment_id);
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
INSERT INTO participation_history
    SELECT lower(hex(randomblob(16))), id, experiment_id, municipality, 'added', created_at,
           modified_by
    FROM participations
"""


@MIGRATIONS(name="0003_participation_history")
def _participation_history(db: Database) -> None:
    """Record every participation added or removed (for the orientation letter) and when a
    round was submitted; the participations already in the file count as added when made."""
    for statement in _split_sql(_HISTORY):
        db.execute(statement)


#: Columns that say who changed a row and when, not what it holds.
META_COLUMNS = ("id", "created_at", "modified_at", "modified_by")


@MIGRATIONS(name="0004_field_history")
def _field_history(db: Database) -> None:
    """Record each changed field's previous value, so a merge of two copies can tell which side
    changed a field since they parted (the other side still holds a value this one left)."""
    db.execute("""
        CREATE TABLE field_history (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX idx_field_history_row ON field_history(row_id, field)")
    create_field_triggers(db)


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


@MIGRATIONS(name="0005_search_on_text_only")
def _search_on_text_only(db: Database) -> None:
    """Re-index a row for search only when one of its searched texts changes (not its status,
    approval or membership): on a slow share each re-index costs dozens of round trips."""
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


#: The participation history's triggers with ids derived from the rows (see _history_id).
#: A removal is first stamped with the removed row's version; the tombstone written with it
#: (participations_history_tombstone) then gives it the time and the user of the deletion.
_DETERMINISTIC_HISTORY = f"""
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


@MIGRATIONS(name="0006_history_ids_from_the_rows")
def _history_ids_from_the_rows(db: Database) -> None:
    """Derive the participation history's ids from its rows instead of drawing them at random
    (and stamp a removal with a stored time, not the clock's), so that a working copy and the
    network file its statements are replayed on agree; the rows already there get ids from
    their participation, position, change and time, alike in every copy of the file."""
    for statement in _split_sql(_DETERMINISTIC_HISTORY):
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


def _split_sql(script: str) -> list[str]:
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
