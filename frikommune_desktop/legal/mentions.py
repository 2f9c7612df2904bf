"""Every place a text names a law: the catalog's names, their colloquial forms, and acts and
orders cited by number and date, merged into one list in text order without overlaps."""

from __future__ import annotations

import bisect
import heapq

from .citations import citation_mentions
from .colloquial import colloquial_mentions
from .law_names import LawMention, LawNames


def all_mentions(names: LawNames, text: str) -> list[LawMention]:
    """Return the text's law mentions in order; where two overlap, the catalog's exact name
    wins over a citation, and a citation over a colloquial form."""
    kept = names.mentions(text)
    kept = _merged(kept, citation_mentions(names, text, kept))
    return _merged(kept, colloquial_mentions(names, text, kept))


def _merged(kept: list[LawMention], extra: list[LawMention]) -> list[LawMention]:
    """Return `kept` (in order, no overlaps) with the mentions of `extra` that overlap none."""
    ends = [mention.end for mention in kept]  # ascending: kept mentions do not overlap
    added: list[LawMention] = []
    for mention in sorted(extra, key=lambda m: (m.start, -m.end)):
        index = bisect.bisect_right(ends, mention.start)
        if index < len(kept) and kept[index].start < mention.end:
            continue  # overlaps a kept mention
        if added and added[-1].end > mention.start:
            continue  # overlaps one just added
        added.append(mention)
    return list(heapq.merge(kept, added, key=lambda mention: mention.start))
