"""Full-text search over every text in the network file (SQLite FTS5, Danish-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..db.schema import SEARCH_COLUMNS
from ..store import Store

#: Marks around a hit in a snippet, chosen so they never clash with the file's own text.
HIT_START, HIT_END = "\u2063[", "]\u2063"

_TOKEN = re.compile(r"\w+", re.UNICODE)

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
            field = _matching_field(columns, values, terms)
            title = titles.get(experiment_id or "", "") if experiment_id else str(values[0])
            hits.append(
                SearchHit(_KIND_OF_TABLE[table], record_id, experiment_id, title, field, snippet)
            )
    return hits[:limit]


def _matching_field(columns: tuple[str, ...], values: tuple[object, ...], terms: list[str]) -> str:
    """Return the first column whose text contains a word starting with a search term."""
    for column, value in zip(columns, values, strict=True):
        words = search_terms(str(value or ""))
        if any(word.startswith(term) for term in terms for word in words):
            return column
    return columns[0]
