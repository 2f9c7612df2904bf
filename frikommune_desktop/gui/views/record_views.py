"""Kontaktpersoner, Kommuner and Ansøgningsrunder: table pages over plain records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from ...db.changes import Changes
from ...edits import AddRecord, DeleteRecord, UpdateRecord
from ...model import Contact, ContactRole, Municipality, Record, Round
from ...queries.views import round_rows
from ...store import Store
from ..forms.ui_table_page import Ui_TablePage
from ..models.base import RowFilterProxy, RowTableModel
from ..models.records import ContactTableModel, MunicipalityTableModel, RoundTableModel
from ..roles import ID_ROLE
from ..session import Session
from ..vocabulary import choices
from .base import SIZE_SAMPLE_ROWS, View, bind_table_keys
from .record_dialog import Commit, Field, RecordDialog, changed_values


class TableView(View):
    """A filterable, sortable table of one kind of record, with add/edit/delete by dialog."""

    kind: type[Record]
    #: The column that takes the spare width (the one with the details; -1: the last).
    stretch_column = -1

    def __init__(self, session: Session, model: RowTableModel, parent: QWidget | None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_TablePage()
        self.ui.setupUi(self)
        self.ui.filterCombo.hide()
        self.ui.filterCombo2.hide()
        self.model = model
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(model)
        self.ui.table.setModel(self.proxy)
        self.ui.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.ui.table.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)
        if self.stretch_column < 0:
            self.ui.table.horizontalHeader().setStretchLastSection(True)
        else:
            self.ui.table.horizontalHeader().setStretchLastSection(False)
            self.ui.table.horizontalHeader().setSectionResizeMode(
                self.stretch_column, QHeaderView.ResizeMode.Stretch
            )
        self.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.filterEdit.textChanged.connect(self.proxy.set_text)
        self.ui.addButton.clicked.connect(self.add)
        self.ui.deleteButton.clicked.connect(self.delete_current)
        self.ui.table.doubleClicked.connect(self.edit)
        bind_table_keys(self.ui.table, add=self.add, delete=self.delete_current, edit=self.edit)

    def place(self) -> QAbstractItemView:
        """Return the table (its selection and scroll position stay when it reloads)."""
        return self.ui.table

    def fields(self) -> list[Field]:
        """Return the fields the add/edit dialog shows."""
        return []

    def new_record(self, values: dict[str, Any]) -> Record:
        """Return a new record from the dialog's values."""
        return self.kind(**values)

    def set_writable(self, writable: bool) -> None:
        """Allow or forbid changes."""
        super().set_writable(writable)
        self.ui.addButton.setEnabled(writable)
        self.ui.deleteButton.setEnabled(writable)

    def select(self, record_id: str) -> bool:
        """Select the row of a record."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == record_id:
                self.ui.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                return True
        return False

    def select_when_read(self, record_id: str) -> None:
        """Select a record's row once the table shows what is being read (now if nothing)."""
        if not self.loading:
            self.select(record_id)
            return
        reads = self._reads
        assert reads is not None

        def settled() -> None:
            reads.settled.disconnect(settled)
            self.select(record_id)

        reads.settled.connect(settled)

    def ask(self, title: str, values: dict[str, Any], commit: Commit) -> bool:
        """Show the record dialog until `commit` stores what was entered (the dialog stays
        open, with everything typed, while it cannot); return whether it did."""
        dialog = RecordDialog(title, self.fields(), values, self, commit=commit)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def add(self) -> None:
        """Ask for a new record and add it."""
        text = QCoreApplication.translate("TableView", "Add")
        added: list[str] = []

        def commit(values: dict[str, Any]) -> bool:
            edit = AddRecord(self.new_record(values), text)  # the model's checks raise here
            if not self.session.do(edit):
                return False
            added.append(edit.record.id)
            return True

        if self.ask(text, {}, commit):
            self.refresh()
            self.select_when_read(added[-1])

    def edit(self, index: QModelIndex) -> None:
        """Edit the record of a row in the dialog."""
        if not index.isValid() or not self.writable or not self.fields():
            return
        record = self.session.store.records.get(self.kind, index.data(ID_ROLE))
        before = {f.name: _plain(getattr(record, f.name)) for f in self.fields()}
        text = QCoreApplication.translate("TableView", "Edit")

        def commit(values: dict[str, Any]) -> bool:
            changes = changed_values(before, values)
            if not changes:
                return True
            replace(record, **changes)  # the model's checks raise here, shown in the dialog
            return self.session.do(UpdateRecord(self.kind, record.id, changes, text))

        self.ask(text, before, commit)

    def delete_current(self) -> None:
        """Delete the selected record (undoable)."""
        index = self.ui.table.currentIndex()
        if index.isValid():
            text = QCoreApplication.translate("TableView", "Delete")
            self.session.do(DeleteRecord(self.kind, index.data(ID_ROLE), text))


