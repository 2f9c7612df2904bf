"""Forward migrations: an older file is backed up, then upgraded in one transaction."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database, Migrations

from frikommune_desktop.db.backups import list_backups
from frikommune_desktop.db.migrations import MIGRATIONS, schema_version
from frikommune_desktop.errors import FrikommuneError
from frikommune_desktop.merge.apply import merge_files
from frikommune_desktop.model import Experiment, LegalBasis, Network, Participation
from frikommune_desktop.queries.search import search
from frikommune_desktop.store import Store

CURRENT = schema_version()


def _migration_set(migrations: list, extra: object = None) -> Migrations:
    """Return a migration set made of the given migrations plus, optionally, one more."""
    subset = Migrations("frikommune")
    subset._migrations = list(migrations)
    if extra is not None:
        subset(name="9999_future")(extra)
    return subset


def _add_notes_column(db: Database) -> None:
    db["experiments"].add_column("internal_note", str, not_null_default="")
    db.execute("UPDATE experiments SET internal_note = 'migreret'")


@pytest.fixture
def version_1_file(tmp_path: Path) -> Path:
    """A network file as the first release wrote it (schema version 1), with one experiment."""
    first_release = _migration_set(MIGRATIONS._migrations[:1])
    path = tmp_path / "gammel.fkdb"
    with Store.create(path, Network(name="Gammelt netværk"), migrations=first_release) as store:
        assert store.schema_version == 1
        store.records.add(Experiment(title="Afprøvning af midlertidige huslejetilskud"))
    return path


def test_schema_version_counts_the_migrations() -> None:
    """The version written to user_version is the number of migrations."""
    assert CURRENT == len(MIGRATIONS._migrations) >= 2


def test_version_1_file_is_backed_up_then_upgraded(version_1_file: Path) -> None:
    """Opening a version-1 file backs it up, then adds the search index over the old rows."""
    with Store.open(version_1_file) as store:
        assert store.schema_version == CURRENT
        assert [h.title for h in search(store, "huslejetilskud")] == [
            "Afprøvning af midlertidige huslejetilskud"
        ]
    before_migration = [p for p in list_backups(version_1_file) if "before-migration-v1" in p.name]
    assert len(before_migration) == 1
    oldest = before_migration[0]
    raw = sqlite3.connect(oldest)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master")}
        assert "experiments_fts" not in tables
    finally:
        raw.close()


def test_future_migration_runs_on_open(demo_path: Path) -> None:
    """A migration added by a later version changes the file and moves its version on."""
    future = _migration_set(MIGRATIONS._migrations, _add_notes_column)
    with Store.open(demo_path, migrations=future) as store:
        assert store.schema_version == CURRENT + 1
        assert {r["internal_note"] for r in store.db["experiments"].rows} == {"migreret"}


def test_failing_migration_leaves_the_file_unchanged(demo_path: Path) -> None:
    """A migration that fails half-way rolls back entirely; the file stays at its version."""

    def half_then_fail(db: Database) -> None:
        _add_notes_column(db)
        raise ValueError("kolonnen findes ikke")

    future = _migration_set(MIGRATIONS._migrations, half_then_fail)
    with pytest.raises(FrikommuneError, match=f"opgraderingen fra filformat {CURRENT} mislykkedes"):
        Store.open(demo_path, migrations=future)
    with Store.open(demo_path) as store:
        assert store.schema_version == CURRENT
        assert "internal_note" not in {c.name for c in store.db["experiments"].columns}


def test_readonly_open_of_an_older_file_reads_an_upgraded_copy(version_1_file: Path) -> None:
    """A read-only opener reads an older file upgraded in memory; the file is not touched."""
    before = hashlib.sha256(version_1_file.read_bytes()).hexdigest()
    with Store.open(version_1_file, readonly=True) as store:
        assert not store.writable and store.schema_version == CURRENT
        assert [e.title for e in store.records.all(Experiment)] == [
            "Afprøvning af midlertidige huslejetilskud"
        ]
    assert hashlib.sha256(version_1_file.read_bytes()).hexdigest() == before
    assert not [p for p in list_backups(version_1_file) if "before-migration" in p.name]


def _history_rows(path: Path) -> list[tuple]:
    """Return the participation history of a file in rowid order, ids first."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM participation_history ORDER BY rowid").fetchall()


