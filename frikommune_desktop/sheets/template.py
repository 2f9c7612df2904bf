"""The blank spreadsheet a member municipality fills in and sends back to the coordinator."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import uuid
from pathlib import Path
from typing import Literal

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ..errors import FrikommuneError, InvalidValueError, RecordNotFoundError
from ..model import (
    ApprovalStatus,
    Contact,
    ContactRole,
    Experiment,
    Law,
    LegalBasis,
    Participation,
    municipality_display_name,
)
from ..program.resources import law_catalog, official_municipalities
from ..store import Store
from . import layout
from .layout import Column, SheetLayout

TEMPLATE_ROWS = 500  # rows 2..TEMPLATE_ROWS carry the drop-down lists
LIST_SHEET = "Lister"
WORKBOOK_TITLE = "Frikommunenetværk – indberetning fra kommune"
DATE_FORMAT = "dd-mm-yyyy"

_BLUE_GREY = "44546A"
_HEADER_FILL = PatternFill("solid", fgColor=_BLUE_GREY)  # blue-grey; white text ≈ 7.5:1 contrast
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)
_LANDSCAPE = {layout.PARTICIPATION.name, layout.LEGAL_BASIS.name}
_STATUS_CHOICE = dict(zip(ApprovalStatus, layout.APPROVAL_CHOICES, strict=True))
_ROLE_CHOICE = dict(zip(ContactRole, layout.ROLE_CHOICES, strict=True))
_REQUEST_CHOICE = {kind: choice for choice, kind in layout.REQUEST_BY_CHOICE.items()}
CellValue = str | int | dt.date | None  # what the template writes into a cell
# (sheet, column key) -> (list key, error style); "warning" lets a person keep another value.
_LIST_COLUMNS: dict[tuple[str, str], tuple[str, Literal["stop", "warning"]]] = {
    (layout.MUNICIPALITY.name, "name"): ("municipality", "warning"),
    (layout.CONTACTS.name, "role"): ("role", "stop"),
    (layout.PARTICIPATION.name, "experiment"): ("experiment", "warning"),
    (layout.PARTICIPATION.name, "participates"): ("yes_no", "stop"),
    (layout.PARTICIPATION.name, "status"): ("status", "stop"),
    (layout.LEGAL_BASIS.name, "experiment"): ("experiment", "warning"),
    (layout.LEGAL_BASIS.name, "law"): ("law", "warning"),
    (layout.LEGAL_BASIS.name, "request"): ("request", "stop"),
}
_LIST_TITLES = {
    "yes_no": "Deltager",
    "status": "Status",
    "role": "Rolle",
    "request": "Type",
    "experiment": "Forsøg",
    "law": "Lov",
    "municipality": "Kommune",
}


def _or_list(choices: tuple[str, ...]) -> str:
    """Return 'A, B eller C'."""
    return ", ".join(choices[:-1]) + f" eller {choices[-1]}"


# Guide text per column: (explanation, example). Every layout column has one (tested).
_COLUMN_HELP: dict[tuple[str, str], tuple[str, str]] = {
    ("Kommune", "code"): ("Kommunens kommunekode: tre cifre mellem 101 og 860.", "169"),
    ("Kommune", "name"): ("Kommunens navn. Vælg fra listen.", "Høje-Taastrup Kommune"),
    ("Kontaktpersoner", "name"): ("Personens fulde navn.", "Anne Jensen"),
    ("Kontaktpersoner", "title"): ("Personens stilling.", "Specialkonsulent"),
    ("Kontaktpersoner", "role"): (
        f"Rollen for netværket: {_or_list(layout.ROLE_CHOICES)}.",
        layout.ROLE_CHOICES[0],
    ),
    ("Kontaktpersoner", "phone"): ("Telefonnummer, gerne i grupper af to cifre.", "41 85 50 61"),
    ("Kontaktpersoner", "email"): ("E-mailadresse.", "anne.jensen@kommune.dk"),
    ("Deltagelse", "experiment"): (
        "Forsøgets titel, som netværket bruger den. Én række pr. forsøg; vælg fra listen.",
        "Billigt nybyggeri",
    ),
    ("Deltagelse", "participates"): (
        f"{_or_list(layout.YES_NO)}: deltager kommunen i forsøget?",
        "Ja",
    ),
    ("Deltagelse", "reservation"): (
        "Et eventuelt forbehold for deltagelsen. Tom, hvis der ikke er forbehold.",
        "Med forbehold for politisk godkendelse",
    ),
    ("Deltagelse", "committee"): (
        "Det udvalg eller råd, der behandler deltagelsen politisk.",
        "Social- og Sundhedsudvalget",
    ),
    ("Deltagelse", "meeting_date"): (
        "Datoen for det politiske møde, fx 1. december 2016 eller 01-12-2016.",
        "01-12-2016",
    ),
    ("Deltagelse", "status"): (
        f"Den politiske godkendelse: {_or_list(layout.APPROVAL_CHOICES)}.",
        layout.APPROVAL_CHOICES[0],
    ),
    ("Lovgrundlag", "experiment"): (
        "Forsøget, som bestemmelsen hører til – samme titel som på arket Deltagelse.",
        "Billigt nybyggeri",
    ),
    ("Lovgrundlag", "law"): (
        "Loven, bekendtgørelsen eller vejledningen. Vælg fra listen, eller skriv lovens navn.",
        "serviceloven",
    ),
    ("Lovgrundlag", "provision"): (
        "Én bestemmelse pr. række: paragraf, stykke og nummer som i loven.",
        "§ 140 a, stk. 2",
    ),
    ("Lovgrundlag", "purpose"): ("Hvad bestemmelsen skal sikre i dag.", ""),
    ("Lovgrundlag", "justification"): (
        "Hvorfor forsøget kræver fritagelse fra eller ændring af bestemmelsen.",
        "",
    ),
    ("Lovgrundlag", "request"): (
        f"Hvad forsøget beder om: {_or_list(layout.REQUEST_CHOICES)}.",
        layout.REQUEST_CHOICES[0],
    ),
}
_SHEET_HELP = {
    "Kommune": "Hvilken kommune indberetningen kommer fra. Udfyld række 2.",
    "Kontaktpersoner": "Kommunens kontaktpersoner for netværket – én person pr. række.",
    "Deltagelse": "Én række pr. forsøg i netværket: om kommunen deltager, og hvor langt den "
    "politiske godkendelse er.",
    "Lovgrundlag": "De bestemmelser, forsøgene kræver fritagelse fra, ændring af eller ny hjemmel "
    "til – én bestemmelse pr. række.",
}
_ABOUT = (
    "Netværkskoordinatoren samler oplysninger fra alle kommuner i frikommunenetværket: "
    "kontaktpersoner, hvilke forsøg kommunen deltager i, hvor langt den politiske godkendelse "
    "er, og hvilke lovbestemmelser forsøgene kræver fritagelse fra eller ændring af. "
    "Oplysningerne indlæses direkte i netværkets ansøgninger til ministeriet."
)
_HOW_TO = [
    "Skriv én oplysning pr. celle fra række 2 og nedad. Overskrifterne i række 1 må ikke ændres "
    "– de bruges til at genkende kolonnerne og er derfor låst.",
    "Du kan tilføje så mange rækker, du har brug for, og du kan sortere og filtrere. Hvor en "
    "celle har en rulleliste, så vælg fra listen. Ved forsøg og love kan du skrive en anden "
    "værdi, hvis listen ikke passer.",
]


def write_template(
    path: Path, store: Store | None = None, *, municipality: str | None = None
) -> Path:
    """Write the municipality spreadsheet (prefilled for `municipality` if given); return path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InvalidValueError(f"{path}: regnearket skal gemmes som .xlsx-fil.")
    prefill = _prefill(store, municipality)
    workbook = Workbook()
    workbook.properties.title = WORKBOOK_TITLE
    workbook.properties.creator = "Frikommune Desktop"
    default = workbook.worksheets[0]  # the sheet a new workbook starts with
    sheets = [workbook.create_sheet(sheet.name) for sheet in layout.DATA_SHEETS]
    guide = workbook.create_sheet(layout.GUIDE_SHEET)
    formulas = _write_lists(workbook.create_sheet(LIST_SHEET), _choice_lists(store))
    workbook.remove(default)
    for ws, sheet in zip(sheets, layout.DATA_SHEETS, strict=True):
        _write_data_sheet(ws, sheet, prefill.get(sheet.name, []), formulas)
    _write_guide(guide, store, prefill)
    workbook.active = 0
    _save_atomically(workbook, path)
    return path


