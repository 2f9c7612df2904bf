"""The municipality template: sheets, headers, drop-downs, protection, prefill and safe writing."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from frikommune_desktop.errors import FrikommuneError, InvalidValueError
from frikommune_desktop.model import Experiment, Participation
from frikommune_desktop.program.resources import law_catalog
from frikommune_desktop.sheets import layout
from frikommune_desktop.sheets.template import (
    DATE_FORMAT,
    LIST_SHEET,
    TEMPLATE_ROWS,
    WORKBOOK_TITLE,
    write_template,
)
from frikommune_desktop.store import Store

HOEJE_TAASTRUP = "169"


def _written(path: Path, store: Store | None = None, municipality: str | None = None) -> Workbook:
    """Write a template and read it back."""
    return load_workbook(write_template(path, store, municipality=municipality))


def _validation(ws: Worksheet, sheet: layout.SheetLayout, key: str) -> DataValidation | None:
    """Return the validation covering the first data cell of a column, if any."""
    letter = get_column_letter(sheet.headers.index(sheet.column(key).header) + 1)
    found = [dv for dv in ws.data_validations.dataValidation if f"{letter}2" in dv.sqref]
    assert len(found) <= 1
    return found[0] if found else None


def _list_values(wb: Workbook, sheet: layout.SheetLayout, key: str) -> list[object]:
    """Return the values a column's drop-down offers, read from the hidden list sheet."""
    dv = _validation(wb[sheet.name], sheet, key)
    assert dv is not None and dv.type == "list"
    target, cells = dv.formula1.lstrip("=").split("!")
    assert target == LIST_SHEET
    return [row[0].value for row in wb[target][cells.replace("$", "")]]


def _column(ws: Worksheet, sheet: layout.SheetLayout, key: str) -> list[object]:
    """Return the data values of one column (row 2 down to the last row)."""
    index = sheet.headers.index(sheet.column(key).header) + 1
    return [ws.cell(row=row, column=index).value for row in range(2, ws.max_row + 1)]


def _sheet_xml(path: Path) -> str:
    """Return every worksheet's XML of a written workbook, joined."""
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        return "".join(archive.read(name).decode("utf-8") for name in names)


def _titles(store: Store) -> list[str]:
    """Return the store's experiment titles in template order."""
    return [title for (title,) in store.records.values(Experiment, "title")]


def test_sheets_come_in_order_with_the_lists_hidden(tmp_path: Path) -> None:
    """The data sheets, then the guide, then the hidden list sheet; only that one is hidden."""
    wb = _written(tmp_path / "skabelon.xlsx")
    names = [sheet.name for sheet in layout.DATA_SHEETS]
    assert wb.sheetnames == [*names, layout.GUIDE_SHEET, LIST_SHEET]
    assert wb[LIST_SHEET].sheet_state in ("hidden", "veryHidden")
    assert {wb[name].sheet_state for name in [*names, layout.GUIDE_SHEET]} == {"visible"}
    assert wb.active.title == layout.DATA_SHEETS[0].name


