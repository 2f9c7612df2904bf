"""Dates as Danes write them: every usual form read to ISO, refusals with a Danish reason."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frikommune_desktop.dates import (
    DATE_HINT,
    MONTHS,
    checked_date,
    long_date,
    parse_date,
    short_date,
    weekday_date,
)
from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.model import Experiment, Participation, Round


@pytest.mark.parametrize(
    "typed",
    [
        "15.12.2016",
        "15/12-2016",
        "15-12-16",
        "15.12.16",
        "15/12/2016",
        "15. 12. 2016",
        "151216",
        "15122016",
        "15. december 2016",
        "15 december 2016",
        "15.december 2016",
        "15. dec. 2016",
        "15 dec 2016",
        "15. DECEMBER 2016",
        "den 15. december 2016",
        "d. 15.12.2016",
        "torsdag 15. december 2016",
        "torsdag, den 15. december 2016",
        "15.12.2016.",
        "2016-12-15",
        "2016.12.15",
        " 15.12.2016\u00a0",
    ],
)
def test_every_usual_form_gives_the_iso_date(typed: str) -> None:
    """Numeric, two-digit-year, worded, abbreviated, weekday and ISO forms all give ISO."""
    assert parse_date(typed) == "2016-12-15"


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("1. maj 2017", "2017-05-01"),
        ("1 maj 2017", "2017-05-01"),
        ("1. jan. 2018", "2018-01-01"),
        ("28. feb 2017", "2017-02-28"),
        ("1. marts 2017", "2017-03-01"),
        ("1. mar. 2017", "2017-03-01"),
        ("1. sept. 2017", "2017-09-01"),
        ("1. sep 2017", "2017-09-01"),
        ("1. okt. 2017", "2017-10-01"),
        ("1. nov. 2017", "2017-11-01"),
        ("29.02.2016", "2016-02-29"),
        ("1.5.17", "2017-05-01"),
    ],
)
def test_danish_month_names_and_abbreviations(typed: str, iso: str) -> None:
    """Every month by its Danish name or a usual abbreviation; day and month without zeros."""
    assert parse_date(typed) == iso


@pytest.mark.parametrize("typed", ["", "   "])
def test_an_empty_date_is_empty(typed: str) -> None:
    """Nothing typed gives '' (a date field may be left empty)."""
    assert parse_date(typed) == ""


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("1. maj", "Årstallet mangler"),
        ("15.12", "Årstallet mangler"),
        ("1. dec.", "Årstallet mangler"),
        ("december 2016", "Dagen mangler"),
        ("15.13.2016", "Datoen findes ikke: måned 13 findes ikke"),
        ("31.02.2016", "Datoen findes ikke: februar 2016 har 29 dage"),
        ("29.02.2017", "Datoen findes ikke: februar 2017 har 28 dage"),
        ("32.01.2016", "Datoen findes ikke: januar 2016 har 31 dage"),
        ("2016-13-01", "Datoen findes ikke: måned 13 findes ikke"),
        ("1. decembre 2016", "Ukendt måned 'decembre'"),
        ("1. de 2016", "Ukendt måned 'de'"),
        ("fredag 15. december 2016", "15-12-2016 er en torsdag, ikke en fredag"),
        ("snart", "Forventet en dato"),
        ("2016", "Forventet en dato"),
        ("42705a", "Forventet en dato"),
    ],
)
def test_a_date_that_cannot_be_read_is_refused_with_its_reason(typed: str, reason: str) -> None:
    """No year, no day, an impossible day, an unknown month or no date: a Danish reason that
    ends with the forms a date may be written in."""
    with pytest.raises(InvalidValueError) as refused:
        parse_date(typed)
    message = str(refused.value)
    assert message.startswith(reason) and message.endswith(DATE_HINT)


@given(day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)))
def test_every_display_form_is_read_back_to_its_date(day: dt.date) -> None:
    """The window's, the letters' and the weekday form of any date read back to that date."""
    for shown in (short_date(day), long_date(day), weekday_date(day), day.isoformat()):
        assert parse_date(shown) == day.isoformat()


def test_display_forms() -> None:
    """The window shows '01-12-2016' (the ministry's numeric form), letters '1. december 2016'."""
    assert short_date("2016-12-01") == "01-12-2016"
    assert long_date("2016-12-01") == "1. december 2016"
    assert long_date(dt.date(2017, 5, 1)) == "1. maj 2017"
    assert weekday_date("2016-12-15") == "torsdag 15. december 2016"
    assert len(MONTHS) == 12


def test_records_store_typed_dates_as_iso() -> None:
    """A record given a date in a Danish form keeps it as ISO text."""
    assert Round(deadline="1. maj 2017").deadline == "2017-05-01"
    assert Experiment(title="x", application_date="01.12.2016").application_date == "2016-12-01"
    meeting = Participation(experiment_id="e", municipality="101", approval_meeting_date="15-12-16")
    assert meeting.approval_meeting_date == "2016-12-15"


@pytest.mark.parametrize("bad", ["15.13.2016", "1. maj", "i morgen"])
def test_records_refuse_a_non_date_naming_the_field(bad: str) -> None:
    """A record's date that is no date is refused with the field, the value and the reason."""
    with pytest.raises(InvalidValueError, match=f"Ugyldig dato for mødedato: '{bad}'"):
        Participation(experiment_id="e", municipality="101", approval_meeting_date=bad)
    with pytest.raises(InvalidValueError, match="ansøgningsrunde"):
        Round(deadline=bad)
    assert checked_date("", "mødedato") == ""