def test_version_5_history_gets_ids_alike_in_every_copy(tmp_path: Path) -> None:
    """Upgrading gives the history ids derived from its rows (the same in two copies upgraded
    apart) and triggers that draw nothing at random; merging the copies adds no twins."""
    version_5 = _migration_set(MIGRATIONS._migrations[:5])
    old = tmp_path / "gammel.fkdb"
    with Store.create(old, Network(name="Gammelt netværk"), migrations=version_5) as store:
        experiment = store.records.add(Experiment(title="Forsøg med frit valg"))
        taking_part = store.records.add(
            Participation(experiment_id=experiment.id, municipality="101")
        )
        store.records.delete(Participation, taking_part.id)
        store.records.restore([("participations", taking_part.to_row())])
    copy = tmp_path / "kopi.fkdb"
    copy.write_bytes(old.read_bytes())
    with Store.open(copy, migrations=version_5) as store:
        store.records.add(Participation(experiment_id=experiment.id, municipality="147"))
    random_ids = {row[0] for row in _history_rows(old)}
    assert len(random_ids) == 3 and not any("/" in i for i in random_ids)

    with Store.open(old) as store:
        assert store.schema_version == CURRENT
        triggers = " ".join(
            sql for (sql,) in store.db.execute("SELECT sql FROM sqlite_master WHERE sql != ''")
        )
    with Store.open(copy):
        pass
    rows = _history_rows(old)
    assert [row[0] for row in rows] == [
        f"{taking_part.id}/{n}/{row[4]}/{row[5]}" for n, row in enumerate(rows)
    ]
    assert [row[4] for row in rows] == ["added", "removed", "added"]
    assert _history_rows(copy)[:3] == rows
    assert "randomblob" not in triggers and "'now'" not in triggers
    merge_files(old, copy)
    assert _history_rows(old) == _history_rows(copy)


def test_version_6_provisions_typed_whole_are_split_and_clean_rows_untouched(
    tmp_path: Path,
) -> None:
    """Upgrading splits a paragraph holding a whole provision into its fields, alike in two
    copies; clean rows and rows the parser cannot read stay exactly as they were."""
    version_6 = _migration_set(MIGRATIONS._migrations[:6])
    old = tmp_path / "gammel.fkdb"
    typed = {
        "83, stk. 2": "",
        "§ 83": "",
        "83 stk. 2 nr. 1": "",
        "140": "a",
        "3.2.2": "",
        "hej": "",
    }
    with Store.create(old, Network(name="Gammelt netværk"), migrations=version_6) as store:
        experiment = store.records.add(Experiment(title="Forsøg med frit valg"))
        law = store.records.law("sundhedsloven").id
        ids = {
            paragraph: store.records.add(
                LegalBasis(experiment_id=experiment.id, law_id=law, paragraph=paragraph, letter=a)
            ).id
            for paragraph, a in typed.items()
        }
        clean_before = {
            key: store.records.get(LegalBasis, ids[key]).to_row() for key in ("140", "3.2.2", "hej")
        }
    copy = tmp_path / "kopi.fkdb"
    copy.write_bytes(old.read_bytes())
    with Store.open(old) as store:
        assert store.schema_version == CURRENT
        rows = {key: store.records.get(LegalBasis, row_id) for key, row_id in ids.items()}
        split = {key: (r.paragraph, r.letter, r.stk, r.nr) for key, r in rows.items()}
        assert split["83, stk. 2"] == ("83", "", "2", "")
        assert split["§ 83"] == ("83", "", "", "")
        assert split["83 stk. 2 nr. 1"] == ("83", "", "2", "1")
        assert rows["83, stk. 2"].provision == "§ 83, stk. 2"
        assert {key: rows[key].to_row() for key in clean_before} == clean_before
        after = sorted(r.to_row().items() for r in store.records.all(LegalBasis))
    with Store.open(copy) as store:
        assert sorted(r.to_row().items() for r in store.records.all(LegalBasis)) == after