def test_headers_are_exactly_the_layouts(tmp_path: Path, demo_store: Store) -> None:
    """Row 1 of every data sheet holds exactly the layout's headers, nothing more."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    for sheet in layout.DATA_SHEETS:
        ws = wb[sheet.name]
        assert tuple(cell.value for cell in ws[1]) == sheet.headers
        assert ws.max_column == len(sheet.columns)


def test_headers_are_styled_frozen_and_filtered(tmp_path: Path) -> None:
    """Headers are bold on a fill and wrapped; panes freeze below them; a filter covers them."""
    wb = _written(tmp_path / "skabelon.xlsx")
    for sheet in layout.DATA_SHEETS:
        ws = wb[sheet.name]
        for index, column in enumerate(sheet.columns, start=1):
            cell = ws.cell(row=1, column=index)
            assert cell.font.bold and cell.alignment.wrap_text
            assert cell.fill.fill_type == "solid" and cell.fill.fgColor.rgb.endswith("44546A")
            assert ws.column_dimensions[get_column_letter(index)].width == column.width
        assert ws.freeze_panes == "A2"
        last = get_column_letter(len(sheet.columns))
        assert ws.auto_filter.ref == f"A1:{last}{TEMPLATE_ROWS}"
        assert ws.row_dimensions[1].height >= 30


def test_headers_are_locked_and_data_cells_open(tmp_path: Path, demo_store: Store) -> None:
    """Sheets are protected without a password: headers locked, data columns and rows open."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    for sheet in layout.DATA_SHEETS:
        ws = wb[sheet.name]
        assert ws.protection.sheet and not ws.protection.password
        assert not ws.protection.insertRows and not ws.protection.sort  # False means allowed
        assert not ws.protection.autoFilter and not ws.protection.formatColumns
        for index in range(1, len(sheet.columns) + 1):
            assert ws.cell(row=1, column=index).protection.locked
            assert not ws.column_dimensions[get_column_letter(index)].protection.locked
    assert not wb[layout.PARTICIPATION.name]["A2"].protection.locked  # a prefilled cell
    assert not wb[layout.MUNICIPALITY.name]["B2"].protection.locked


def test_header_hints_become_comments(tmp_path: Path) -> None:
    """A column's hint is shown as a comment on its header."""
    ws = _written(tmp_path / "skabelon.xlsx")[layout.MUNICIPALITY.name]
    for index, column in enumerate(layout.MUNICIPALITY.columns, start=1):
        comment = ws.cell(row=1, column=index).comment
        assert (comment.text if comment else "") == column.hint


def test_drop_downs_offer_the_networks_values(tmp_path: Path, demo_store: Store) -> None:
    """With a store the lists hold its experiments, laws and members, on the hidden sheet."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store)
    titles = _titles(demo_store)
    assert len(titles) == 5
    assert _list_values(wb, layout.PARTICIPATION, "experiment") == titles
    assert _list_values(wb, layout.LEGAL_BASIS, "experiment") == titles
    laws = _list_values(wb, layout.LEGAL_BASIS, "law")
    assert "serviceloven" in laws and "boligstøtteloven" in laws
    assert laws == sorted(laws, key=str.casefold)
    members = _list_values(wb, layout.MUNICIPALITY, "name")
    assert len(members) == 6 and "Høje-Taastrup Kommune" in members
    assert "Københavns Kommune" in members


def test_fixed_drop_downs_use_the_layout_vocabularies(tmp_path: Path) -> None:
    """Ja/Nej, status, role and request type offer exactly the layout's choices."""
    wb = _written(tmp_path / "skabelon.xlsx")
    assert _list_values(wb, layout.PARTICIPATION, "participates") == list(layout.YES_NO)
    assert _list_values(wb, layout.PARTICIPATION, "status") == list(layout.APPROVAL_CHOICES)
    assert _list_values(wb, layout.CONTACTS, "role") == list(layout.ROLE_CHOICES)
    assert _list_values(wb, layout.LEGAL_BASIS, "request") == list(layout.REQUEST_CHOICES)


