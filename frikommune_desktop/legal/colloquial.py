"""Law names written the way people write them, not the way the catalog lists them.

- a short name cut after its 'l' with a full stop or hyphen: 'Servicel. § 83', 'Dagtilbudsl.';
- an abbreviation or a short name's first part joined to 'loven' by a hyphen: 'sel-loven',
  'LAS-lovens', 'Folkeskole-loven'; a short name's parts split by a space: 'Sundheds loven';
- an abbreviation in lower or title case ('sel', 'Inl.'). Such a word counts as a law's name
  only where it stands as one: right before a '§' ('sel § 83', 'Inl. § 16'), right after
  'jf.' ('jf. lab § 32'), or right after a provision with 'i' or 'efter' ('§ 5 i lab').
  Written alone, 'lab' is an English word and 'sel' a Danish one (a seal), and they are not
  read as laws, nor with a full stop after them ('et lab. § 4' ends a sentence). A
  two-letter abbreviation ('pl', 'bl') counts only right before a '§';
- a title with a wrong or missing word that still means one act: 'lov om sociale service'.
  Its words are compared with every 'lov om …' name of the catalog, a word matching a word
  of the name when it is spelt nearly the same or begins it ('beskæftigelse' for
  'beskæftigelsesindsats'), or is two of its words run together ('socialservice'); the name
  must score at least TITLE_CUTOFF, and two laws scoring the same best are both refused.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Iterator

from ..program.resources import CatalogLaw
from .law_names import LawMention, LawNames, is_abbreviation

#: How alike (0–1) a written title must be to a catalog title to be read as it.
TITLE_CUTOFF = 0.85

#: A cut short name this long is read as a law anywhere ('Servicel.'); a shorter one
#: ('planl.', also short for 'planlægning') only where an abbreviation would be.
_SAFE_STEM = 8

#: How many written words (and titles) the nearest catalog words are remembered for.
_MAX_CACHED = 10_000

#: How alike two words must be spelt to count as the same word of a title.
WORD_CUTOFF = 0.8

#: Abbreviations that are also everyday words: with a full stop after them they end a sentence.
_ALSO_WORDS = frozenset({"lab", "sel", "bal", "all", "kar"})

#: How far back from its anchor a colloquial name is looked for.
_REACH = 40
_SHORT = r"([^\W\d_]{2,20}\d{0,2})(\.|-(?![\w-]))?"  # a short name and its full stop or hyphen
_CUT = re.compile(r"[Ll](?:\.|-(?![\w-]))")
_WORD_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[.-]?\Z")
_SIGN = re.compile(r"§|[Pp]aragraf")
_SHORT_WORD = re.compile(r"[^\W\d_]{2,20}\d{0,2}")
_NAME_AFTER_PROVISION = re.compile(rf"§[^§\n]{{0,40}}?\s(?:[Ii]|[Ee]fter)\s+{_SHORT}(?![\w-])")
_JF = re.compile(rf"(?<!\w)[Jj][Ff]\.?\s*{_SHORT}(?![\w-])")
_LOV = re.compile(r"(?<=[-\s])[Ll][Oo][Vv](?:ens|en|s)?(?!\w)")
_JOINED_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{2,})(-\s?|\s)\Z")
_TITLE_START = re.compile(
    r"(?<![\w-])(?:lov|bekendtgørelse|lovbekendtgørelse|cirkulære|vejledning)\s+om\s", re.I
)
_TITLE_WORD = re.compile(r"[^\s,.;:()§\d\"“”»«]+(?:\.[a-zæøå]\.)?")
_TITLE_STOP = re.compile(r"[\s-]*(?:[,;:()§\"“”»«\d]|\.(?!\w))")


class _Colloquial:
    """The catalog's names arranged for the colloquial forms (built once per LawNames)."""

    def __init__(self, names: LawNames) -> None:
        self.names = names
        keys = names.name_keys()
        stems: dict[str, CatalogLaw] = {}
        for key in keys:
            if " " not in key and key.endswith("loven") and len(key) >= 9:
                law = names.by_name(key)
                if law is not None:
                    stems.setdefault(key[: -len("oven")], law)
        self.stems = stems
        self.abbreviations = {
            abbreviation.casefold(): law for abbreviation, law in names.abbreviations().items()
        }
        titles: dict[tuple[str, ...], CatalogLaw] = {}
        for key in keys:
            words = tuple(key.replace("m.v.", "").split())
            law = names.by_name(key)
            if len(words) >= 3 and words[1] == "om" and law is not None:
                titles.setdefault(words, law)
        self.titles = titles
        # the titles by each word after 'om' (and each two such words run together): a written
        # title is compared only with titles that share a word with its first words
        index: dict[str, set[tuple[str, ...]]] = {}
        for words in titles:
            for i in range(2, len(words)):
                index.setdefault(words[i], set()).add(words)
                if i + 1 < len(words):
                    index.setdefault(words[i] + words[i + 1], set()).add(words)
        self._index = index
        self._near: dict[str, list[str]] = {}
        self._memo: dict[tuple[str, ...], tuple[CatalogLaw, int] | None] = {}

    def mentions(self, text: str, named: frozenset[int]) -> Iterator[LawMention]:
        """Yield every colloquial mention in the text (they may overlap exact ones); a title
        is not compared where a catalog name begins (`named`: the starts of those).

        Each form is found from a cheap anchor ('l.', '§', 'jf', 'lov', 'lov om'), then the
        words around it are read: a pattern tried at every position was the costliest part.
        """
        for cut in _CUT.finditer(text):  # 'Servicel.': a long cut-short name, anywhere
            stem = _WORD_BEFORE.search(text, max(0, cut.start() - _REACH), cut.start() + 1)
            law = self.stems.get(stem[1].casefold()) if stem else None
            if stem and law and len(stem[1]) >= _SAFE_STEM:
                yield LawMention(law, stem.start(), cut.end())
        for sign in _SIGN.finditer(text):  # 'sel § 85', 'Inl. § 16', 'planl. § 5'
            if before := _word_before(text, sign.start()):
                word, mark, start = before
                if law := self._short_name(word, mark, two_letters=True):
                    yield LawMention(law, start, start + len(word) + len(mark or ""))
            following = text[sign.start() : sign.start() + _REACH + 8]
            if " i " in following or " efter " in following or " I " in following:
                after = _NAME_AFTER_PROVISION.match(text, sign.start())  # '§ 38 i lab'
                if after and (law := self._short_name(after[1], after[2])):
                    yield LawMention(law, after.start(1), after.end())
        for jf in _JF.finditer(text):  # 'jf. lab'
            if law := self._short_name(jf[1], jf[2]):
                yield LawMention(law, jf.start(1), jf.end())
        for lov in _LOV.finditer(text):  # 'sel-loven', 'Folkeskole-loven', 'sundheds loven'
            if joined := _JOINED_BEFORE.search(text, max(0, lov.start() - _REACH), lov.start()):
                word, joint = joined[1], joined[2]
                law = self.names.by_name(word + lov[0])
                if law is None and joint.startswith("-"):
                    law = self.abbreviations.get(word.casefold())
                if law is not None:
                    yield LawMention(law, joined.start(), lov.end())
        for match in _TITLE_START.finditer(text):
            if match.start() in named:
                continue
            if mention := self._title_at(text, match.start()):
                yield mention

    def _short_name(
        self, word: str, mark: str | None, two_letters: bool = False
    ) -> CatalogLaw | None:
        """Return the law a cut-short name ('planl.') or an abbreviation in lower or title
        case ('sel', 'Inl.') stands for where it stands as a law's name, if any.

        `two_letters` is set right before a '§', where two-letter abbreviations count too."""
        key = word.casefold()
        if mark and (law := self.stems.get(key)):
            return law
        if is_abbreviation(word) and mark != ".":
            return None  # 'SEL' as written: the catalog's own pattern finds it
        if len(word) < 3 and not two_letters:
            return None
        if two_letters and mark and key in _ALSO_WORDS:
            return None  # 'Vi har et lab. § 4 …': a sentence ends between the word and the §
        return self.abbreviations.get(key)

    def _title_at(self, text: str, start: int) -> LawMention | None:
        """Return the law a title written with a slip at `start` means, if one law clearly."""
        words: list[tuple[str, int]] = []
        pos = start
        while len(words) < 16 and (word := _TITLE_WORD.match(text, pos)):
            if word[0].casefold() != "m.v.":
                words.append((word[0].casefold(), word.end()))
            if _TITLE_STOP.match(text, word.end()):
                break
            space = re.compile(r"\s+").match(text, word.end())
            if not space:
                break
            pos = space.end()
        written = tuple(word for word, _ in words)
        if written not in self._memo:
            if len(self._memo) >= _MAX_CACHED:
                self._memo.clear()
            self._memo[written] = self._best_title(written)
        best = self._memo[written]
        return LawMention(best[0], start, words[best[1] - 1][1]) if best else None

    def _candidates(self, written: tuple[str, ...]) -> set[tuple[str, ...]]:
        """Return the catalog titles that share a word with the first words after 'om'."""
        found: set[tuple[str, ...]] = set()
        for word in written[2:5]:
            if word not in self._near:
                if len(self._near) >= _MAX_CACHED:
                    self._near.clear()
                self._near[word] = [other for other in self._index if _alike(word, other)]
            for other in self._near[word]:
                found |= self._index[other]
        return found

    def _best_title(self, written: tuple[str, ...]) -> tuple[CatalogLaw, int] | None:
        """Return the one law whose title the written words match best, and how many words
        of them it takes; None if none matches well enough or two match as well."""
        scores: dict[str, tuple[float, int, CatalogLaw]] = {}
        for title in self._candidates(written):
            law = self.titles[title]
            for size in range(max(3, len(title) - 1), min(len(written), len(title) + 1) + 1):
                score = _title_score(written[:size], title)
                best = scores.get(law.key)
                if best is None or (score, -size) > (best[0], -best[1]):
                    scores[law.key] = (score, size, law)
        ranked = sorted(scores.values(), key=lambda item: item[0], reverse=True)
        if not ranked or ranked[0][0] < TITLE_CUTOFF:
            return None
        if len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            return None  # two laws fit as well: the text does not say which
        score, size, law = ranked[0]
        return law, size


