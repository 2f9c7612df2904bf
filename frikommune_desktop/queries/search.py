"""Full-text search over every text in the network file (SQLite FTS5, Danish-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..db.schema import SEARCH_COLUMNS
from ..store import Store

#: Marks around a hit in a snippet, chosen so they never clash with the file's own text.
HIT_START, HIT_END = "\u2063[", "]\u2063"

_TOKEN = re.compile(r"\w+", re.UNICODE)
#: Where a sentence ends: . ! ? before a space and a capital (or the text's end), or a line
#: break; "stk. 2", "jf. § 3", "bl.a. at" go on (lower case or a digit follows).
_SENTENCE_END = re.compile(r"[.!?]+[\"»”)]*(?=\s+[^\sa-zæøå0-9§]|\s*$)|\n")

_KIND_OF_TABLE = {
    "experiments": "experiment",
    "legal_bases": "legal_basis",
    "contacts": "contact",
    "participations": "participation",
    "network": "network",
}


@dataclass(frozen=True)
class SearchHit:
    """One record whose text matches: where it is, which field, and a snippet around the hit."""

    kind: str
    record_id: str
    experiment_id: str | None
    title: str
    field: str
    snippet: str
    #: Where in the field's text the hit's sentence is (start, end): the sentence around the
    #: match the snippet shows; (0, 0) if it cannot be told.
    span: tuple[int, int] = (0, 0)

    def sentence(self, text: str) -> str:
        """Return the hit's sentence in the field's text (as the window selects it)."""
        return text[self.span[0] : self.span[1]]


def search_terms(text: str) -> list[str]:
    """Return the words of a search text, as the index tokenises them (case-folded)."""
    return [token.casefold() for token in _TOKEN.findall(text)]


def fts_query(text: str) -> str:
    """Return an FTS5 query that finds records containing every word (as a prefix)."""
    return " ".join(f'"{term}"*' for term in search_terms(text))


def search(store: Store, text: str, limit: int = 200) -> list[SearchHit]:
    """Return the records matching every word of `text`, best matches first per kind."""
    query = fts_query(text)
    if not query:
        return []
    terms = search_terms(text)
    titles = {row[0]: row[1] for row in store.db.execute("SELECT id, title FROM experiments")}
    hits: list[SearchHit] = []
    for table, columns in SEARCH_COLUMNS.items():
        extra = "t.experiment_id" if table in ("legal_bases", "participations") else "NULL"
        sql = (
            f"SELECT t.id, {extra}, snippet([{table}_fts], -1, ?, ?, '…', 12), "
            f"{', '.join(f't.[{c}]' for c in columns)} "
            f"FROM [{table}_fts] JOIN [{table}] t ON t.rowid = [{table}_fts].rowid "
            f"WHERE [{table}_fts] MATCH ? ORDER BY rank LIMIT ?"
        )
        for row in store.db.execute(sql, [HIT_START, HIT_END, query, limit]).fetchall():
            record_id, experiment_id, snippet, values = row[0], row[1], row[2], row[3:]
            if table == "experiments":
                experiment_id = record_id
            field, span = _hit_place(columns, values, snippet, terms)
            title = titles.get(experiment_id or "", "") if experiment_id else str(values[0])
            hits.append(
                SearchHit(
                    _KIND_OF_TABLE[table], record_id, experiment_id, title, field, snippet, span
                )
            )
    return hits[:limit]


def _hit_place(
    columns: tuple[str, ...], values: tuple[object, ...], snippet: str, terms: list[str]
) -> tuple[str, tuple[int, int]]:
    """Return the field the snippet comes from and its hit's sentence there (start, end).

    The snippet is a piece of one column's text with the hit marked: the column that holds
    the piece is the hit's, and its first marked word is the match shown. A snippet that
    cannot be placed falls back to the first word starting with a search term.
    """
    for column, value in zip(columns, values, strict=True):
        at = snippet_offset(str(value or ""), snippet)
        if at >= 0:
            return column, sentence_span(str(value or ""), at)
    column = _matching_field(columns, values, terms)
    text = str(values[columns.index(column)] or "")
    words = (m for m in _TOKEN.finditer(text) if m.group().casefold().startswith(tuple(terms)))
    first = next(words, None)
    return column, sentence_span(text, first.start()) if first else (0, 0)


def snippet_offset(text: str, snippet: str) -> int:
    """Return where in `text` the snippet's first marked word starts, or -1 if the snippet
    is not a piece of this text (FTS5 puts '…' where it cut the text)."""
    if HIT_START not in snippet:
        return -1
    for lead in ("…", ""):
        for trail in ("…", ""):
            if not (snippet.startswith(lead) and snippet.endswith(trail)):
                continue
            core = snippet[len(lead) : len(snippet) - len(trail)]
            plain = core.replace(HIT_START, "").replace(HIT_END, "")
            where = text.find(plain) if plain else -1
            if where >= 0:
                return where + core.index(HIT_START)
    return -1


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """Return the sentence of `text` around position `at` as (start, end), spaces trimmed."""
    start = 0
    for end_mark in _SENTENCE_END.finditer(text, 0, at):
        start = end_mark.end()
    ends = _SENTENCE_END.search(text, at)
    end = ends.end() if ends and ends.group() != "\n" else (ends.start() if ends else len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _matching_field(columns: tuple[str, ...], values: tuple[object, ...], terms: list[str]) -> str:
    """Return the first column whose text contains a word starting with a search term."""
    for column, value in zip(columns, values, strict=True):
        words = search_terms(str(value or ""))
        if any(word.startswith(term) for term in terms for word in words):
            return column
    return columns[0]
