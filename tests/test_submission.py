"""Submission rounds: marking a round as sent, and the participation changes since then."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.exports.round_export import export_round
from frikommune_desktop.model import Experiment, ExperimentStatus, Participation, Round
from frikommune_desktop.store import Store
from frikommune_desktop.submission import (
    find_round,
    mark_submitted,
    participants_at,
    participation_changes,
)

ROUND = "2016-12-01"


def _experiment(store: Store, number: int) -> Experiment:
    return store.records.all(Experiment, number=number)[0]


def test_unknown_round_names_the_known_ones(demo_store: Store) -> None:
    """A mistyped deadline gets an error listing the file's rounds, dates as the window shows
    them (the command line reads that form too)."""
    with pytest.raises(InvalidValueError, match=r"fristen 02-12-2016.*01-12-2016, 01-05-2017, 01"):
        find_round(demo_store, "2016-12-02")


def test_demo_round_is_submitted_and_unchanged(demo_store: Store) -> None:
    """The demo's first round is marked sent when written, with nothing changed since."""
    assert find_round(demo_store, ROUND).submitted_at
    assert participation_changes(demo_store, ROUND) == []


def test_an_unsubmitted_round_cannot_be_compared(demo_store: Store) -> None:
    """Changes since submission need a submission: a clear error otherwise."""
    with pytest.raises(InvalidValueError, match="ikke markeret som indsendt"):
        participation_changes(demo_store, "2017-05-01")


def test_mark_submitted_records_the_time_and_sends_the_drafts(empty_store: Store) -> None:
    """Marking a round sets submitted_at and turns its drafts (only) into 'indsendt'."""
    round_id = find_round(empty_store, "2017-05-01").id
    draft = empty_store.records.add(Experiment(title="Kladde", round_id=round_id))
    granted = empty_store.records.add(
        Experiment(title="Bevilget", round_id=round_id, status=ExperimentStatus.GRANTED)
    )
    other = empty_store.records.add(Experiment(title="Anden runde"))
    marked = mark_submitted(empty_store, "2017-05-01")
    assert marked.submitted_at and empty_store.records.get(Round, round_id).submitted_at
    assert empty_store.records.get(Experiment, draft.id).status is ExperimentStatus.SUBMITTED
    assert empty_store.records.get(Experiment, granted.id).status is ExperimentStatus.GRANTED
    assert empty_store.records.get(Experiment, other.id).status is ExperimentStatus.DRAFT


def test_joins_and_departures_after_submission_are_listed(demo_store: Store) -> None:
    """A municipality joining and another leaving after the round was sent are both listed."""
    deleboliger = _experiment(demo_store, 4)  # Aarhus, København, Randers, Roskilde
    demo_store.records.add(
        Participation(experiment_id=deleboliger.id, municipality="710")
    )  # Favrskov
    leaving = demo_store.records.all(
        Participation, experiment_id=deleboliger.id, municipality="730"
    )
    demo_store.records.delete(Participation, leaving[0].id)  # Randers
    changes = participation_changes(demo_store, ROUND)
    assert [(c.number, c.added, c.removed) for c in changes] == [(4, ("710",), ("730",))]


def test_a_change_undone_before_the_orientation_is_no_change(demo_store: Store) -> None:
    """Joining and leaving again after submission leaves nothing to report."""
    boliger = _experiment(demo_store, 5)
    added = demo_store.records.add(Participation(experiment_id=boliger.id, municipality="751"))
    demo_store.records.delete(Participation, added.id)
    assert participation_changes(demo_store, ROUND) == []


def test_history_knows_who_took_part_when(demo_store: Store) -> None:
    """Participants at the moment of submission are reconstructed from the history."""
    round_ = find_round(demo_store, ROUND)
    boliger = _experiment(demo_store, 5)
    demo_store.records.add(Participation(experiment_id=boliger.id, municipality="751"))
    then = participants_at(demo_store, [boliger.id], round_.submitted_at)
    now = participants_at(demo_store, [boliger.id], "9999")
    assert then[boliger.id] == {"101", "265"}
    assert now[boliger.id] == {"101", "265", "751"}


def test_orientation_letter_names_the_new_municipality(demo_store: Store, tmp_path: Path) -> None:
    """--changes-since-submission writes orientering.pdf/.docx naming who joined which."""
    boliger = _experiment(demo_store, 5)
    demo_store.records.add(Participation(experiment_id=boliger.id, municipality="751"))  # Aarhus
    result = export_round(
        demo_store, ROUND, tmp_path, changes_since_submission=True, date="2017-03-01"
    )
    assert [p.name for p in result.files] == ["orientering.pdf", "orientering.docx"]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(result.files[0]).pages)
    assert "1. marts 2017" in text
    assert "5. Billigt nybyggeri" in text
    assert "Nye deltagere: Aarhus Kommune" in text
    assert "indsendte den" in text and "Med venlig hilsen" in text


def test_orientation_without_changes_is_refused_and_writes_nothing(
    demo_store: Store, tmp_path: Path
) -> None:
    """Nothing changed: a clear error, and the folder gets no files."""
    with pytest.raises(InvalidValueError, match="ikke ændret"):
        export_round(demo_store, ROUND, tmp_path / "ud", changes_since_submission=True)
    assert not (tmp_path / "ud").exists()