def _save_atomically(workbook: Workbook, path: Path) -> None:
    """Save to a temporary file beside `path`, then move it into place (never half a file)."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise FrikommuneError(f"{path}: regnearket kunne ikke gemmes ({reason}).") from exc
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def _choice_lists(store: Store | None) -> dict[str, tuple[str, ...]]:
    """Return every drop-down list's values by list key (an empty list gets no drop-down)."""
    if store is None:
        titles: list[str] = []
        laws = [law.short_name or law.title for law in law_catalog()]
        names = [municipality_display_name(m.name) for m in official_municipalities()]
    else:
        titles = [title for (title,) in store.records.values(Experiment, "title") if title]
        laws = [short or title for short, title in store.records.values(Law, "short_name", "title")]
        members = store.records.members() or official_municipalities()
        names = [municipality_display_name(m.name) for m in members]
    return {
        "yes_no": layout.YES_NO,
        "status": layout.APPROVAL_CHOICES,
        "role": layout.ROLE_CHOICES,
        "request": layout.REQUEST_CHOICES,
        "experiment": tuple(dict.fromkeys(titles)),
        "law": tuple(sorted(set(laws), key=str.casefold)),
        "municipality": tuple(names),
    }


def _write_lists(ws: Worksheet, lists: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Put each list in a column of the hidden sheet; return range formulas by list key."""
    formulas: dict[str, str] = {}
    for index, (key, values) in enumerate(lists.items(), start=1):
        letter = get_column_letter(index)
        ws.cell(row=1, column=index, value=_LIST_TITLES[key]).font = Font(bold=True)
        for row, value in enumerate(values, start=2):
            _put(ws.cell(row=row, column=index), value)
        ws.column_dimensions[letter].width = 40
        if values:
            formulas[key] = f"{ws.title}!${letter}$2:${letter}${len(values) + 1}"
    ws.sheet_state = "veryHidden"
    ws.protection.sheet = True
    return formulas


def _write_data_sheet(
    ws: Worksheet, sheet: SheetLayout, rows: list[dict[str, CellValue]], formulas: dict[str, str]
) -> None:
    """Write headers, prefilled rows, validations, protection and print setup of a sheet."""
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        _style_header(ws.cell(row=1, column=index, value=column.header), column)
        dimension = ws.column_dimensions[letter]
        dimension.width = column.width
        dimension.protection, dimension.alignment = _UNLOCKED, _WRAP_TOP
        if column.key == "meeting_date":
            dimension.number_format = DATE_FORMAT
        elif column.key == "phone":
            dimension.number_format = "@"  # text: a typed number keeps its spaces and zeros
        validation = _validation(sheet, column, formulas)
        if validation is not None:
            validation.allow_blank = validation.showErrorMessage = True
            validation.showInputMessage = bool(validation.prompt)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            ws.add_data_validation(validation)
        for row_number, row in enumerate(rows, start=2):
            if row.get(column.key) not in (None, ""):  # blank cells keep the column's style
                cell = _put(ws.cell(row=row_number, column=index), row[column.key])
                cell.protection, cell.alignment = _UNLOCKED, _WRAP_TOP
                cell.number_format = dimension.number_format
    last = get_column_letter(len(sheet.columns))
    ws.row_dimensions[1].height = 48
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{max(TEMPLATE_ROWS, len(rows) + 1)}"
    _protect(ws)
    _setup_print(ws, landscape=sheet.name in _LANDSCAPE, title_rows=True)


def _put(cell: Cell | MergedCell, value: CellValue) -> Cell:
    """Give a cell its value; text starting with '=' stays text, never becomes a formula."""
    assert isinstance(cell, Cell)  # the template merges no cells
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _style_header(cell: Cell, column: Column) -> None:
    """Make a header cell bold, filled, wrapped and locked, with its hint as a comment."""
    cell.font, cell.fill = _HEADER_FONT, _HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.protection = Protection(locked=True)
    if column.hint:
        cell.comment = Comment(column.hint, "Frikommune Desktop", width=220, height=60)


def _validation(
    sheet: SheetLayout, column: Column, formulas: dict[str, str]
) -> DataValidation | None:
    """Return the validation of a column's data rows: a drop-down, a date or a kommunekode."""
    listed = _LIST_COLUMNS.get((sheet.name, column.key))
    if listed and listed[0] in formulas:
        (key, style), title = listed, _LIST_TITLES[listed[0]]
        error = (
            "Vælg en af værdierne på listen."
            if style == "stop"
            else "Værdien står ikke på listen. Vælg Ja for at beholde den alligevel."
        )
        return DataValidation(
            type="list",
            formula1=formulas[key],
            errorStyle=style,
            errorTitle=title,
            error=error,
            promptTitle=title,
            prompt="Vælg fra listen.",
        )
    if column.key == "meeting_date":
        first, last = (str(int(to_excel(dt.date(year, 1, 1)))) for year in (2000, 2100))
        return DataValidation(
            type="date",
            operator="between",
            formula1=first,
            formula2=last,
            errorStyle="stop",
            errorTitle="Mødedato",
            error="Skriv en dato, fx 01-12-2016.",
            promptTitle="Mødedato",
            prompt="Dato som 01-12-2016.",
        )
    if sheet is layout.MUNICIPALITY and column.key == "code":
        return DataValidation(
            type="whole",
            operator="between",
            formula1="101",
            formula2="860",
            errorStyle="stop",
            errorTitle="Kommunekode",
            error="Kommunekoden er tre cifre mellem 101 og 860, fx 169.",
        )
    return None


def _protect(ws: Worksheet) -> None:
    """Protect a sheet without a password: locked cells stay, rows can be added and sorted."""
    protection = ws.protection
    protection.sheet = True
    protection.formatColumns = protection.formatRows = False  # False = allowed
    protection.insertRows = protection.deleteRows = False
    protection.sort = protection.autoFilter = False


def _setup_print(ws: Worksheet, *, landscape: bool, title_rows: bool) -> None:
    """Print on A4, fit to the page width, with the sheet name and page numbers."""
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        ws.print_title_rows = "1:1"
    header, footer = ws.oddHeader, ws.oddFooter
    assert header is not None and footer is not None  # every new sheet has both
    header.center.text = "&A"
    footer.center.text = "Side &P af &N"


def _prefill(store: Store | None, code: str | None) -> dict[str, list[dict[str, CellValue]]]:
    """Return the rows to prefill per sheet name (see write_template)."""
    rows: dict[str, list[dict[str, CellValue]]] = {}
    if code is not None:
        if store is not None:
            name = store.records.municipality(code).name
        else:
            found = [m.name for m in official_municipalities() if m.code == code]
            if not found:
                raise InvalidValueError(f"Ukendt kommunekode '{code}'.")
            name = found[0]
        rows[layout.MUNICIPALITY.name] = [
            {"code": int(code), "name": municipality_display_name(name)}
        ]
    if store is None:
        return rows
    experiments = store.records.values(Experiment, "id", "title")
    if code is None:
        rows[layout.PARTICIPATION.name] = [{"experiment": title} for _, title in experiments]
        return rows
    rows[layout.CONTACTS.name] = [
        {
            "name": c.name,
            "title": c.title,
            "role": _ROLE_CHOICE[c.role],
            "phone": c.phone,
            "email": c.email,
        }
        for c in store.records.all(Contact, municipality=code)
    ]
    taking_part = {p.experiment_id: p for p in store.records.all(Participation, municipality=code)}
    rows[layout.PARTICIPATION.name] = [
        _participation_row(title, taking_part.get(experiment_id))
        for experiment_id, title in experiments
    ]
    laws = {
        law_id: short or title
        for law_id, short, title in store.records.values(Law, "id", "short_name", "title")
    }
    titles = dict(experiments)
    rows[layout.LEGAL_BASIS.name] = [
        {
            "experiment": titles[basis.experiment_id],
            "law": laws.get(basis.law_id, ""),
            "provision": basis.provision,
            "purpose": basis.purpose,
            "justification": basis.justification,
            "request": _REQUEST_CHOICE[basis.request],
        }
        for experiment_id, _ in experiments
        if experiment_id in taking_part
        for basis in store.records.all(LegalBasis, experiment_id=experiment_id)
    ]
    return rows


def _participation_row(title: str, part: Participation | None) -> dict[str, CellValue]:
    """Return one Deltagelse row: the experiment and, if taking part, its approval."""
    if part is None:
        return {"experiment": title, "participates": layout.YES_NO[1]}
    date = part.approval_meeting_date
    return {
        "experiment": title,
        "participates": layout.YES_NO[0],
        "reservation": part.reservation,
        "committee": part.approval_committee,
        "meeting_date": dt.date.fromisoformat(date) if date else None,
        "status": _STATUS_CHOICE[part.approval_status],
    }


def _write_guide(
    ws: Worksheet, store: Store | None, prefill: dict[str, list[dict[str, CellValue]]]
) -> None:
    """Write the Danish guide: purpose, one section per sheet and column, where to send it."""
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 100, 36
    _guide_row(ws, "Vejledning til kommunens indberetning", font=Font(bold=True, size=16))
    if store is not None:
        _guide_row(
            ws, f"Frikommunenetværket: {store.records.network().name}", font=Font(italic=True)
        )
    ws.append([])
    about = [_ABOUT]
    if store is not None and layout.MUNICIPALITY.name in prefill:
        name = prefill[layout.MUNICIPALITY.name][0]["name"]
        about.append(
            f"Regnearket er udfyldt på forhånd med det, koordinatoren allerede ved om "
            f"{name}. Ret det, der er forkert, og udfyld det, der mangler."
        )
    _guide_section(ws, "Hvad er regnearket til?", about)
    _guide_section(ws, "Sådan udfylder du", _HOW_TO)
    for sheet in layout.DATA_SHEETS:
        _guide_section(ws, f"Arket »{sheet.name}«", [_SHEET_HELP[sheet.name]], sheet)
    _guide_section(
        ws,
        "Når du er færdig",
        [
            f"Gem regnearket som Excel-fil (.xlsx), og send det tilbage til {_coordinator(store)}. "
            "Kontakt også koordinatoren, hvis du har spørgsmål.",
        ],
    )
    _protect(ws)
    _setup_print(ws, landscape=False, title_rows=False)


def _guide_section(
    ws: Worksheet, heading: str, paragraphs: list[str], sheet: SheetLayout | None = None
) -> None:
    """Append a heading, its paragraphs and (for a sheet) one row per column, then a gap."""
    _guide_row(ws, heading, font=Font(bold=True, size=13, color=_BLUE_GREY))
    for paragraph in paragraphs:
        _guide_row(ws, paragraph)
    if sheet is not None:
        _guide_columns(ws, sheet)
    ws.append([])


def _guide_columns(ws: Worksheet, sheet: SheetLayout) -> None:
    """Append one row per column of a sheet: its header, what it holds and an example."""
    for column in sheet.columns:
        text, example = _COLUMN_HELP[(sheet.name, column.key)]
        text += " Skal udfyldes." if column.required else ""
        rich = CellRichText(TextBlock(InlineFont(b=True), column.header), f": {text}")
        _guide_row(ws, rich, f"Fx {example}" if example else None)
        ws.cell(row=ws.max_row, column=2).font = Font(italic=True, color="595959")


def _guide_row(ws: Worksheet, *values: object, font: Font | None = None) -> None:
    """Append one wrapped row to the guide, in `font` if given."""
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        cell.alignment = _WRAP_TOP
        if font is not None:
            cell.font = font


def _coordinator(store: Store | None) -> str:
    """Return 'netværkets koordinator, Navn (mail)' as far as the file knows it."""
    network = store.records.network() if store is not None else None
    if store is None or network is None or not network.coordinator_id:
        return "netværkets koordinator"
    try:
        contact = store.records.get(Contact, network.coordinator_id)
    except RecordNotFoundError:
        return "netværkets koordinator"
    email = f" ({contact.email})" if contact.email else ""
    return f"netværkets koordinator, {contact.name}{email}"
