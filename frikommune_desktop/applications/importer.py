"""Importing Word applications into the network file: a plan first, then one transaction.

Each application in the document becomes an experiment (or fills in the one with the same
title): header date, the five sections, its contacts (matched by e-mail, then name), its
participants with their reservations, and the legal-basis rows of its provision tables.
References found in the prose are reported as suggestions ("Foreslå lovgrundlag" offers them
in the window). What could not be read is reported; nothing is made up.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..edits import BatchEdit, UpdateRecord
from ..errors import InvalidValueError
from ..model import (
    FIELD_LABELS,
    SECTION_FIELDS,
    Contact,
    ContactRole,
    Experiment,
    Law,
    LegalBasis,
    Municipality,
    Participation,
    Record,
    Round,
    municipality_display_name,
)
from ..program.resources import official_municipalities
from ..sheets.normalise import TitleMatcher
from ..store import Store
from .header_fields import PersonCell
from .parser import ApplicationParser, ParsedApplication
from .provision_tables import LegalRow


@dataclass
class ApplicationImportPlan:
    """What importing one Word document would do, and the edit that does it."""

    file: str
    applications: list[ParsedApplication]
    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    suggestions: list[str] = field(default_factory=list)
    experiment_ids: list[str] = field(default_factory=list)
    edit: BatchEdit = field(default_factory=lambda: BatchEdit([], [], []))
    #: Whether the document itself was refused (not a readable Word document).
    refused: bool = False

    @property
    def failed(self) -> bool:
        """Return whether the document cannot be imported at all (refused, or it holds no
        application in the template's form); parts that could not be read do not count."""
        return self.refused or not self.applications

    @property
    def changes_anything(self) -> bool:
        """Return whether applying the plan would change the file."""
        return bool(self.edit.adds or self.edit.updates)

    def report(self) -> list[str]:
        """Return the plan as the lines of a report: changes, what was not read, suggestions."""
        lines = [*self.lines]
        if self.problems:
            lines += [
                f"Kunne ikke læses i {self.file}:",
                *(f"  {problem}" for problem in self.problems),
            ]
        if self.suggestions:
            lines += [
                "Forslag til lovgrundlag fra teksten (se Foreslå lovgrundlag):",
                *(f"  {line}" for line in self.suggestions),
            ]
        return lines


class Planner:
    """Plans the records of the parsed applications against one network file (into `plan`,
    which may change from document to document)."""

    def __init__(self, store: Store, plan: ApplicationImportPlan) -> None:
        self.store, self.plan = store, plan
        self.experiments = {e.id: e for e in store.records.all(Experiment)}
        self.titles = TitleMatcher({e.id: e.title for e in self.experiments.values()})
        self.contacts = store.records.all(Contact)
        self.participations = {
            (p.experiment_id, p.municipality) for p in store.records.all(Participation)
        }
        self.members = {m.code: m for m in store.records.all(Municipality)}
        self.names = {m.code: m.name for m in official_municipalities()}
        self.law_ids = {law.key: law.id for law in store.records.all(Law)}
        self.rounds = {r.deadline: r.id for r in store.records.all(Round)}
        self.legal = {
            (b.experiment_id, b.law_id, b.paragraph, b.letter, b.stk, b.nr): b
            for b in store.records.all(LegalBasis)
        }
        self.new_members: list[str] = []  # the current application's, for one report line
        self.positions: dict[str, int] = {}
        for basis in self.legal.values():
            self.positions[basis.experiment_id] = max(
                self.positions.get(basis.experiment_id, 0), basis.position
            )

    def add(self, record: Record, line: str) -> None:
        """Plan a new record."""
        self.plan.edit.adds.append(record)
        self.plan.lines.append(f"tilføjes: {line}")

    def update(self, record: Record, changes: dict[str, Any], line: str) -> None:
        """Plan changed fields of an existing record (only those that differ)."""
        changes = {k: v for k, v in changes.items() if getattr(record, k) != v}
        if changes:
            self.plan.edit.updates.append(UpdateRecord(type(record), record.id, changes, line))
            fields = ", ".join(FIELD_LABELS.get(name, name) for name in changes)
            self.plan.lines.append(f"   ændres: {line} ({fields})")

    def application(self, number: int, app: ParsedApplication) -> None:
        """Plan one application's experiment, contacts, participants and legal rows."""
        where = f"Ansøgning {number}"
        self.plan.problems += [f"{where}: {problem}" for problem in app.problems]
        if not app.title:
            self.plan.problems.append(f"{where}: uden titel er ansøgningen ikke indlæst")
            return
        contacts = {
            key: self.contact(getattr(app, key), role)
            for key, role in (
                ("subject_contact", ContactRole.SUBJECT_CONTACT),
                ("coordinator", ContactRole.COORDINATOR),
            )
        }
        fields: dict[str, Any] = {name: app.sections.get(name, "") for name in SECTION_FIELDS}
        fields["application_date"] = app.date
        fields["subject_contact_id"] = contacts["subject_contact"]
        fields["coordinator_id"] = contacts["coordinator"]
        filled = {key: value for key, value in fields.items() if value}
        try:
            experiment = self.experiments[self.titles.match(app.title)]
            self.update(experiment, filled, f"Forsøg '{app.title}'")
        except InvalidValueError:  # no experiment of that title: a new one
            experiment = Experiment(
                id=str(uuid.uuid4()), title=app.title, round_id=self.rounds.get(app.date), **filled
            )
            self.experiments[experiment.id] = experiment
            # a later application (or document) of the same title fills this one in
            self.titles = TitleMatcher({e.id: e.title for e in self.experiments.values()})
            self.add(experiment, f"Forsøg '{app.title}'")
        self.plan.experiment_ids.append(experiment.id)
        self.new_members = []
        for code in app.municipalities:
            self.participant(experiment, code, app.reservations.get(code, ""))
        if self.new_members:
            self.plan.lines.append(
                "   ændres: nye medlemmer af netværket: " + ", ".join(self.new_members)
            )
        for row in app.legal_rows:
            self.legal_row(experiment, row)
        planned: set[tuple[str | None, str]] = {
            (row.law.key, row.reference.provision) for row in app.legal_rows
        }
        for found in app.found:
            ref = found.reference
            if found.in_table:
                continue  # references inside quoted law text are not needs of the experiment
            if ref.paragraph and (ref.law_id, ref.provision) not in planned:
                planned.add((ref.law_id, ref.provision))
                law = ref.law or "lov ikke angivet"
                self.plan.suggestions.append(
                    f'{app.title}: {law} {ref.provision} ({found.where}: "{found.sentence[:90]}")'
                )

    def contact(self, person: PersonCell | None, role: ContactRole) -> str | None:
        """Return the id of the contact a header names, planning it if it is new."""
        if person is None or not person.name:
            return None
        found = next(
            (
                c
                for c in self.contacts
                if person.email and c.email.casefold() == person.email.casefold()
            ),
            None,
        )
        found = found or next(
            (c for c in self.contacts if c.name.casefold() == person.name.casefold()), None
        )
        values = {"phone": person.phone, "email": person.email, "title": person.title}
        if found is not None:
            self.update(
                found,
                {k: v for k, v in values.items() if v and not getattr(found, k)},
                f"Kontaktperson {found.name}",
            )
            return found.id
        organisation = (
            municipality_display_name(self.names[person.municipality])
            if person.municipality
            else ""
        )
        contact = Contact(
            id=str(uuid.uuid4()),
            name=person.name,
            role=role,
            municipality=person.municipality,
            organisation=organisation,
            **values,
        )
        self.contacts.append(contact)
        self.add(contact, f"Kontaktperson {person.name} ({role.label})")
        return contact.id

    def participant(self, experiment: Experiment, code: str, reservation: str) -> None:
        """Plan one municipality's participation (and its membership of the network)."""
        name = self.names[code]
        member = self.members[code]
        if not member.member:
            line = f"Kommune {name} bliver medlem af netværket"
            self.plan.edit.updates.append(
                UpdateRecord(Municipality, member.id, {"member": True}, line)
            )
            self.new_members.append(name)
            member.member = True
        if (experiment.id, code) in self.participations:
            return
        self.participations.add((experiment.id, code))
        self.add(
            Participation(
                id=str(uuid.uuid4()),
                experiment_id=experiment.id,
                municipality=code,
                reservation=reservation,
            ),
            f"Deltagelse: {name} i '{experiment.title}'"
            + (f" (forbehold: {reservation})" if reservation else ""),
        )

    def legal_row(self, experiment: Experiment, row: LegalRow) -> None:
        """Plan one legal-basis row unless the experiment already has that provision."""
        ref = row.reference
        law_id = self.law_ids[row.law.key]
        key = (experiment.id, law_id, ref.paragraph, ref.letter, ref.stk, ref.nr)
        if key in self.legal:
            return
        position = self.positions.get(experiment.id, 0) + 1
        self.positions[experiment.id] = position
        basis = LegalBasis(
            id=str(uuid.uuid4()),
            experiment_id=experiment.id,
            law_id=law_id,
            paragraph=ref.paragraph,
            letter=ref.letter,
            stk=ref.stk,
            nr=ref.nr,
            purpose=row.purpose,
            justification=row.justification,
            position=position,
        )
        self.legal[key] = basis
        self.add(
            basis, f"Lovgrundlag: {row.law.abbreviation} {ref.provision} i '{experiment.title}'"
        )


def plan_application_import(
    store: Store, path: Path, parser: ApplicationParser | None = None
) -> ApplicationImportPlan:
    """Read a Word document and plan its applications' import (raises InputRefusedError)."""
    applications = (parser or ApplicationParser()).parse_file(path)
    return plan_parsed_applications(store, path.name, applications)


def plan_parsed_applications(
    store: Store,
    file_name: str,
    applications: list[ParsedApplication],
    planner: Planner | None = None,
) -> ApplicationImportPlan:
    """Plan the import of applications already read (e.g. off the GUI thread) from a file.

    A `planner` given plans on top of what it planned for earlier documents (one import of
    several documents: an experiment two of them name is made once).
    """
    plan = ApplicationImportPlan(file_name, applications)
    if not applications:
        plan.problems.append(
            "Dokumentet har ingen ansøgning i skabelonens form (ingen tabel med 'Titel på forsøg')"
        )
    if planner is None:
        planner = Planner(store, plan)
    planner.plan = plan
    for number, app in enumerate(applications, 1):
        planner.application(number, app)
    plan.edit.text = f"Indlæs {file_name}"
    return plan


def import_application(store: Store, path: Path, *, dry_run: bool = False) -> ApplicationImportPlan:
    """Plan the document's import and, unless dry_run, store it in one transaction."""
    plan = plan_application_import(store, path)
    if not dry_run and plan.changes_anything:
        plan.edit.apply(store)
    return plan
