"""Shared machinery for table models over a list of plain rows, and their filter proxies."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from ...queries.views import fold
from ..roles import FILTER_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole

#: Æ, Ø and Å (and the German Ä, Ö) sort after Z, in that order, as Danish dictionaries do.
_DANISH_LETTERS = str.maketrans({"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}"})


@functools.lru_cache(maxsize=65536)
def sort_text(text: str) -> str:
    """Return text as a Danish sort key: case-folded, æ < ø < å after z, other accents dropped.

    Only the first 80 characters count: long texts (justifications) sort by their start.
    """
    text = text[:80]
    if text.isascii():
        return fold(text)
    danish = unicodedata.normalize("NFC", fold(text)).translate(_DANISH_LETTERS)
    return "".join(c for c in unicodedata.normalize("NFD", danish) if not unicodedata.combining(c))


def none_last(number: int | None) -> tuple[bool, int]:
    """Return a sort key that puts numbers in order and a missing number after them."""
    return (number is None, number or 0)


def empty_last(text: str) -> tuple[bool, str]:
    """Return a sort key for text or an ISO date that puts an empty value last."""
    return (text == "", sort_text(text))


def numbered(number: int | None, title: str) -> str:
    """Return an experiment as listed: '1. Afprøvning af …' (just the title without a number)."""
    return title if number is None else f"{number}. {title}"


@dataclass(frozen=True)
class Column:
    """How one column shows, sorts and explains a row (header is already translated)."""

    header: str
    display: Callable[[Any], str]
    sort_key: Callable[[Any], Any] | None = None  # None: the Danish sort text of `display`
    tooltip: Callable[[Any], str | None] | None = None  # None: no tooltip
    checked: Callable[[Any], bool] | None = None
    align: Qt.AlignmentFlag | None = None

    def key(self, row: Any) -> Any:
        """Return the row's sort key in this column."""
        return self.sort_key(row) if self.sort_key else sort_text(self.display(row))


