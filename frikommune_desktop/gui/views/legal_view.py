"""Lovgrundlag: the legal-basis matrix as a table, and grouped by law."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QWidget

from ...edits import AddRecord, DeleteRecord, UpdateRecord
from ...model import Experiment, Law, LegalBasis, RequestKind
from ...provision_parser import parse_typed_provision
from ...queries.views import legal_rows
from ..forms.ui_legal_view import Ui_LegalView
from ..forms.ui_table_page import Ui_TablePage
from ..models.legal import (
    COL_EXPERIMENT,
    COL_JUSTIFICATION,
    COL_LAW,
    COL_PROVISION,
    COL_PURPOSE,
    COL_REQUEST,
    LawGroupModel,
    LegalFilterProxy,
    LegalTableModel,
)
from ..panel_sizes import remember_header
from ..roles import ID_ROLE
from ..session import Session
from ..vocabulary import choices
from .base import View, bind_table_keys
from .combos import fill_filter
from .record_dialog import Commit, Field, RecordDialog, changed_values

_EDITABLE = (
    "experiment_id",
    "law_id",
    "paragraph",
    "letter",
    "stk",
    "nr",
    "purpose",
    "justification",
    "request",
)


class LegalView(View):
    """Sortable, filterable legal-basis rows; add/edit with a law picker that completes."""

    key = "legal"
    tables = frozenset(("legal_bases", "laws", "experiments"))

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.ui = Ui_LegalView()
        self.ui.setupUi(self)
        self.page = QWidget(self)
        self.table_ui = Ui_TablePage()
        self.table_ui.setupUi(self.page)
        self.ui.tablePageLayout.addWidget(self.page)
        self.model = LegalTableModel(self)
        self.proxy = LegalFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.table_ui.table
        table.setModel(self.proxy)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        # The two text columns share what the window has to spare (no sideways scrolling at
        # 1024×700, no empty Type column at 1600); law, § and type fit their contents, and the
        # experiment column keeps the width the coordinator drags it to.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (COL_LAW, COL_PROVISION, COL_REQUEST):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (COL_PURPOSE, COL_JUSTIFICATION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        table.setColumnWidth(COL_EXPERIMENT, 220)
        table.sortByColumn(COL_EXPERIMENT, Qt.SortOrder.AscendingOrder)
        remember_header(header, "legal")  # the widths the coordinator gave the columns
        table.doubleClicked.connect(self.edit_row)
        self.group_model = LawGroupModel(self)
        self.ui.groupTree.setModel(self.group_model)
        self.ui.groupTree.activated.connect(self.edit_tree_item)
        self.table_ui.filterEdit.textChanged.connect(self.proxy.set_text)
        self.table_ui.filterCombo.activated.connect(
            lambda: self.proxy.set_law(self.table_ui.filterCombo.currentData() or "")
        )
        self.table_ui.filterCombo2.activated.connect(self._request_filter_changed)
        self.table_ui.addButton.clicked.connect(self.add_row)
        self.table_ui.deleteButton.clicked.connect(self.delete_current)
        bind_table_keys(table, add=self.add_row, delete=self.delete_current, edit=self.edit_row)

    @property
    def title(self) -> str:
        """Return the tab title."""
        return self.tr("Legal basis")

    def place(self) -> QAbstractItemView:
        """Return the table (its selection and scroll position stay when it reloads)."""
        return self.table_ui.table

    def refresh(self) -> None:
        """Reload the rows, the grouped view and the filter choices."""
        rows = legal_rows(self.session.store)
        self.model.set_rows(rows)
        self.group_model.set_rows(rows)
        laws = sorted({(r.law_key, r.law_abbreviation) for r in rows}, key=lambda x: x[1])
        fill_filter(self.table_ui.filterCombo, self.tr("All laws"), laws)
        fill_filter(self.table_ui.filterCombo2, self.tr("All kinds"), choices(RequestKind))
        self.table_ui.summaryLabel.setText(
            self.tr("{0} provisions in {1} laws").format(len(rows), len(laws))
        )

    def set_writable(self, writable: bool) -> None:
        """Allow or forbid adding, editing and deleting rows."""
        super().set_writable(writable)
        self.table_ui.addButton.setEnabled(writable)
        self.table_ui.deleteButton.setEnabled(writable)

    def _fields(self) -> list[Field]:
        store = self.session.store
        experiments = [
            (e.id, f"{e.number}. {e.title}" if e.number else e.title)
            for e in store.records.all(Experiment)
        ]
        laws = [(law.id, f"{law.abbreviation} — {law.title}") for law in store.records.all(Law)]
        return [
            Field("experiment_id", self.tr("Experiment"), "choice", experiments),
            Field("law_id", self.tr("Law"), "choice", laws, complete=True),
            Field("paragraph", self.tr("§ (number)"), checked=True),
            Field("letter", self.tr("Letter")),
            Field("stk", self.tr("Subsection (stk.)")),
            Field("nr", self.tr("Item (nr.)")),
            Field("purpose", self.tr("Purpose of the provision"), "text"),
            Field("justification", self.tr("Justification for the exemption"), "text"),
            Field("request", self.tr("Request"), "choice", choices(RequestKind)),
        ]

    def add_row(self) -> None:
        """Ask for a new legal-basis row and add it."""
        store = self.session.store
        experiments = store.records.all(Experiment)
        if not experiments:
            self.session.error.emit(self.tr("Add an experiment first."))
            return
        text = self.tr("New provision")
        self.ask(
            text,
            {"experiment_id": experiments[0].id, "request": RequestKind.EXEMPTION.value},
            lambda values: self.session.do(AddRecord(LegalBasis(**values), text)),
        )

    def edit_row(self, index: QModelIndex) -> None:
        """Edit the row that was double-clicked."""
        if index.isValid():
            self.edit_record(index.data(ID_ROLE))

    def edit_tree_item(self, index: QModelIndex) -> None:
        """Edit the legal-basis row of an activated row item of the law tree (not a law)."""
        if row_id := self.group_model.legal_basis_id(index):
            self.edit_record(row_id)

    def edit_record(self, row_id: str) -> None:
        """Ask for changes to the legal-basis row with this id and apply them."""
        if not self.writable:
            return
        record = self.session.store.records.get(LegalBasis, row_id)
        before = {name: getattr(record, name) for name in _EDITABLE}
        before["request"] = record.request.value
        text = self.tr("Edit provision")

        def commit(values: dict[str, Any]) -> bool:
            changes = changed_values(before, values)
            if not changes:
                return True
            replace(record, **changes)  # the model's checks raise here, shown in the dialog
            return self.session.do(UpdateRecord(LegalBasis, record.id, changes, text))

        self.ask(text, before, commit)

    def ask(self, title: str, values: dict[str, Any], commit: Commit) -> bool:
        """Show the row dialog until `commit` stores what was entered (it stays open, with
        everything typed, while it cannot); return whether it did."""
        dialog = RecordDialog(
            title, self._fields(), values, self, check=_check_provision, commit=commit
        )
        return dialog.exec() == QDialog.DialogCode.Accepted

    def delete_current(self) -> None:
        """Delete the selected legal-basis row."""
        index = self.table_ui.table.currentIndex()
        if index.isValid():
            self.session.do(
                DeleteRecord(LegalBasis, index.data(ID_ROLE), self.tr("Delete provision"))
            )

    def _request_filter_changed(self) -> None:
        code = self.table_ui.filterCombo2.currentData()
        self.proxy.set_request(RequestKind(code) if code else None)


def _check_provision(values: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Split a typed provision ('§ 83, stk. 2') into its fields; show it normalised."""
    provision = parse_typed_provision(
        values["paragraph"], values["letter"], values["stk"], values["nr"]
    )
    parts = {
        "paragraph": provision.paragraph,
        "letter": provision.letter,
        "stk": provision.stk,
        "nr": provision.nr,
    }
    return provision.display, {**values, **parts}
