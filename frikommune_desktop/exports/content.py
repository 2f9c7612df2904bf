"""What a round's submission says, gathered from the network file as plain data for writers."""

from __future__ import annotations

from dataclasses import dataclass

from ..dates import long_date
from ..model import (
    SECTION_FIELDS,
    SECTION_TITLES,
    ApprovalStatus,
    Contact,
    Law,
    LegalBasis,
    Municipality,
    Network,
    Participation,
    Round,
    municipality_display_name,
)
from ..store import Store
from ..submission import find_round, round_experiments


@dataclass(frozen=True)
class Person:
    """A contact as a letter names them."""

    name: str
    title: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Participant:
    """One municipality's part in an application."""

    code: str
    name: str
    reservation: str
    approval: ApprovalStatus
    committee: str
    meeting_date: str


@dataclass(frozen=True)
class LegalText:
    """One row of an application's legal-basis table."""

    law: str
    provision: str
    purpose: str
    justification: str
    law_abbreviation: str = ""  # shown where the law's name does not fit its column


@dataclass(frozen=True)
class Application:
    """One experiment as its application shows it."""

    number: int | None
    title: str
    label: str
    date: str
    participants: tuple[Participant, ...]
    subject_contact: Person | None
    coordinator: Person | None
    sections: tuple[tuple[str, str], ...]
    legal_rows: tuple[LegalText, ...]

    @property
    def numbered_label(self) -> str:
        """Return the label with its number, as the cover letter lists it: '1. Ansøgning om …'."""
        return f"{self.number}. {self.label}" if self.number is not None else self.label


@dataclass(frozen=True)
class RoundContent:
    """Everything a round's cover letter, participation table and bundle are made from."""

    network: Network
    round: Round
    date: str
    sender_lines: tuple[str, ...]
    recipient_lines: tuple[str, ...]
    signatory: Person | None
    coordinator: Person | None
    members: tuple[str, ...]
    applications: tuple[Application, ...]
    names: dict[str, str]

    @property
    def has_reservations(self) -> bool:
        """Return whether any participation in the round carries a reservation."""
        return any(p.reservation for a in self.applications for p in a.participants)


def person(contact: Contact | None) -> Person | None:
    """Return a contact as a letter names them (None stays None)."""
    if contact is None:
        return None
    return Person(contact.name, contact.title, contact.organisation, contact.phone, contact.email)


def round_content(store: Store, deadline: str, date: str | None = None) -> RoundContent:
    """Gather a round's submission from the file; `date` (ISO) defaults to the deadline."""
    round_ = find_round(store, deadline)
    network = store.records.network()
    contacts = {c.id: c for c in store.records.all(Contact)}
    names = {m.code: municipality_display_name(m.name) for m in store.records.all(Municipality)}
    all_laws = store.records.all(Law)
    laws = {law.id: law.short_name or law.title for law in all_laws}
    abbreviations = {law.id: law.abbreviation for law in all_laws}
    experiments = round_experiments(store, round_)
    ids = {e.id for e in experiments}
    participants: dict[str, list[Participant]] = {e.id: [] for e in experiments}
    for p in store.records.all(Participation):
        if p.experiment_id in ids:
            participants[p.experiment_id].append(
                Participant(
                    p.municipality,
                    names.get(p.municipality, p.municipality),
                    p.reservation.strip(),
                    p.approval_status,
                    p.approval_committee,
                    p.approval_meeting_date,
                )
            )
    legal: dict[str, list[LegalBasis]] = {e.id: [] for e in experiments}
    for row in store.records.all(LegalBasis):
        if row.experiment_id in ids:
            legal[row.experiment_id].append(row)
    coordinator = person(contacts.get(network.coordinator_id or ""))
    applications = tuple(
        Application(
            number=e.number,
            title=e.title,
            label=e.letter_title or e.title,
            date=long_date(e.application_date or round_.deadline),
            participants=tuple(sorted(participants[e.id], key=lambda p: p.name)),
            subject_contact=person(contacts.get(e.subject_contact_id or "")),
            coordinator=person(contacts.get(e.coordinator_id or "")) or coordinator,
            sections=tuple(
                zip(SECTION_TITLES, (getattr(e, f) for f in SECTION_FIELDS), strict=True)
            ),
            legal_rows=tuple(
                LegalText(
                    laws.get(r.law_id, ""),
                    r.provision,
                    r.purpose,
                    r.justification,
                    abbreviations.get(r.law_id, ""),
                )
                for r in sorted(legal[e.id], key=lambda r: r.position)
            ),
        )
        for e in experiments
    )
    members = tuple(sorted(municipality_display_name(m.name) for m in store.records.members()))
    sender = network.sender_name or names.get(network.lead_municipality or "", "")
    sender_lines = tuple(
        line
        for line in (
            sender,
            *network.sender_address.splitlines(),
            network.sender_email,
            network.sender_phone,
        )
        if line.strip()
    )
    recipient_lines = tuple(
        line
        for line in (network.recipient_name, *network.recipient_address.splitlines())
        if line.strip()
    )
    return RoundContent(
        network=network,
        round=round_,
        date=long_date(date or round_.deadline),
        sender_lines=sender_lines,
        recipient_lines=recipient_lines,
        signatory=person(contacts.get(network.signatory_id or "")),
        coordinator=coordinator,
        members=members,
        applications=applications,
        names=names,
    )
