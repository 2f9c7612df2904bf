"""Cleaning messy spreadsheet cell values, or raising a Danish error saying what was expected."""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import TypeVar

from openpyxl.utils.datetime import from_excel

from .. import dates
from ..dates import DATE_HINT
from ..errors import InvalidValueError
from ..invisible import without_invisible
from ..model import ApprovalStatus, ContactRole, LabelledEnum, Law, RequestKind
from ..program.resources import CatalogLaw, OfficialMunicipality
from .layout import APPROVAL_CHOICES, REQUEST_CHOICES, ROLE_CHOICES

_ODD_SPACE = re.compile(r"[^\S\n]")  # tabs, non-breaking spaces …
_NOT_PLAIN = re.compile(r"[^\S ]")  # any white space but the space: line breaks, tabs, NBSP …
_CODE_TEXT = re.compile(r"\s*[0-9]{1,4}\s*")


def _visible(value: str) -> str:
    """Return text in NFC without invisible and direction-changing characters (invisible.py)."""
    text = value if unicodedata.is_normalized("NFC", value) else unicodedata.normalize("NFC", value)
    return without_invisible(text)


def _join_or(items: Iterable[str], last: str = "eller") -> str:
    """Return 'A', 'A eller B' or 'A, B eller C' (or with another last word, e.g. 'og')."""
    words = list(items)
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} {last} {words[-1]}"


def _squash(text: str) -> str:
    """Return text folded for comparison: lower case, letters and digits only."""
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFC", text).casefold())


def clean_text(value: object) -> str:
    """Return a cell's value as one line of text: trimmed, single-spaced, '' for empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nej"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return re.sub(r"\s+", " ", _visible(str(value))).strip()


def clean_multiline(value: object) -> str:
    """Return a long text with its paragraph breaks kept: lines right-trimmed, no blank ends."""
    if not isinstance(value, str):
        return clean_text(value)
    text = _visible(value)
    if not _NOT_PLAIN.search(text):
        return text.strip()  # one plain line: the common case, kept fast
    lines = [_ODD_SPACE.sub(" ", line).rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines).strip())  # inner indents are kept


def parse_date(value: object) -> str:
    """Return a cell's date as ISO 'YYYY-MM-DD' ('' for empty), from a date, serial or text
    (text in any form dates.parse_date reads)."""
    if isinstance(value, dt.date):
        return (value.date() if isinstance(value, dt.datetime) else value).isoformat()
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value <= 2958465:  # Excel's first and last day (and not NaN)
            raise InvalidValueError(DATE_HINT)
        moment: dt.datetime = from_excel(value)  # a serial number gives a datetime
        return moment.date().isoformat()
    if value is not None and not isinstance(value, str):
        raise InvalidValueError(DATE_HINT)
    return dates.parse_date(clean_text(value))


_PHONE_HINT = (
    "Forventet et telefonnummer med 8 cifre, fx 41 85 50 61 "
    "(udenlandske numre med landekode, fx +46 8 123 456 78)."
)
_PHONE_LABEL = re.compile(r"^(?:telefon(?:nummer|nr)?|tlf|tel|mobil|mob)\.?\s*(?:nr\.?)?\s*:?\s*")


def parse_phone(value: object) -> str:
    """Return a phone number as '41 85 50 61' (foreign ones as '+CC …'), '' for empty."""
    if isinstance(value, bool | dt.date) or (isinstance(value, float) and not value.is_integer()):
        raise InvalidValueError(_PHONE_HINT)
    text = re.sub(r"^(?:\+|00)\s*", "+", _PHONE_LABEL.sub("", clean_text(value).casefold()))
    digits = re.sub(r"\D", "", text, flags=re.A)
    if not text:
        return ""
    if re.fullmatch(r"\+[1-9][0-9\s().\-/]*", text) and not text.startswith("+45"):
        if 8 <= len(digits) <= 15:  # a foreign number, kept as written
            return text
    elif re.fullmatch(r"(?:\+45)?[0-9\s().\-/]+", text):
        if text.startswith("+45") or (len(digits) == 10 and digits.startswith("45")):
            digits = digits[2:]
        if len(digits) == 8 and digits[0] in "23456789":  # the Danish numbering plan
            return " ".join(digits[i : i + 2] for i in range(0, 8, 2))
    raise InvalidValueError(_PHONE_HINT)


_EMAIL = re.compile(
    r"(?P<local>[^\s@<>()\[\],;:\"]+)"
    r"@(?P<domain>[^\W_][\w-]*(?:\.[\w-]+)*\.[^\W\d_]{2,})"
)
_EMAIL_HINT = "Forventet en e-mailadresse, fx navn@kommune.dk."


def parse_email(value: object) -> str:
    """Return an e-mail address with its domain in lower case, '' for empty."""
    if value is not None and not isinstance(value, str):
        raise InvalidValueError(_EMAIL_HINT)
    text = re.sub(r"^mailto:\s*", "", clean_text(value), flags=re.IGNORECASE)
    if not text:
        return ""
    if not (match := _EMAIL.fullmatch(text)):
        raise InvalidValueError(_EMAIL_HINT)
    return f"{match['local']}@{match['domain'].lower()}"


_YES_NO = {
    "ja": True,
    "j": True,
    "x": True,
    "✓": True,
    "✔": True,
    "1": True,
    "nej": False,
    "n": False,
    "0": False,
}


def parse_yes_no(value: object) -> bool | None:
    """Return True for Ja (J, x, ✓, 1), False for Nej (N, 0), None for an empty cell."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = clean_text(value).casefold() if isinstance(value, str) else "?"
    if text and text not in _YES_NO:
        raise InvalidValueError("Forventet Ja eller Nej.")
    return _YES_NO[text] if text else None


