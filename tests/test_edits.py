"""Undoable edits: every change can be reverted and re-applied, with nothing lost."""

from __future__ import annotations

from frikommune_desktop.edits import AddRecord, DeleteRecord, MarkRoundSubmitted, UpdateRecord
from frikommune_desktop.model import Contact, Experiment, ExperimentStatus, Participation, Round
from frikommune_desktop.queries.dump import dump_network
from frikommune_desktop.store import Store
from frikommune_desktop.submission import find_round


def _content(store: Store) -> dict:
    """The file's content without timestamps, for before/after comparisons."""
    data = dump_network(store)
    for contact in data["contacts"]:
        contact.pop("id")
    return {k: v for k, v in data.items() if k != "network"} | {
        "network": {k: v for k, v in data["network"].items() if not k.endswith("_at")}
    }


def test_add_undo_redo_brings_back_the_same_row(empty_store: Store) -> None:
    """Undoing an add removes the row; redo restores it with the same id."""
    edit = AddRecord(Experiment(title="Deleboliger"), text="Nyt forsøg")
    edit.apply(empty_store)
    row_id = edit.record.id
    assert empty_store.records.get(Experiment, row_id).title == "Deleboliger"
    edit.revert(empty_store)
    assert empty_store.records.all(Experiment) == []
    edit.apply(empty_store)
    assert empty_store.records.get(Experiment, row_id).title == "Deleboliger"
    assert empty_store.records.deleted_ids(Experiment) == set()


def test_update_undo_restores_previous_values(demo_store: Store) -> None:
    """Undoing an update puts back exactly the old field values."""
    first = demo_store.records.all(Experiment)[0]
    edit = UpdateRecord(Experiment, first.id, {"status": "granted", "title": "Ny titel"}, "Ret")
    edit.apply(demo_store)
    assert demo_store.records.get(Experiment, first.id).title == "Ny titel"
    edit.revert(demo_store)
    after = demo_store.records.get(Experiment, first.id)
    assert (after.title, after.status) == (first.title, first.status)


def test_delete_undo_restores_the_experiment_with_all_its_rows(demo_store: Store) -> None:
    """Deleting an experiment and undoing it brings back participation and legal rows."""
    before = _content(demo_store)
    first = demo_store.records.all(Experiment)[0]
    edit = DeleteRecord(Experiment, first.id, "Slet forsøg")
    edit.apply(demo_store)
    assert len(demo_store.records.all(Experiment)) == 4
    assert demo_store.records.all(Participation, experiment_id=first.id) == []
    edit.revert(demo_store)
    assert _content(demo_store) == before
    assert demo_store.records.deleted_ids(Experiment) == set()
    edit.apply(demo_store)
    assert len(demo_store.records.all(Experiment)) == 4


def test_delete_contact_undo_restores_references(demo_store: Store) -> None:
    """Undoing the delete of a contact re-links the experiments that named them."""
    before = _content(demo_store)
    person = next(
        c for c in demo_store.records.all(Contact) if c.name == "Christine Bagge Petersen"
    )
    edit = DeleteRecord(Contact, person.id, "Slet kontakt")
    edit.apply(demo_store)
    assert all(e.coordinator_id is None for e in demo_store.records.all(Experiment))
    edit.revert(demo_store)
    assert _content(demo_store) == before


def test_mark_round_submitted_undo_restores_time_and_drafts(demo_store: Store) -> None:
    """Marking a round sends its drafts; undo restores the old time and only those drafts."""
    round_ = find_round(demo_store, "2016-12-01")
    demo_store.records.update(Round, round_.id, submitted_at="")
    experiments = demo_store.records.all(Experiment, round_id=round_.id)
    for experiment in experiments[1:]:
        demo_store.records.update(Experiment, experiment.id, status=ExperimentStatus.DRAFT)
    granted = demo_store.records.update(
        Experiment, experiments[0].id, status=ExperimentStatus.GRANTED
    )
    edit = MarkRoundSubmitted("2016-12-01", "Markér som indsendt")
    edit.apply(demo_store)
    assert find_round(demo_store, "2016-12-01").submitted_at
    statuses = {e.id: e.status for e in demo_store.records.all(Experiment, round_id=round_.id)}
    assert statuses[granted.id] is ExperimentStatus.GRANTED
    assert list(statuses.values()).count(ExperimentStatus.SUBMITTED) == len(experiments) - 1
    edit.revert(demo_store)
    assert find_round(demo_store, "2016-12-01").submitted_at == ""
    statuses = {e.id: e.status for e in demo_store.records.all(Experiment, round_id=round_.id)}
    assert statuses.pop(granted.id) is ExperimentStatus.GRANTED
    assert set(statuses.values()) == {ExperimentStatus.DRAFT}
    edit.apply(demo_store)
    assert find_round(demo_store, "2016-12-01").submitted_at
