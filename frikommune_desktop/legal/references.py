"""Finding references to law provisions in Danish prose, normalised against the law catalog.

`find_references("servicelovens §§ 83 og 85, jf. § 19, stk. 4, 1. pkt.")` returns one
`LegalReference` per provision (a list gives one each), each with the law it belongs to
(or None where the text does not say), its parts and the span of text it came from.

Nothing is reported that is not written:
- A range is one reference with both ends as written ('§§ 12-14', '§§ 15-21 c', '§ 2, nr.
  5-7', '§§ 12 til 14' after '§§' only), never filled in with the numbers or letters between.
- A letter glued to the number ('§ 140a') is the paragraph's letter. A letter after a space is
  one too ('§ 7 a gælder'), except: a capital followed by a word ('§ 30 A starter' begins a
  sentence), and the Danish one-letter words i, å and ø, which are letters only where a letter
  stands in Danish citation: followed by the end of the text, punctuation, 'stk.', 'nr.',
  'litra', 'pkt.', a conjunction (og, eller, samt, til), 'jf.', or 'i'/'efter' ('§ 14 i, stk.
  1', '§ 14 i og § 15'), never before another word ('§ 12-14 i en periode').
- A number in a list of stk. or nr. that is itself followed by 'stk.' is the next paragraph:
  '§ 5 stk. 1 og 6 stk. 2' is § 5, stk. 1 and § 6, stk. 2.

Which law a provision belongs to, in order (attribution.py):
1. a law named right after it with "i", "efter" or "jf." ("§ 21 f i lov om en aktiv
   beskæftigelsesindsats", "§ 50 i serviceloven");
2. a law named right before it ("servicelovens § 83 og § 85", "LAS § 65-67");
3. inside statute text the application quotes (quoted.py), the quoted act;
4. the `context_law` given (e.g. the law in a table row's "Lov" column);
5. the law named most recently before it (a law named sentences earlier in the section);
6. otherwise None: the law cannot be determined, and it is not guessed.
An executive order's "lovens § N" is the act the order is issued under.

The law names come from the catalog (resources/laws.json, read by law_names): titles, short
names, their genitive and definite forms and abbreviations, their colloquial forms
(colloquial.py: 'SEL-loven', 'Servicel.', 'sel § 83', 'lov om sociale service'), and the
numbers and dates of consolidated acts and orders (citations.py: 'LBK nr. 988 af 9/8 2017').
A law cited by a number the catalog lacks gives references without a law, with the citation.
Each reference says whether it stands in the applicant's prose or in quoted statute text.
Adding a law is a data change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from ..model import format_provision
from ..program.resources import CatalogLaw
from .attribution import Mentions, catalog_law, law_of_group
from .citations import UNKNOWN_KEY
from .law_names import LawNames, catalog_names
from .mentions import all_mentions
from .quoted import QuotedBlocks

#: Catalog kinds that are named without any § (a reference is the name itself).
NON_STATUTORY_KINDS = frozenset({"ulovbestemt"})


@dataclass(frozen=True, slots=True)
class LegalReference:
    """One provision found in a text: its law (None if undetermined), parts and source span."""

    law: str | None  # the catalog abbreviation, e.g. 'SEL'
    law_id: str | None  # the catalog key, e.g. 'serviceloven'
    paragraph: str
    letter: str = ""
    stk: str = ""
    nr: str = ""
    litra: str = ""
    start: int = 0
    end: int = 0
    where: str = "prose"  # 'quoted' inside statute text the application quotes
    citation: str = ""  # an act or order cited by number the catalog lacks: 'BEK nr. 5 af …'

    @property
    def provision(self) -> str:
        """Return the display form: '§ 140 a, stk. 2, nr. 1' ('' for a non-statutory basis)."""
        text = format_provision(self.paragraph, self.letter, self.stk, self.nr)
        return f"{text}, litra {self.litra}" if text and self.litra else text

    def key(self) -> tuple[str | None, str]:
        """Return what makes two references the same: law and provision."""
        return (self.law, self.provision)

    def to_json(self) -> dict[str, object]:
        """Return the reference as a JSON object (law, provision, parts, span)."""
        data = asdict(self)
        return {"law": data.pop("law"), "provision": self.provision, **data}


@dataclass
class _Item:
    """A provision being read: its parts so far and where it started."""

    paragraph: str
    letter: str = ""
    stk: str = ""
    nr: str = ""
    litra: str = ""
    start: int = 0
    end: int = 0


_START = re.compile(r"§\s*§|§|\b[Pp]aragraf(?:fen|ferne|fer)?\s+(?=\d)")
_NUMBER = re.compile(r"\s*(\d+)")
_LETTER = re.compile(r"(\s?)([a-zæøåA-ZÆØÅ])(?![\wæøå])")
#: The Danish one-letter words: letters only before what may follow a letter (see above).
_LETTER_WORDS = frozenset("iåø")
_AFTER_LETTER = re.compile(
    r"\s*(?:$|[,.;:)\]/–-]|(?:og|eller|samt|til|stk|stykke|nr|nummer|litra|pkt|jf|i|efter)\b)",
    re.I,
)
_DOT_LETTER = re.compile(r"\.([a-zæøå])\.?(?![\wæøå])")
_DOTTED = re.compile(r"\.(\d{1,2})(?:\.(\d{1,2}))?(?![\d.]?\d)")
_LETTER_RANGE = re.compile(r"\s*[-–]\s*([a-zæøåA-ZÆØÅ])(?![\wæøå])")
_RANGE = re.compile(r"\s*[-–]\s*(\d+)")
_TIL = re.compile(r"\s+til\s+(\d+)(?![\d.,]*\s*(?:dage|uger|måneder|år|timer)\b)", re.I)
# '\s*,?\s*' is written '\s*(?:,\s*)?' throughout: it reads the same text, but a long run of
# spaces is not tried split in every way between two '\s*' (time quadratic in the run).
_PKT = re.compile(r"\s*(?:,\s*)?\d+\.\s*(?:(?:og|-|–)\s*\d+\.\s*)?(?:pkt|punktum|led)\b\.?", re.I)
_PART = re.compile(
    r"(?:\.?\s*,)?\s*(?:(?P<stk>stk|stykke)\b\.?|(?P<nr>nr|nummer)\b\.?|(?P<litra>litra)\b)\s*"
    r"(?:(?P<number>\d+)|(?P<letter>[a-zæøå])(?![\wæøå]))",
    re.I,
)
_SEPARATOR = re.compile(r"\s*(?:[,;/&]\s*)?(?:\b(?:og|eller|samt)\b)?\s*", re.I)
_COMMA_LIST_END = re.compile(r"(?:\s?[a-zæøå])?(?:\s*(?:[,;.:)\]/]|\bog\b|\beller\b|[-–]|$))", re.I)
_DOUBLE_SIGN = re.compile(r"§\s*§")
_SIGN = re.compile(r"§\s*§|§")
_SPACE_WORD = re.compile(r"\s+[^\W\d_]")
_LAW_WORD = re.compile(r"\s+i\s+(?:lov|bekendtgørelse|bek)\b", re.I)
_ASIDE = re.compile(r"\s*\([^()\n]{1,80}\)")


class _GroupReader:
    """Reads one group of provisions from a '§' on: '§§ 52, 76 og 76 a', '§ 2, nr. 1-4'."""

    def __init__(self, text: str, opening: re.Match[str]) -> None:
        self.text = text
        self.start = opening.start()  # the '§', '§§' or 'paragraf' the group opens with
        self.pos = opening.end()
        self.plural = opening[0].count("§") == 2
        self.items: list[_Item] = []

    def read_paragraph(self, start: int) -> _Item | None:
        """Read 'N', 'N a', 'Na' or 'N-M' at the position, or return None."""
        match = _NUMBER.match(self.text, self.pos)
        if not match:
            return None
        item = _Item(match[1], start=start)
        self.pos = match.end()
        if dotted_letter := _DOT_LETTER.match(self.text, self.pos):  # '§ 1.a.'
            item.letter = dotted_letter[1]
            self.pos = dotted_letter.end()
        elif letter := self._letter_at(self.pos):
            item.letter, self.pos = letter
        if dotted := _DOTTED.match(self.text, self.pos):  # '§ 52.3.3': § 52, stk. 3, nr. 3
            item.stk, item.nr = dotted[1], dotted[2] or ""
            self.pos = dotted.end()
        else:
            self._read_range(item, "paragraph")
        item.end = self.pos
        return item

    def _letter_at(self, pos: int) -> tuple[str, int] | None:
        """Return (letter, end) if a paragraph letter stands at pos (the rule is above)."""
        match = _LETTER.match(self.text, pos)
        if not match:
            return None
        spaced, letter = match[1], match[2]
        if spaced and letter.isupper() and _SPACE_WORD.match(self.text, match.end()):
            return None  # '§ 30 A starter' begins a sentence; '§ 30A', '§ 57 C.' are letters
        if spaced and letter.lower() in _LETTER_WORDS:  # '§ 50 i serviceloven': a word
            if not _AFTER_LETTER.match(self.text, match.end()):
                return None
            if letter.lower() == "i" and _LAW_WORD.match(self.text, match.end()):
                return None  # '§ 3 i lov om …': the preposition before a law's title
        return letter.lower(), match.end()

    def _read_range(self, item: _Item, level: str) -> None:
        """Read a range '-M' after a number at `level` and keep it on the item as written.

        '§ 65-67' is paragraph '65-67', '§§ 15-21 e' is '15-21 e', '§ 69 j-o' is '69 j-o' and
        'nr. 5-7' is nr '5-7': one provision with both ends, never filled in.
        """
        if level == "paragraph" and item.letter:
            letters = _LETTER_RANGE.match(self.text, self.pos)
            if letters and item.letter < letters[1].lower() <= "z":
                item.paragraph = f"{item.paragraph} {item.letter}-{letters[1].lower()}"
                item.letter = ""
                self.pos = letters.end()
                return
        match = _RANGE.match(self.text, self.pos)
        if not match and self.plural and level == "paragraph":
            match = _TIL.match(self.text, self.pos)  # '§§ 12 til 14'
        if not match:
            return
        first = getattr(item, level) + (f" {item.letter}" if level == "paragraph" else "")
        last, self.pos = match[1], match.end()
        if level == "paragraph" and (letter := self._letter_at(self.pos)):
            last, self.pos = f"{last} {letter[0]}", letter[1]
        if last != first.strip():
            setattr(item, level, f"{first.strip()}-{last}")
            if level == "paragraph":
                item.letter = ""

    def read(self) -> list[_Item]:
        """Read the whole group and return its provisions."""
        item = self.read_paragraph(self.start)
        if item is None:
            return []
        level = "paragraph"
        while True:
            if pkt := _PKT.match(self.text, self.pos):
                self.pos = item.end = pkt.end()
                continue
            if (part := _PART.match(self.text, self.pos)) and _valid_part(part):
                if getattr(item, _part_level(part)):  # '§ 27, stk. 1, stk. 2': a sibling
                    self.items.append(item)
                    item = _sibling(item, _part_level(part), self.pos)
                level = self._apply_part(item, part)
                continue
            following = self._next_item(item, level)
            if following is None:
                break
            self.items.append(item)
            item, level = following
        self.items.append(item)
        return self.items

    def _apply_part(self, item: _Item, part: re.Match[str]) -> str:
        """Put a 'stk. N', 'nr. N' or 'litra x' onto the item; return its level."""
        level = _part_level(part)
        setattr(item, level, part["number"] or (part["letter"] or "").lower())
        if level == "stk":
            item.nr = item.litra = ""
        self.pos = part.end()
        if level != "litra":
            self._read_range(item, level)
        item.end = self.pos
        return level

    def _next_item(self, item: _Item, level: str) -> tuple[_Item, str] | None:
        """Read a separator and the next provision of the list, or return None at its end."""
        aside = _ASIDE.match(self.text, self.pos)  # 'nr. 1 (forsikrede ledige), nr. 2'
        start = aside.end() if aside else self.pos
        separator = _SEPARATOR.match(self.text, start)
        assert separator is not None  # the pattern can match the empty string
        after = separator.end()
        word = separator[0].strip().casefold()
        if self.text.startswith("§", after):
            plural = bool(_DOUBLE_SIGN.match(self.text, after))
            saved = self.pos
            sign = _SIGN.match(self.text, after)
            assert sign is not None  # the text has a '§' there
            self.pos = sign.end()
            following = self.read_paragraph(after)
            if following is None:
                self.pos = saved
                return None
            self.plural = self.plural or plural
            return following, "paragraph"
        if not word:
            return None
        if (part := _PART.match(self.text, after)) and _valid_part(part):
            following = _sibling(item, _part_level(part), part.start())
            return following, self._apply_part(following, part)
        number = _NUMBER.match(self.text, after)
        if not number or number.start(1) != after:
            return None
        if "\n" in self.text[self.pos : after] and self.text.startswith(")", number.end()):
            return None  # '… jf. § 84, og' + '2) …': the next numbered item of quoted text
        listed = _COMMA_LIST_END.match(self.text, number.end())
        if word in ",;" and not self.plural and level == "paragraph" and not listed:
            return None  # '§ 85, 2 gange om ugen' is not a list
        if _PKT.match(self.text, after - len(separator[0]) + len(separator[0].rstrip())):
            return None
        saved = self.pos
        self.pos = after
        level = _level_of_number(self.text, number.end(), level)
        if level == "paragraph":
            following = self.read_paragraph(after)
            if following is None:
                self.pos = saved
                return None
            return following, "paragraph"
        stk = item.stk if level in ("nr", "litra") else ""
        following = _Item(item.paragraph, item.letter, stk, start=after)
        setattr(following, level, number[1])
        self.pos = number.end()
        self._read_range(following, level)
        following.end = self.pos
        return following, level


_LEVELS = ("paragraph", "stk", "nr", "litra")


def _level_of_number(text: str, end: int, level: str) -> str:
    """Return the level of a listed number: the list's own, or the one above a part after it.

    In '§ 5, stk. 1 og 6, stk. 2' the 6 is followed by 'stk.', so it is a paragraph, not stk. 6.
    """
    part = _PART.match(text, end)
    if level == "paragraph" or not part or not _valid_part(part):
        return level
    index = _LEVELS.index(_part_level(part))
    return _LEVELS[index - 1] if index <= _LEVELS.index(level) else level


def _part_level(part: re.Match[str]) -> str:
    """Return the level a matched part sets: 'stk', 'nr' or 'litra'."""
    return "stk" if part["stk"] else "nr" if part["nr"] else "litra"


def _valid_part(part: re.Match[str]) -> bool:
    """Return whether a part has the right kind of value: a number, or a letter for litra."""
    return bool(part["letter"]) if part["litra"] else bool(part["number"])


def _sibling(item: _Item, level: str, start: int) -> _Item:
    """Return a new provision sharing the item's parts above `level` ('stk. 2' after stk. 1)."""
    order = ("paragraph", "stk", "nr", "litra")
    kept = {name: getattr(item, name) for name in order[: order.index(level)]}
    return _Item(**kept, letter=item.letter, start=start)


