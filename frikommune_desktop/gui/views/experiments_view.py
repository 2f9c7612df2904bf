"""Forsøg: the filterable list of experiments and the editor of the selected one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QComboBox, QHeaderView, QMessageBox, QTableView, QWidget

from ...dates import short_date
from ...db.changes import Changes
from ...edits import AddRecord, DeleteRecord, UpdateRecord
from ...model import (
    Contact,
    Experiment,
    ExperimentStatus,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    Round,
)
from ...queries.views import ExperimentRow, experiment_rows
from ...store import Store
from ..forms.ui_experiments_view import Ui_ExperimentsView
from ..models.experiments import COL_NUMBER, COL_TITLE, ExperimentFilterProxy, ExperimentTableModel
from ..panel_sizes import fit_experiment_list, remember_splitter
from ..roles import ID_ROLE
from ..session import Session
from ..vocabulary import choices
from .base import SIZE_SAMPLE_ROWS, View, bind_table_keys
from .combos import fill_filter
from .experiment_editor import ExperimentEditor

if TYPE_CHECKING:
    from ..suggestions_dialog import SuggestionsDialog


class ExperimentsView(View):
    """The list of experiments (filter, sort) beside the editor of the selected one."""

    key = "experiments"
    tables = frozenset(
        (
            "experiments",
            "participations",
            "legal_bases",
            "laws",
            "rounds",
            "municipalities",
            "contacts",
        )
    )

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_ExperimentsView()
        self.ui.setupUi(self)
        self.model = ExperimentTableModel(self)
        self.proxy = ExperimentFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.ui.table.setModel(self.proxy)
        self.ui.table.sortByColumn(COL_NUMBER, Qt.SortOrder.AscendingOrder)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.ui.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        fit_experiment_list(self.ui.table, self.ui.filterEdit)
        self.editor = ExperimentEditor(self)
        self._keep_editor = False  # reloading the list after the editor's own edit
        self._appeared: str | None = None  # the experiment a reload brought back
        self.ui.editorArea.setWidget(self.editor)
        # Tab goes from the list's buttons on into the editor's fields (the form's own order).
        QWidget.setTabOrder(self.ui.deleteButton, self.editor.ui.numberSpin)
        self.ui.table.setWordWrap(False)
        remember_splitter(self.ui.splitter, "experiments", [600, 420])
        self.editor.changesMade.connect(self._store_changes)
        self.ui.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.ui.filterEdit.textChanged.connect(self.proxy.set_text)
        self.ui.roundFilter.activated.connect(
            lambda: self.proxy.set_round(self.ui.roundFilter.currentData() or "")
        )
        self.ui.statusFilter.activated.connect(self._status_filter_changed)
        self.ui.municipalityFilter.activated.connect(
            lambda: self.proxy.set_municipality(self.ui.municipalityFilter.currentData() or "")
        )
        self.ui.lawFilter.activated.connect(
            lambda: self.proxy.set_law(self.ui.lawFilter.currentData() or "")
        )
        self.ui.addButton.clicked.connect(self.add_experiment)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        bind_table_keys(
            self.ui.table,
            add=self.add_experiment,
            delete=self.delete_current,
            edit=self._edit_current,
        )
        # Foreslå lovgrundlag: the editor's button, and Ctrl+L anywhere in this view.
        self.suggest_action = QAction(self.tr("Suggest legal basis…"), self)
        self.suggest_action.setShortcut(QKeySequence("Ctrl+L"))
        self.suggest_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.suggest_action.triggered.connect(lambda: self.suggest_legal_basis())
        self.addAction(self.suggest_action)
        self.editor.ui.suggestButton.clicked.connect(lambda: self.suggest_legal_basis())

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Experiments")

    def place(self) -> QTableView:
        """Return the list (its selection and scroll position stay when it reloads)."""
        return self.ui.table

    def refresh_for(self, changes: Changes | None) -> None:
        """Reload after a change; after the editor's own edit the editor is left as it is
        (it shows what it stored, and perhaps what is being typed in another field)."""
        if changes is not None and changes.source is self:
            return  # add_experiment reloaded already
        if changes is not None and self._update_experiments(changes):
            return
        if changes is None or (
            changes.source is not self.editor and not changes.ids("experiments")
        ):
            # Nothing to find again afterwards: the list is read off the GUI thread.
            store = self.session.store
            self.read_then(lambda: _read_list(store), lambda read: self._fill(*read))
            return
        self._keep_editor = changes.source is self.editor
        before = {row.id for row in self.model.rows()}
        try:
            self.refresh()
        finally:
            self._keep_editor = False
        ids = changes.ids("experiments") if changes is not None else None
        if ids:  # one experiment back (an undone delete, a redone add): it gets selected
            appeared = [row.id for row in self.model.rows() if row.id in ids - before]
            self._appeared = appeared[0] if len(appeared) == 1 else None

    def refresh_if_stale(self) -> None:
        """Refresh once if the file changed; an experiment that came back is selected."""
        super().refresh_if_stale()
        appeared, self._appeared = self._appeared, None
        if appeared is not None:
            self.select(appeared)

    def _update_experiments(self, changes: Changes) -> bool:
        """Update the rows of changed experiments in place, when only those changed (an
        edit in the editor, its undo); return whether that was enough."""
        ids = changes.ids("experiments")
        if changes.tables != {"experiments"} or not ids:
            return False
        if not self.model.update_rows(experiment_rows(self.session.store, sorted(ids))):
            return False
        current = self.current_id()
        if changes.source is not self.editor and current in ids:
            self._show_current(self.ui.table.currentIndex())
        return True

    def refresh(self) -> None:
        """Reload the list, the filter choices and the editor, keeping the selection."""
        self._fill(*_read_list(self.session.store))

    def _fill(
        self,
        rows: list[ExperimentRow],
        rounds: list[Round],
        members: list[Municipality],
        laws: list[Law],
    ) -> None:
        """Show what _read_list read: the list, the filter choices, and the editor."""
        keep, keep_row = self.current_id(), self.ui.table.currentIndex().row()
        self.model.set_rows(rows)
        fill_filter(
            self.ui.roundFilter,
            self.tr("All rounds"),
            [(r.deadline, short_date(r.deadline)) for r in rounds],
        )
        fill_filter(self.ui.statusFilter, self.tr("All statuses"), choices(ExperimentStatus))
        fill_filter(
            self.ui.municipalityFilter,
            self.tr("All municipalities"),
            [(m.code, m.name) for m in members],
        )
        used = {key for row in self.model.rows() for key in row.law_keys}
        fill_filter(
            self.ui.lawFilter,
            self.tr("All laws"),
            [(law.key, law.abbreviation) for law in laws if law.key in used],
        )
        kept = keep is not None and any(row.id == keep for row in self.model.rows())
        if kept and self.select(keep or ""):
            return
        if self.proxy.rowCount():  # nothing chosen: the first; the chosen one deleted: its place
            row = 0 if keep is None else min(keep_row, self.proxy.rowCount() - 1)
            self.ui.table.selectRow(max(row, 0))
        self._show_current(self.ui.table.currentIndex())

    def set_writable(self, writable: bool) -> None:
        """Allow or forbid adding, deleting and editing."""
        super().set_writable(writable)
        self.ui.addButton.setEnabled(writable)
        self.ui.deleteButton.setEnabled(writable)
        for widget in self.editor.findChildren(QWidget):
            if hasattr(widget, "setReadOnly"):
                widget.setReadOnly(not writable)
        for combo in self.editor.findChildren(QComboBox):
            combo.setEnabled(writable)

    def current_id(self) -> str | None:
        """Return the id of the selected experiment, if any."""
        index = self.ui.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, experiment_id: str) -> bool:
        """Select an experiment in the list (clearing filters that hide it)."""
        for attempt in range(2):
            for row in range(self.proxy.rowCount()):
                index = self.proxy.index(row, COL_TITLE)
                if index.data(ID_ROLE) == experiment_id:
                    self.ui.table.selectionModel().setCurrentIndex(
                        index,
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows,
                    )
                    self.ui.table.scrollTo(index)
                    return True
            if attempt == 0:
                self.clear_filters()
        return False

    def clear_filters(self) -> None:
        """Show every experiment again."""
        self.ui.filterEdit.clear()
        for combo in (
            self.ui.roundFilter,
            self.ui.statusFilter,
            self.ui.municipalityFilter,
            self.ui.lawFilter,
        ):
            combo.setCurrentIndex(0)
        self.proxy.set_round("")
        self.proxy.set_status(None)
        self.proxy.set_municipality("")
        self.proxy.set_law("")

    def suggest_legal_basis(self) -> SuggestionsDialog | None:
        """Open the legal-basis suggestions for the selected experiment (window-modal)."""
        experiment_id = self.current_id()
        if experiment_id is None:
            return None
        self.editor.flush()  # text typed a moment ago is stored first, so it is read too
        from ..suggestions_dialog import SuggestionsDialog

        dialog = SuggestionsDialog(self.session, experiment_id, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def add_experiment(self) -> None:
        """Add a new draft experiment, numbered after the others, and select it."""
        numbers = [row.number for row in self.model.rows() if row.number]
        edit = AddRecord(
            Experiment(title=self.tr("New experiment"), number=max(numbers, default=0) + 1),
            text=self.tr("New experiment"),
        )
        if self.session.do(edit, source=self):
            self.refresh()
            self.select(edit.record.id)
            self.editor.ui.titleEdit.setFocus()
            self.editor.ui.titleEdit.selectAll()

    def _edit_current(self, index: QModelIndex) -> None:
        """Enter on the list moves the cursor into the editor, to the title."""
        if index.isValid() and self.writable:
            self.editor.ui.titleEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.editor.ui.titleEdit.selectAll()

    def delete_current(self) -> None:
        """Delete the selected experiment (with its participation and legal rows)."""
        experiment_id = self.current_id()
        if experiment_id is None:
            return
        title = self.ui.table.currentIndex().siblingAtColumn(COL_TITLE).data()
        window = self.window()
        if getattr(window, "interactive", False):
            answer = QMessageBox.question(
                self,
                self.tr("Delete experiment"),
                self.tr(
                    "Delete \u201c{0}\u201d with its participation and legal basis? "
                    "You can undo it with Ctrl+Z."
                ).format(title),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.session.do(
            DeleteRecord(
                Experiment,
                experiment_id,
                self.tr("Delete experiment \u201c{0}\u201d").format(title),
            )
        )

    def _store_changes(self, changes: dict[str, Any]) -> None:
        experiment = self.editor.experiment
        if experiment is None or not self.writable:
            return
        names = ", ".join(self.editor.field_label(name) for name in changes)
        edit = UpdateRecord(Experiment, experiment.id, changes, self.tr("Edit {0}").format(names))
        if self.session.do(edit, source=self.editor):
            self.editor.stored(self.session.store.records.get(Experiment, experiment.id))

    def _show_current(self, index: QModelIndex) -> None:
        store = self.session.store
        experiment_id = index.data(ID_ROLE) if index.isValid() else None
        shown = self.editor.experiment
        if shown is not None and experiment_id == shown.id:
            if self._keep_editor:  # the editor's own edit: it shows what it stored
                return
            self.editor.flush()  # what is typed is stored before the file's version is read
        experiment = None
        if experiment_id is not None:
            found = store.records.all(Experiment, id=experiment_id)
            experiment = found[0] if found else None
        names = {m.code: m.name for m in store.records.members()}
        participants = [
            names.get(p.municipality, p.municipality)
            for p in (
                store.records.all(Participation, experiment_id=experiment_id) if experiment else []
            )
        ]
        legal = []
        if experiment is not None:
            laws = dict(store.records.values(Law, "id", "abbreviation"))
            rows = sorted(
                store.records.all(LegalBasis, experiment_id=experiment.id),
                key=lambda row: row.position,
            )
            legal = [(laws.get(row.law_id, ""), row.provision) for row in rows]
        self.editor.load(
            experiment,
            rounds=store.records.all(Round),
            contacts=store.records.values(Contact, "id", "name"),
            experiments=store.records.values(Experiment, "id", "number", "title"),
            participants=participants,
            legal_basis=legal,
        )
        self.ui.deleteButton.setEnabled(self.writable and experiment is not None)
        self.suggest_action.setEnabled(experiment is not None)

    def _status_filter_changed(self) -> None:
        code = self.ui.statusFilter.currentData()
        self.proxy.set_status(ExperimentStatus(code) if code else None)


def _read_list(
    store: Store,
) -> tuple[list[ExperimentRow], list[Round], list[Municipality], list[Law]]:
    """Return what the list and its filters show: the rows, rounds, members and laws."""
    return (
        experiment_rows(store),
        store.records.all(Round),
        store.records.members(),
        store.records.all(Law),
    )