class RowTableModel(QAbstractTableModel):
    """A read-only table over a list of plain rows, its columns described by `columns()`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: list[Column] = self.columns()
        self._rows: list[Any] = []
        self._sort_keys: list[list[Any] | None] = [None for _ in self._columns]
        self._filter_texts: list[str] = []
        self._positions: list[int] = []  # each row's place in the list it was fed in
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def columns(self) -> list[Column]:
        """Return the column descriptions (called once, when the model is made)."""
        raise NotImplementedError

    def filter_text(self, row: Any) -> str:
        """Return the folded text a text filter matches a row against."""
        return fold(" ".join(column.display(row) for column in self._columns))

    def row_id(self, row: Any) -> str | None:
        """Return the id of the record a row shows."""
        return getattr(row, "id", None)

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row; filter texts are computed now, a column's sort keys when needed."""
        self.beginResetModel()
        self._rows = list(rows)
        self._sort_keys = [None for _ in self._columns]
        self._filter_texts = [self.filter_text(row) for row in self._rows]
        self._positions = list(range(len(self._rows)))
        self._reorder()
        self.endResetModel()

    def update_rows(self, rows: Sequence[Any]) -> bool:
        """Put changed rows in place of the rows with their ids (no reset: selection and
        scrolling stay), re-sorting if they moved; False, changing nothing, if one is new."""
        places = {self.row_id(row): n for n, row in enumerate(self._rows)}
        if any(self.row_id(row) not in places for row in rows):
            return False
        resort = False
        sort_column = self._sort[0]
        for row in rows:
            n = places[self.row_id(row)]
            self._rows[n] = row
            self._filter_texts[n] = self.filter_text(row)
            for column, keys in enumerate(self._sort_keys):
                if keys is not None:
                    key = self._columns[column].key(row)
                    resort |= column == sort_column and keys[n] != key
                    keys[n] = key
            last = self.index(n, len(self._columns) - 1)
            self.dataChanged.emit(self.index(n, 0), last)
        if resort:
            self.sort(*self._sort)
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Reorder the rows by a column's precomputed keys (-1: the order they were fed in).

        Sorting here, in Python, over precomputed keys takes milliseconds for 10,000 rows;
        a proxy's C++ sort would call back into Python for every comparison.
        """
        self.layoutAboutToBeChanged.emit()
        self._sort = (column if 0 <= column < len(self._columns) else -1, order)
        moved = self._reorder()
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        """Return the column the rows are sorted by (-1: as fed in) and the order."""
        return self._sort

    def _reorder(self) -> list[int]:
        """Put the rows in the current sort order; return each old row's new position."""
        (column, order), positions = self._sort, self._positions
        keys = self._column_keys(column) if column >= 0 else positions
        perm = sorted(
            range(len(self._rows)),
            key=lambda i: (keys[i], positions[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [self._rows[i] for i in perm]
        self._sort_keys = [
            None if column_keys is None else [column_keys[i] for i in perm]
            for column_keys in self._sort_keys
        ]
        self._filter_texts = [self._filter_texts[i] for i in perm]
        self._positions = [positions[i] for i in perm]
        return sorted(range(len(perm)), key=perm.__getitem__)

    def _column_keys(self, column: int) -> list[Any]:
        """Return a column's sort keys in row order, computing them the first time."""
        keys = self._sort_keys[column]
        if keys is None:
            keys = self._sort_keys[column] = list(map(self._columns[column].key, self._rows))
        return keys

    def rows(self) -> list[Any]:
        """Return the rows in their current (sorted) order."""
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        """Return the plain row at a source row number."""
        return self._rows[row]

    def filter_text_at(self, row: int) -> str:
        """Return the precomputed folded filter text of a row."""
        return self._filter_texts[row]

    def filter_texts(self) -> list[str]:
        """Return the precomputed folded filter texts of all rows, in row order."""
        return list(self._filter_texts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of rows (none below a cell)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of columns (none below a cell)."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        """Return the translated column header."""
        # The header's tooltip is its text: a header cut short can still be read.
        horizontal = orientation == Qt.Orientation.Horizontal and role in (DISPLAY, _TOOLTIP)
        return (
            self._columns[section].header if horizontal and section < len(self._columns) else None
        )

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return selectable and enabled, plus user-checkable on a check column."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._columns[index.column()].checked is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return a cell's text, tooltip, check state or one of the shared roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == DISPLAY:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else None
        if role == Qt.ItemDataRole.CheckStateRole and column.checked is not None:
            return Qt.CheckState.Checked if column.checked(row) else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return column.align | Qt.AlignmentFlag.AlignVCenter
        if role == SORT_ROLE:
            return self._column_keys(index.column())[index.row()]
        if role == ID_ROLE:
            return self.row_id(row)
        if role == FILTER_ROLE:
            return self._filter_texts[index.row()]
        if role == ROW_ROLE:
            return row
        return None


class RowFilterProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE and keeps rows whose filter text holds every word typed.

    Over a RowTableModel, `sort` is handed to the model (it orders its rows by the precomputed
    SORT_ROLE keys) and the proxy keeps that order; over other models it sorts by SORT_ROLE.

    Over a RowTableModel the filter is also worked out in Python, in one pass over the rows,
    the first time Qt asks after a change of filter or rows; Qt's per-row question is then a
    list lookup (10,000 calls into Python for each filtering are the cost otherwise).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None  # per source row; None: work it out again

    def set_text(self, text: str) -> None:
        """Keep only rows containing every (case-folded) word of the text."""
        self._change_filter(lambda: setattr(self, "_words", fold(text).split()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column's SORT_ROLE keys (-1: the order the rows were fed in)."""
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            if super().sortColumn() != -1:
                super().sort(-1)
            source.sort(column, order)
        else:
            super().sort(column, order)

    def sort_column(self) -> int:
        """Return the column the rows are sorted by (-1 for none)."""
        source = self.sourceModel()
        return source.sort_state()[0] if isinstance(source, RowTableModel) else self.sortColumn()

    def accepts(self, row: Any) -> bool:
        """Return whether a row passes the proxy's own filters (besides the text)."""
        return True

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        """Filter another model, forgetting the accepted rows whenever its rows change."""
        self._accepted = None
        # Connected before the proxy's own handlers, so these run first (for dataChanged
        # that matters). A former source keeps its connections: they only forget more.
        for signal in (
            model.modelAboutToBeReset,
            model.layoutAboutToBeChanged,
            model.rowsAboutToBeInserted,
            model.rowsAboutToBeRemoved,
            model.rowsAboutToBeMoved,
            model.dataChanged,
        ):
            signal.connect(self._forget_accepted)
        super().setSourceModel(model)

    def _forget_accepted(self, *_: Any) -> None:
        self._accepted = None

    def _change_filter(self, change: Callable[[], None]) -> None:
        """Apply a change of filter state and re-run the filter over the rows."""
        self.beginFilterChange()
        change()
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _accepted_rows(self, source: RowTableModel) -> list[bool]:
        """Return for each source row whether it passes the text filter and `accepts`."""
        words, accepts = self._words, self.accepts
        return [
            all(word in text for word in words) and accepts(row)
            for text, row in zip(source.filter_texts(), source.rows(), strict=True)
        ]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Return whether a source row passes the text filter and `accepts`."""
        if self._accepted is not None:
            return self._accepted[source_row]
        source = self.sourceModel()
        if isinstance(source, RowTableModel):
            self._accepted = self._accepted_rows(source)
            return self._accepted[source_row]
        index = source.index(source_row, 0, source_parent)
        text, row = index.data(FILTER_ROLE) or "", index.data(ROW_ROLE)
        return all(word in text for word in self._words) and self.accepts(row)

    def lessThan(self, left: Index, right: Index) -> bool:
        """Compare two cells by their SORT_ROLE values (Python objects, e.g. tuples)."""
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))