_E = TypeVar("_E", bound=LabelledEnum)


def _vocabulary(kind: type[_E], extra: Mapping[str, _E]) -> dict[str, _E]:
    """Return a vocabulary's accepted words (codes, labels, extras), squashed."""
    words = {_squash(member.value): member for member in kind}
    words |= {_squash(member.label): member for member in kind}
    return words | {_squash(word): member for word, member in extra.items()}


def _parse_word(value: object, words: Mapping[str, _E], default: _E, choices: Iterable[str]) -> _E:
    """Return the vocabulary member a cell names, the default for empty, or raise."""
    text = clean_text(value) if value is None or isinstance(value, str) else "?"
    if not text:
        return default
    if (member := words.get(_squash(text))) is None:
        raise InvalidValueError(f"Forventet {_join_or(choices)}.")
    return member


_REQUEST_WORDS = _vocabulary(
    RequestKind, dict.fromkeys(("fritagelse", "undtagelse"), RequestKind.EXEMPTION)
)
_APPROVAL_WORDS = _vocabulary(ApprovalStatus, {"ikke behandlet": ApprovalStatus.PENDING})
_ROLE_WORDS = _vocabulary(
    ContactRole,
    {
        "kontaktperson": ContactRole.SUBJECT_CONTACT,
        "faglig kontakt": ContactRole.SUBJECT_CONTACT,
        "koordinator": ContactRole.COORDINATOR,
        "tovholder": ContactRole.COORDINATOR,
    },
)


def parse_request_kind(value: object) -> RequestKind:
    """Return what a legal-basis row asks for; an empty cell means an exemption."""
    return _parse_word(value, _REQUEST_WORDS, RequestKind.EXEMPTION, REQUEST_CHOICES)


def parse_approval(value: object) -> ApprovalStatus:
    """Return a participation's approval status; an empty cell means pending."""
    return _parse_word(value, _APPROVAL_WORDS, ApprovalStatus.PENDING, APPROVAL_CHOICES)


def parse_role(value: object) -> ContactRole:
    """Return a contact's role; an empty cell means other."""
    return _parse_word(value, _ROLE_WORDS, ContactRole.OTHER, ROLE_CHOICES)


def _fold_place(text: str) -> str:
    """Return a municipality name folded: case, spaces, hyphens and aa/å ignored, no 'Kommune'."""
    key = _squash(unicodedata.normalize("NFC", text).casefold().replace("aa", "å"))
    for suffix in ("regionskommune", "kommuner", "kommune"):
        if key.endswith(suffix) and len(key) > len(suffix):
            return key[: -len(suffix)]
    return key


