"""Parsing one provision ('§ 140 a, stk. 2, nr. 1') into its parts, for cells and typed text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InvalidValueError
from .model import format_provision

_EXPECTED = (
    "Forventet én bestemmelse, fx § 140 a, stk. 2, nr. 1, "
    "eller et afsnit i bygningsreglementet, fx 3.2.2."
)
#: stk. and nr. are a number or a range of numbers ('stk. 2-4').
_PARTS = (
    r"(?:\s*,?\s*(?:stk|stykke)\s*\.?\s*(?P<stk>\d+(?:\s*[-–]\s*\d+)?))?"
    r"(?:\s*,?\s*(?:nr|nummer)\s*\.?\s*(?P<nr>\d+(?:\s*[-–]\s*\d+)?))?\s*[.,]?"
)
_PROVISION = re.compile(
    r"(?:§\s*)?(?P<paragraph>\d+(?:\.\d+)*)\s*(?P<letter>[a-zæøå](?![a-zæøå]))?" + _PARTS,
    re.ASCII,  # digits are 0-9 only; the letters æøå are named explicitly
)
#: A range of paragraphs, one provision with both ends: '§§ 12-14', '§ 15-21 e', '§ 69 j-o',
#: '§§ 12 til 14'.
_RANGE = re.compile(
    r"(?:§\s*)?(?P<first>\d+)(?:\s*(?P<first_letter>[a-zæøå]))?\s*(?:[-–]|\btil\b)\s*"
    r"(?:(?P<last>\d+)(?:\s*(?P<last_letter>[a-zæøå]))?|(?P<letter>[a-zæøå]))(?![a-zæøå])" + _PARTS,
    re.ASCII,
)
_DASH = re.compile(r"\s*[-–]\s*")
_SEVERAL = re.compile(
    r"§\s*§|\d\s*[a-zæøå]?\s*[-–—]\s*\d|\b(?:og|samt|eller|til)\b|[,;/&+]\s*(?:§|\d)",
    re.ASCII,
)
_SEVERAL_MESSAGE = (
    "{where} nævner flere bestemmelser. Forventet én bestemmelse pr. række, "
    "fx § 65 i én række og § 66 i den næste."
)
_FINER = re.compile(r"\b(?:pkt|punktum|litra)\b")


@dataclass(frozen=True)
class Provision:
    """A provision split into its parts: paragraph (or section), letter, stk. and nr."""

    paragraph: str = ""
    letter: str = ""
    stk: str = ""
    nr: str = ""

    @property
    def display(self) -> str:
        """Return the provision as shown everywhere else: '§ 140 a, stk. 2, nr. 1'."""
        return format_provision(self.paragraph, self.letter, self.stk, self.nr)


def parse_provision(value: object) -> Provision:
    """Return the one provision a cell names ('' parts for an empty cell), or raise clearly.

    A range of paragraphs ('§§ 12-14') is one provision with both ends in `paragraph`.
    """
    if value is None:
        return Provision()
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise InvalidValueError(_EXPECTED)
    if isinstance(value, float):
        value = str(int(value)) if value.is_integer() else repr(value)
    text = re.sub(r"\s+", " ", str(value)).strip().casefold()
    if not text:
        return Provision()
    single = re.sub(r"^§\s*§", "§", text)  # '§§ 52' names one provision all the same
    if match := _PROVISION.fullmatch(single):
        paragraph, letter = match["paragraph"], match["letter"] or ""
        return Provision(paragraph, letter, *_stk_nr(match))
    if (match := _RANGE.fullmatch(single)) and (paragraphs := _range(match)):
        return Provision(paragraphs, "", *_stk_nr(match))
    if _FINER.search(text):
        raise InvalidValueError(
            "Forventet én bestemmelse ned til stk. og nr., fx § 140 a, stk. 2, nr. 1; "
            "punktum og litra kan nævnes i formål eller begrundelse."
        )
    if _SEVERAL.search(text):
        raise InvalidValueError(_SEVERAL_MESSAGE.format(where="Cellen"))
    raise InvalidValueError(_EXPECTED)


def _stk_nr(match: re.Match[str]) -> tuple[str, str]:
    """Return a match's stk. and nr., a range written '2-4'."""
    return _DASH.sub("-", match["stk"] or ""), _DASH.sub("-", match["nr"] or "")


def _range(match: re.Match[str]) -> str:
    """Return a range's paragraph text ('12-14', '15-21 e', '69 j-o'), '' if it is no range."""
    first = match["first"] + (f" {match['first_letter']}" if match["first_letter"] else "")
    if match["letter"]:  # '§ 69 j-o': letters of one paragraph
        if not match["first_letter"] or match["letter"] <= match["first_letter"]:
            return ""
        return f"{first}-{match['letter']}"
    last = match["last"] + (f" {match['last_letter']}" if match["last_letter"] else "")
    return f"{first}-{last}" if last != first else ""


_PART_NAMES = {"letter": "Litra", "stk": "Stk.", "nr": "Nr."}


def parse_typed_provision(
    paragraph: str, letter: str = "", stk: str = "", nr: str = ""
) -> Provision:
    """Return the provision a person typed ('§ 83, stk. 2' in the § field), or raise clearly.

    The § field may hold the whole provision; parts typed in their own fields fill what it
    leaves out, and a part given differently in both places is refused.
    """
    try:
        typed = parse_provision(paragraph)
    except InvalidValueError as error:
        if str(error) == _SEVERAL_MESSAGE.format(where="Cellen"):
            raise InvalidValueError(_SEVERAL_MESSAGE.format(where="Feltet")) from None
        raise
    parts = {"letter": typed.letter, "stk": typed.stk, "nr": typed.nr}
    for name, value in (("letter", letter), ("stk", stk), ("nr", nr)):
        value = value.strip()
        if value and parts[name] and value.casefold() != parts[name]:
            raise InvalidValueError(
                f"§-feltet siger {_PART_NAMES[name].lower()} {parts[name]}, "
                f"men feltet {_PART_NAMES[name]} siger {value}."
            )
        parts[name] = parts[name] or value
    if not typed.paragraph:
        if any(parts.values()):
            raise InvalidValueError("Litra, stk. og nr. kræver et § (en paragraf).")
        return Provision()
    combined = format_provision(typed.paragraph, parts["letter"], parts["stk"], parts["nr"])
    try:
        return parse_provision(combined)
    except InvalidValueError:
        raise InvalidValueError(
            f"'{combined}' er ikke én bestemmelse. Litra er ét bogstav, stk. og nr. er tal."
        ) from None
