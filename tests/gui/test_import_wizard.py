"""The import wizard driven through its widgets: preview, import, undo, and refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from frikommune_desktop.gui.import_wizard import ImportWizard
from frikommune_desktop.model import Participation

from ..sheets.conftest import (
    KOMMUNE_HEADER,
    LEGAL_HEADER,
    PARTICIPATION_HEADER,
    TITLES,
    write_xlsx,
)


def _sheet(folder: Path, name: str, participation: list, legal: list = ()) -> Path:
    return write_xlsx(folder / name, {
        "Kommune": [KOMMUNE_HEADER, [265, "Roskilde"]],
        "Deltagelse": [PARTICIPATION_HEADER, *participation],
        "Lovgrundlag": [LEGAL_HEADER, *legal],
    })  # fmt: skip


def _wizard_at_preview(window, qtbot, files: list[Path]) -> ImportWizard:
    wizard = ImportWizard(window.session, window, files)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.job is None, timeout=10_000)
    return wizard


def test_preview_then_import_then_undo(window, qtbot, tmp_path) -> None:
    """The preview lists what each row does; Import stores it all; Ctrl+Z takes it back."""
    store = window.session.store
    before = len(store.all(Participation))
    path = _sheet(tmp_path, "roskilde.xlsx", [[TITLES[2], "Ja", "Med forbehold"]],
                  [[TITLES[2], "SEL", "§ 107", "Midlertidigt ophold", "Fleksibilitet", ""]])
    wizard = _wizard_at_preview(window, qtbot, [path])
    assert wizard.plan is not None
    shown = [wizard.changes.index(r, 0).data() for r in range(wizard.changes.rowCount())]
    assert shown == ["added", "added"]  # unchanged rows are hidden until asked for
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    assert len(store.all(Participation)) == before + 1
    assert window.session.undo_stack.undoText() == "Indlæs roskilde.xlsx"
    window.session.undo_stack.undo()
    assert len(store.all(Participation)) == before
    window.session.undo_stack.redo()
    assert len(store.all(Participation)) == before + 1


def test_problems_are_a_table_that_can_be_copied(window, qtbot, tmp_path) -> None:
    """A refused spreadsheet shows its problems as a table; Copy puts them on the clipboard."""
    path = _sheet(tmp_path, "roskilde.xlsx", [["Et forsøg der ikke findes", "Ja"],
                                              [TITLES[3], "Måske"]])  # fmt: skip
    wizard = _wizard_at_preview(window, qtbot, [path])
    assert wizard.plan is None and len(wizard.problems) == 2
    assert wizard.ui.table.model() is wizard.problem_rows
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.copy_table()
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:4] == ["File", "Sheet", "Row", "Column"]
    assert "roskilde.xlsx\tDeltagelse\t3\tB\tMåske\tForventet Ja eller Nej." in copied


def test_nothing_new_means_nothing_to_import(window, qtbot, tmp_path) -> None:
    """A spreadsheet the file already holds gives a preview with Import switched off."""
    path = _sheet(tmp_path, "roskilde.xlsx", [[TITLES[1], "Ja"]])
    wizard = _wizard_at_preview(window, qtbot, [path])
    assert wizard.plan is not None and not wizard.plan.changes_anything
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.ui.showUnchangedCheck.setChecked(True)
    assert wizard.changes.rowCount() == 1


def test_the_file_page_needs_a_file(window, qtbot) -> None:
    """Next does nothing until a spreadsheet is chosen."""
    wizard = ImportWizard(window.session, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentPage() is wizard.ui.filesPage


def test_file_menu_imports_and_saves_the_template(window, qtbot, tmp_path) -> None:
    """The File menu's template action writes the network's template; import is enabled."""
    assert window.ui.actionImport.isEnabled() and window.ui.actionSaveTemplate.isEnabled()
    assert window.ui.actionImport.shortcut().toString() == "Ctrl+I"
    assert window.write_template(tmp_path / "skabelon")
    import openpyxl

    workbook = openpyxl.load_workbook(tmp_path / "skabelon.xlsx")
    assert workbook.sheetnames[:4] == ["Kommune", "Kontaktpersoner", "Deltagelse", "Lovgrundlag"]
    window.close_file()
    assert not window.ui.actionImport.isEnabled()
