"""Parsing one provision cell: '§ 140 a, stk. 2, nr. 1' and its many spellings."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frikommune_desktop.errors import InvalidValueError
from frikommune_desktop.model import format_provision
from frikommune_desktop.provision_parser import Provision, parse_provision, parse_typed_provision


@pytest.mark.parametrize(
    ("value", "expected", "display"),
    [
        ("§ 140 a, stk. 2, nr. 1", Provision("140", "a", "2", "1"), "§ 140 a, stk. 2, nr. 1"),
        ("§140a stk 2 nr 1", Provision("140", "a", "2", "1"), "§ 140 a, stk. 2, nr. 1"),
        ("§ 140A, STK. 2, NR. 1", Provision("140", "a", "2", "1"), "§ 140 a, stk. 2, nr. 1"),
        ("§ 69, stk.2", Provision("69", "", "2", ""), "§ 69, stk. 2"),
        ("140 a", Provision("140", "a", "", ""), "§ 140 a"),
        ("§ 50, stk. 5", Provision("50", "", "5", ""), "§ 50, stk. 5"),
        ("§ 2, nr. 1", Provision("2", "", "", "1"), "§ 2, nr. 1"),
        ("3.2.2", Provision("3.2.2", "", "", ""), "3.2.2"),
        ("3.2.2, stk. 5", Provision("3.2.2", "", "5", ""), "3.2.2, stk. 5"),
        ("§ 21 f", Provision("21", "f", "", ""), "§ 21 f"),
        ("§§ 52", Provision("52", "", "", ""), "§ 52"),
        ("§ 85.", Provision("85", "", "", ""), "§ 85"),
        ("  §\u00a052 a\u00a0stk.\u00a02 ", Provision("52", "a", "2", ""), "§ 52 a, stk. 2"),
        ("§ 71, stykke 3", Provision("71", "", "3", ""), "§ 71, stk. 3"),
        (140, Provision("140", "", "", ""), "§ 140"),
        (69.0, Provision("69", "", "", ""), "§ 69"),
    ],
)
def test_parse_provision_accepts_the_usual_spellings(
    value: object, expected: Provision, display: str
) -> None:
    """Spacing, punctuation, case and '§§' before one number do not matter."""
    provision = parse_provision(value)
    assert provision == expected
    assert provision.display == display


@pytest.mark.parametrize("value", ["", "   ", None])
def test_parse_provision_of_an_empty_cell_is_empty(value: object) -> None:
    """An empty cell is a legal basis for the whole law: every part empty, nothing shown."""
    assert parse_provision(value) == Provision("", "", "", "")
    assert parse_provision(value).display == ""


@pytest.mark.parametrize(
    "value",
    [
        "§§ 52 og 52a",
        "§ 52, 53",
        "§ 52, § 53",
        "§ 52 samt § 53",
        "§ 52/53",
        "§§ 52-54 og 56",
    ],
)
def test_parse_provision_refuses_several_provisions(value: str) -> None:
    """A list is refused: one provision per row (a range is one provision, see below)."""
    with pytest.raises(InvalidValueError, match=re.escape("Forventet én bestemmelse pr. række")):
        parse_provision(value)


@pytest.mark.parametrize(
    "value",
    [
        "Kapitel 3",
        "stk. 2",
        "§",
        "nr. 1",
        "Servicelovens § 85",
        "§ 85 i serviceloven",
        "§ 140 ab",
        "se bilag",
        True,
        dt.date(2016, 12, 1),
    ],
)
def test_parse_provision_refuses_what_is_not_a_provision(value: object) -> None:
    """Chapters, stray parts and text are refused with an example of one provision."""
    expected = "Forventet én bestemmelse, fx § 140 a, stk. 2, nr. 1"
    with pytest.raises(InvalidValueError, match=re.escape(expected)):
        parse_provision(value)


@pytest.mark.parametrize("value", ["§ 10, stk. 2, 1. pkt.", "§ 10, stk. 2, litra a"])
def test_parse_provision_explains_that_sentences_and_letters_are_too_fine(value: str) -> None:
    """'pkt.' and 'litra' cannot be stored; the error says so and where to write them."""
    with pytest.raises(InvalidValueError, match="punktum og litra"):
        parse_provision(value)


def test_provision_display_is_format_provision() -> None:
    """A Provision shows itself exactly as the rest of the program shows provisions."""
    provision = Provision("96", "e", "3", "")
    assert provision.display == format_provision("96", "e", "3", "") == "§ 96 e, stk. 3"


PARAGRAPHS = st.one_of(
    st.from_regex(r"[1-9][0-9]{0,3}", fullmatch=True),
    st.from_regex(r"[1-9](\.[0-9]{1,2}){1,3}", fullmatch=True),
)
LETTERS = st.sampled_from(["", *"abcdefghijklmnopqrstuvwxyzæøå"])
NUMBERS = st.one_of(st.just(""), st.from_regex(r"[1-9][0-9]?", fullmatch=True))


@given(paragraph=PARAGRAPHS, letter=LETTERS, stk=NUMBERS, nr=NUMBERS)
def test_parse_provision_round_trips_the_display_form(
    paragraph: str, letter: str, stk: str, nr: str
) -> None:
    """Whatever format_provision shows, parse_provision reads back into the same parts."""
    shown = format_provision(paragraph, letter, stk, nr)
    provision = parse_provision(shown)
    assert provision == Provision(paragraph, letter, stk, nr)
    assert provision.display == shown


@given(st.one_of(st.text(), st.integers(), st.floats(), st.none(), st.dates()))
def test_parse_provision_fails_only_with_invalid_value_error(value: object) -> None:
    """Whatever a cell holds, the result is a Provision or an InvalidValueError."""
    try:
        result = parse_provision(value)
    except InvalidValueError as error:
        assert "Forventet" in str(error)
    else:
        assert result.display == format_provision(
            result.paragraph, result.letter, result.stk, result.nr
        )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (("§ 83, stk. 2",), Provision("83", "", "2")),
        (("83 stk. 2 nr. 1",), Provision("83", "", "2", "1")),
        (("§ 83",), Provision("83")),
        (("83", "", "2"), Provision("83", "", "2")),
        (("§ 140 a", "", "2"), Provision("140", "a", "2")),
        (("",), Provision()),
    ],
)
def test_typed_provision_is_split_into_its_parts(
    typed: tuple[str, ...], expected: Provision
) -> None:
    """What is typed in the § field (and any separate parts) becomes paragraph, letter, stk, nr."""
    assert parse_typed_provision(*typed) == expected


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        (("hej",), "Forventet én bestemmelse"),
        (("§",), "Forventet én bestemmelse"),
        (("83 stk",), "Forventet én bestemmelse"),
        (("§§ 12 og 14",), "Feltet nævner flere bestemmelser"),
        (("§ 83, stk. 2", "", "3"), "stk. 2, men feltet Stk. siger 3"),
        (("", "", "2"), "kræver et §"),
    ],
)
def test_typed_provision_that_cannot_be_parsed_is_refused(
    typed: tuple[str, ...], reason: str
) -> None:
    """Garbage, a range or conflicting parts are refused with a Danish reason."""
    with pytest.raises(InvalidValueError, match=reason):
        parse_typed_provision(*typed)


@pytest.mark.parametrize(
    ("value", "expected", "display"),
    [
        ("§§ 12-14", Provision("12-14"), "§§ 12-14"),
        ("§ 65 – 67", Provision("65-67"), "§§ 65-67"),
        ("§§ 15-21e", Provision("15-21 e"), "§§ 15-21 e"),
        ("§ 69 j-o", Provision("69 j-o"), "§§ 69 j-o"),
        ("§§ 12-14, stk. 2", Provision("12-14", "", "2"), "§§ 12-14, stk. 2"),
        ("§§ 12 til 14", Provision("12-14"), "§§ 12-14"),
        ("§ 5, stk. 2 - 4", Provision("5", "", "2-4"), "§ 5, stk. 2-4"),
        ("§ 2, nr. 5–7", Provision("2", "", "", "5-7"), "§ 2, nr. 5-7"),
    ],
)
def test_a_range_is_one_provision_with_both_ends(
    value: str, expected: Provision, display: str
) -> None:
    """'§§ 12-14' is one provision holding both ends, shown '§§ 12-14', never filled in."""
    assert parse_provision(value) == expected
    assert parse_typed_provision(value) == expected
    assert expected.display == display
