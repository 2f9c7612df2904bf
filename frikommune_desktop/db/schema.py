"""The network file's schema: its identity and the tables (and their columns) it holds.

The tables are created by the migrations (migrations.py), their triggers by triggers.py.
"""

from __future__ import annotations

import uuid

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

#: Columns that say who changed a row and when, not what it holds.
META_COLUMNS = ("id", "created_at", "modified_at", "modified_by")

_META = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    modified_at TEXT NOT NULL,
    modified_by TEXT NOT NULL DEFAULT ''"""

#: The tables of version 1 (later versions add columns and tables below).
TABLES = f"""
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

#: Added in version 3: when a round was submitted, and each participation added or removed.
HISTORY_TABLES = """
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
"""

#: Added in version 4: each changed field's previous value (the indentation is as the first
#: files were written with it: SQLite keeps a table's text as it was given).
FIELD_HISTORY_TABLE = """CREATE TABLE field_history (
            table_name TEXT NOT NULL,
            row_id TEXT NOT NULL,
            field TEXT NOT NULL,
            old_value,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL DEFAULT ''
        )"""
FIELD_HISTORY_INDEX = "CREATE INDEX idx_field_history_row ON field_history(row_id, field)"


def reference_id(kind: str, key: str) -> str:
    """Return the deterministic UUID of a reference row, e.g. ('municipality', '101')."""
    return str(uuid.uuid5(REFERENCE_NAMESPACE, f"{kind}:{key}"))


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
