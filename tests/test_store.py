"""The store: rows with stable ids and stamps, tombstones, transactions, read-only guard."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest

from frikommune_desktop.db.migrations import schema_version
from frikommune_desktop.errors import InvalidValueError, ReadOnlyError, RecordNotFoundError
from frikommune_desktop.model import (
    Contact,
    Experiment,
    ExperimentStatus,
    LegalBasis,
    Municipality,
    Participation,
    Round,
)
from frikommune_desktop.store import Store


def test_new_file_holds_the_98_municipalities_rounds_and_laws(empty_store: Store) -> None:
    """A new file knows every municipality, the three preset rounds and the law catalog."""
    assert len(empty_store.records.all(Municipality)) == 98
    assert [r.deadline for r in empty_store.records.all(Round)] == [
        "2016-12-01",
        "2017-05-01",
        "2017-11-01",
    ]
    assert empty_store.records.law("serviceloven").abbreviation == "SEL"
    assert empty_store.records.network().name == "Testnetværk"
    assert empty_store.records.members() == []


def test_reference_rows_have_the_same_ids_in_every_file(tmp_path: Path) -> None:
    """Two separately created files agree on municipality, round and law ids (for merging)."""
    from frikommune_desktop.model import Network

    with (
        Store.create(tmp_path / "a.fkdb", Network(name="A")) as a,
        Store.create(tmp_path / "b.fkdb", Network(name="B")) as b,
    ):
        assert [m.id for m in a.records.all(Municipality)] == [
            m.id for m in b.records.all(Municipality)
        ]
        assert [r.id for r in a.records.all(Round)] == [r.id for r in b.records.all(Round)]
        assert a.records.law("planloven").id == b.records.law("planloven").id


def test_added_rows_get_uuid_timestamps_and_author(empty_store: Store) -> None:
    """Every new row carries a UUID, created/modified times and who made it."""
    contact = empty_store.records.add(Contact(name="Christine Bagge Petersen", municipality="169"))
    stored = empty_store.records.get(Contact, contact.id)
    assert uuid.UUID(stored.id).version == 4
    assert stored.created_at == stored.modified_at != ""
    assert stored.modified_by == "testbruger"


def test_update_changes_fields_and_stamps_modification(empty_store: Store) -> None:
    """An update stores the new value and moves modified_at, keeping created_at."""
    exp = empty_store.records.add(Experiment(title="Midlertidig lejekontrakt"))
    updated = empty_store.records.update(Experiment, exp.id, status="indsendt", number=3)
    stored = empty_store.records.get(Experiment, exp.id)
    assert stored == updated
    assert stored.status is ExperimentStatus.SUBMITTED and stored.number == 3
    assert stored.created_at == exp.created_at and stored.modified_at > exp.modified_at


def test_update_refuses_unknown_fields_bad_values_and_meta(empty_store: Store) -> None:
    """Unknown fields, invalid values and program-managed fields are refused, nothing stored."""
    exp = empty_store.records.add(Experiment(title="X"))
    with pytest.raises(InvalidValueError, match="Ukendt felt"):
        empty_store.records.update(Experiment, exp.id, colour="red")
    with pytest.raises(InvalidValueError, match="Ukendt status"):
        empty_store.records.update(Experiment, exp.id, status="bogus")
    with pytest.raises(InvalidValueError, match="styres af programmet"):
        empty_store.records.update(Experiment, exp.id, modified_by="someone")
    assert empty_store.records.get(Experiment, exp.id) == exp


def test_membership_is_a_field_of_the_municipality(empty_store: Store) -> None:
    """Adding and removing a member municipality is an ordinary, stamped update."""
    empty_store.records.set_member("169")
    empty_store.records.set_member("101")
    assert [m.name for m in empty_store.records.members()] == ["København", "Høje-Taastrup"]
    empty_store.records.set_member("101", False)
    assert [m.code for m in empty_store.records.members()] == ["169"]
    with pytest.raises(InvalidValueError, match="Ukendt kommunekode '999'"):
        empty_store.records.set_member("999")


def _experiment_with_rows(store: Store) -> tuple[Experiment, Participation, LegalBasis]:
    exp = store.records.add(Experiment(title="Afprøvning af midlertidige huslejetilskud"))
    part = store.records.add(Participation(experiment_id=exp.id, municipality="751"))
    legal = store.records.add(
        LegalBasis(
            experiment_id=exp.id,
            law_id=store.records.law("serviceloven").id,
            paragraph="52",
            letter="a",
            request="amended_basis",
        )
    )
    return exp, part, legal


def test_delete_leaves_tombstones_for_the_row_and_its_dependants(empty_store: Store) -> None:
    """Deleting an experiment removes its participations and legal rows, tombstoning all."""
    exp, part, legal = _experiment_with_rows(empty_store)
    empty_store.records.delete(Experiment, exp.id)
    assert (
        empty_store.records.all(Participation) == [] and empty_store.records.all(LegalBasis) == []
    )
    assert empty_store.records.deleted_ids(Experiment) == {exp.id}
    assert empty_store.records.deleted_ids(Participation) == {part.id}
    assert empty_store.records.deleted_ids(LegalBasis) == {legal.id}
    with pytest.raises(RecordNotFoundError):
        empty_store.records.get(Experiment, exp.id)


def test_deleting_a_contact_clears_references_and_stamps_them(empty_store: Store) -> None:
    """References to a deleted contact become empty, and the referring row is re-stamped."""
    person = empty_store.records.add(Contact(name="Mads Gädda"))
    exp = empty_store.records.add(Experiment(title="Deleboliger", subject_contact_id=person.id))
    empty_store.records.delete(Contact, person.id)
    after = empty_store.records.get(Experiment, exp.id)
    assert after.subject_contact_id is None
    assert after.modified_at > exp.modified_at


def test_deleting_a_law_in_use_is_refused(empty_store: Store) -> None:
    """A law still named in the legal-basis matrix cannot be deleted."""
    _experiment_with_rows(empty_store)
    law = empty_store.records.law("serviceloven")
    with pytest.raises(InvalidValueError, match="bruges stadig af 1"):
        empty_store.records.delete(type(law), law.id)
    assert empty_store.records.law("serviceloven") == law
    assert empty_store.records.deleted_ids(type(law)) == set()


def test_a_failing_change_leaves_nothing_behind(empty_store: Store) -> None:
    """An error inside a transaction rolls back every row it had written."""
    before = empty_store.counts()
    with pytest.raises(RuntimeError), empty_store.transaction():
        exp = empty_store.records.add(Experiment(title="Halvt skrevet"))
        empty_store.records.add(Participation(experiment_id=exp.id, municipality="101"))
        raise RuntimeError("boom")
    assert empty_store.counts() == before


def test_bulk_insert_with_one_bad_row_inserts_none(empty_store: Store) -> None:
    """add_many is one transaction: a row referring to an unknown experiment voids all."""
    exp = empty_store.records.add(Experiment(title="Forsøg"))
    rows = [Participation(experiment_id=exp.id, municipality=code) for code in ("101", "169")]
    rows.append(Participation(experiment_id="no-such-experiment", municipality="751"))
    with pytest.raises(InvalidValueError, match="passer ikke"):
        empty_store.records.add_many(rows)
    assert empty_store.records.all(Participation) == []


def test_duplicate_participation_is_refused(empty_store: Store) -> None:
    """A municipality takes part in an experiment at most once."""
    exp = empty_store.records.add(Experiment(title="Forsøg"))
    empty_store.records.add(Participation(experiment_id=exp.id, municipality="101"))
    with pytest.raises(InvalidValueError):
        empty_store.records.add(Participation(experiment_id=exp.id, municipality="101"))
    assert len(empty_store.records.all(Participation)) == 1


def test_readonly_store_refuses_writes(tmp_path: Path, empty_store: Store) -> None:
    """A store opened read-only reads but refuses every write with a clear error."""
    path = empty_store.path
    empty_store.close()
    with Store.open(path, readonly=True) as store:
        assert store.records.network().name == "Testnetværk"
        with pytest.raises(ReadOnlyError, match="skrivebeskyttet"):
            store.records.add(Contact(name="X"))


def test_file_settings_for_network_drives(empty_store: Store) -> None:
    """The file uses a rollback journal, foreign keys, our application id and version."""
    conn = empty_store.db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA application_id").fetchone()[0] == 0x464B4442
    assert empty_store.schema_version == schema_version()
    raw = sqlite3.connect(empty_store.path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    finally:
        raw.close()


def test_failed_creation_leaves_no_file(tmp_path: Path) -> None:
    """If filling a new file fails, neither the file nor a temporary file is left behind."""
    from frikommune_desktop.model import Network

    def broken(store: Store) -> None:
        store.records.add(Contact(name="Halvt"))
        raise InvalidValueError("fejl i data")

    with pytest.raises(InvalidValueError, match="fejl i data"):
        Store.create(tmp_path / "ny.fkdb", Network(name="X"), populate=broken)
    assert list(tmp_path.iterdir()) == []


def test_values_projects_columns_in_stable_order(demo_store: Store) -> None:
    """values() returns just the asked columns, filtered and ordered like all()."""
    titles = demo_store.records.values(Experiment, "number", "title")
    assert titles == [(e.number, e.title) for e in demo_store.records.all(Experiment)]
    first = demo_store.records.all(Experiment)[0]
    assert demo_store.records.values(Participation, "municipality", experiment_id=first.id) == [
        (p.municipality,) for p in demo_store.records.all(Participation, experiment_id=first.id)
    ]
    with pytest.raises(InvalidValueError, match="colour"):
        demo_store.records.values(Experiment, "colour")


def test_participations_added_in_bulk_are_each_in_the_history(empty_store: Store) -> None:
    """A big batch of participations (its history written in one statement) records one
    'added' row per participation, in order, with its author; single adds still record."""
    from frikommune_desktop.db.triggers import BULK_INDEX_ROWS

    experiments = [Experiment(id=str(uuid.uuid4()), title=f"Forsøg {n}") for n in range(3)]
    empty_store.records.add_many(experiments)
    codes = [m.code for m in empty_store.records.all(Municipality)][: BULK_INDEX_ROWS // 3 + 20]
    batch = [
        Participation(id=str(uuid.uuid4()), experiment_id=e.id, municipality=code)
        for e in experiments
        for code in codes
    ]
    assert len(batch) > BULK_INDEX_ROWS
    empty_store.records.add_many(batch)
    later = empty_store.records.add(
        Participation(
            experiment_id=experiments[0].id,
            municipality=empty_store.records.all(Municipality)[-1].code,
        )
    )
    history = empty_store.db.execute(
        "SELECT participation_id, change, changed_by FROM participation_history ORDER BY rowid"
    ).fetchall()
    assert history == [(p.id, "added", "testbruger") for p in [*batch, later]]
    triggers = {
        r[0]
        for r in empty_store.db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        ).fetchall()
    }
    assert {"participations_history_ai", "participations_ai"} <= triggers
