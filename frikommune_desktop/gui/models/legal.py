"""The legal-basis matrix: a flat table with its filter proxy, and a tree grouped by law."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ...model import RequestKind
from ...queries.views import LegalRow, fold
from ..roles import FILTER_ROLE, ID_ROLE, SORT_ROLE
from ..vocabulary import label
from .base import (
    DISPLAY,
    Column,
    Index,
    RowFilterProxy,
    RowTableModel,
    empty_last,
    none_last,
    numbered,
    sort_text,
)

COL_EXPERIMENT = 0
COL_LAW = 1
COL_PROVISION = 2
COL_PURPOSE = 3
COL_JUSTIFICATION = 4
COL_REQUEST = 5

REQUEST_ORDER = {kind: position for position, kind in enumerate(RequestKind)}
_PARTS = re.compile(r"\d+|\D+")


def provision_key(provision: str) -> tuple[tuple[int, int, str], ...]:
    """Return a natural sort key: '§ 9' < '§ 52 a' < '§ 129, stk. 2', '3.2.2' < '3.3'.

    Each part is (0, number, '') or (1, 0, folded text) so numbers and text never compare
    directly; an empty provision (the whole law) sorts before any paragraph.
    """
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, sort_text(part.strip()))
        for part in _PARTS.findall(provision)
        if part.strip()
    )


def law_text(row: LegalRow) -> str:
    """Return the short name a law is shown by: its abbreviation, else its title."""
    return row.law_abbreviation or row.law_title


def _law_key(row: LegalRow) -> str:
    return sort_text(law_text(row))


def _experiment_key(row: LegalRow) -> tuple[Any, ...]:
    return (none_last(row.experiment_number), sort_text(row.experiment_title), row.position)


class LegalTableModel(RowTableModel):
    """Every legal-basis row of the file; feed it with `set_rows(legal_rows)`."""

    def columns(self) -> list[Column]:
        """Return experiment, law, provision, purpose, justification and request."""
        translate = QCoreApplication.translate
        return [
            Column(
                translate("LegalTableModel", "Experiment"),
                lambda r: numbered(r.experiment_number, r.experiment_title),
                _experiment_key,
            ),
            Column(
                translate("LegalTableModel", "Law"),
                law_text,
                lambda r: (_law_key(r), _experiment_key(r)),
                tooltip=lambda r: r.law_title,
            ),
            Column(
                translate("LegalTableModel", "Provision"),
                lambda r: r.provision,
                lambda r: (provision_key(r.provision), _law_key(r), _experiment_key(r)),
            ),
            Column(
                translate("LegalTableModel", "Purpose of the provision"),
                lambda r: r.purpose,
                lambda r: (empty_last(r.purpose), _experiment_key(r)),
                tooltip=lambda r: r.purpose,
            ),
            Column(
                translate("LegalTableModel", "Justification"),
                lambda r: r.justification,
                lambda r: (empty_last(r.justification), _experiment_key(r)),
                tooltip=lambda r: r.justification,
            ),
            Column(
                translate("LegalTableModel", "Request"),
                lambda r: label(r.request),
                lambda r: (REQUEST_ORDER[r.request], _experiment_key(r)),
            ),
        ]

    def filter_text(self, row: LegalRow) -> str:
        """Return the folded experiment, law (key, abbreviation, title), provision and texts."""
        return fold(
            " ".join(
                (
                    numbered(row.experiment_number, row.experiment_title),
                    row.law_key,
                    row.law_abbreviation,
                    row.law_title,
                    row.provision,
                    row.purpose,
                    row.justification,
                    label(row.request),
                )
            )
        )


class LegalFilterProxy(RowFilterProxy):
    """Filters legal-basis rows by text, law, kind of request and experiment."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._law = ""
        self._request: RequestKind | None = None
        self._experiment = ""

    def set_law(self, law_key: str) -> None:
        """Keep only rows citing this law ('' for all)."""
        self._change_filter(lambda: setattr(self, "_law", law_key))

    def set_request(self, request: RequestKind | None) -> None:
        """Keep only rows asking for this kind of change (None for all)."""
        self._change_filter(lambda: setattr(self, "_request", request))

    def set_experiment(self, experiment_id: str) -> None:
        """Keep only the rows of this experiment ('' for all)."""
        self._change_filter(lambda: setattr(self, "_experiment", experiment_id))

    def accepts(self, row: LegalRow) -> bool:
        """Return whether a row passes the law, request and experiment filters."""
        return (
            (not self._law or row.law_key == self._law)
            and (self._request is None or row.request == self._request)
            and (not self._experiment or row.experiment_id == self._experiment)
        )