def test_error_styles_let_names_vary_not_vocabularies(tmp_path: Path, demo_store: Store) -> None:
    """Experiments, laws and municipality names only warn; fixed vocabularies stop."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store)
    warn = [
        (layout.PARTICIPATION, "experiment"),
        (layout.LEGAL_BASIS, "experiment"),
        (layout.LEGAL_BASIS, "law"),
        (layout.MUNICIPALITY, "name"),
    ]
    stop = [
        (layout.PARTICIPATION, "participates"),
        (layout.PARTICIPATION, "status"),
        (layout.CONTACTS, "role"),
        (layout.LEGAL_BASIS, "request"),
    ]
    for expected, columns in (("warning", warn), ("stop", stop)):
        for sheet, key in columns:
            dv = _validation(wb[sheet.name], sheet, key)
            assert dv is not None and dv.errorStyle == expected, (sheet.name, key)
            assert dv.showErrorMessage and dv.allow_blank
            assert [r.max_row for r in dv.sqref.ranges] == [TEMPLATE_ROWS]
            assert len(dv.errorTitle or "") <= 32 and len(dv.promptTitle or "") <= 32


def test_meeting_date_and_code_are_validated(tmp_path: Path) -> None:
    """Mødedato accepts only dates (shown dd-mm-yyyy); Kommunekode only 101..860."""
    wb = _written(tmp_path / "skabelon.xlsx")
    ws = wb[layout.PARTICIPATION.name]
    date = _validation(ws, layout.PARTICIPATION, "meeting_date")
    assert date is not None and date.type == "date" and date.errorStyle == "stop"
    assert date.showErrorMessage and "dato" in date.error.lower()
    letter = get_column_letter(layout.PARTICIPATION.headers.index("Mødedato") + 1)
    assert ws.column_dimensions[letter].number_format == DATE_FORMAT
    code = _validation(wb[layout.MUNICIPALITY.name], layout.MUNICIPALITY, "code")
    assert code is not None and code.type == "whole"
    assert (code.formula1, code.formula2) == ("101", "860")


def test_without_store_experiments_are_free_text(tmp_path: Path) -> None:
    """Without a network there is no experiment list; laws and municipalities are the full lists."""
    wb = _written(tmp_path / "skabelon.xlsx")
    for sheet in (layout.PARTICIPATION, layout.LEGAL_BASIS):
        assert _validation(wb[sheet.name], sheet, "experiment") is None
        assert wb[sheet.name].max_row == 1
    laws = _list_values(wb, layout.LEGAL_BASIS, "law")
    assert set(laws) == {law.short_name or law.title for law in law_catalog()}
    assert len(_list_values(wb, layout.MUNICIPALITY, "name")) == 98


def test_store_alone_lists_every_experiment(tmp_path: Path, demo_store: Store) -> None:
    """Deltagelse gets one row per experiment with every other cell blank."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store)
    ws = wb[layout.PARTICIPATION.name]
    assert _column(ws, layout.PARTICIPATION, "experiment") == _titles(demo_store)
    for key in ("participates", "reservation", "meeting_date", "status"):
        assert set(_column(ws, layout.PARTICIPATION, key)) == {None}
    assert wb[layout.CONTACTS.name].max_row == 1
    assert wb[layout.MUNICIPALITY.name].max_row == 1


def test_prefill_for_a_municipality(tmp_path: Path, demo_store: Store) -> None:
    """Høje-Taastrup's template names it, lists its contacts and its part in every experiment."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    kommune = wb[layout.MUNICIPALITY.name]
    assert [c.value for c in kommune[2]] == [169, "Høje-Taastrup Kommune"]
    contacts = wb[layout.CONTACTS.name]
    names = _column(contacts, layout.CONTACTS, "name")
    assert names == ["Christine Bagge Petersen", "Michael Ziegler"]
    assert _column(contacts, layout.CONTACTS, "role") == ["Netværkskoordinator", "Underskriver"]
    assert _column(contacts, layout.CONTACTS, "phone") == ["20 59 86 92", None]
    ws = wb[layout.PARTICIPATION.name]
    titles = _titles(demo_store)
    assert _column(ws, layout.PARTICIPATION, "experiment") == titles
    assert _column(ws, layout.PARTICIPATION, "participates") == ["Ja", "Ja", "Ja", "Nej", "Nej"]
    assert _column(ws, layout.PARTICIPATION, "status") == ["Afventer"] * 3 + [None] * 2


def test_prefill_lists_legal_basis_of_joined_experiments(tmp_path: Path, demo_store: Store) -> None:
    """Lovgrundlag holds the provisions of exactly the experiments the municipality joins."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    ws = wb[layout.LEGAL_BASIS.name]
    titles = _titles(demo_store)
    experiments = _column(ws, layout.LEGAL_BASIS, "experiment")
    assert set(experiments) == set(titles[:3])
    assert experiments == sorted(experiments, key=titles.index)
    assert ws["A2"].value == titles[0] and ws["B2"].value == "almenboligloven"
    assert ws["C2"].value == "§ 63"
    assert set(_column(ws, layout.LEGAL_BASIS, "request")) <= set(layout.REQUEST_CHOICES)
    assert "serviceloven" in _column(ws, layout.LEGAL_BASIS, "law")
    assert "§ 52 a" in _column(ws, layout.LEGAL_BASIS, "provision")


