"""Statute text quoted in an application: provisions copied under a line that names the act.

    Lov om social service:
    "§ 151. Den stedlige kommune har pligt til at føre tilsyn med … efter §§ 83 og 86 …
    Stk. 2. Som led i tilsynsforpligtelsen efter stk. 1 …, jf. § 192."

A chapter heading ('Kapitel 9') or an ellipsis line between them changes nothing.
A quoted block begins with a paragraph that opens with '§ N.' or 'Stk. N.' (after any
quotation mark, dash or indent) right after a paragraph that names a law and introduces the
quote: it ends with a colon ('… lyder som følger:') or is short (a line holding the act's
name). The block goes on over paragraphs that open the same way or with a numbered item
('1)', 'a)'), and over everything up to the closing mark of a quotation the block opened.
A quote may also open inside a paragraph, after a colon that follows the act's name
('Sundhedslovens § 13 lyder: "§ 13. …"'); it runs to its closing mark.
The references in a block belong to the quoted act, not to the law the applicant named last.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..program.resources import CatalogLaw
from .law_names import LawMention

#: An introducing paragraph this short (in words) needs no colon: 'Sundhedsloven', 'Fra LAB'.
MAX_HEADING_WORDS = 15

_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"[\s\"“”„»«'‘’*_>\-–•]*")
#: How a copied provision opens: "§ 13." or "Stk. 2." (its own heading).
_OPENING = r"(?:§\s*\d+\s?[a-zæøå]?|Stk\.\s*\d+)\."
_PROVISION_START = re.compile(rf"{_OPENING}(?:\s|$)")
_ITEM_START = re.compile(r"(?:\d{1,2}|[a-zæø])\)\s")
_OPENING_QUOTE = re.compile(r"\s*(?:-\s*)?[\"“„»]")
_CLOSING_QUOTE = re.compile(r"[\"”«][\s.,;]*$")
_INLINE = re.compile(rf":\s*([\"“„»])\s*(?={_OPENING}\s)", re.I)
_CLOSING_MARK = re.compile(r"[\"”«]")
#: A line a quote may hold without ending: an ellipsis for left-out text, a chapter heading.
_NEUTRAL = re.compile(r"[\s\[(]*(?:…|\.\.\.)[\s\])]*$|Kapitel\s+\d+[a-zæøå]?\b(?:\s+\S+){0,8}$")


@dataclass(frozen=True, slots=True)
class QuotedBlock:
    """A stretch of quoted statute text and the act it is quoted from."""

    start: int
    end: int
    law: CatalogLaw


def quoted_blocks(text: str, mentions: list[LawMention]) -> list[QuotedBlock]:
    """Return the quoted statute blocks of a text, in order, given its law mentions."""
    starts = [mention.start for mention in mentions]
    blocks: list[QuotedBlock] = []
    block: QuotedBlock | None = None
    open_quote = False
    previous: re.Match[str] | None = None
    for line in _LINE.finditer(text):
        if not line[0].strip():
            continue
        lead = _LEAD.match(line[0])
        assert lead is not None  # the pattern can match the empty string
        body = line[0][lead.end() :]
        if _NEUTRAL.match(body):
            continue  # neither ends a quote nor introduces one
        opens = bool(_PROVISION_START.match(body))
        if block is not None and (open_quote or opens or _ITEM_START.match(body)):
            block = QuotedBlock(block.start, line.end(), block.law)
            if open_quote and _CLOSING_QUOTE.search(line[0]):
                open_quote = False
        else:
            if block is not None:
                blocks.append(block)
                block = None
            if opens and previous is not None:
                law = _introduced(previous, mentions, starts)
                if law is not None:
                    block = QuotedBlock(line.start(), line.end(), law)
                    open_quote = bool(_OPENING_QUOTE.match(line[0])) and not _CLOSING_QUOTE.search(
                        line[0]
                    )
            if block is None and (inline := _INLINE.search(line[0])):
                block, open_quote = _inline_quote(line, inline, mentions, starts)
                if block is not None and not open_quote:
                    blocks.append(block)
                    block = None
        previous = line
    if block is not None:
        blocks.append(block)
    return blocks


def _introduced(
    line: re.Match[str], mentions: list[LawMention], starts: list[int]
) -> CatalogLaw | None:
    """Return the law a paragraph introduces a quote from (its last named law), if it does."""
    words = line[0].split()
    if not (line[0].rstrip().endswith(":") or len(words) <= MAX_HEADING_WORDS):
        return None
    return _last_law(mentions, starts, line.start(), line.end())


def _last_law(
    mentions: list[LawMention], starts: list[int], low: int, high: int
) -> CatalogLaw | None:
    """Return the law of the last mention that starts within low:high, if any."""
    index = bisect.bisect_left(starts, high) - 1
    if index >= 0 and mentions[index].start >= low:
        return mentions[index].law
    return None


def _inline_quote(
    line: re.Match[str], inline: re.Match[str], mentions: list[LawMention], starts: list[int]
) -> tuple[QuotedBlock | None, bool]:
    """Return the quote a paragraph opens after a colon ('… § 13 lyder: "§ 13. …"'), if a law
    is named before the colon, and whether the quote goes on past the paragraph."""
    law = _last_law(mentions, starts, line.start(), line.start() + inline.start())
    if law is None:
        return None, False
    start = line.start() + inline.start(1)
    closing = _CLOSING_MARK.search(line[0], inline.end())
    if closing:
        return QuotedBlock(start, line.start() + closing.end(), law), False
    return QuotedBlock(start, line.end(), law), True


class QuotedBlocks:
    """The quoted blocks of one text, looked up by position."""

    def __init__(self, text: str, mentions: list[LawMention]) -> None:
        self.blocks = quoted_blocks(text, mentions)
        self._starts = [block.start for block in self.blocks]

    def at(self, position: int) -> QuotedBlock | None:
        """Return the quoted block holding a position, if one does."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and position < self.blocks[index].end:
            return self.blocks[index]
        return None
