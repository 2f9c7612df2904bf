"""Reading the application template's header cells: municipalities, contacts and the date."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import InvalidValueError
from ..program.resources import official_municipalities
from ..sheets.normalise import MunicipalityMatcher, clean_text, parse_date, parse_email, parse_phone

#: The template's placeholders: '[Navn]', '[Telefon]', '[Dato]' … stand for an empty field.
PLACEHOLDER = re.compile(r"\[[^\]]{0,40}\]|\bxx+\b|\.{4,}|_{3,}", re.IGNORECASE)
_FILLER = {
    *("kommune", "kommuner", "kommunerne", "kommunes", "og", "samt", "&", "+"),
    *("regionskommune", "k"),
}
_WORD = re.compile(r"[^\W\d_](?:[\w'-]*\w)?|&")
_PARENTHESIS = re.compile(r"\(([^()]*)\)")
_EMAIL_LABEL = re.compile(r"^\s*e-?mail\s*:?\s*", re.IGNORECASE)
# An address starts where a run of its characters starts: a search that tried every position
# inside a long word took time quadratic in its length.
_ANY_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_INLINE_PHONE = re.compile(
    r"(?:telefon|tlf|tel|mobil)\.?\s*(?:nr\.?)?\s*:?\s*(?P<number>\+?[\d][\d \-]{6,}\d)|"
    r"(?<![\w@.])(?P<bare>(?:\+45\s?)?\d{2}\s?\d{2}\s?\d{2}\s?\d{2})(?![\w@])",
    re.I,
)
_PHONE_LABEL = re.compile(r"^\s*(?:telefon|tlf|tel|mobil)\.?\s*:?\s*$", re.IGNORECASE)


def without_placeholders(text: str) -> str:
    """Return a cell's text with template placeholders removed ('' if that is all it held)."""
    return clean_text(PLACEHOLDER.sub(" ", text)).strip(" ,;:")


@dataclass
class Participants:
    """The municipalities a "Deltagerkommuner" cell lists, their reservations and leftovers."""

    codes: list[str] = field(default_factory=list)
    reservations: dict[str, str] = field(default_factory=dict)
    unknown: list[str] = field(default_factory=list)


class MunicipalityFinder:
    """Finds the municipalities a free-text cell names: 'Aabenraa Kommune Favrskov Kommune'."""

    def __init__(self) -> None:
        municipalities = official_municipalities()
        self._matcher = MunicipalityMatcher(municipalities)
        # Each part of a double name alone: 'Lyngby', 'Taastrup', 'Ringkøbing', 'Brande'.
        parts: dict[str, list[str]] = {}
        for municipality in municipalities:
            if "-" in municipality.name:
                for part in municipality.name.split("-"):
                    if len(part) >= 5:
                        parts.setdefault(_fold(part), []).append(municipality.code)
        self._parts = {part: codes[0] for part, codes in parts.items() if len(codes) == 1}

    def lookup(self, text: str) -> str | None:
        """Return the code of the one municipality `text` names, else None.

        A name is found without the genitive s its official form carries ('Nordfyn' for
        Nordfyns, 'Vesthimmerland Kommune' for Vesthimmerlands Kommune), and a double name by
        either of its parts ('Lyngby' for Lyngby-Taarbæk).
        """
        if not text or text[0].isdigit():
            return None
        code = self._exact(text)
        if code is None and not text.casefold().endswith("s"):
            code = self._exact(text + "s")
        return code or self._parts.get(_fold(text))

    def _exact(self, text: str) -> str | None:
        """Return the code of the one municipality `text` names as the matcher knows it."""
        try:
            codes = self._matcher.match_many(text)
        except InvalidValueError:
            return None
        return codes[0] if len(codes) == 1 else None

    def find(self, text: str) -> tuple[list[str], list[str]]:
        """Return (codes in order, unknown words) of every municipality named in `text`."""
        codes: list[str] = []
        unknown: list[str] = []
        for chunk in re.split(r"[,;/.:]|\bog\b|\bsamt\b|&", text):
            words = [w for w in _WORD.findall(chunk) if w.casefold() not in _FILLER]
            i = 0
            unread: list[str] = []  # a run of unknown words is one unknown name: 'Nørre Snede'
            while i < len(words):
                for size in (3, 2, 1):  # 'Høje Taastrup' is two words, 'Lyngby-Taarbæk' one
                    window = words[i : i + size]
                    code = self.lookup(" ".join(window)) if len(window) == size else None
                    if code:
                        codes.append(code)
                        i += size
                        unknown += [" ".join(unread)] if unread else []
                        unread = []
                        break
                else:
                    unread.append(words[i])
                    i += 1
            unknown += [" ".join(unread)] if unread else []
        return list(dict.fromkeys(codes)), unknown

    def participants(self, cell: str) -> Participants:
        """Read a "Deltagerkommuner" cell: names, and reservations written in parentheses."""
        text = without_placeholders(cell)
        result = Participants()
        pieces: list[tuple[list[str], str]] = []  # (codes before a parenthesis, its text)
        pos = 0
        for match in _PARENTHESIS.finditer(text):
            codes, unknown = self.find(text[pos : match.start()])
            result.codes += [code for code in codes if code not in result.codes]
            result.unknown += unknown
            pieces.append((codes, clean_text(match[1])))
            pos = match.end()
        codes, unknown = self.find(text[pos:])
        result.codes += [code for code in codes if code not in result.codes]
        result.unknown += unknown
        trailing_text = bool(codes)
        for index, (before, note) in enumerate(pieces):
            if not note:
                continue
            last = index == len(pieces) - 1 and not trailing_text
            if last and re.match(
                r"(?:alle|begge|samtlige)?\s*(?:kommuner\s+)?(?:med\s+)?forbehold"
                r"|alle|begge|samtlige",
                note,
                re.IGNORECASE,
            ):
                for code in result.codes:  # '(Med forbehold for … godkendelse)' after the list
                    result.reservations.setdefault(code, note)
            elif before:
                result.reservations[before[-1]] = note
        return result


