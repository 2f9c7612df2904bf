"""Invisible and direction-changing characters: one function takes them out of any text.

A right-to-left override (U+202E) makes an e-mail address read backwards on screen and in the
letters; a zero-width space or a soft hyphen makes two equal names differ. Every text on every
way into a network file goes through `without_invisible`: the spreadsheet and Word importers
(sheets/normalise.py cleans each cell), every record the store writes (model.Record.to_row,
so what is typed in the window too), and the rows a merge takes from another copy.
"""

from __future__ import annotations

import re

#: Unicode's format characters (category Cf: bidi embeddings, overrides and isolates
#: U+202A–U+202E and U+2066–U+2069, the marks U+200E/U+200F and U+061C, zero-width
#: U+200B–U+200D and U+2060, the BOM U+FEFF, the soft hyphen U+00AD, tags …), the C0 and C1
#: control characters but tab, line feed and carriage return (category Cc), and lone
#: surrogates (Cs, which SQLite cannot store), as of Unicode 14; tests/test_invisible.py
#: checks the list against the running Python's Unicode database.
INVISIBLE_RANGES = (
    (0x0000, 0x0008),
    (0x000B, 0x000C),
    (0x000E, 0x001F),
    (0x007F, 0x009F),
    (0x00AD, 0x00AD),
    (0x0600, 0x0605),
    (0x061C, 0x061C),
    (0x06DD, 0x06DD),
    (0x070F, 0x070F),
    (0x0890, 0x0891),
    (0x08E2, 0x08E2),
    (0x180E, 0x180E),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0xD800, 0xDFFF),
    (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFB),
    (0x110BD, 0x110BD),
    (0x110CD, 0x110CD),
    (0x13430, 0x13438),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
)
_INVISIBLE = re.compile(
    "["
    + "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in INVISIBLE_RANGES)
    + "]"
)


def without_invisible(text: str) -> str:
    """Return text without invisible and direction-changing characters (tab and newline kept)."""
    return _INVISIBLE.sub("", text) if _INVISIBLE.search(text) else text