def _provision_groups(text: str) -> Iterator[tuple[int, int, list[_Item]]]:
    """Yield (start, end, items) for every group of provisions in the text."""
    pos = 0
    while match := _START.search(text, pos):
        reader = _GroupReader(text, match)
        items = reader.read()
        if not items:
            pos = match.end()
            continue
        yield match.start(), reader.pos, items
        pos = reader.pos


def find_references(
    text: str, *, context_law: str | None = None, names: LawNames | None = None
) -> list[LegalReference]:
    """Return every provision the text refers to, with its law where the text says it.

    `context_law` (a catalog abbreviation or key) is the law of provisions the text names
    without any law before or right after them, e.g. the "Lov" cell of a table row.
    """
    names = names or catalog_names()
    mentions = Mentions(all_mentions(names, text))
    quoted = QuotedBlocks(text, mentions.found)
    context = catalog_law(names, context_law)
    found: list[LegalReference] = [
        _reference(mention.law, _Item("", start=mention.start, end=mention.end))
        for mention in mentions.found
        if mention.law.kind in NON_STATUTORY_KINDS
    ]
    for start, end, items in _provision_groups(text):
        block = quoted.at(start)
        law = law_of_group(names, mentions, text, (start, end), block, context)
        where = "quoted" if block else "prose"
        found += [_reference(law, item, where) for item in items]
    return sorted(found, key=lambda ref: (ref.start, ref.end))