def _fold(name: str) -> str:
    """Return a name folded for the part lookup: case ignored, 'aa' as 'å', 'Kommune' dropped."""
    words = name.casefold().replace("aa", "å").split()
    return " ".join(word for word in words if word not in _FILLER)


@dataclass
class PersonCell:
    """A contact person read from the header: name, title, municipality, phone and e-mail."""

    name: str = ""
    title: str = ""
    municipality: str | None = None
    phone: str = ""
    email: str = ""
    problems: list[str] = field(default_factory=list)


def read_person(
    finder: MunicipalityFinder, name_cell: str, detail_rows: list[tuple[str, ...]], what: str
) -> PersonCell:
    """Read a person's cell ('Navn, titel, Kommune') and the phone/e-mail cells below it."""
    person = PersonCell()
    text = without_placeholders(name_cell)
    inline_email = _ANY_EMAIL.search(text)
    inline_phone = _INLINE_PHONE.search(text)
    for found in filter(None, (inline_email, inline_phone)):  # 'Navn, navn@x.dk, tlf. 12 34 56 78'
        text = text.replace(found[0], ",")
    parts = [part.strip(" ,;:") for part in re.split(r"[,;\n]", text) if part.strip(" ,;:")]
    if parts:
        person.name = parts[0]
        for part in parts[1:]:
            code = finder.lookup(part)
            if code and person.municipality is None:
                person.municipality = code
            elif not person.title:
                person.title = part
    else:
        person.problems.append(f"{what}: intet navn udfyldt")
    cells = [cell for row in detail_rows for cell in row]
    for index, cell in enumerate(cells):
        following = cells[index + 1] if index + 1 < len(cells) else ""
        if _PHONE_LABEL.match(cell):
            person.phone = _phone(without_placeholders(following), what, person)
        elif _EMAIL_LABEL.match(cell):
            address = _EMAIL_LABEL.sub("", cell).strip() or following
            person.email = _email(without_placeholders(address), what, person)
        elif not person.phone and (labelled := _INLINE_PHONE.search(cell)):
            person.phone = _phone(labelled["number"] or labelled["bare"], what, person)
        if not person.email and (written := _ANY_EMAIL.search(cell)):
            person.email = _email(written[0], what, person)
    if not person.email and inline_email:
        person.email = _email(inline_email[0], what, person)
    if not person.phone and inline_phone:
        person.phone = _phone(inline_phone["number"] or inline_phone["bare"], what, person)
    return person


def _phone(text: str, what: str, person: PersonCell) -> str:
    """Return a phone number in its usual form, or '' with a note of what was there."""
    if not text or _EMAIL_LABEL.match(text):
        return ""
    try:
        return parse_phone(text)
    except InvalidValueError:
        person.problems.append(f"{what}: telefonnummeret '{text}' kan ikke læses")
        return ""


def _email(text: str, what: str, person: PersonCell) -> str:
    """Return an e-mail address, or '' with a note of what was there."""
    if not text:
        return ""
    try:
        return parse_email(text.split()[0])
    except InvalidValueError:
        person.problems.append(f"{what}: e-mailadressen '{text}' kan ikke læses")
        return ""


def read_date(cell: str) -> tuple[str, str | None]:
    """Return (ISO date or '', a note if the cell held something that is not a whole date)."""
    text = without_placeholders(cell).rstrip(". ")
    if not text:
        return "", None
    try:
        return parse_date(text), None
    except InvalidValueError:
        return "", f"Dato for ansøgning: '{text}' er ikke en hel dato; feltet er ladt tomt"
