"""The suggested legal-basis rows of one experiment: each ticked to accept it, or left.

A suggestion whose text does not say which law it belongs to can be ticked only once the
coordinator has chosen the law (in the Law column, or in the dialog's detail pane).
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...legal.suggestions import ProvisionKey, Suggestion
from ...model import SECTION_TITLES
from ..roles import ID_ROLE, MARK_ROLE, ROW_ROLE, SORT_ROLE
from ..views.delegates import MARK_COLOUR
from .base import sort_text

Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole

COL_INCLUDE = 0
COL_LAW = 1
COL_PROVISION = 2
COL_SECTION = 3
COL_SENTENCE = 4

#: How much of the sentence the table shows before the provision (the rest is in the tooltip).
_LEAD = 30


@dataclass
class SuggestionRow:
    """A suggestion as the dialog shows it: the law to use, where it is, whether it is ticked."""

    suggestion: Suggestion
    law_key: str | None  # found in the text, or chosen by the coordinator; None: not yet
    law_label: str  # 'serviceloven (SEL)'; '' while no law is known
    span: tuple[int, int] | None  # where the provision stands in the sentence
    checked: bool = False
    position: int = 0  # the order the text names the provisions in

    @property
    def needs_law(self) -> bool:
        """Return whether the text left the law open (the coordinator must choose it)."""
        return self.suggestion.law_key is None

    def key(self) -> ProvisionKey:
        """Return what identifies the suggestion across reloads."""
        return self.suggestion.key()


def law_label(short_name: str, abbreviation: str) -> str:
    """Return how a law is named in the dialog: 'serviceloven (SEL)'."""
    if abbreviation and abbreviation.casefold() != short_name.casefold():
        return f"{short_name} ({abbreviation})" if short_name else abbreviation
    return short_name or abbreviation


def provision_span(
    sentence: str, section_text: str, start: int, end: int
) -> tuple[int, int] | None:
    """Return where the text span start:end of a section lies in its sentence, if found."""
    if not sentence or not 0 <= start < end <= len(section_text):
        return None
    at = section_text.find(sentence)
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return (start - at, end - at)
        at = section_text.find(sentence, at + 1)
    found = sentence.find(section_text[start:end])
    return (found, found + end - start) if found >= 0 else None


def suggestion_rows(
    suggestions: Sequence[Suggestion],
    laws: Mapping[str, str],
    section_texts: Mapping[str, str],
) -> list[SuggestionRow]:
    """Return the rows of suggestions; `laws` maps key → label, `section_texts` title → text."""
    rows = []
    for position, suggestion in enumerate(suggestions):
        ref = suggestion.reference
        text = section_texts.get(suggestion.section, "")
        key = suggestion.law_key
        label = laws.get(key, suggestion.law_name or ref.law or key) if key else ""
        rows.append(
            SuggestionRow(
                suggestion,
                key,
                label or "",
                provision_span(suggestion.sentence, text, ref.start, ref.end),
                position=position,
            )
        )
    return rows


def short_section(title: str) -> str:
    """Return a section title up to its first comma: '3. Konkrete behov for forsøgshjemler'."""
    return title.split(",")[0]


def sentence_excerpt(row: SuggestionRow) -> tuple[str, tuple[int, int] | None]:
    """Return the sentence as the table shows it (from a little before the provision on),
    and where the provision stands in that text."""
    sentence, span = row.suggestion.sentence, row.span
    if span is None or span[0] <= _LEAD:
        return sentence, span
    cut = sentence.rfind(" ", 0, span[0] - _LEAD + 1)
    if cut <= 0:
        return sentence, span
    shift = cut + 1 - len("… ")
    return "… " + sentence[cut + 1 :], (span[0] - shift, span[1] - shift)


def sentence_html(row: SuggestionRow) -> str:
    """Return the whole sentence as HTML, the provision marked."""
    sentence = row.suggestion.sentence
    if row.span is None:
        return html.escape(sentence)
    start, end = row.span
    return (
        f"{html.escape(sentence[:start])}<span style='background-color:{MARK_COLOUR}'>"
        f"<b>{html.escape(sentence[start:end])}</b></span>{html.escape(sentence[end:])}"
    )


def _provision_key(row: SuggestionRow) -> tuple[Any, ...]:
    """Return a provision's natural order: § 2 < § 10 < § 10 a < § 10 a, stk. 2."""
    ref = row.suggestion.reference

    def number(text: str) -> tuple[int, ...]:
        return tuple(int(part) if part.isdigit() else 0 for part in text.split(".") if part)

    return (number(ref.paragraph), ref.letter, number(ref.stk), number(ref.nr))