_NAME_SEPARATORS = re.compile(r"\s*(?:[/,;&+]|\bog\b)\s*", re.IGNORECASE)
_AFTER_KOMMUNE = re.compile(r"(?<=kommune)\s+", re.IGNORECASE)


class MunicipalityMatcher:
    """Finds the kommunekode a cell names, by code or by any usual form of the name."""

    def __init__(self, municipalities: Iterable[OfficialMunicipality]) -> None:
        self._names = {m.code: m.name for m in municipalities}
        self._official: dict[str, str] = {}
        self._keys: dict[str, set[str]] = {}
        for code, name in self._names.items():
            self._official.setdefault(_fold_place(name), code)
            self._keys.setdefault(_fold_place(name), set()).add(code)
        for code, name in self._names.items():  # genitive: 'Københavns', 'Favrskovs'
            if (genitive := _fold_place(name) + "s") not in self._official:
                self._keys.setdefault(genitive, set()).add(code)

    def name(self, code: object) -> str:
        """Return the official name of a municipality given by its code."""
        return self._names[self.match(code)]

    def match(self, value: object) -> str:
        """Return the kommunekode of the one municipality a cell names, or raise a clear error."""
        codes = self.match_many(value)
        if not codes:
            raise InvalidValueError("Forventet et kommunenavn eller en kommunekode, fx 169.")
        if len(codes) > 1:
            named = _join_or((self._label(code) for code in codes), "og")
            raise InvalidValueError(
                f"'{clean_text(value)}' nævner {len(codes)} kommuner: "
                f"{named}. Forventet én kommune pr. række."
            )
        return codes[0]

    def match_many(self, value: object) -> list[str]:
        """Return the codes of every municipality a cell lists ('A/B', 'A og B', 'A, B')."""
        code = self._code(value)
        if code is not None:
            return [code]
        text = clean_text(value)
        if not text:
            return []
        if (whole := self._lookup(text)) is not None:
            return [whole]
        return list(dict.fromkeys(self._match_one(part) for part in _split_names(text)))

    def _code(self, value: object) -> str | None:
        """Return the code a number or digit string gives (None if it is not one), or raise."""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            text = str(value) if 0 <= value < 10_000 else "?"
        elif isinstance(value, str) and _CODE_TEXT.fullmatch(value):
            text = value.strip()
        else:
            return None
        if (code := text.lstrip("0").zfill(3)) not in self._names:
            raise InvalidValueError(
                f"Ukendt kommunekode '{text}'. Forventet en kommunekode med "
                "tre cifre, fx 169 for Høje-Taastrup."
            )
        return code

    def _label(self, code: str) -> str:
        """Return a municipality as named in messages: 'Høje-Taastrup (169)'."""
        return f"{self._names[code]} ({code})"

    def _lookup(self, text: str) -> str | None:
        """Return the code a single name folds to, None if unknown; raise if ambiguous."""
        codes = self._keys.get(_fold_place(text))
        if codes and len(codes) > 1:
            names = _join_or(self._label(code) for code in sorted(codes))
            raise InvalidValueError(f"'{text}' kan være flere kommuner: {names}.")
        return next(iter(codes)) if codes else None

    def _match_one(self, text: str) -> str:
        """Return the code of one name, or raise naming the closest official names."""
        if (code := self._lookup(text)) is not None:
            return code
        close = difflib.get_close_matches(_fold_place(text), self._official, n=3, cutoff=0.6)
        if close:
            shown = _join_or(self._label(self._official[key]) for key in close)
            raise InvalidValueError(f"Ukendt kommune '{text}'. Mente du: {shown}?")
        raise InvalidValueError(
            f"Ukendt kommune '{text}'. Forventet et kommunenavn, "
            "fx Høje-Taastrup, eller en kommunekode, fx 169."
        )


def _split_names(text: str) -> list[str]:
    """Split a list of municipality names at '/', ',', ';', '&', 'og' and after 'Kommune'."""
    chunks = _NAME_SEPARATORS.split(text)
    return [part for chunk in chunks for part in _AFTER_KOMMUNE.split(chunk) if part.strip()]


