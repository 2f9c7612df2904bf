"""The reference finder never reports a provision that is not written (issue 20, invented values).

A one-letter word after a number is a paragraph letter only where a letter stands, a range is
one reference with both ends as written, and a number followed by 'stk.' is the next paragraph.
"""

from __future__ import annotations

import pytest

from frikommune_desktop.legal.references import find_references


def found(text: str) -> list[tuple[str | None, str]]:
    """Return the (law, provision) pairs found in text."""
    return [(ref.law, ref.provision) for ref in find_references(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kommunen kan efter SEL § 12-14 i en periode give tilskud", [("SEL", "§§ 12-14")]),
        ("jf. SEL § 41 i den nye ordning", [("SEL", "§ 41")]),
        ("efter LAB § 33 å ja", [("LAB", "§ 33")]),
        ("SUL § 7 a gælder også", [("SUL", "§ 7 a")]),
        ("SUL § 7 ø ved kysten", [("SUL", "§ 7")]),
        ("SUL § 14 i og § 15", [("SUL", "§ 14 i"), ("SUL", "§ 15")]),
        ("SUL § 7 a, stk. 2", [("SUL", "§ 7 a, stk. 2")]),
        ("SUL § 7 a og § 8", [("SUL", "§ 7 a"), ("SUL", "§ 8")]),
        ("SUL § 7 a.", [("SUL", "§ 7 a")]),
        ("SUL § 7 a", [("SUL", "§ 7 a")]),
        ("SUL § 7 i, stk. 1", [("SUL", "§ 7 i, stk. 1")]),
        ("§ 9 b i lov om social service", [("SEL", "§ 9 b")]),
    ],
)
def test_a_one_letter_word_is_a_letter_only_where_a_letter_stands(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """'§ 12-14 i en periode' has no letter i; '§ 7 a, stk. 2' and '§ 14 i og' have letters."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAB §§ 40-44 om tilbud", [("LAB", "§§ 40-44")]),
        ("LAB § 40 – 44", [("LAB", "§§ 40-44")]),
        ("LAB §§ 40-44 c", [("LAB", "§§ 40-44 c")]),
        ("SEL § 69 j-o", [("SEL", "§§ 69 j-o")]),
        ("SEL § 69 j-69 o", [("SEL", "§§ 69 j-69 o")]),
        ("LAB § 2, nr. 5-7", [("LAB", "§ 2, nr. 5-7")]),
        ("SEL § 5, stk. 2-4", [("SEL", "§ 5, stk. 2-4")]),
        ("LAB §§ 40 til 44 om tilbud", [("LAB", "§§ 40-44")]),
        ("LAB § 40 til 44 dage", [("LAB", "§ 40")]),
    ],
)
def test_a_range_is_one_reference_with_both_ends(
    text: str, expected: list[tuple[str | None, str]]
) -> None:
    """A range is kept as written, one reference, never filled in with numbers or letters."""
    assert found(text) == expected


def test_a_number_followed_by_stk_is_the_next_paragraph() -> None:
    """'§ 5 stk. 1 og 6 stk. 2' names § 5, stk. 1 and § 6, stk. 2, not stk. 6."""
    assert found("SEL § 5 stk. 1 og 6 stk. 2") == [("SEL", "§ 5, stk. 1"), ("SEL", "§ 6, stk. 2")]
    assert found("SEL § 5, stk. 1, og 6, stk. 2") == [
        ("SEL", "§ 5, stk. 1"),
        ("SEL", "§ 6, stk. 2"),
    ]
    assert found("SEL § 5, stk. 1 og 3") == [("SEL", "§ 5, stk. 1"), ("SEL", "§ 5, stk. 3")]


def test_the_span_of_a_range_covers_both_ends() -> None:
    """A range's span is the written range, so its sentence is shown whole."""
    text = "Efter LAB §§ 40-44 i en periode"
    (ref,) = find_references(text)
    assert text[ref.start : ref.end] == "§§ 40-44"
