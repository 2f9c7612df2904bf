"""Foreslå lovgrundlag: the provisions an experiment's texts name that its legal basis lacks.

Each suggestion is ticked to accept it (none is at first); one whose text does not say the
law needs the law chosen first. "Add selected" stores the ticked ones as one undoable edit.
The list follows the file: after the add (or an undo) it is read again, ticks kept.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ..errors import RecordNotFoundError
from ..legal.suggestions import accept_suggestions, suggest_legal_bases
from ..model import SECTION_FIELDS, SECTION_TITLES, Experiment, Law
from .combos import fill_searchable
from .forms.ui_suggestions_dialog import Ui_SuggestionsDialog
from .models.base import numbered, sort_text
from .models.suggestions import (
    COL_INCLUDE,
    COL_LAW,
    COL_PROVISION,
    COL_SECTION,
    COL_SENTENCE,
    SuggestionTableModel,
    law_label,
    sentence_html,
    suggestion_rows,
)
from .session import Session
from .views.delegates import MarkedTextDelegate

Index = QModelIndex | QPersistentModelIndex


def fill_law_combo(combo: QComboBox, laws: dict[str, str], placeholder: str) -> None:
    """Fill a combo box with the laws (label, key as data) and a completer over the names."""
    by_name = sorted(laws.items(), key=lambda item: sort_text(item[1]))
    fill_searchable(combo, [("", None), *((label, key) for key, label in by_name)])
    if (line := combo.lineEdit()) is not None:
        line.setPlaceholderText(placeholder)


class LawDelegate(QStyledItemDelegate):
    """Edits the Law cell of a suggestion whose text left the law open: a combo that completes."""

    def __init__(
        self, model: SuggestionTableModel, placeholder: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._model = model
        self._placeholder = placeholder

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        """Return a combo box over the catalog's laws."""
        combo = QComboBox(parent)
        fill_law_combo(combo, self._model.laws(), self._placeholder)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Show the row's law (or nothing) in the combo box."""
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(
                max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or None), 0)
            )

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        """Give the row the law chosen (nothing if the text typed names no law)."""
        if isinstance(editor, QComboBox):
            found = editor.findText(editor.currentText(), Qt.MatchFlag.MatchFixedString)
            key = editor.itemData(found) if found > 0 else None
            model.setData(index, key or "", Qt.ItemDataRole.EditRole)


