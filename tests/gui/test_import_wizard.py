"""The import wizard driven through its widgets: preview, import, undo, and refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWizard

from frikommune_desktop.gui.import_wizard import ImportWizard
from frikommune_desktop.gui.session import Session
from frikommune_desktop.model import Participation
from frikommune_desktop.sheets.importer import Action
from frikommune_desktop.store import Store

from ..sheets.broken_files import write_broken_sheets
from ..sheets.conftest import (
    KOMMUNE_HEADER,
    LEGAL_HEADER,
    PARTICIPATION_HEADER,
    TITLES,
    write_xlsx,
)
from .files import close_in, show_loaded


def _sheet(folder: Path, name: str, participation: list, legal: list = ()) -> Path:
    return write_xlsx(
        folder / name,
        {
            "Kommune": [KOMMUNE_HEADER, [265, "Roskilde"]],
            "Deltagelse": [PARTICIPATION_HEADER, *participation],
            "Lovgrundlag": [LEGAL_HEADER, *legal],
        },
    )


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
    before = len(store.records.all(Participation))
    path = _sheet(
        tmp_path,
        "roskilde.xlsx",
        [[TITLES[2], "Ja", "Med forbehold"]],
        [[TITLES[2], "SEL", "§ 107", "Midlertidigt ophold", "Fleksibilitet", ""]],
    )
    wizard = _wizard_at_preview(window, qtbot, [path])
    assert wizard.plan is not None
    shown = [wizard.changes.index(r, 0).data() for r in range(wizard.changes.rowCount())]
    assert shown == ["added", "added"]  # unchanged rows are hidden until asked for
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    wizard.accept()
    assert len(store.records.all(Participation)) == before + 1
    assert window.session.undo_stack.undoText() == "Indlæs roskilde.xlsx"
    window.session.undo_stack.undo()
    assert len(store.records.all(Participation)) == before
    window.session.undo_stack.redo()
    assert len(store.records.all(Participation)) == before + 1


def test_problems_are_a_table_that_can_be_copied(window, qtbot, tmp_path) -> None:
    """A refused spreadsheet shows its problems as a table; Copy puts them on the clipboard."""
    path = _sheet(
        tmp_path, "roskilde.xlsx", [["Et forsøg der ikke findes", "Ja"], [TITLES[3], "Måske"]]
    )
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
    window.ui.actionImport.trigger()
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible() and wizard.files() == []
    wizard.reject()
    assert window.file_actions.write_template(tmp_path / "skabelon")
    import openpyxl

    workbook = openpyxl.load_workbook(tmp_path / "skabelon.xlsx")
    assert workbook.sheetnames[:4] == ["Kommune", "Kontaktpersoner", "Deltagelse", "Lovgrundlag"]
    close_in(qtbot, window)
    assert not window.ui.actionImport.isEnabled()


def test_six_member_templates_import_in_one_step_and_show_in_every_view(
    make_window, demo_path, tmp_path, qtbot
) -> None:
    """The six demo members' prefilled templates, imported into an emptied demo through the
    wizard, bring back every participation, provision and contact, shown in the views."""
    from frikommune_desktop.demo import write_demo
    from frikommune_desktop.model import Contact, LegalBasis
    from frikommune_desktop.sheets.template import write_template
    from frikommune_desktop.store import Store

    with Store.open(demo_path) as full:
        sheets = [
            write_template(tmp_path / f"{m.code}.xlsx", full, municipality=m.code)
            for m in full.records.members()
        ]
        expected = {kind: len(full.records.all(kind)) for kind in (Participation, LegalBasis)}
        contacts = len([c for c in full.records.all(Contact) if c.municipality])
    emptied = tmp_path / "tom.fkdb"
    write_demo(emptied).close()
    with Store.open(emptied) as store, store.transaction():
        for kind in (Participation, LegalBasis, Contact):
            for record in store.records.all(kind):
                store.records.delete(kind, record.id)
    window = make_window(emptied)
    wizard = _wizard_at_preview(window, qtbot, sheets)
    assert wizard.plan is not None and wizard.plan.count(Action.ADD) > 0
    wizard.accept()
    window.refresh()
    participation = show_loaded(qtbot, window, "participation").model
    taking_part = sum(
        participation.cell_at(participation.index(r, c)).participates
        for r in range(participation.rowCount())
        for c in range(participation.columnCount())
    )
    assert taking_part == expected[Participation]
    assert window.show_view("legal").proxy.rowCount() == expected[LegalBasis]
    assert show_loaded(qtbot, window, "contacts").proxy.rowCount() == contacts
    assert window.show_view("overview").charts.isVisible()


def test_every_problem_of_every_file_is_listed(qtbot, demo_path, tmp_path) -> None:
    """The wizard, on its own over a session, lists every problem of two broken templates (file,
    sheet, row, column each), offers no Import, and the network file stays as it was."""
    store = Store.open(demo_path)
    session = Session(store)
    try:
        paths, places = write_broken_sheets(store, tmp_path)
        before = demo_path.read_bytes()
        wizard = ImportWizard(session, None, paths)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.job is None, timeout=10_000)
        assert wizard.plan is None
        assert wizard.ui.table.model() is wizard.problem_rows
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.copy_table()
        copied = [line.split("\t") for line in QGuiApplication.clipboard().text().splitlines()]
        shown = {(file, sheet, int(row), column) for file, sheet, row, column, *_ in copied[1:]}
        assert places <= shown
        assert ("aarhus.xlsx", "Lovgrundlag", 1, "") in shown  # the missing column
        assert len(copied) - 1 == wizard.problem_rows.rowCount() == len(places) + 1
        assert str(wizard.problem_rows.rowCount()) in wizard.ui.summaryLabel.text()
        assert demo_path.read_bytes() == before
    finally:
        session.close()  # closes the store too
