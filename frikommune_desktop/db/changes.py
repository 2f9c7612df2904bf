"""What a stored change touched: its tables, the ids of its rows, and who made it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace

from .schema import DATA_TABLES

#: Every table a view can show: the data tables and the deleted rows' tombstones.
ALL_TABLES = frozenset((*DATA_TABLES, "tombstones"))


@dataclass(frozen=True)
class Changes:
    """One change to the file (an edit, undo, import, merge, another process's save).

    `rows` names the touched ids of a table; a table in `tables` but not in `rows` changed
    as a whole (a bulk write, or a change seen from outside). `by` is who made it; `source`
    is the object (an editor) that asked for it, so that it need not reload itself.
    """

    tables: frozenset[str]
    rows: Mapping[str, frozenset[str]] = field(default_factory=dict)
    by: str = ""
    source: object | None = None

    @classmethod
    def everything(cls, by: str = "") -> Changes:
        """Return a change that may have touched any row of any table."""
        return cls(ALL_TABLES, {}, by)

    def touches(self, tables: Iterable[str]) -> bool:
        """Return whether any of the given tables changed."""
        return not self.tables.isdisjoint(tables)

    def ids(self, table: str) -> frozenset[str] | None:
        """Return the touched ids of a table (None: any row of it; empty: it did not change)."""
        if table not in self.tables:
            return frozenset()
        return self.rows.get(table)

    def merged(self, other: Changes | None) -> Changes:
        """Return this change and another as one (whole tables stay whole)."""
        if other is None:
            return self
        tables = self.tables | other.tables
        rows: dict[str, frozenset[str]] = {}
        for table in tables:
            mine, theirs = self.ids(table), other.ids(table)
            if mine is not None and theirs is not None:
                rows[table] = mine | theirs
        by = self.by if self.by == other.by else ", ".join(sorted({self.by, other.by} - {""}))
        source = self.source if self.source is other.source else None
        return Changes(tables, rows, by, source)

    def with_source(self, source: object | None) -> Changes:
        """Return the same change, asked for by `source`."""
        return replace(self, source=source)


class ChangeLog:
    """Collects what the writes of one transaction touch, for the Changes it makes."""

    def __init__(self) -> None:
        self._rows: dict[str, set[str] | None] = {}

    def note(self, table: str, ids: Iterable[str] | None) -> None:
        """Record rows of a table as touched (None: the whole table)."""
        if ids is None:
            self._rows[table] = None
            return
        known = self._rows.setdefault(table, set())
        if known is not None:
            known.update(ids)

    def note_everything(self) -> None:
        """Record that any table may have changed (writes the log was not told about)."""
        for table in ALL_TABLES:
            self.note(table, None)

    def absorb(self, other: ChangeLog) -> None:
        """Add what another log recorded to this one."""
        for table, ids in other._rows.items():
            self.note(table, ids)

    def __bool__(self) -> bool:
        return bool(self._rows)

    def changes(self, by: str) -> Changes:
        """Return what was touched, as a change made by `by`."""
        rows = {table: frozenset(ids) for table, ids in self._rows.items() if ids is not None}
        return Changes(frozenset(self._rows), rows, by)
