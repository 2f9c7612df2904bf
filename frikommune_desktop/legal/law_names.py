"""Where a text names a law of the catalog: titles, short names (genitive and definite forms
derived), abbreviations, and short names written with one slip ('Serviceovens').

The names come from resources/laws.json; adding a law there is all it takes to recognise it.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..program.resources import CatalogLaw, law_catalog


@dataclass(frozen=True, slots=True)
class LawMention:
    """A place where the text names a law."""

    law: CatalogLaw
    start: int
    end: int


def _name_pieces(name: str) -> list[str]:
    """Return a law name as regex pieces, one a character: any run of spaces between words,
    and a hyphen may break the line ('lov om social-' + 'service')."""
    spaced = {" ": r"\s+", "-": r"-\s*"}
    return [spaced.get(char) or re.escape(char) for char in " ".join(name.split())]


#: A trie of name pieces: each piece leads to the pieces that may follow it ("" ends a name).
_Trie = dict[str, "_Trie"]


def _alternation(names: Iterable[str]) -> str:
    """Return one regex matching any of the names, longest first, with shared beginnings
    written once ('servicelov(?:en|ens)'): the engine then tries each character of the text
    against a handful of branches, not against every one of hundreds of names."""
    trie: _Trie = {}
    for name in names:
        node = trie
        for piece in _name_pieces(name):
            node = node.setdefault(piece, {})
        node[""] = {}  # a name ends here
    return _trie_regex(trie)


def _trie_regex(node: _Trie) -> str:
    """Return the regex for a trie node: its branches, optional where a name ends here."""
    branches = [piece + _trie_regex(child) for piece, child in node.items() if piece]
    if not branches:
        return ""
    if len(branches) == 1 and "" not in node:
        return branches[0]
    group = "(?:" + "|".join(branches) + ")"
    return group + "?" if "" in node else group  # greedy: the longer name is tried first


def _name_key(name: str) -> str:
    """Return a law name as looked up: lower case, single spaces, no space after a hyphen."""
    return re.sub(r"-\s*", "-", re.sub(r"\s+", " ", name.casefold()))


def is_abbreviation(name: str) -> bool:
    """Return whether a name is an abbreviation (matched case-sensitively): 'SEL', 'BR15'."""
    return name.upper() == name and any(ch.isalpha() for ch in name) and " " not in name.strip()


def _forms(law: CatalogLaw) -> tuple[set[str], set[str]]:
    """Return a law's names, split into (words, abbreviations), with genitive forms added."""
    names: set[str] = set()
    abbreviations: set[str] = {law.abbreviation} if law.abbreviation else set()
    title = re.sub(r"\s*\([^)]*\)", "", law.title).strip()
    for name in (law.short_name, title, *law.aliases):
        name = name.strip()
        if not name:
            continue
        if is_abbreviation(name):
            abbreviations.add(name)
            continue
        for form in {name, re.sub(r"\s+m\.\s*v\.$", "", name)}:
            names.add(form.casefold())
            if not form.endswith("s"):
                names.add(form.casefold() + "s")  # genitive: 'serviceloven' → 'servicelovens'
    return names, abbreviations


class LawNames:
    """Finds the places where a text names a law of the catalog."""

    def __init__(self, catalog: Iterable[CatalogLaw]) -> None:
        self.laws = tuple(catalog)
        by_name: dict[str, CatalogLaw] = {}
        by_abbreviation: dict[str, CatalogLaw] = {}
        for law in self.laws:
            law_names, law_abbreviations = _forms(law)
            for name in law_names:
                by_name.setdefault(name, law)
            for abbreviation in law_abbreviations:
                by_abbreviation.setdefault(abbreviation, law)
        self._by_name = {_name_key(name): law for name, law in by_name.items()}
        self._by_abbreviation = by_abbreviation
        self._single_words = [name for name in self._by_name if " " not in name and "lov" in name]
        self._close: dict[str, CatalogLaw | None] = {}
        self._pattern = re.compile(
            r"(?<![\w-])(?:(?P<name>(?i:" + _alternation(by_name) + r"))"
            r"|(?P<abbreviation>" + _alternation(by_abbreviation) + r"))(?![\w])"
        )

    def mentions(self, text: str) -> list[LawMention]:
        """Return every mention of a catalog law in the text, in order."""
        found = []
        for match in self._pattern.finditer(text):
            if match["name"] is not None:
                law = self._by_name[_name_key(match["name"])]
            else:
                law = self._by_abbreviation[match["abbreviation"]]
            found.append(LawMention(law, match.start(), match.end()))
        return sorted(found + self._misspelt(text, found), key=lambda mention: mention.start)

    def _misspelt(self, text: str, found: list[LawMention]) -> list[LawMention]:
        """Return mentions of law names written with one slip ('Serviceovens', 'Byggelovns').

        `found` is in text order and its mentions do not overlap, so one walk along it tells
        whether a word lies inside a mention: the time is linear in the text's length.
        """
        extra = []
        index = 0
        for match in _LOVISH.finditer(text):
            while index < len(found) and found[index].end <= match.start():
                index += 1  # mentions wholly before the word are passed once, never again
            if index < len(found) and found[index].start < match.end():
                continue  # the word is part of a name already found
            word = match[0].casefold()
            if word not in self._close:
                if len(self._close) >= _MAX_CLOSE_CACHED:
                    self._close.clear()  # many distinct words: keep the memory bounded
                close = difflib.get_close_matches(word, self._single_words, n=1, cutoff=0.9)
                self._close[word] = self._by_name[close[0]] if close else None
            if (law := self._close[word]) is not None:
                extra.append(LawMention(law, match.start(), match.end()))
        return extra

    def by_name(self, name: str) -> CatalogLaw | None:
        """Return the law a written name stands for (any case, genitive forms too), if any."""
        return self._by_name.get(_name_key(name))

    def name_keys(self) -> list[str]:
        """Return every name the catalog's laws are known by, in lower case."""
        return list(self._by_name)

    def abbreviations(self) -> dict[str, CatalogLaw]:
        """Return the catalog's abbreviations ('SEL', 'BR15') and their laws."""
        return dict(self._by_abbreviation)

    def law_at(self, text: str, pos: int) -> LawMention | None:
        """Return the law named exactly at `pos`, if one is."""
        match = self._pattern.match(text, pos)
        return self.mentions(match[0])[0] if match else None


#: How many words' nearest law names are remembered before the memory is emptied.
_MAX_CLOSE_CACHED = 10_000

#: A word that looks like a law's short name: '…loven', '…lovens', '…lov', '…ovens' (a slip).
_LOVISH = re.compile(r"(?<![\w-])[^\W\d_]{4,}(?:l?ov|l?oven|l?ovens|l?ovs)(?![\w])", re.I)


@functools.cache
def catalog_names() -> LawNames:
    """Return the law names of the shipped catalog (built once)."""
    return LawNames(law_catalog())