def _word_before(text: str, position: int) -> tuple[str, str | None, int] | None:
    """Return the word right before a position ('sel ', 'Inl. ', 'planl., '), its full stop
    or hyphen, and where it starts; None if no short word stands there."""
    low = max(0, position - _REACH)
    core = text[low:position].rstrip()
    if core.endswith(","):
        core = core[:-1].rstrip()
    mark = core[-1] if core.endswith((".", "-")) else None
    core = core[:-1] if mark else core
    parts = core.rsplit(None, 1)
    word = parts[-1].lstrip("(\"“»'") if parts else ""
    start = low + len(core) - len(word)
    if not _SHORT_WORD.fullmatch(word) or (start > 0 and text[start - 1] in "-_"):
        return None
    if start > 0 and (text[start - 1].isalnum()):
        return None
    return word, mark, start


def _title_score(written: tuple[str, ...], title: tuple[str, ...]) -> float:
    """Return how alike two titles are, word by word (0–1): twice the words in common (in
    order, alike words counting) over the words of both."""
    common = [[0] * (len(title) + 1) for _ in range(len(written) + 1)]
    for i, word in enumerate(written):
        for j, other in enumerate(title):
            common[i + 1][j + 1] = (
                common[i][j] + 1 if _alike(word, other) else max(common[i][j + 1], common[i + 1][j])
            )
            if j and _alike(word, title[j - 1] + other):  # 'socialservice': two words run together
                common[i + 1][j + 1] = max(common[i + 1][j + 1], common[i][j - 1] + 2)
    return min(1.0, 2 * common[-1][-1] / (len(written) + len(title)))


