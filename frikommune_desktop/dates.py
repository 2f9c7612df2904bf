"""Dates as Danes write them: the one reader of typed dates, and the program's display forms.

Every date the program takes in (a field in the window, a spreadsheet cell, a Word
application's header, a command-line argument, a record's own check) is read here, and stored
as ISO text ('2016-12-15'). Two display forms, after the ministry's documents:
- short_date, '15-12-2016': lists, tables, banners and dialog fields in the window;
- long_date, '15. december 2016': letters and other running text.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata

from .errors import InvalidValueError

MONTHS = (
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
)
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")

#: What every refusal ends with: the forms a date may be written in.
DATE_HINT = "Forventet en dato, fx 1. december 2016, 01.12.2016 eller 2016-12-01."

#: 'dec', 'sept', 'december' → 12: a month's name or any start of it of three letters or more.
_MONTH_WORDS = {
    name[:size]: number
    for number, name in enumerate(MONTHS, start=1)
    for size in range(3, len(name) + 1)
}
_LEAD = re.compile(
    r"^(?:(?P<weekday>[a-zæøå]+)\s*,?\s+)?(?:den\s+|d\.\s*)?(?P<rest>.*)$", re.DOTALL
)
_SEP = r"\s*[-./]\s*"
_ISO = re.compile(rf"(\d{{4}}){_SEP}(\d{{1,2}}){_SEP}(\d{{1,2}})(?:[ t][\d:.]+)?", re.A)
_NUMERIC = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}}){_SEP}(\d{{4}}|\d{{2}})", re.A)
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})", re.A)  # '151216', '15122016'
_WORDED = re.compile(r"(\d{1,2})\s*\.?\s*([a-zæøå]+)\s*\.?\s*,?\s*(\d{4}|\d{2})?", re.A)
_NO_YEAR = re.compile(rf"\d{{1,2}}{_SEP}\d{{1,2}}", re.A)  # '15.12', '15/12'
_NO_DAY = re.compile(r"([a-zæøå]+)\s*\.?\s*(\d{4})", re.A)  # 'december 2016'


def parse_date(text: str) -> str:
    """Return the ISO date of a date as Danes write it ('' for empty), or raise
    InvalidValueError with the reason in Danish."""
    day = read_date(text)
    return day.isoformat() if day is not None else ""


def read_date(text: str) -> dt.date | None:
    """Return the date a text gives (None for empty), or raise InvalidValueError saying why.

    Read: '15.12.2016', '15/12-2016', '15-12-16', '151216', '1. maj 2017', '1 maj 2017',
    '1. dec. 2016', 'den 1. maj 2017', 'torsdag 15. december 2016' and '2016-12-15'. A
    two-digit year is in this century. A date without its year is refused, not guessed.
    """
    folded = " ".join(unicodedata.normalize("NFC", text).casefold().split())
    if not folded:
        return None
    lead = _LEAD.fullmatch(folded)
    weekday, rest = (lead["weekday"], lead["rest"]) if lead else (None, folded)
    if weekday is not None and weekday not in WEEKDAYS:  # 'den 1. maj' or a month's name
        weekday, rest = None, re.sub(r"^(?:den\s+|d\.\s*)", "", folded)
    rest = rest.rstrip(". ")  # '01.12.2016.' at the end of a sentence
    if match := _ISO.fullmatch(rest):
        year, month, day = (int(part) for part in match.groups())
    elif match := _NUMERIC.fullmatch(rest) or _DIGITS.fullmatch(rest):
        day, month, year = _day_month_year(match[1], match[2], match[3])
    elif match := _WORDED.fullmatch(rest):
        if (number := _MONTH_WORDS.get(match[2])) is None:
            raise InvalidValueError(f"Ukendt måned '{match[2]}'. {DATE_HINT}")
        if match[3] is None:
            raise InvalidValueError(f"Årstallet mangler. {DATE_HINT}")
        day, month, year = _day_month_year(match[1], str(number), match[3])
    elif _NO_YEAR.fullmatch(rest):
        raise InvalidValueError(f"Årstallet mangler. {DATE_HINT}")
    elif (match := _NO_DAY.fullmatch(rest)) and match[1] in _MONTH_WORDS:
        raise InvalidValueError(f"Dagen mangler. {DATE_HINT}")
    else:
        raise InvalidValueError(DATE_HINT)
    found = _existing(year, month, day)
    if weekday is not None and WEEKDAYS[found.weekday()] != weekday:
        raise InvalidValueError(
            f"{short_date(found)} er en {WEEKDAYS[found.weekday()]}, ikke en {weekday}. {DATE_HINT}"
        )
    return found


def _day_month_year(day: str, month: str, year: str) -> tuple[int, int, int]:
    """Return the numbers of a date written day first; a two-digit year is 20xx."""
    return int(day), int(month), int(year) + (2000 if len(year) == 2 else 0)


def _existing(year: int, month: int, day: int) -> dt.date:
    """Return the date, or raise saying why no such day exists."""
    if not 1 <= month <= 12:
        reason = f"måned {month} findes ikke"
    elif not 1 <= year <= 9999:
        reason = f"år {year} findes ikke"
    elif not 1 <= day <= (last := calendar.monthrange(year, month)[1]):
        reason = f"{MONTHS[month - 1]} {year} har {last} dage"
    else:
        return dt.date(year, month, day)
    raise InvalidValueError(f"Datoen findes ikke: {reason}. {DATE_HINT}")


def checked_date(value: str, what: str) -> str:
    """Return a record's date field as ISO ('' allowed), read in any Danish form; or raise
    InvalidValueError naming the field, the value and the reason."""
    if not value:
        return value
    if len(value) == 10 and value[4] == "-" and value[7] == "-":  # stored ISO: the fast path
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    try:
        return parse_date(value)
    except InvalidValueError as error:
        raise InvalidValueError(f"Ugyldig dato for {what}: '{value}'. {error}") from None


def _as_date(value: str | dt.date) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def short_date(value: str | dt.date) -> str:
    """Return a date in the window's form, as the ministry's documents write it: '01-12-2016'."""
    return f"{_as_date(value):%d-%m-%Y}"


def long_date(value: str | dt.date) -> str:
    """Return a date in the letters' form, as running text writes it: '1. december 2016'."""
    day = _as_date(value)
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


def weekday_date(value: str | dt.date) -> str:
    """Return a date with its weekday, to confirm what was typed: 'torsdag 1. december 2016'."""
    return f"{WEEKDAYS[_as_date(value).weekday()]} {long_date(value)}"
