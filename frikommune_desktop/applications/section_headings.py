"""Recognising the template's five section headings, slips and other heading styles included.

A heading is matched word by word against the template's headings with difflib, so a misspelt
word ('forsøgshjemmler', 'forsøgsjemler') still matches 'forsøgshjemler'. A paragraph is taken as
a heading when (rules, strictest first):

- it is short (at most 160 characters and 12 words) and does not read as a sentence;
- most of its words are the heading's words: at least three in four of its content words (one
  in two for the section right after the last one found) match one of the template heading's
  words, and it has at least two of them (one for 'Evaluering'),
  one of them a word no other heading has ('Forventede resultater' alone is no heading);
- a paragraph that looks like no heading (plain style, no number, not bold, underlined or in
  capitals) must consist of heading words only;
- a number in front ('3.', '3)', 'Ad 3.', 'Afsnit 3:') that is the template's own number for the
  section lets one matching word do in a line of at most six words ('5. Evaluering og
  opfølgning').

Words in parentheses (the template's guidance) are left out, and a heading may run into its
text after a colon. Only a section after the last one found can start (the order is the
template's); a sentence in a section that merely mentions the words is body text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from ..model import SECTION_FIELDS, SECTION_TITLES
from .docx_reader import Paragraph

#: The words of each section's heading, its variants included, in template order.
HEADING_WORDS: tuple[tuple[str, ...], ...] = (
    ("beskrivelse", "forsøget", "forsøg"),
    ("mål", "forventede", "forventet", "resultater", "resultat"),
    (
        "konkrete",
        "behov",
        "forsøgshjemler",
        "forsøgshjemmel",
        "hjemler",
        "undtagelser",
        "gældende",
        "lovgivning",
        "lovgivningen",
    ),
    ("hvordan", "realiseres", "forventede", "resultater"),
    ("evaluering", "evalueringen"),
)
#: The words only one heading has: a match needs one ('Forventede resultater' under section 2 is
#: no heading of section 4, 'Hvordan realiseres de forventede resultater').
_OWN_WORDS = tuple(
    frozenset(words) - {w for other in HEADING_WORDS if other is not words for w in other}
    for words in HEADING_WORDS
)
#: How many of a heading's words a paragraph must have (without the section's own number).
_LEAST = (2, 2, 2, 2, 1)
_FILLER = frozenset(
    {"af", "og", "for", "fra", "de", "det", "den", "i", "til", "om", "mv", "m", "v"}
)
_NUMBER = re.compile(
    r"^\s*(?:ad\s+|afsnit\s+|punkt\s+)?(?P<number>[1-9])\s*(?:[.):]\s*|\s+(?=[^\W\d_]))", re.I
)
_WORD = re.compile(r"[^\W\d_]+")
_ABBREVIATION_END = re.compile(r"\b(?:m\.?\s?v|o\.?\s?lign|osv|mm|m\.?\s?m)\.$", re.I)
_ASIDE = re.compile(r"\([^()]*\)")  # '(fx lov, bekendtgørelse og paragraf)' after a heading
_HEADING_STYLE = re.compile(r"heading|overskrift|title|titel", re.I)
#: How alike a written word and a heading word must be (difflib's ratio) to count as the same.
WORD_CUTOFF = 0.8


@dataclass(frozen=True)
class HeadingMatch:
    """How well a paragraph matches one section's heading."""

    index: int
    matched: int  # the paragraph's content words that are this heading's words
    words: int  # the paragraph's content words
    own_number: bool  # it starts with the template's number of this section
    own_word: bool  # one of its words is one only this heading has
    next_in_order: bool  # it is the section right after the last one found


def heading_index(block: Paragraph, seen: int) -> int | None:
    """Return the section (after the last one seen) a paragraph heads, else None."""
    match = best_match(block, seen)
    if match is None or not _accepted(block, match):
        return None
    return match.index


def run_in_heading(block: Paragraph, seen: int) -> tuple[int, str] | None:
    """Return (section, body) for a heading that runs into its text after a colon
    ('3. Konkrete behov for forsøgshjemler: Der søges om …'), else None."""
    head, colon, rest = block.text.partition(":")
    if not colon or not rest.strip() or len(head) > 120:
        return None
    index = heading_index(Paragraph(head, block.style, block.bold, block.underline), seen)
    if index is None or not (_NUMBER.match(head) or _styled(block)):
        return None
    return index, rest.strip()


def looks_like_heading(block: Paragraph, seen: int) -> bool:
    """Return whether a short paragraph styled as a heading shares words with a later heading
    without being taken as it (the import report names it)."""
    match = best_match(block, seen)
    return (
        match is not None
        and match.matched > 0
        and match.matched * 2 >= match.words
        and _styled(block)
        and (match.own_number or not _NUMBER.match(block.text))  # '2. Undtagelser' in a list
        and not block.is_list_item
        and not _accepted(block, match)
    )


def best_match(block: Paragraph, seen: int) -> HeadingMatch | None:
    """Return the best-matching section heading after `seen`, or None for a long paragraph."""
    text = block.text
    if len(text) > 160:
        return None
    number = _NUMBER.match(text)
    words = _WORD.findall(_ASIDE.sub(" ", text[number.end() if number else 0 :]).casefold())
    content = [w for w in words if w not in _FILLER]
    if not content or len(words) > 12:
        return None
    best: HeadingMatch | None = None
    for index in range(seen + 1, len(SECTION_FIELDS)):
        close = [
            difflib.get_close_matches(word, HEADING_WORDS[index], n=1, cutoff=WORD_CUTOFF)
            for word in content
        ]
        matched = sum(1 for found in close if found)
        own_word = any(found and found[0] in _OWN_WORDS[index] for found in close)
        own = number is not None and int(number["number"]) == index + 1
        candidate = HeadingMatch(index, matched, len(content), own, own_word, index == seen + 1)
        if best is None or (matched, own) > (best.matched, best.own_number):
            best = candidate
    return best


def _accepted(block: Paragraph, match: HeadingMatch) -> bool:
    """Return whether a match is good enough for the paragraph to be the heading."""
    if match.matched == 0 or _reads_as_sentence(block.text):
        return False
    if match.own_number and match.words <= 6:
        return True  # '5. Evaluering og opfølgning'
    if match.matched < _LEAST[match.index] or not match.own_word:
        return False
    if not _styled(block):
        return match.matched == match.words  # plain text: heading words only
    if match.next_in_order:
        return match.matched * 2 >= match.words  # 'Evaluering og opfølgning'
    return match.matched * 4 >= match.words * 3


def _styled(block: Paragraph) -> bool:
    """Return whether a paragraph looks like a heading: style, number, bold, underline, capitals."""
    letters = [c for c in block.text if c.isalpha()]
    return bool(
        _HEADING_STYLE.search(block.style)
        or _NUMBER.match(block.text)
        or block.bold
        or block.underline
        or (letters and all(c.isupper() for c in letters))
    )


def _reads_as_sentence(text: str) -> bool:
    """Return whether a line reads as a sentence: several words and a full stop or a verb-ish
    comma clause, unlike 'Konkrete behov for forsøgshjemler, undtagelser … mv.'."""
    stripped = text.rstrip()
    words = len(_WORD.findall(stripped))
    ends_in_stop = stripped.endswith((".", "!", "?")) and not _ABBREVIATION_END.search(stripped)
    return ends_in_stop and words > 6


def template_heading(index: int) -> str:
    """Return the template's heading of a section: '3. Konkrete behov for forsøgshjemler, …'."""
    return SECTION_TITLES[index]