def _item(text: str, sort_key: Any, item_id: str | None = None) -> QStandardItem:
    """Return a tree item carrying its SORT_ROLE key and, for a law or a row, its ID_ROLE id."""
    item = QStandardItem(text)
    item.setData(sort_key, SORT_ROLE)
    if item_id is not None:
        item.setData(item_id, ID_ROLE)
    return item


class LawGroupModel(QStandardItemModel):
    """Laws → provisions → the legal-basis rows citing them, one item per row.

    Items hold plain ids, never row objects: ID_ROLE is the law key on a law item and the
    legal-basis id on a row item (provision items have none). Read them with `law_key` and
    `legal_basis_id`, and look the record up in the store.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_header()

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return the item's flags without editable: the tree is read-only."""
        return super().flags(index) & ~Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return an item's data; FILTER_ROLE is its folded text."""
        if role == FILTER_ROLE:
            text = super().data(index, DISPLAY)
            return fold(text) if text is not None else None
        return super().data(index, role)

    @staticmethod
    def legal_basis_id(index: Index) -> str:
        """Return the id of the legal-basis row an item shows ('' for a law or a provision).

        Works on an index of this model or of a proxy over it.
        """
        if not index.isValid() or not index.parent().parent().isValid():
            return ""
        return index.data(ID_ROLE) or ""

    @staticmethod
    def law_key(index: Index) -> str:
        """Return the key of the law an item belongs to ('' for an invalid index)."""
        while index.parent().isValid():
            index = index.parent()
        return (index.data(ID_ROLE) or "") if index.isValid() else ""

    def _set_header(self) -> None:
        self.setHorizontalHeaderLabels([QCoreApplication.translate("LawGroupModel", "Law")])

    def set_rows(self, rows: Sequence[LegalRow]) -> None:
        """Rebuild the tree from legal-basis rows (laws by abbreviation, provisions naturally)."""
        self.clear()
        self._set_header()
        root = self.invisibleRootItem()
        for law_rows in sorted(_group(rows, "law_key"), key=lambda rs: _law_key(rs[0])):
            first = law_rows[0]
            name = first.law_title
            if first.law_abbreviation:
                name = f"{first.law_abbreviation} — {name}"
            law_item = _item(f"{name} ({len(law_rows)})", _law_key(first), first.law_key)
            law_item.setToolTip(first.law_title)
            for provision_rows in sorted(
                _group(law_rows, "provision"), key=lambda rs: provision_key(rs[0].provision)
            ):
                law_item.appendRow(self._provision_item(provision_rows))
            root.appendRow(law_item)

    def _provision_item(self, rows: list[LegalRow]) -> QStandardItem:
        """Return a provision's item with one child per legal-basis row citing it."""
        provision = rows[0].provision
        text = provision or QCoreApplication.translate("LawGroupModel", "(whole law)")
        item = _item(text, provision_key(provision))
        for row in sorted(rows, key=_experiment_key):
            child = _item(
                numbered(row.experiment_number, row.experiment_title), _experiment_key(row), row.id
            )
            if row.purpose:
                child.setToolTip(row.purpose)
            item.appendRow(child)
        return item


def _group(rows: Sequence[LegalRow], field: str) -> list[list[LegalRow]]:
    """Return rows grouped by one field's value, groups in order of first appearance."""
    groups: dict[Any, list[LegalRow]] = defaultdict(list)
    for row in rows:
        groups[getattr(row, field)].append(row)
    return list(groups.values())
