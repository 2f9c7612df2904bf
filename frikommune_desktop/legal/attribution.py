"""Which law a group of provisions belongs to, given the law mentions around it.

In order: a law named right after it ('§ 21 f i lov om …', '… i samme lov'), unless that name
opens the next provision ('§ 5, jf. sundhedslovens § 120'); a law named right before it
('servicelovens § 83', 'SEL: § 50'); inside quoted statute text, the quoted act; the context
law (a table row's 'Lov' cell); the law named last before it. Where an executive order's text
says 'lovens § N', the law is the act the order is issued under (None if unknown).
"""

from __future__ import annotations

import bisect
import re

from ..program.resources import CatalogLaw
from .law_names import LawMention, LawNames
from .quoted import QuotedBlock

#: What may stand between a law's name and its provision: 'servicelovens bestemmelse i § 83'.
_RIGHT_BEFORE = re.compile(r"[\s:,(*]*(?:[^\W\d_]+[\s:,]+){0,3}?", re.I)
_SAME_LAW = re.compile(r"\s*(?:,\s*)?i\s+samme\s+lov\b", re.I)
_LOVENS = re.compile(r"\blovens\s+(?:§\s*)?\Z", re.I)
_LAW_AFTER = re.compile(r"\s*(?:,\s*)?(?:i|efter|jf\.?)\s+(?:den\s+|de\s+|gældende\s+)?", re.I)
_PROVISION = re.compile(r"§|\b[Pp]aragraf")


def law_of_group(
    names: LawNames,
    mentions: Mentions,
    text: str,
    span: tuple[int, int],
    block: QuotedBlock | None,
    context: CatalogLaw | None,
) -> CatalogLaw | None:
    """Return the law of the provisions text[start:end], or None where the text does not say."""
    start, end = span
    last = mentions.last_before(start)
    same = _SAME_LAW.match(text, end) and last and last.law  # '… i samme lov'
    law = same or _law_after(names, mentions, text, end)
    if law is not None:
        return law
    law = _law_right_before(text, last, start, block.start if block else 0)
    if law is None:
        law = block.law if block else context or (last.law if last else None)
    return _act_of_order(names, text, start, law)


def catalog_law(names: LawNames, wanted: str | None) -> CatalogLaw | None:
    """Return the catalog law an abbreviation or key names (None for None or unknown)."""
    if not wanted:
        return None
    return next((law for law in names.laws if wanted in (law.key, law.abbreviation)), None)


def _law_after(names: LawNames, mentions: Mentions, text: str, end: int) -> CatalogLaw | None:
    """Return the law named right after a group ('… i serviceloven'), if one is."""
    if not (joint := _LAW_AFTER.match(text, end)):
        return None
    mention = mentions.starting_at(joint.end()) or names.law_at(text, joint.end())
    if mention is None:
        return None
    gap = _RIGHT_BEFORE.match(text, mention.end)
    if gap and _PROVISION.match(text, gap.end()):
        return None  # '§ 3, jf. sundhedslovens § 138': the law is the next provision's
    return mention.law


def _act_of_order(
    names: LawNames, text: str, start: int, law: CatalogLaw | None
) -> CatalogLaw | None:
    """Return the act an order is issued under where the order's text says 'lovens § N'
    (unknown: None), else the law as it is."""
    if (
        law is None
        or law.kind != "bekendtgørelse"
        or not _LOVENS.search(text, max(0, start - 20), start)
    ):
        return law
    return catalog_law(names, law.issued_under)


class Mentions:
    """The law mentions of a text, in order, found by position in time logarithmic in their
    number (a scan of all of them for every group made long texts quadratic)."""

    def __init__(self, found: list[LawMention]) -> None:
        self.found = found
        self._ends = [mention.end for mention in found]  # ascending: mentions never overlap
        self._by_start = {mention.start: mention for mention in found}

    def starting_at(self, position: int) -> LawMention | None:
        """Return the mention that begins at a position, if any."""
        return self._by_start.get(position)

    def last_before(self, position: int) -> LawMention | None:
        """Return the mention that ends last at or before a position, if any."""
        index = bisect.bisect_right(self._ends, position)
        return self.found[index - 1] if index else None


def _law_right_before(
    text: str, last: LawMention | None, start: int, since: int = 0
) -> CatalogLaw | None:
    """Return the law named just before a group ('servicelovens § 83', 'SEL: § 50'), if any
    is named at or after `since`."""
    if last and last.start >= since and _RIGHT_BEFORE.fullmatch(text, last.end, start):
        return last.law
    return None