class SuggestionsDialog(QDialog):
    """The suggestions for one experiment: tick, choose missing laws, add them in one step."""

    def __init__(self, session: Session, experiment_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SuggestionsDialog()
        self.ui.setupUi(self)
        self.session = session
        self.experiment_id = experiment_id
        self.experiment: Experiment | None = None
        self.model = SuggestionTableModel(self)
        self._choose_law = self.tr("Choose a law…")
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegateForColumn(COL_LAW, LawDelegate(self.model, self._choose_law, self))
        table.setItemDelegateForColumn(COL_SENTENCE, MarkedTextDelegate(self))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.lawCombo.activated.connect(self._law_chosen)
        law_line = self.ui.lawCombo.lineEdit()
        assert law_line is not None  # the form makes the law combo editable
        law_line.editingFinished.connect(self._law_typed)
        self.ui.selectAllButton.clicked.connect(self.select_all)
        self.ui.selectNoneButton.clicked.connect(lambda: self.model.check_all(False))
        self.ui.addButton.clicked.connect(self.add_selected)
        self.ui.closeButton.clicked.connect(self.reject)
        self.model.checkedChanged.connect(self._ticks_changed)
        self.model.dataChanged.connect(lambda *_: self._show_detail())
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        session.changed.connect(self.reload)
        self._note = ""
        self._sized = False
        self.reload()
        if not self.model.rowCount():
            self.resize(640, 200)  # just the message and Close

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the experiment's suggestions again (after an add, an undo, another's change)."""
        store = self.session.store
        try:
            self.experiment = store.records.get(Experiment, self.experiment_id)
        except RecordNotFoundError:  # deleted, or its import undone, while the dialog was open
            self.experiment = None
            self.model.set_rows([])
            self.ui.introLabel.setText(self.tr("The experiment is no longer in the file."))
            self._show_list(False, empty_text=False)
            self._update_buttons()
            return
        laws = {
            law.key: law_label(law.short_name or law.title, law.abbreviation)
            for law in store.records.all(Law)
        }
        texts = {
            title: getattr(self.experiment, field)
            for field, title in zip(SECTION_FIELDS, SECTION_TITLES, strict=True)
        }
        self.model.set_laws(laws)
        current = self._current_key()
        rows = suggestion_rows(suggest_legal_bases(store, self.experiment_id), laws, texts)
        self.model.set_rows(rows)
        fill_law_combo(self.ui.lawCombo, laws, self._choose_law)
        name = numbered(self.experiment.number, self.experiment.title)
        empty = not rows
        if empty:
            intro = self.tr("The texts of \u201c{0}\u201d have been read.")
        else:
            intro = self.tr(
                "Provisions the texts of \u201c{0}\u201d name that its legal basis does not have "
                "yet. Tick the ones to add; where the text does not say which law, choose the law "
                "first."
            )
        self.ui.introLabel.setText(intro.format(name))
        self._show_list(not empty, empty_text=empty)
        if not self._sized and rows:
            self._size_columns()  # once: later reloads keep the widths the user chose
        self._select_key(current)
        self._update_buttons()

    def _show_list(self, shown: bool, *, empty_text: bool) -> None:
        """Show the table and its buttons, or (with nothing to suggest) the empty message."""
        self.ui.emptyLabel.setVisible(empty_text)
        ui = self.ui
        for widget in (ui.splitter, ui.selectAllButton, ui.selectNoneButton, ui.addButton):
            widget.setVisible(shown)

    def _size_columns(self) -> None:
        self._sized = True
        table, header = self.ui.table, self.ui.table.horizontalHeader()
        table.resizeColumnsToContents()
        limits = {COL_INCLUDE: 90, COL_LAW: 260, COL_PROVISION: 160, COL_SECTION: 280}
        for column, limit in limits.items():
            header.resizeSection(column, min(max(header.sectionSize(column), 60), limit))

    # -- ticking and adding ----------------------------------------------------------------------

    def select_all(self) -> None:
        """Tick every suggestion that has a law; say how many still need one."""
        waiting = self.model.check_all(True)
        self._note = (
            self.tr("{0} suggestion(s) need a law chosen before they can be ticked.").format(
                waiting
            )
            if waiting
            else ""
        )
        self._update_buttons()

    def add_selected(self) -> bool:
        """Add the ticked suggestions to the legal basis as one undoable edit."""
        accepted = self.model.accepted()
        if not accepted or self.experiment is None:
            return False
        edit = accept_suggestions(self.session.store, self.experiment_id, accepted)
        if not self.session.do(edit):
            return False
        self._note = self.tr(
            "{0} provision(s) added to the legal basis (Ctrl+Z undoes it)."
        ).format(len(accepted))
        self._update_buttons()
        return True

    def _ticks_changed(self, _count: int) -> None:
        self._note = ""
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.model.checked_count()
        writable = self.session.writable
        self.ui.addButton.setEnabled(writable and count > 0 and self.experiment is not None)
        self.ui.selectAllButton.setEnabled(self.model.rowCount() > 0)
        self.ui.selectNoneButton.setEnabled(count > 0)
        lines = []
        if self.model.rowCount():
            lines.append(
                self.tr("{0} of {1} suggestion(s) ticked.").format(count, self.model.rowCount())
            )
        if self._note:
            lines.append(self._note)
        if not writable:
            lines.append(self.tr("The file is open read-only: nothing can be added."))
        self.ui.statusLabel.setText(" ".join(lines))

    # -- the selected suggestion ------------------------------------------------------------------

    def _current_row(self) -> int:
        index = self.ui.table.currentIndex()
        return index.row() if index.isValid() else -1

    def _current_key(self) -> object:
        row = self._current_row()
        return self.model.row_at(row).key() if row >= 0 else None

    def _select_key(self, key: object) -> None:
        rows = self.model.rows()
        found = next((n for n, row in enumerate(rows) if row.key() == key), 0 if rows else -1)
        if found >= 0:
            self.ui.table.selectRow(found)
        self._show_detail()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        number = self._current_row()
        ui = self.ui
        ui.detailGroup.setEnabled(number >= 0)
        if number < 0:
            ui.sectionLabel.clear()
            ui.sentenceLabel.clear()
            ui.lawCombo.setCurrentIndex(0)
            return
        row = self.model.row_at(number)
        ui.sectionLabel.setText(row.suggestion.section)
        ui.sentenceLabel.setText(sentence_html(row))
        ui.lawCombo.blockSignals(True)
        ui.lawCombo.setCurrentIndex(max(ui.lawCombo.findData(row.law_key), 0) if row.law_key else 0)
        ui.lawCombo.blockSignals(False)
        ui.lawCombo.setEnabled(row.needs_law and self.session.writable)

    def _law_chosen(self, position: int) -> None:
        number = self._current_row()
        if number >= 0 and self.model.row_at(number).needs_law:
            self.model.choose_law(number, self.ui.lawCombo.itemData(position))

    def _law_typed(self) -> None:
        """Take a law typed in full (Enter or leaving the field) as the choice."""
        combo = self.ui.lawCombo
        found = combo.findText(combo.currentText(), Qt.MatchFlag.MatchFixedString)
        number = self._current_row()
        if number >= 0 and self.model.row_at(number).needs_law:
            key = combo.itemData(found) if found > 0 else None
            if key != self.model.row_at(number).law_key:
                self.model.choose_law(number, key)