def test_meeting_date_is_written_as_a_date(tmp_path: Path, demo_store: Store) -> None:
    """An approval's meeting date becomes a real date cell, shown dd-mm-yyyy."""
    part = demo_store.records.all(Participation, municipality=HOEJE_TAASTRUP)[0]
    demo_store.records.update(
        Participation,
        part.id,
        approval_meeting_date="2016-12-01",
        approval_status="approved",
        approval_committee="Økonomiudvalget",
    )
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    ws = wb[layout.PARTICIPATION.name]
    index = layout.PARTICIPATION.headers.index("Mødedato") + 1
    row = 2 + _titles(demo_store).index(
        demo_store.records.get(Experiment, part.experiment_id).title
    )
    cell = ws.cell(row=row, column=index)
    assert isinstance(cell.value, dt.datetime) and cell.value.date() == dt.date(2016, 12, 1)
    assert cell.number_format == DATE_FORMAT
    assert ws.cell(row=row, column=index + 1).value == "Godkendt"
    assert ws.cell(row=row, column=index - 1).value == "Økonomiudvalget"


def test_prefilled_cells_keep_the_column_format(tmp_path: Path, demo_store: Store) -> None:
    """Prefilled phones stay text; blank cells are left to the column's (unlocked) style."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    contacts = wb[layout.CONTACTS.name]
    phone = layout.CONTACTS.headers.index("Telefon") + 1
    assert contacts.cell(row=2, column=phone).number_format == "@"
    ws = wb[layout.PARTICIPATION.name]
    date = layout.PARTICIPATION.headers.index("Mødedato") + 1
    assert not ws.cell(row=2, column=date).has_style  # blank: Excel uses the column's style


def test_prefill_without_store_names_the_municipality(tmp_path: Path) -> None:
    """Without a network only the Kommune sheet is prefilled, with the official name."""
    wb = _written(tmp_path / "skabelon.xlsx", municipality="101")
    assert [c.value for c in wb[layout.MUNICIPALITY.name][2]] == [101, "Københavns Kommune"]
    assert wb[layout.PARTICIPATION.name].max_row == 1


@pytest.mark.parametrize("with_store", [True, False])
def test_unknown_municipality_is_refused(
    tmp_path: Path, demo_store: Store, with_store: bool
) -> None:
    """An unknown kommunekode is refused before anything is written."""
    path = tmp_path / "skabelon.xlsx"
    with pytest.raises(InvalidValueError, match="999"):
        write_template(path, demo_store if with_store else None, municipality="999")
    assert not path.exists()


def test_guide_explains_every_column_and_recipient(tmp_path: Path, demo_store: Store) -> None:
    """Vejledning names every header, the allowed values, examples and the coordinator."""
    wb = _written(tmp_path / "skabelon.xlsx", demo_store, HOEJE_TAASTRUP)
    ws = wb[layout.GUIDE_SHEET]
    text = "\n".join(str(cell.value) for row in ws.iter_rows() for cell in row if cell.value)
    for sheet in layout.DATA_SHEETS:
        assert f"»{sheet.name}«" in text
        for header in sheet.headers:
            assert f"{header}:" in text, header
    for word in (*layout.YES_NO, *layout.APPROVAL_CHOICES, *layout.REQUEST_CHOICES):
        assert word in text
    for example in ("1. december 2016", "01-12-2016", "41 85 50 61", "§ 140 a, stk. 2"):
        assert example in text
    assert "Christine Bagge Petersen" in text and "christinepe@htk.dk" in text
    assert "Høje-Taastrup Kommune" in text and "må ikke ændres" in text
    assert ws.protection.sheet and ws.column_dimensions["A"].width >= 80


def test_guide_without_store_names_no_person(tmp_path: Path) -> None:
    """Without a network the guide still says to send it to the coordinator."""
    ws = _written(tmp_path / "skabelon.xlsx")[layout.GUIDE_SHEET]
    text = " ".join(str(cell.value) for row in ws.iter_rows() for cell in row if cell.value)
    assert "send det tilbage til netværkets koordinator." in text


def test_print_setup(tmp_path: Path) -> None:
    """Every visible sheet prints on A4, fitted to the width, with sheet name and page numbers."""
    wb = _written(tmp_path / "skabelon.xlsx")
    for name in [*(sheet.name for sheet in layout.DATA_SHEETS), layout.GUIDE_SHEET]:
        ws = wb[name]
        landscape = name in (layout.PARTICIPATION.name, layout.LEGAL_BASIS.name)
        assert ws.page_setup.orientation == ("landscape" if landscape else "portrait")
        assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
        assert int(ws.page_setup.fitToWidth) == 1 and int(ws.page_setup.fitToHeight) == 0
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.oddHeader.center.text == "&A"
        assert ws.oddFooter.center.text == "Side &P af &N"
        if name != layout.GUIDE_SHEET:
            assert ws.print_title_rows == "$1:$1"


def test_workbook_properties(tmp_path: Path) -> None:
    """The workbook carries its Danish title and the program as creator."""
    wb = _written(tmp_path / "skabelon.xlsx")
    assert wb.properties.title == WORKBOOK_TITLE
    assert wb.properties.creator == "Frikommune Desktop"


@pytest.mark.parametrize("name", ["skabelon.xls", "skabelon.csv", "skabelon"])
def test_refuses_a_path_that_is_not_xlsx(tmp_path: Path, name: str) -> None:
    """Only .xlsx is written; anything else is refused and nothing appears."""
    with pytest.raises(InvalidValueError, match="xlsx"):
        write_template(tmp_path / name)
    assert list(tmp_path.iterdir()) == []


def test_missing_folder_leaves_no_file(tmp_path: Path) -> None:
    """A path in a folder that does not exist fails clearly and leaves nothing behind."""
    path = tmp_path / "findes-ikke" / "skabelon.xlsx"
    with pytest.raises(FrikommuneError, match="kunne ikke gemmes"):
        write_template(path)
    assert not path.parent.exists()
    assert list(tmp_path.iterdir()) == []


def test_failure_after_writing_removes_the_temporary_file(tmp_path: Path) -> None:
    """If the finished file cannot be moved into place, its temporary file is removed."""
    target = tmp_path / "skabelon.xlsx"
    target.mkdir()  # os.replace onto a folder fails after the workbook is saved
    with pytest.raises(FrikommuneError):
        write_template(target)
    assert list(tmp_path.iterdir()) == [target]
    assert list(target.iterdir()) == []


def test_overwrites_an_existing_file_whole(tmp_path: Path) -> None:
    """Writing over an old file replaces it with a complete workbook."""
    path = tmp_path / "skabelon.xlsx"
    path.write_bytes(b"gammelt indhold")
    assert write_template(path) == path
    assert load_workbook(path).sheetnames[0] == layout.MUNICIPALITY.name
    assert [p.name for p in tmp_path.iterdir()] == ["skabelon.xlsx"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, demo_store: Store) -> None:
    """A title starting with '=' is written as text, in the lists and in prefilled rows."""
    experiment = demo_store.records.all(Experiment)[0]
    demo_store.records.update(Experiment, experiment.id, title='=HYPERLINK("http://x";"klik")')
    path = write_template(tmp_path / "skabelon.xlsx", demo_store)
    assert "<f>" not in _sheet_xml(path)
    wb = load_workbook(path)
    title = '=HYPERLINK("http://x";"klik")'
    assert title in _list_values(wb, layout.PARTICIPATION, "experiment")
    assert wb[layout.PARTICIPATION.name]["A2"].value == title