@functools.lru_cache(maxsize=65_536)
def _alike(word: str, other: str) -> bool:
    """Return whether a written word is a catalog title's word, spelt nearly or cut short."""
    if word == other:
        return True
    if min(len(word), len(other)) < 4:
        return False
    if len(word) >= 8 and other.startswith(word) and len(word) >= 0.6 * len(other):
        return True  # 'beskæftigelse' for 'beskæftigelsesindsats', not 'social' for 'socialtilsyn'
    if 2 * min(len(word), len(other)) < WORD_CUTOFF * (len(word) + len(other)):
        return False  # too different in length to reach the cutoff
    matcher = difflib.SequenceMatcher(None, word, other, autojunk=False)
    return matcher.quick_ratio() >= WORD_CUTOFF and matcher.ratio() >= WORD_CUTOFF


@functools.lru_cache(maxsize=8)
def _colloquial(names: LawNames) -> _Colloquial:
    """Return the colloquial forms of a set of names (built once per set)."""
    return _Colloquial(names)


def colloquial_mentions(
    names: LawNames, text: str, named: Iterable[LawMention] = ()
) -> list[LawMention]:
    """Return the places where the text names a catalog law in a colloquial form (`named`:
    the catalog names already found, where no title is compared again)."""
    starts = frozenset(mention.start for mention in named)
    return list(_colloquial(names).mentions(text, starts))
