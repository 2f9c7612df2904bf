"""Acts and executive orders cited by number and date: 'bek. nr. 1234 af 12/6 2016',
'LBK nr 1345 af 10/11 2015', 'lovbekendtgørelse nr. 988 af 9. august 2017'.

A citation names the catalog law published under that number in that year (numbers of
Lovtidende A run through a year, so number and year say which). Written right after a law's
name ('serviceloven, jf. LBK nr. 988 af 9/8 2017', 'bekendtgørelse om X (BEK nr. …)'), with
the name in brackets right after it ('LBK nr. … (aktivloven)') or followed by its title
('bekendtgørelse nr. 693 af 20. juni 2014 om …'), it is that law (if of its kind) even
where the catalog does not hold the number. Otherwise a citation the catalog does not know
names an unknown law: its provisions are reported without a law, with the citation, and are
never given to a law named earlier. An amending act ('…, som ændret ved lov nr. 660 af 8. juni
2017') is passed over: provisions cited after it are still the amended act's.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..dates import MONTHS
from ..program.resources import CatalogLaw
from .law_names import LawMention, LawNames

#: The kind a catalog entry standing for an unknown cited law has (its key is '').
UNKNOWN_KEY = ""

#: A month's first three letters → its number ('aug', 'august' → 8).
_MONTHS = {name[:3]: number for number, name in enumerate(MONTHS, start=1)}

_DATE = (
    r"(?:(?P<day>\d{1,2})\s*(?:[./-]\s*|\.?\s+)(?P<month>\d{1,2}|[a-zæøå]{3,9}\.?)"
    r"(?:\s*[./-]\s*|\s+)(?P<year>(?:19|20)\d\d)(?!\d)"
    r"|(?P<iso_year>(?:19|20)\d\d)-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)"
    r"|(?P<year_only>(?:19|20)\d\d)(?!\d))"
)
_CITATION = re.compile(
    r"(?<![\w-])(?P<kind>lovbekendtgørelse(?:n|ns)?|bekendtgørelse(?:n|ns)?|lbk|bek|lov)"
    r"\.?\s*(?P<nr>(?:nr|nummer)\.?\s*)?(?P<number>\d{1,5})"
    r"(?:\s*(?:af|fra)\s+" + _DATE + r"|\s*/\s*(?P<slash_year>(?:19|20)\d\d)(?!\d))",
    re.I,
)
#: What may join a law's name to its citation: 'serviceloven, jf. lovbekendtgørelse nr. …'.
_JOIN_BEFORE = re.compile(r"[\s,]*(?:\(\s*)?(?:jf\.?\s*)?(?:den\s+)?(?:gældende\s+)?", re.I)
_TITLE_AFTER = re.compile(r"\s+om\s", re.I)
#: A law's name in brackets right after its citation: 'LBK nr. 1345 af 10/11 2015 (aktivloven)'.
_NAME_AFTER = re.compile(r"\s*(?:,\s*)?\(\s*")
#: An amending act cited after the act it changed: 'LBK nr. 988 …, som ændret ved lov nr. …'.
_AMENDING = re.compile(r"\b(?:ændret|ændringer|ændringslov)\w*(?:\s+\w+\.?){0,4}\s*$", re.I)


@dataclass(frozen=True, slots=True)
class Citation:
    """A number-and-date citation as written: its kind ('LBK', 'BEK', 'LOV'), number, date."""

    kind: str
    number: str
    year: str
    date: str  # 'd. måned åååå' as far as written, '' when only the year is

    def text(self) -> str:
        """Return the citation in one form: 'BEK nr. 1234 af 12. juni 2016'."""
        return f"{self.kind} nr. {self.number} af {self.date or self.year}"


def _kind(word: str) -> str:
    """Return the kind a citation's first word gives: LBK, BEK or LOV."""
    word = word.casefold()
    if word.startswith(("lovbek", "lbk")):
        return "LBK"
    return "BEK" if word.startswith("bek") else "LOV"


def _citation(match: re.Match[str]) -> Citation | None:
    """Return the citation a match reads, or None where its date is no date."""
    kind = _kind(match["kind"])
    if kind == "LOV" and not match["nr"]:
        return None  # 'loven 12 af …' is no citation; 'lov nr. 606 af …' is
    year = match["year"] or match["iso_year"] or match["year_only"] or match["slash_year"]
    day, month = match["day"] or match["iso_day"], match["month"] or match["iso_month"]
    date = ""
    if day and month:
        number = int(month) if month.isdigit() else _MONTHS.get(month.casefold()[:3], 0)
        if not (1 <= number <= 12 and 1 <= int(day) <= 31):
            return None
        date = f"{int(day)}. {MONTHS[number - 1]} {year}"
    return Citation(kind, str(int(match["number"])), year, date)


def unknown_law(citation: Citation) -> CatalogLaw:
    """Return a stand-in catalog entry for a cited act or order the catalog does not hold."""
    kind = "bekendtgørelse" if citation.kind == "BEK" else "lov"
    return CatalogLaw(UNKNOWN_KEY, kind, citation.text(), "", "", ())


@functools.lru_cache(maxsize=8)
def _by_number(names: LawNames) -> dict[tuple[str, str], CatalogLaw]:
    """Return the catalog's laws by (number, year) of their publications."""
    return {(item.number, item.date[:4]): law for law in names.laws for item in law.citations}


def citation_mentions(names: LawNames, text: str, named: list[LawMention]) -> list[LawMention]:
    """Return the citations by number and date in the text, each as a mention of its law.

    `named` are the text's law names (in order), to see which law a citation follows.
    """
    known = _by_number(names)
    ends = {mention.end: mention for mention in named}
    starts = {mention.start: mention for mention in named}
    found = []
    for match in _CITATION.finditer(text):
        citation = _citation(match)
        if citation is None or _AMENDING.search(text, max(0, match.start() - 60), match.start()):
            continue  # no citation, or an act amending the one named before
        end = match.end()
        law = known.get((citation.number, citation.year))
        if law is None and (title := _TITLE_AFTER.match(text, end)):
            word = "bekendtgørelse" if citation.kind == "BEK" else "lov"
            at = title.end() - len("om ")  # where 'om' begins
            mentions = names.mentions(f"{word} {text[at : at + 200]}")
            if mentions and mentions[0].start == 0:
                law = mentions[0].law
                end = at + mentions[0].end - len(word) - 1
        if law is None:
            law = _of_kind(citation, _named_before(text, match.start(), ends))
        if law is None and (aside := _NAME_AFTER.match(text, end)):
            named_after = starts.get(aside.end())
            law = _of_kind(citation, named_after.law if named_after else None)
        found.append(LawMention(law or unknown_law(citation), match.start(), end))
    return found


def _of_kind(citation: Citation, law: CatalogLaw | None) -> CatalogLaw | None:
    """Return the law if a citation can be its (an order's number for an order, an act's for
    an act), else None: 'sundhedsloven, BEK nr. …' cites an order, not the act."""
    if law is None or (citation.kind == "BEK") != (law.kind == "bekendtgørelse"):
        return None
    return law


def _named_before(text: str, start: int, ends: dict[int, LawMention]) -> CatalogLaw | None:
    """Return the law named right before a citation ('sundhedsloven (LBK nr. …)'), if any."""
    for end in range(start, max(-1, start - 40), -1):
        if (mention := ends.get(end)) and _JOIN_BEFORE.fullmatch(text, end, start):
            return mention.law
    return None