def _fold_title(text: str) -> str:
    """Return a title folded: case, quotes, punctuation, dashes and extra spaces ignored."""
    return " ".join(re.sub(r"[\W_]+", " ", clean_text(text).casefold()).split())


_TITLE_NUMBER = re.compile(r"^(?:(?:forsøg|ansøgning)\s*(?:nr\.?)?\s*)?[0-9]+\s*[.:)\-–]?\s*", re.I)


class TitleMatcher:
    """Finds the experiment a cell names by its title (exact apart from case and punctuation)."""

    def __init__(self, titles: Mapping[str, str]) -> None:
        self._ids: dict[str, list[str]] = {}
        self._titles: dict[str, str] = {}
        for experiment_id, title in titles.items():
            key = _fold_title(title)
            self._ids.setdefault(key, []).append(experiment_id)
            self._titles.setdefault(key, clean_text(title))

    def match(self, value: object) -> str:
        """Return the id of the experiment whose title the cell gives, or raise a clear error."""
        text = clean_text(value)
        if not text:
            raise InvalidValueError("Forventet titlen på et af netværkets forsøg.")
        unnumbered = _TITLE_NUMBER.sub("", text, count=1)
        for candidate in dict.fromkeys((text, unnumbered)):
            ids = self._ids.get(_fold_title(candidate))
            if ids and len(ids) > 1:
                raise InvalidValueError(
                    f"Titlen '{text}' er tvetydig: {len(ids)} forsøg har "
                    "den. Forventet en titel, der kun findes på ét forsøg."
                )
            if ids:
                return ids[0]
        close = difflib.get_close_matches(_fold_title(unnumbered), self._titles, n=3, cutoff=0.6)
        if close:
            shown = _join_or(f"'{self._titles[key]}'" for key in close)
            raise InvalidValueError(f"Ukendt forsøg '{text}'. Mente du: {shown}?")
        raise InvalidValueError(
            f"Ukendt forsøg '{text}'. Forventet titlen på et af netværkets forsøg."
        )


def _fold_law(text: str) -> str:
    """Return a law's name folded: case, punctuation, spaces and a trailing 'm.v.' ignored."""
    return _squash(re.sub(r"\bm\W*v\W*$", "", clean_text(text).casefold()))


class LawMatcher:
    """Finds the catalog law a cell names by key, title, short name, abbreviation or alias."""

    def __init__(self, catalog_laws: Iterable[CatalogLaw | Law]) -> None:
        self._short: dict[str, str] = {}
        self._keys: dict[str, set[str]] = {}
        for law in catalog_laws:
            key = law.key
            self._short[key] = law.short_name or law.title
            names = (key, law.title, law.short_name, law.abbreviation, *getattr(law, "aliases", ()))
            for name in filter(None, names):
                self._keys.setdefault(_fold_law(name), set()).add(key)

    def match(self, value: object) -> str:
        """Return the key of the law a cell names, or raise naming the closest laws."""
        text = clean_text(value)
        folded = _fold_law(text)
        if not folded:
            raise InvalidValueError("Forventet en lov, fx serviceloven eller SEL.")
        keys = self._keys.get(folded, set())
        if len(keys) > 1:
            shown = _join_or(sorted(self._short[key] for key in keys))
            raise InvalidValueError(
                f"'{text}' kan være flere love: {shown}. Forventet lovens fulde titel."
            )
        if keys:
            return next(iter(keys))
        close = difflib.get_close_matches(folded, self._keys, n=10, cutoff=0.6)
        laws = list(dict.fromkeys(key for name in close for key in sorted(self._keys[name])))
        if laws:
            shown = _join_or(self._short[key] for key in laws[:3])
            raise InvalidValueError(f"Ukendt lov '{text}'. Mente du: {shown}?")
        raise InvalidValueError(
            f"Ukendt lov '{text}'. Forventet lovens titel, kortnavn eller "
            "forkortelse, fx Lov om social service, serviceloven eller SEL."
        )
