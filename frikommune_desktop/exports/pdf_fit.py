"""Table columns that fit their words: widths from the content, Danish hyphenation where needed.

A word is never cut. A column is made as wide as its widest word where the other columns can
keep theirs; a word still wider than its column is hyphenated at a place the Danish
dictionary allows (reportlab's own hyphenation, with pyphen's da_DK patterns).
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

# Imported here, not only by reportlab (optionally): the frozen bundle then carries pyphen and
# its dictionaries (hooks-contrib's hook-pyphen), and a missing pyphen fails loudly.
import pyphen  # type: ignore[import-untyped]  # pyphen ships no type hints
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

#: pyphen's Danish dictionary, the one reportlab hyphenates table cells with.
HYPHENATION_LANG = "da_DK"
#: Left and right padding of a table cell (pdf_story's table style), in points.
CELL_PADDING = 8.0
#: The widest share of a table any one column may claim for its widest word.
MAX_SHARE = 0.5


@functools.cache
def hyphenation_lang() -> str:
    """Return the language reportlab should hyphenate with ('' if pyphen lacks Danish)."""
    return HYPHENATION_LANG if pyphen.language_fallback(HYPHENATION_LANG) else ""


@functools.cache
def hyphenating(style: ParagraphStyle) -> ParagraphStyle:
    """Return a style like `style` that hyphenates a word too wide for its line, in Danish.

    embeddedHyphenation 2 makes reportlab try the next line too before it cuts a word that
    does not fit the rest of the current one (and lets a word break at its own hyphen).
    """
    return ParagraphStyle(
        f"{style.name}-hyphenated",
        parent=style,
        hyphenationLang=hyphenation_lang(),
        embeddedHyphenation=2,
    )


def widest_word(cell: Flowable | str) -> float:
    """Return the width of a cell's widest word, in its own font (0 for an empty cell)."""
    if isinstance(cell, Paragraph):
        return float(cell.minWidth())
    if isinstance(cell, Flowable):
        width, _height = cell.wrap(0, 0)
        return float(width)
    return 0.0


def word_fits(text: str, style: ParagraphStyle, width: float) -> bool:
    """Return whether every word of plain `text` fits in a cell `width` wide (padding included)."""
    return widest_word(Paragraph(text, style)) <= width - CELL_PADDING


def fit_cell(cell: Paragraph, width: float) -> Paragraph:
    """Return a cell whose words longer than `width` (the text's width) are hyphenated, not cut."""
    if widest_word(cell) > width:
        return Paragraph(cell.text, hyphenating(cell.style))
    return cell


def shared_widths(
    needs: Sequence[float],
    shares: Sequence[float],
    total: float,
    caps: Sequence[float] | None = None,
) -> list[float]:
    """Share `total` by `shares`, widening a column to its need while the others keep theirs.

    A column's need is capped at its share of `caps` (MAX_SHARE unless told) of the total, or at
    its share, when that is more.
    When even the needs do not fit side by side, the narrow columns keep theirs and the widest
    share what is left equally (their words are hyphenated).
    """
    share_total = sum(shares)
    shares = [share / share_total for share in shares]
    caps = caps or [MAX_SHARE] * len(shares)
    needs = [
        min(need, total * max(cap, share))
        for need, share, cap in zip(needs, shares, caps, strict=True)
    ]
    if sum(needs) >= total:
        return _levelled(needs, total)
    widened: set[int] = set()
    while True:
        room = total - sum(needs[i] for i in widened)
        free = sum(share for i, share in enumerate(shares) if i not in widened)
        widths = [
            needs[i] if i in widened else room * share / free for i, share in enumerate(shares)
        ]
        short = {i for i, width in enumerate(widths) if i not in widened and width < needs[i]}
        if not short:
            return widths
        widened |= short


def _levelled(needs: list[float], total: float) -> list[float]:
    """Return the needs cut down to one level, the highest at which they take `total` together."""
    room, left = total, len(needs)
    for need in sorted(needs):
        level = room / left
        if need > level:
            return [min(other, level) for other in needs]
        room, left = room - need, left - 1
    return needs


def column_widths(
    columns: Sequence[Sequence[Flowable | str]],
    shares: Sequence[float],
    total: float,
    *,
    padding: float = CELL_PADDING,
    caps: Sequence[float] | None = None,
) -> list[float]:
    """Return widths for a table's columns (cells listed per column) that fit their words.

    `caps` are the shares of `total` each column may take at most for its widest word.
    """
    needs = [
        max((widest_word(cell) for cell in column), default=0.0) + padding for column in columns
    ]
    return shared_widths(needs, shares, total, caps)
