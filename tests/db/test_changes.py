"""What a stored change says it touched: tables, row ids and who, for every kind of write."""

from __future__ import annotations

import sqlite3
import uuid

from frikommune_desktop.db.changes import ALL_TABLES, Changes
from frikommune_desktop.edits import AddRecord, BatchEdit, DeleteRecord, UpdateRecord
from frikommune_desktop.model import Contact, Experiment, LegalBasis, Participation
from frikommune_desktop.store import Store


def _taken(store: Store) -> Changes:
    changes = store.take_changes()
    assert changes is not None
    return changes


def test_an_add_names_its_table_its_new_row_and_its_author(demo_store: Store) -> None:
    """Adding a record announces its table and fresh id, made by the store's user."""
    demo_store.take_changes()
    contact = demo_store.records.add(Contact(name="Eva Ny"))
    changes = _taken(demo_store)
    assert changes.tables == {"contacts"}
    assert changes.ids("contacts") == {contact.id}
    assert changes.by == demo_store.user
    assert demo_store.take_changes() is None  # taken once


def test_an_update_names_only_the_row_it_changed(demo_store: Store) -> None:
    """An update of one experiment touches that experiment's row and nothing else."""
    experiment = demo_store.records.all(Experiment)[0]
    demo_store.take_changes()
    demo_store.records.update(Experiment, experiment.id, goals="Nye mål")
    changes = _taken(demo_store)
    assert changes.tables == {"experiments"}
    assert changes.ids("experiments") == {experiment.id}
    assert not changes.touches(["contacts", "municipalities"])


def test_a_delete_names_the_dependants_and_tombstones_and_restore_the_same(
    demo_store: Store,
) -> None:
    """Deleting an experiment touches its participation and legal rows and their tombstones;
    restoring them touches the same rows."""
    experiment = demo_store.records.all(Experiment)[0]
    participations = {
        p.id for p in demo_store.records.all(Participation, experiment_id=experiment.id)
    }
    legal = {b.id for b in demo_store.records.all(LegalBasis, experiment_id=experiment.id)}
    assert participations and legal
    demo_store.take_changes()
    kept = demo_store.records.delete_and_keep(Experiment, experiment.id)
    deleted = _taken(demo_store)
    assert deleted.ids("experiments") == {experiment.id}
    assert deleted.ids("participations") == participations
    assert deleted.ids("legal_bases") == legal
    assert deleted.ids("tombstones") == {experiment.id} | participations | legal
    demo_store.records.restore(kept)
    restored = _taken(demo_store)
    assert restored.tables == deleted.tables
    assert restored.rows == deleted.rows


def test_a_batch_is_one_change_naming_every_row(demo_store: Store) -> None:
    """A batch edit (adds, updates and a removal in one transaction) is announced as one;
    the removed contact's experiments, which lose it, are named too."""
    experiments = demo_store.records.all(Experiment)
    contact = demo_store.records.all(Contact)[0]
    losing = {e.id for e in experiments if contact.id in (e.subject_contact_id, e.coordinator_id)}
    demo_store.take_changes()
    batch = BatchEdit(
        adds=[Contact(id=str(uuid.uuid4()), name=f"Ny {n}") for n in "AB"],
        updates=[UpdateRecord(Experiment, experiments[0].id, {"goals": "Mål"}, "")],
        removes=[DeleteRecord(Contact, contact.id, "")],
    )
    batch.apply(demo_store)
    changes = _taken(demo_store)
    added = {c.id for c in demo_store.records.all(Contact) if c.name.startswith("Ny ")}
    assert changes.ids("contacts") == added | {contact.id}
    assert changes.ids("experiments") == {experiments[0].id} | losing
    batch.revert(demo_store)
    undone = _taken(demo_store)
    assert undone.ids("contacts") == added | {contact.id}


def test_an_undo_and_redo_name_the_row_again(demo_store: Store) -> None:
    """Reverting and re-applying an added record announce that record each time."""
    edit = AddRecord(Contact(name="Fortrydes"), "Ny kontakt")
    edit.apply(demo_store)
    demo_store.take_changes()
    edit.revert(demo_store)
    assert _taken(demo_store).ids("contacts") == {edit.record.id}
    edit.apply(demo_store)
    assert _taken(demo_store).ids("contacts") == {edit.record.id}


def test_a_failed_transaction_announces_nothing(demo_store: Store) -> None:
    """Writes rolled back with their transaction are not announced."""
    demo_store.take_changes()
    try:
        with demo_store.transaction():
            demo_store.records.add(Contact(name="Rulles tilbage"))
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert demo_store.take_changes() is None


def test_a_write_past_the_record_access_says_anything_may_have_changed(
    demo_store: Store,
) -> None:
    """SQL written straight into a transaction, without saying what, makes whole tables."""
    demo_store.take_changes()
    with demo_store.transaction():
        demo_store.db.execute("UPDATE contacts SET phone = '1'")
    changes = _taken(demo_store)
    assert changes.tables == ALL_TABLES
    assert changes.ids("contacts") is None


def test_a_change_from_another_connection_is_everything_by_its_writer(demo_path) -> None:
    """A save seen from outside names every table (any row) and the writer holding the lock."""
    with Store.open(demo_path, readonly=True) as reader:
        with Store.open(demo_path, user="Susan") as writer:
            writer.records.add(Contact(name="Fra Susan"))
            changes = reader.changes_from_outside()
        assert changes.tables == ALL_TABLES and changes.rows == {}
        assert changes.by == "Susan"


def test_merged_changes_keep_whole_tables_whole() -> None:
    """Two changes as one: ids are joined, a whole table stays whole, one source survives."""
    editor = object()
    first = Changes(frozenset({"contacts", "experiments"}), {"contacts": frozenset({"a"})}, "Eva")
    second = Changes(frozenset({"contacts"}), {"contacts": frozenset({"b"})}, "Eva", editor)
    both = first.merged(second)
    assert both.ids("contacts") == {"a", "b"}
    assert both.ids("experiments") is None
    assert both.ids("rounds") == frozenset()
    assert both.by == "Eva" and both.source is None
    assert second.merged(second).source is editor


def test_no_change_when_nothing_was_written(demo_store: Store) -> None:
    """A transaction that writes nothing announces nothing."""
    demo_store.take_changes()
    with demo_store.transaction():
        demo_store.records.all(Contact)
    assert demo_store.take_changes() is None
    assert isinstance(demo_store.db.conn, sqlite3.Connection)