class ContactsView(TableView):
    """Kontaktpersoner: everyone in the file."""

    key = "contacts"
    tables = frozenset(("contacts", "municipalities"))
    kind = Contact
    model: ContactTableModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, ContactTableModel(), parent)

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Contacts")

    def refresh(self) -> None:
        """Read the contacts off the GUI thread; they show when they arrive."""
        store = self.session.store
        self.read_then(lambda: _contacts(store), self._show_contacts)

    def refresh_for(self, changes: Changes | None) -> None:
        """Put edited contacts in place (no reload); read them all again for the rest."""
        ids = changes.ids("contacts") if changes is not None else None
        if changes is not None and ids and not changes.touches(self.tables - {"contacts"}):
            records = self.session.store.records
            found = [c for i in sorted(ids) for c in records.all(Contact, id=i)]
            if len(found) == len(ids) and not self.loading and self.model.update_rows(found):
                return
        self.refresh()

    def _show_contacts(self, read: tuple[list[Contact], dict[str, str]]) -> None:
        self.model.set_rows(*read)
        self.ui.summaryLabel.setText(self.tr("{0} contacts").format(self.model.rowCount()))

    def fields(self) -> list[Field]:
        """Return name, title, municipality, organisation, role, phone and e-mail."""
        municipalities = [(None, "–")] + [
            (m.code, m.name) for m in self.session.store.records.all(Municipality)
        ]
        return [
            Field("name", self.tr("Name")),
            Field("title", self.tr("Title")),
            Field("municipality", self.tr("Municipality"), "choice", municipalities, True),
            Field("organisation", self.tr("Organisation")),
            Field("role", self.tr("Role"), "choice", choices(ContactRole)),
            Field("phone", self.tr("Phone")),
            Field("email", self.tr("E-mail")),
        ]

    def new_record(self, values: dict[str, Any]) -> Record:
        """Return a contact, refusing an empty name."""
        values["name"] = values.get("name") or self.tr("New contact")
        return Contact(**values)


class MunicipalitiesView(TableView):
    """Kommuner: the 98 municipalities; tick the members of the network."""

    key = "municipalities"
    stretch_column = 1  # the name, not the Medlem tick box at the end
    tables = frozenset(("municipalities",))
    kind = Municipality
    model: MunicipalityTableModel

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, MunicipalityTableModel(), parent)
        self.ui.addButton.hide()
        self.ui.deleteButton.hide()
        self.model.memberToggled.connect(self.set_member)

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Municipalities")

    def refresh(self) -> None:
        """Reload the municipalities and their membership."""
        store = self.session.store
        self.model.set_rows(store.records.all(Municipality))
        members = ", ".join(m.name for m in store.records.members())
        self.ui.summaryLabel.setText(self.tr("Members: {0}").format(members or "–"))

    def set_member(self, code: str, member: bool) -> None:
        """Add a municipality to the network or take it out (undoable)."""
        if not self.writable:
            self.refresh()
            return
        record = self.session.store.records.municipality(code)
        text = self.tr("Add {0} to the network") if member else self.tr("Remove {0}")
        self.session.do(
            UpdateRecord(Municipality, record.id, {"member": member}, text.format(record.name))
        )


class RoundsView(TableView):
    """Ansøgningsrunder: deadlines, days left and the experiments in each round."""

    key = "rounds"
    tables = frozenset(("rounds", "experiments"))
    kind = Round

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, RoundTableModel(), parent)

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Rounds")

    def refresh(self) -> None:
        """Read the rounds with their days left off the GUI thread; they show on arrival."""
        store = self.session.store
        self.read_then(lambda: round_rows(store), self.model.set_rows)

    def fields(self) -> list[Field]:
        """Return deadline, name and notes."""
        return [
            Field("deadline", self.tr("Deadline"), "date"),
            Field("name", self.tr("Name")),
            Field("notes", self.tr("Notes"), "text"),
        ]


def _contacts(store: Store) -> tuple[list[Contact], dict[str, str]]:
    """Return every contact and the municipalities' names by code."""
    return store.records.all(Contact), {m.code: m.name for m in store.records.all(Municipality)}


def _plain(value: Any) -> Any:
    """Return enum values as their codes, so dialog values compare equal."""
    return getattr(value, "value", value)
