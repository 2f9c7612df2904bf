"""The first-steps checklist's core: each step is done when the file holds what it asks for."""

from __future__ import annotations

from frikommune_desktop.model import Contact, Experiment, LegalBasis, Participation
from frikommune_desktop.queries.first_steps import STEP_KEYS, all_done, first_steps
from frikommune_desktop.store import Store
from frikommune_desktop.submission import mark_submitted


def _done(store: Store) -> dict[str, bool]:
    return {step.key: step.done for step in first_steps(store)}


def test_a_new_file_has_every_step_left(empty_store: Store) -> None:
    """A new network file (its preset rounds and law catalog only) has no step done."""
    steps = first_steps(empty_store)
    assert [step.key for step in steps] == list(STEP_KEYS)
    assert not any(step.done for step in steps)
    assert not all_done(steps)


def test_each_step_ticks_off_as_its_data_arrives(empty_store: Store) -> None:
    """Member, contact, experiment, legal basis, participation and a sent round tick the
    steps off one by one, in that order."""
    records = empty_store.records
    records.set_member("169")
    assert _done(empty_store) == dict.fromkeys(STEP_KEYS, False) | {"members": True}
    records.add(Contact(name="Anne Koordinator"))
    experiment = records.add(Experiment(title="Midlertidige huslejetilskud"))
    records.add(LegalBasis(experiment_id=experiment.id, law_id=records.law("serviceloven").id))
    records.add(Participation(experiment_id=experiment.id, municipality="169"))
    done = _done(empty_store)
    assert done == dict.fromkeys(STEP_KEYS, True) | {"round": False}
    mark_submitted(empty_store, "2016-12-01")
    assert all_done(first_steps(empty_store))


def test_a_step_is_left_again_when_its_data_goes(empty_store: Store) -> None:
    """Taking the only member out again (or undoing it) leaves the first step undone."""
    empty_store.records.set_member("169")
    empty_store.records.set_member("169", False)
    assert _done(empty_store)["members"] is False


def test_the_demo_network_has_every_step_done(demo_store: Store) -> None:
    """The demo network (round 1 sent) needs no checklist: every step is done."""
    assert all_done(first_steps(demo_store))
