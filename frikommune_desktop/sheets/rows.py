"""Row by row, what a municipality's spreadsheet asks of the network file.

RowPlanner compares each recognised row with the file's current state (and with what earlier
rows of the same import already planned) and records an addition, an update of the filled
fields that differ, a removal, or nothing (changes.py). Rows the whole network shares (a
legal-basis row, another municipality's contact) are not changed: what a spreadsheet would
change there is listed apart, field by field, to be accepted or not. A cell that cannot be
read becomes a Problem (cells.py); its row is left out. One problem never stops the checking
of the rest: every cell of every row of every sheet is checked, and where a check needs a
value that could not be read, the report says what was left unchecked.
"""

from __future__ import annotations

import uuid

from ..edits import UpdateRecord
from ..model import (
    Contact,
    Experiment,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    municipality_display_name,
)
from ..program.resources import law_catalog, official_municipalities
from ..provision_parser import Provision, parse_provision
from ..store import Store
from . import normalise as norm
from .cells import CellChecker, RowError, required_text
from .changes import Action, ChangeLog, quote
from .layout import CONTACTS, LEGAL_BASIS, MUNICIPALITY, PARTICIPATION
from .reader import SheetData, SheetRow, WorkbookData


class RowPlanner(CellChecker):
    """Plans the rows of one or more spreadsheets against one network file."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.log = ChangeLog()
        self._municipalities = norm.MunicipalityMatcher(official_municipalities())
        self._titles = dict(store.records.values(Experiment, "id", "title"))
        self._experiments = norm.TitleMatcher(self._titles)
        self._law_ids = {key: law_id for law_id, key in store.records.values(Law, "id", "key")}
        self._laws = norm.LawMatcher([*law_catalog(), *self._hand_made_laws()])
        self._short = {
            key: short or title
            for key, short, title in store.records.values(Law, "key", "short_name", "title")
        }
        self._contacts = store.records.all(Contact)
        self._participations = {
            (p.experiment_id, p.municipality): p for p in store.records.all(Participation)
        }
        self._legal = {
            _legal_key(
                b.experiment_id,
                b.law_id,
                b.paragraph,
                b.letter,
                b.stk,
                b.nr,
                b.purpose,
                b.justification,
            ): b
            for b in store.records.all(LegalBasis)
        }
        self._positions: dict[str, int] = {}
        for basis in self._legal.values():
            self._positions[basis.experiment_id] = max(
                self._positions.get(basis.experiment_id, 0), basis.position
            )
        self._members = {code for (code,) in store.records.values(Municipality, "code", member=1)}
        self._answers: dict[tuple[str, str], tuple[str, int, bool | None]] = {}  # Ja/Nej given

    def _hand_made_laws(self) -> list[Law]:
        catalog = {law.key for law in law_catalog()}
        return [law for law in self.store.records.all(Law) if law.key not in catalog]

    # -- workbooks --------------------------------------------------------------------------

    def add_workbook(self, workbook: WorkbookData) -> None:
        """Plan every row of one spreadsheet (problems are collected, not raised).

        Every row is checked, even when another sheet could not be read or the municipality
        the spreadsheet comes from is unknown (its contacts and participation are then checked,
        not planned).
        """
        start = len(self.problems)
        self.problems.extend(workbook.problems)
        code = self._sender(workbook)
        if code is None:
            self._note_unknown_sender(workbook, start)
        for layout, plan_row in (
            (CONTACTS, self._contact),
            (PARTICIPATION, self._participation),
            (LEGAL_BASIS, self._legal_basis),
        ):
            sheet = workbook.sheet(layout)
            if sheet is None:
                continue
            for row in sheet.rows:
                self._row_failed = False
                try:
                    plan_row(workbook.name, sheet, row, code)
                except RowError:
                    continue

    def _sender(self, workbook: WorkbookData) -> str | None:
        """Return the code of the municipality a spreadsheet comes from (and plan membership).

        None when it cannot be known (the problems are recorded): every row of the Kommune
        sheet is checked first, whatever the first one holds.
        """
        sheet = workbook.sheet(MUNICIPALITY)
        if sheet is None:
            return None  # the reader has said why
        codes: list[tuple[str, SheetRow]] = []
        failed = False
        for row in sheet.rows:
            self._row_failed = False
            try:
                codes.append((self._row_municipality(workbook.name, sheet, row), row))
            except RowError:
                failed = True
        if failed:
            return None
        found = {code for code, _ in codes}
        if not found:
            self._problem(
                workbook.name,
                sheet,
                sheet.header_row + 1,
                "",
                None,
                "Forventet kommunens kode eller navn i rækken under overskriften.",
            )
            return None
        if len(found) > 1:
            names = ", ".join(sorted(self._municipalities.name(c) for c in found))
            self._problem(
                workbook.name,
                sheet,
                codes[1][1].number,
                "",
                names,
                "Forventet én kommune pr. regneark (hver kommune sender sit eget).",
            )
            return None
        code, row = codes[0]
        if code not in self._members:
            municipality = self.store.records.municipality(code)
            self._members.add(code)
            self.log.updates.append(
                UpdateRecord(Municipality, municipality.id, {"member": True}, "Medlem af netværket")
            )
            self.log.note(
                workbook.name,
                sheet.title,
                row.number,
                Action.UPDATE,
                f"Kommune: {municipality.name}",
                "bliver medlem af netværket",
            )
        return code

    def _row_municipality(self, file: str, sheet: SheetData, row: SheetRow) -> str:
        match = self._municipalities.match
        by_code: str = self._cell(file, sheet, row, "code", match, optional=True)
        by_name: str = self._cell(file, sheet, row, "name", match, optional=True)
        self._check_row()
        if by_code and by_name and by_code != by_name:
            self._fail(
                file,
                sheet,
                row.number,
                sheet.columns["name"],
                row.value("name"),
                f"Kommunekode {by_code} er {self._municipalities.name(by_code)}, men "
                f"navnet er {self._municipalities.name(by_name)}. Forventet samme "
                "kommune i begge kolonner.",
            )
            raise RowError
        return by_code or by_name

    # -- contacts ---------------------------------------------------------------------------

    def _contact(self, file: str, sheet: SheetData, row: SheetRow, code: str | None) -> None:
        values = {
            "name": self._cell(file, sheet, row, "name", required_text("en persons navn")),
            "title": self._cell(file, sheet, row, "title", norm.clean_text, optional=True),
            "role": self._cell(file, sheet, row, "role", norm.parse_role, optional=True),
            "phone": self._cell(file, sheet, row, "phone", norm.parse_phone, optional=True),
            "email": self._cell(file, sheet, row, "email", norm.parse_email, optional=True),
        }
        self._check_row()
        if code is None:
            return  # checked; whose contact it is is not known (see SENDER_UNKNOWN)
        filled = {key: value for key, value in values.items() if value not in ("", None)}
        existing = self._find_contact(code, values["name"], values["email"])
        what = f"Kontaktperson: {values['name']} ({self._municipalities.name(code)})"
        if existing is None:
            organisation = municipality_display_name(self._municipalities.name(code))
            contact = Contact(
                id=str(uuid.uuid4()), municipality=code, organisation=organisation, **filled
            )
            self._contacts.append(contact)
            self.log.add(contact, file, sheet, row, what)
        else:
            if not existing.municipality:
                filled["municipality"] = code
            shared = existing.municipality not in ("", None, code)  # another's, matched by e-mail
            self.log.update(existing, filled, file, sheet, row, what, shared=shared)

    def _find_contact(self, code: str, name: str, email: str) -> Contact | None:
        folded = norm.clean_text(name).casefold()
        if email:
            for contact in self._contacts:
                if contact.email.casefold() == email.casefold():
                    return contact
        for contact in self._contacts:  # the same name here, or with no municipality yet
            if contact.municipality in (code, None, "") and contact.name.casefold() == folded:
                return contact
        return None

    # -- participation ----------------------------------------------------------------------

    def _participation(self, file: str, sheet: SheetData, row: SheetRow, code: str | None) -> None:
        answers = ("participates", "reservation", "committee", "meeting_date", "status")
        if not any(row.filled(key) for key in answers):
            return  # a listed experiment the municipality has not answered for
        experiment = self._cell(file, sheet, row, "experiment", self._experiments.match)
        joins = self._cell(file, sheet, row, "participates", norm.parse_yes_no, optional=True)
        values = {
            "reservation": self._cell(
                file, sheet, row, "reservation", norm.clean_multiline, optional=True
            ),
            "approval_committee": self._cell(
                file, sheet, row, "committee", norm.clean_text, optional=True
            ),
            "approval_meeting_date": self._cell(
                file, sheet, row, "meeting_date", norm.parse_date, optional=True
            ),
            "approval_status": self._cell(
                file, sheet, row, "status", norm.parse_approval, optional=True
            ),
        }
        if joins == "" and "participates" in sheet.columns and not row.filled("participates"):
            self._fail(
                file,
                sheet,
                row.number,
                sheet.columns["participates"],
                None,
                "Forventet Ja eller Nej, når rækken har forbehold eller politisk behandling.",
            )
        if experiment and joins in (True, False):  # checked even if another cell is wrong
            self._one_answer(file, sheet, row, (experiment, code or f"?{file}"), joins)
        self._check_row()
        if code is None:
            return  # checked; whose participation it is is not known (see SENDER_UNKNOWN)
        filled = {key: value for key, value in values.items() if value not in ("", None)}
        key = (experiment, code)
        existing = self._participations.get(key)
        what = f"Deltagelse: {self._municipalities.name(code)} i {quote(self._titles[experiment])}"
        if joins is False:
            if existing is None:
                not_in = "deltager ikke"
                self.log.note(file, sheet.title, row.number, Action.UNCHANGED, what, not_in)
            else:
                del self._participations[key]
                self.log.remove(existing, file, sheet, row, what)
        elif existing is None:
            participation = Participation(
                id=str(uuid.uuid4()), experiment_id=experiment, municipality=code, **filled
            )
            self._participations[key] = participation
            self.log.add(participation, file, sheet, row, what)
        else:
            self.log.update(existing, filled, file, sheet, row, what)

    def _one_answer(
        self, file: str, sheet: SheetData, row: SheetRow, key: tuple[str, str], joins: bool
    ) -> None:
        """Record a row's Ja or Nej for an experiment; a different earlier answer is a problem.

        An unknown sender's answers are keyed by its file, so they are compared among its rows.
        """
        earlier = self._answers.setdefault(key, (file, row.number, joins))
        if earlier[2] is not joins:
            self._fail(
                file,
                sheet,
                row.number,
                sheet.columns["participates"],
                row.value("participates"),
                f"{earlier[0]} række {earlier[1]} svarer "
                f"{'Ja' if earlier[2] else 'Nej'} for samme forsøg. Forventet ét svar pr. forsøg.",
            )

    # -- legal basis ------------------------------------------------------------------------

    def _legal_basis(self, file: str, sheet: SheetData, row: SheetRow, code: str | None) -> None:
        experiment = self._cell(file, sheet, row, "experiment", self._experiments.match)
        law_key = self._cell(file, sheet, row, "law", self._laws.match)
        provision = (
            self._cell(file, sheet, row, "provision", parse_provision, optional=True) or Provision()
        )
        values = {
            "purpose": self._cell(file, sheet, row, "purpose", norm.clean_multiline, optional=True),
            "justification": self._cell(
                file, sheet, row, "justification", norm.clean_multiline, optional=True
            ),
            "request": self._cell(
                file, sheet, row, "request", norm.parse_request_kind, optional=True
            ),
        }
        self._check_row()
        law_id = self._law_ids[law_key]  # the store holds the whole catalog
        filled = {key_: value for key_, value in values.items() if value not in ("", None)}
        key = _legal_key(
            experiment,
            law_id,
            provision.paragraph,
            provision.letter,
            provision.stk,
            provision.nr,
            values["purpose"],
            values["justification"],
        )
        existing = self._legal.get(key)
        what = (
            f"Lovgrundlag: {self._short.get(law_key, law_key)} {provision.display} i "
            f"{quote(self._titles[experiment])}"
        ).replace("  ", " ")
        if existing is None:
            position = self._positions.get(experiment, 0) + 1
            self._positions[experiment] = position
            basis = LegalBasis(
                id=str(uuid.uuid4()),
                experiment_id=experiment,
                law_id=law_id,
                position=position,
                paragraph=provision.paragraph,
                letter=provision.letter,
                stk=provision.stk,
                nr=provision.nr,
                **filled,
            )
            self._legal[key] = basis
            self.log.add(basis, file, sheet, row, what)
        else:
            self.log.update(existing, filled, file, sheet, row, what, shared=True)


def _legal_key(
    experiment: str,
    law: str,
    paragraph: str,
    letter: str,
    stk: str,
    nr: str,
    purpose: str,
    justification: str,
) -> tuple[str, ...]:
    """Return what identifies a legal-basis row: experiment, law and provision.

    A row without a provision (a law as a whole, an executive order) is told from the other
    such rows of the same law by its texts.
    """
    if paragraph:
        return (experiment, law, paragraph, letter, stk, nr)
    return (
        experiment,
        law,
        "",
        "",
        "",
        "",
        norm.clean_text(purpose).casefold(),
        norm.clean_text(justification).casefold(),
    )