def distinct(references: Iterable[LegalReference]) -> list[LegalReference]:
    """Return the references with each (law, provision) kept once, first occurrence first."""
    seen: dict[tuple[str | None, str], LegalReference] = {}
    for reference in references:
        seen.setdefault(reference.key(), reference)
    return list(seen.values())


def _reference(law: CatalogLaw | None, item: _Item, where: str = "prose") -> LegalReference:
    """Return the reference for one provision (a range kept whole) and its law."""
    known = law is not None and law.key != UNKNOWN_KEY
    return LegalReference(
        law=law.abbreviation if law and known else None,
        law_id=law.key if law and known else None,
        paragraph=item.paragraph,
        letter=item.letter,
        stk=item.stk,
        nr=item.nr,
        litra=item.litra,
        start=item.start,
        end=item.end,
        where=where,
        citation=law.title if law and not known else "",
    )


def sentence_around(text: str, start: int, end: int) -> str:
    """Return the sentence (or line) of `text` that holds the span start:end.

    The sentence is looked for at most SENTENCE_REACH characters either side of the span, and
    cut there with '…': a text with no full stop is not read whole once for every reference.
    """
    low, high = max(0, start - SENTENCE_REACH), min(len(text), end + SENTENCE_REACH)
    ends = [m.start() for m in _SENTENCE_END.finditer(text, low, start)]
    left = max(text.rfind("\n", low, start), ends[-1] if ends else -1, low - 1)
    after = _SENTENCE_END.search(text, end, high)
    newline = text.find("\n", end, high)
    right = min(after.start() + 1 if after else high, newline if newline >= 0 else high)
    sentence = text[left + 1 : right].strip()
    cut_before = left + 1 == low > 0
    cut_after = right == high < len(text)
    return ("…" if cut_before else "") + sentence + ("…" if cut_after else "")


#: How far from a reference its sentence is looked for, each way (sentences are shorter).
SENTENCE_REACH = 500


_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÆØÅ\"“])")
