"""The import wizard's page of shared changes: old and new text side by side, each ticked or not.

The table wraps every text and grows each row to it; the pane under it shows the selected
change whole (what, where, the field, then the network's text beside the spreadsheet's).
Nothing is ticked at first: the network's text wins unless the coordinator accepts a change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QObject, Qt
from PySide6.QtWidgets import QHeaderView

from ..sheets.importer import SharedChange
from .forms.ui_import_wizard import Ui_ImportWizard
from .models.import_plan import (
    SHARED_ACCEPT,
    SHARED_FIELD,
    SHARED_NEW,
    SHARED_OLD,
    SHARED_WHAT,
    SharedChangeTableModel,
)


class SharedChangesPage(QObject):
    """Wires the shared-changes page of the import wizard to its table model."""

    def __init__(self, ui: Ui_ImportWizard, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ui = ui
        self.model = SharedChangeTableModel(self)
        table = ui.sharedTable
        table.setModel(self.model)
        header = table.horizontalHeader()
        mode = QHeaderView.ResizeMode
        for column, resize in (
            (SHARED_ACCEPT, mode.ResizeToContents),
            (SHARED_WHAT, mode.Interactive),
            (SHARED_FIELD, mode.ResizeToContents),
            (SHARED_OLD, mode.Stretch),
            (SHARED_NEW, mode.Stretch),
        ):
            header.setSectionResizeMode(column, resize)
        header.resizeSection(SHARED_WHAT, 220)
        # Every row as tall as its wrapped text, recomputed when a column changes width.
        table.verticalHeader().setSectionResizeMode(mode.ResizeToContents)
        ui.sharedSplitter.setStretchFactor(0, 3)
        ui.sharedSplitter.setStretchFactor(1, 2)
        ui.acceptAllButton.clicked.connect(lambda: self.model.set_all(True))
        ui.rejectAllButton.clicked.connect(lambda: self.model.set_all(False))
        self.model.accepted_changed.connect(self._count)
        self.model.modelReset.connect(self._show_selected)
        table.selectionModel().selectionChanged.connect(self._selected)

    def show_changes(self, changes: list[SharedChange]) -> None:
        """Show a plan's shared changes, none accepted, the first one selected."""
        self.model.set_rows(changes)
        if changes:
            self.ui.sharedTable.selectRow(0)

    def accepted(self) -> list[SharedChange]:
        """Return the changes the coordinator has ticked."""
        return self.model.accepted_changes()

    def _count(self) -> None:
        accepted, total = len(self.model.accepted_changes()), self.model.rowCount()
        self.ui.sharedCountLabel.setText(
            self.tr("{0} of {1} changes will be stored; the rest keep the network's text.").format(
                accepted, total
            )
        )

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selected()

    def _show_selected(self) -> None:
        rows = self.ui.sharedTable.selectionModel().selectedRows()
        if not rows:
            self.ui.sharedDetail.clear()
            return
        change: SharedChange = self.model.row_at(rows[0].row())
        self.ui.sharedDetail.setHtml(self._detail_html(change))

    def _detail_html(self, change: SharedChange) -> str:
        """Return the selected change whole: what and where, then both texts side by side."""

        def text(value: str) -> str:
            return html.escape(value).replace("\n", "<br>")

        heading = self.tr("{0} — field: {1}").format(change.what, change.label)
        horizontal = Qt.Orientation.Horizontal
        old, new = (self.model.headerData(c, horizontal) for c in (SHARED_OLD, SHARED_NEW))
        return (
            f"<p><b>{text(heading)}</b><br>{text(change.where())}</p>"
            '<table width="100%" cellspacing="0" cellpadding="4" border="1">'
            f'<tr><th width="50%" align="left">{text(old)}</th>'
            f'<th width="50%" align="left">{text(new)}</th></tr>'
            f'<tr><td valign="top">{text(change.old_text)}</td>'
            f'<td valign="top">{text(change.new_text)}</td></tr></table>'
        )
