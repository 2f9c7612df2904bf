"""The import wizard's page of shared changes, driven by clicks and keys: old and new text side
by side and whole, one change ticked, only that one stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QWizard

from frikommune_desktop.gui.import_wizard import ImportWizard
from frikommune_desktop.gui.models.import_plan import (
    SHARED_ACCEPT,
    SHARED_FIELD,
    SHARED_NEW,
    SHARED_OLD,
)
from frikommune_desktop.model import Participation
from frikommune_desktop.store import Store

from ..sheets.conftest import KOMMUNE_HEADER, LEGAL_HEADER, PARTICIPATION_HEADER, TITLES, write_xlsx
from ..sheets.test_shared_changes import NEW_JUSTIFICATION, NEW_PURPOSE, shared_basis
from .files import close_in
from .layout import lay_out_now


def _randers(folder: Path) -> Path:
    """Write Randers' sheet: a new participation and new texts for a provision it shares."""
    return write_xlsx(
        folder / "randers.xlsx",
        {
            "Kommune": [KOMMUNE_HEADER, [730, "Randers"]],
            "Deltagelse": [PARTICIPATION_HEADER, [TITLES[2], "Ja", "Med forbehold"]],
            "Lovgrundlag": [
                LEGAL_HEADER,
                [TITLES[3], "ABL", "§ 105", NEW_PURPOSE, NEW_JUSTIFICATION, "Ny hjemmel"],
            ],
        },
    )


def _at_shared_page(window, qtbot, path: Path, size: tuple[int, int]) -> ImportWizard:
    """Open the wizard on a sheet at a size, read it, and press Next to the shared changes."""
    wizard = ImportWizard(window.session, window, [path])
    qtbot.addWidget(wizard)
    wizard.resize(*size)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.job is None, timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(next_button.isEnabled)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.ui.sharedPage
    lay_out_now(wizard)
    return wizard


def _row_of(wizard: ImportWizard, field: str) -> int:
    model = wizard.ui.sharedTable.model()
    (row,) = [r for r in range(model.rowCount()) if model.index(r, SHARED_FIELD).data() == field]
    return row


def _check_rect(table, row: int) -> QRect:
    """Return where the view draws the tick box of a row, as the style lays it out."""
    option = QStyleOptionViewItem()
    index = table.model().index(row, SHARED_ACCEPT)
    table.itemDelegate().initStyleOption(option, index)
    option.rect = table.visualRect(index)
    option.widget = table
    style = table.style()
    return style.subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table)


def test_shared_changes_show_old_and_new_whole_and_only_the_ticked_one_is_stored(
    window, qtbot, tmp_path, demo_path
) -> None:
    """The page lists purpose, justification and type with the network's and the sheet's text
    in full, each row as tall as its wrapped text; a click ticks the purpose and Import stores
    it, the participation too, while the justification and type keep the network's text."""
    before = shared_basis(window.session.store)
    wizard = _at_shared_page(window, qtbot, _randers(tmp_path), (1024, 700))
    table = wizard.ui.sharedTable
    model = table.model()
    assert model.rowCount() == 3
    texts = {
        model.index(r, SHARED_FIELD).data(): (
            model.index(r, SHARED_OLD).data(),
            model.index(r, SHARED_NEW).data(),
        )
        for r in range(3)
    }
    assert texts == {
        "formål": (before.purpose, NEW_PURPOSE),
        "begrundelse": (before.justification, NEW_JUSTIFICATION),
        "type": ("ændret regelgrundlag", "ny hjemmel"),
    }
    metrics = table.fontMetrics()
    for row in range(3):
        for column in (SHARED_OLD, SHARED_NEW):
            text = model.index(row, column).data()
            width = table.columnWidth(column) - 8  # the cell's margins
            box = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
            assert table.rowHeight(row) >= box.height(), (row, column)
    assert all(
        model.index(r, SHARED_ACCEPT).data(Qt.ItemDataRole.CheckStateRole)
        == (Qt.CheckState.Unchecked)
        for r in range(3)
    )  # nothing accepted unless ticked

    purpose = _row_of(wizard, "formål")
    table.scrollTo(model.index(purpose, SHARED_ACCEPT))
    tick = _check_rect(table, purpose)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=tick.center())
    assert model.index(purpose, SHARED_ACCEPT).data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    detail = wizard.ui.sharedDetail.toPlainText()
    assert before.purpose in detail and "Anden linje af formålet." in detail
    assert "1 of 3" in wizard.ui.sharedCountLabel.text()

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.isVisible() and finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert not wizard.isVisible()
    close_in(qtbot, window)
    with Store.open(demo_path, readonly=True) as store:
        basis = shared_basis(store)
        joined = store.records.all(Participation, municipality="730")
    assert basis.purpose == NEW_PURPOSE
    assert (basis.justification, basis.request) == (before.justification, before.request)
    assert any(p.reservation == "Med forbehold" for p in joined)


def test_space_ticks_and_accept_all_and_reject_all(window, qtbot, tmp_path) -> None:
    """Space on a selected change ticks it and again unticks it; Accept all ticks every
    change, Reject all none, and rejecting all still imports the participation."""
    wizard = _at_shared_page(window, qtbot, _randers(tmp_path), (1600, 1000))
    table = wizard.ui.sharedTable
    model = table.model()
    row = _row_of(wizard, "begrundelse")
    table.setFocus()
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(model.index(row, 2)).center(),
    )
    assert NEW_JUSTIFICATION in wizard.ui.sharedDetail.toPlainText()
    qtbot.keyClick(table, Qt.Key.Key_Home)  # to the tick column of the selected row
    assert table.currentIndex().row() == row
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert [c.field for c in wizard.shared.accepted()] == ["justification"]
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert wizard.shared.accepted() == []
    qtbot.mouseClick(wizard.ui.acceptAllButton, Qt.MouseButton.LeftButton)
    assert len(wizard.shared.accepted()) == 3 and "3 of 3" in wizard.ui.sharedCountLabel.text()
    qtbot.mouseClick(wizard.ui.rejectAllButton, Qt.MouseButton.LeftButton)
    assert wizard.shared.accepted() == []
    store = window.session.store
    before = len(store.records.all(Participation))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert len(store.records.all(Participation)) == before + 1
    assert shared_basis(store).justification != NEW_JUSTIFICATION
