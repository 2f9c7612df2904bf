"""The domain model: vocabularies, validation and display forms."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.invisible import without_invisible
from frikommune_desktop.model import (
    ApprovalStatus,
    Experiment,
    ExperimentStatus,
    LegalBasis,
    RequestKind,
    format_provision,
)


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("83",), "§ 83"),
        (("96", "e"), "§ 96 e"),
        (("140", "a", "2"), "§ 140 a, stk. 2"),
        (("50", "", "5"), "§ 50, stk. 5"),
        (("2", "", "", "1"), "§ 2, nr. 1"),
        (("",), ""),
        (("3.2.2", "", "5"), "3.2.2, stk. 5"),
    ],
)
def test_provision_display_form(parts: tuple[str, ...], expected: str) -> None:
    """A provision is shown as the ministry writes it: '§ 140 a, stk. 2'."""
    assert format_provision(*parts) == expected


def test_legal_basis_exposes_its_provision() -> None:
    """A legal-basis row renders its own provision from its parts."""
    row = LegalBasis(experiment_id="e", law_id="l", paragraph="129", stk="2")
    assert row.provision == "§ 129, stk. 2"


def test_status_vocabulary_matches_the_issue() -> None:
    """The eight experiment statuses carry the coordinator's Danish words."""
    labels = [status.label for status in ExperimentStatus]
    assert labels == [
        "udkast",
        "indsendt",
        "imødekommet",
        "afslået",
        "hjemmel vedtaget",
        "i gang",
        "afsluttet",
        "trukket tilbage",
    ]
    assert [s.label for s in ApprovalStatus] == ["afventer", "godkendt", "afvist"]
    assert RequestKind.parse("Ny hjemmel", "type") is RequestKind.NEW_AUTHORITY


def test_vocabulary_accepts_code_or_danish_label() -> None:
    """A status given as code or as Danish label (any case) becomes the same member."""
    assert Experiment(title="x", status="indsendt").status is ExperimentStatus.SUBMITTED
    assert Experiment(title="x", status="SUBMITTED").status is ExperimentStatus.SUBMITTED


def test_unknown_vocabulary_value_is_a_clear_error() -> None:
    """An unknown status names the value and lists what is allowed."""
    with pytest.raises(InvalidValueError, match=r"'sendt'.*udkast, indsendt"):
        Experiment(title="x", status="sendt")


@given(
    title=st.text(min_size=1),
    status=st.sampled_from(list(ExperimentStatus)),
    number=st.none() | st.integers(min_value=1, max_value=999),
)
def test_record_row_round_trip(title: str, status: ExperimentStatus, number: int | None) -> None:
    """A record written as a row and read back is the same record, less invisible characters."""
    record = Experiment(title=title, status=status, number=number, application_date="2016-12-01")
    row = record.to_row()
    assert row["status"] == status.value
    assert Experiment.from_row(row) == dataclasses.replace(record, title=without_invisible(title))