def _section_key(row: SuggestionRow) -> int:
    titles = list(SECTION_TITLES)
    return titles.index(row.suggestion.section) if row.suggestion.section in titles else 99


#: The cells shown greyed out while a row has no law.
_OPEN_COLUMNS = (COL_INCLUDE, COL_LAW)


def _is_checked(value: Any) -> bool:
    return bool(getattr(value, "value", value) == Qt.CheckState.Checked.value)


class SuggestionTableModel(QAbstractTableModel):
    """Medtag | Lov | Bestemmelse | Afsnit | Fundet i, one row per suggestion."""

    #: The number of ticked rows, whenever it may have changed.
    checkedChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SuggestionRow] = []
        self._laws: dict[str, str] = {}
        self._sort: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        translate = QCoreApplication.translate
        self._headers = [
            translate("SuggestionTableModel", "Include"),
            translate("SuggestionTableModel", "Law"),
            translate("SuggestionTableModel", "Provision"),
            translate("SuggestionTableModel", "Section"),
            translate("SuggestionTableModel", "Found in"),
        ]
        self._no_law = translate("SuggestionTableModel", "(law not given)")
        self._choose_first = translate("SuggestionTableModel", "choose law")

    # -- feeding and reading -------------------------------------------------------------------

    def set_laws(self, laws: Mapping[str, str]) -> None:
        """Set the laws a row without one may be given (key → label)."""
        self._laws = dict(laws)

    def laws(self) -> dict[str, str]:
        """Return the laws a row may be given (key → label)."""
        return dict(self._laws)

    def set_rows(self, rows: Sequence[SuggestionRow], *, keep_choices: bool = True) -> None:
        """Replace the rows; a suggestion shown before keeps its tick and its chosen law."""
        before = {row.key(): row for row in self._rows} if keep_choices else {}
        self.beginResetModel()
        self._rows = list(rows)
        for row in self._rows:
            old = before.get(row.key())
            if old is not None:
                if row.needs_law and old.law_key:
                    row.law_key, row.law_label = old.law_key, old.law_label
                row.checked = old.checked and row.law_key is not None
        self._reorder()
        self.endResetModel()
        self.checkedChanged.emit(self.checked_count())

    def rows(self) -> list[SuggestionRow]:
        """Return the rows in their current (sorted) order."""
        return list(self._rows)

    def row_at(self, row: int) -> SuggestionRow:
        """Return the row shown at a row number."""
        return self._rows[row]

    def checked_count(self) -> int:
        """Return how many rows are ticked."""
        return sum(row.checked for row in self._rows)

    def accepted(self) -> list[tuple[Suggestion, str]]:
        """Return the ticked suggestions with their law keys, in the order the text has them."""
        ticked = sorted(
            (r for r in self._rows if r.checked and r.law_key), key=lambda r: r.position
        )
        return [(row.suggestion, row.law_key) for row in ticked if row.law_key]

    def check_all(self, checked: bool = True) -> int:
        """Tick (or untick) every row that can be; return how many still need a law first."""
        for row in self._rows:
            row.checked = checked and row.law_key is not None
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_INCLUDE), self.index(len(self._rows) - 1, COL_INCLUDE)
            )
        self.checkedChanged.emit(self.checked_count())
        return sum(row.law_key is None for row in self._rows) if checked else 0

    def choose_law(self, row: int, law_key: str | None) -> bool:
        """Give a row without a law in its text the law to use (None: none yet)."""
        return self.setData(self.index(row, COL_LAW), law_key or "", Qt.ItemDataRole.EditRole)

    # -- Qt's model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of suggestions (none below a cell)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Return the five columns (none below a cell)."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        """Return the translated column header."""
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Return selectable and enabled; the tick only with a law; the law open where unsaid."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self._rows[index.row()]
        if index.column() == COL_INCLUDE and row.law_key is not None:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COL_LAW and row.needs_law:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        """Return a cell's text, tooltip, tick, look, sort key or the row behind it."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == DISPLAY:
            return self._display(row, column)
        if role == Qt.ItemDataRole.EditRole and column == COL_LAW:
            return row.law_key or ""
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_INCLUDE:
            if row.law_key is None:
                return None  # no box until a law is chosen: the cell says so instead
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and column in _OPEN_COLUMNS and row.law_key is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column in _OPEN_COLUMNS and not row.law_key:
            colour = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return QBrush(QColor(colour))
        if role == MARK_ROLE and column == COL_SENTENCE:
            return sentence_excerpt(row)[1]
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.key()
        if role == ROW_ROLE:
            return row
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Tick or untick a row (not before it has a law), or choose the law of an open row."""
        if not index.isValid():
            return False
        row, column = self._rows[index.row()], index.column()
        if column == COL_INCLUDE and role == Qt.ItemDataRole.CheckStateRole:
            checked = _is_checked(value)
            if checked and row.law_key is None:
                return False
            row.checked = checked
        elif column == COL_LAW and role == Qt.ItemDataRole.EditRole and row.needs_law:
            key = str(value or "")
            if key and key not in self._laws:
                return False
            row.law_key, row.law_label = (key, self._laws[key]) if key else (None, "")
            row.checked = row.checked and row.law_key is not None
        else:
            return False
        self.dataChanged.emit(
            self.index(index.row(), 0), self.index(index.row(), len(self._headers) - 1)
        )
        self.checkedChanged.emit(self.checked_count())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column's sort key (-1: the order the text names them in)."""
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [self._rows[i.row()] for i in old]
        self._sort = (column if 0 <= column < len(self._headers) else -1, order)
        self._reorder()
        place = {id(row): number for number, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old,
            [self.index(place[id(row)], i.column()) for row, i in zip(before, old, strict=True)],
        )
        self.layoutChanged.emit()

    # -- internals -----------------------------------------------------------------------------

    def _reorder(self) -> None:
        column, order = self._sort
        if column < 0:
            self._rows.sort(key=lambda r: r.position)
            return
        self._rows.sort(
            key=lambda r: (self._sort_key(r, column), r.position),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )

    def _display(self, row: SuggestionRow, column: int) -> str:
        if column == COL_INCLUDE:
            return "" if row.law_key else self._choose_first
        if column == COL_LAW:
            return row.law_label or self._no_law
        if column == COL_PROVISION:
            return row.suggestion.provision
        if column == COL_SECTION:
            return short_section(row.suggestion.section)
        if column == COL_SENTENCE:
            return sentence_excerpt(row)[0]
        return ""

    def _tooltip(self, row: SuggestionRow, column: int) -> str | None:
        translate = QCoreApplication.translate
        if column == COL_INCLUDE and row.law_key is None:
            return translate(
                "SuggestionTableModel", "The text does not say which law: choose the law first."
            )
        if column == COL_LAW and row.needs_law:
            return translate(
                "SuggestionTableModel",
                "The text does not say which law. Double-click (or F2) to choose it.",
            )
        if column == COL_SECTION:
            return row.suggestion.section
        if column == COL_SENTENCE:
            return f"<p>{sentence_html(row)}</p>"
        return None

    def _sort_key(self, row: SuggestionRow, column: int) -> Any:
        if column == COL_INCLUDE:
            return not row.checked
        if column == COL_LAW:
            return (row.law_key is None, sort_text(row.law_label))
        if column == COL_PROVISION:
            return _provision_key(row)
        if column == COL_SECTION:
            return _section_key(row)
        return sort_text(row.suggestion.sentence)
