"""The words of the cover letter, the participation table and the orientation letter.

Writers (PDF, Word, Excel) lay these out; none of them decides what a letter says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..dates import long_date
from ..submission import ParticipationChange
from .content import Application, Person, RoundContent

#: Where in the stored introduction the generated list of applications goes.
APPLICATIONS_PLACEHOLDER = "[ansøgninger]"
GREETING = "Med venlig hilsen"
TABLE_INTRO = "Nedenstående tabel viser hvilke kommuner, der er med i hvilke ansøgninger:"
DEFAULT_RESERVATION = (
    "Alle ansøgninger indsendes med forbehold for efterfølgende politisk godkendelse af såvel "
    "deltagelse i forsøget som af konkrete projekter under en forsøgshjemmel."
)
DEFAULT_CLOSING = (
    "Vi ser frem til at høre nærmere, og håber at vi får lov til at sætte de ønskede forsøg i gang."
)
_NUMBER_WORDS = ("nul", "én", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti")


@dataclass(frozen=True)
class LetterTable:
    """A two-column table in a letter, with the notes under it."""

    headers: tuple[str, str]
    rows: tuple[tuple[str, str], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Letter:
    """A letter's parts, top to bottom, as plain text."""

    title: str
    author: str
    sender: tuple[str, ...]
    references: tuple[tuple[str, str], ...]
    recipient: tuple[str, ...]
    date: str
    subject: str
    paragraphs: tuple[str, ...]
    table_intro: str
    table: LetterTable | None
    after_table: tuple[str, ...]
    signature: tuple[str, ...]
    greeting: str = GREETING


@dataclass(frozen=True)
class ParticipationTable:
    """Applications × member municipalities: one mark per cell, reservations as footnotes."""

    title: str
    municipalities: tuple[str, ...]
    rows: tuple[tuple[str, tuple[str, ...]], ...]
    notes: tuple[str, ...]
    details: tuple[tuple[str, str, str, str, str, str], ...]


def count_word(number: int) -> str:
    """Return a small number as a Danish word ('fem'), larger ones as digits."""
    return _NUMBER_WORDS[number] if 0 <= number < len(_NUMBER_WORDS) else str(number)


def join_danish(items: list[str] | tuple[str, ...], last: str = "og") -> str:
    """Join names the Danish way: 'A, B og C'."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {last} {items[-1]}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def applications_sentence(applications: tuple[Application, ...]) -> str:
    """Return the sentence naming the round's applications, as the real letters do."""
    if len(applications) == 1:
        return f"Forsøget er beskrevet i én ansøgning: {_lower_first(applications[0].label)}."
    listed = [
        f"{a.number}. {_lower_first(a.label)}" if a.number is not None else _lower_first(a.label)
        for a in applications
    ]
    return (
        f"Forsøgene er samlet i {count_word(len(applications))} ansøgninger: "
        f"{join_danish(listed, 'samt')}."
    )


def default_subject(content: RoundContent) -> str:
    """Return the subject line used when the file stores none."""
    count = len(content.applications)
    noun = "ansøgning" if count == 1 else "ansøgninger"
    return (
        f"{count} {noun} om konkrete frikommuneforsøg fra frikommunenetværket "
        f"“{content.network.name}”"
    )


def contact_sentence(contact: Person) -> str:
    """Return the sentence naming the network's contact person, with e-mail and phone."""
    reach = ", ".join(
        part
        for part in (
            f"mail: {contact.email}" if contact.email else "",
            f"tlf. {contact.phone}" if contact.phone else "",
        )
        if part
    )
    reach = f" ({reach})" if reach else ""
    if contact.title and contact.organisation:
        who = f"{contact.title} i {contact.organisation} {contact.name}{reach}"
    elif contact.organisation:
        who = f"{contact.name}, {contact.organisation}{reach},"
    else:
        who = f"{contact.name}{reach}"
    return f"{who} vil stå til rådighed som kontaktperson på vegne af frikommunenetværket."


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]


def _signature(content: RoundContent) -> tuple[str, ...]:
    signer = content.signatory
    if signer is None:
        return ("På vegne af frikommunenetværket", content.network.name)
    return tuple(
        line
        for line in (signer.name, signer.title, signer.organisation or content.network.sender_name)
        if line
    )


def _references(content: RoundContent) -> tuple[tuple[str, str], ...]:
    network = content.network
    pairs = (("Sagsnr.", network.case_number), ("Dokumentnr.", network.document_number))
    return tuple((label, value) for label, value in pairs if value.strip())


def participants_text(application: Application) -> str:
    """Return an application's municipalities as the cover letter's table names them."""
    return join_danish([p.name for p in application.participants]) or "Ingen endnu"


def cover_letter(content: RoundContent) -> Letter:
    """Return the round's cover letter (følgebrev) from the file's texts and its data."""
    network = content.network
    intro = _paragraphs(network.letter_intro) or [
        f"Frikommunenetværket {network.name} ansøger hermed om mulighed for at gennemføre en "
        "række konkrete frikommuneforsøg."
    ]
    sentence = applications_sentence(content.applications)
    if any(APPLICATIONS_PLACEHOLDER in p for p in intro):
        body = [p.replace(APPLICATIONS_PLACEHOLDER, sentence) for p in intro]
    else:
        body = [*intro, sentence]
    if content.has_reservations:
        body += _paragraphs(network.letter_reservation) or [DEFAULT_RESERVATION]
    after = [contact_sentence(content.coordinator)] if content.coordinator else []
    after += _paragraphs(network.letter_closing) or [DEFAULT_CLOSING]
    table = LetterTable(
        ("Ansøgninger om forsøg", "Deltagerkommuner"),
        tuple((a.numbered_label, participants_text(a)) for a in content.applications),
    )
    subject = network.letter_subject.strip() or default_subject(content)
    return Letter(
        title=f"Følgebrev {content.date}: {subject}",
        author=_author(content),
        sender=content.sender_lines,
        references=_references(content),
        recipient=content.recipient_lines,
        date=content.date,
        subject=subject,
        paragraphs=tuple(body),
        table_intro=TABLE_INTRO,
        table=table,
        after_table=tuple(after),
        signature=_signature(content),
    )


def _author(content: RoundContent) -> str:
    return content.network.sender_name or f"Frikommunenetværket {content.network.name}"


def participation_table(content: RoundContent) -> ParticipationTable:
    """Return the round's participation table: a mark per taking part, reservations as notes."""
    notes: list[str] = []
    rows = []
    details = []
    for application in content.applications:
        by_name = {p.name: p for p in application.participants}
        marks = []
        for municipality in content.members:
            p = by_name.get(municipality)
            if p is None:
                marks.append("")
                continue
            mark = f"Ja, {p.approval.label}"
            if p.reservation:
                if p.reservation not in notes:
                    notes.append(p.reservation)
                mark += f" ({notes.index(p.reservation) + 1})"
            marks.append(mark)
            meeting = long_date(p.meeting_date) if p.meeting_date else ""
            details.append(
                (
                    application.numbered_label,
                    p.name,
                    p.reservation,
                    p.committee,
                    meeting,
                    p.approval.label,
                )
            )
        rows.append((application.numbered_label, tuple(marks)))
    return ParticipationTable(
        title=f"Deltagertabel, ansøgningsrunden {long_date(content.round.deadline)}",
        municipalities=content.members,
        rows=tuple(rows),
        notes=tuple(f"({n}) {text}" for n, text in enumerate(notes, start=1)),
        details=tuple(details),
    )


def orientation_letter(
    content: RoundContent, changes: list[ParticipationChange], today: dt.date | None = None
) -> Letter:
    """Return the letter telling the ministry which municipalities joined (or left) since."""
    network = content.network
    names = content.names
    sent = content.round.submitted_at[:10] or content.round.deadline
    body = [
        f"Frikommunenetværket {network.name} indsendte den {long_date(sent)} ansøgninger om "
        "konkrete frikommuneforsøg. Efter vejledningen orienteres Social- og "
        "Indenrigsministeriet, når et forsøg ønskes udbredt til flere af netværkets kommuner "
        "end dem, der er angivet i ansøgningsskemaet.",
        "Netværket orienterer hermed om følgende ændringer i deltagelsen:",
    ]
    rows = []
    for change in changes:
        label = f"{change.number}. {change.title}" if change.number is not None else change.title
        parts = []
        if change.added:
            parts.append(f"Nye deltagere: {join_danish([names.get(c, c) for c in change.added])}")
        if change.removed:
            gone = join_danish([names.get(c, c) for c in change.removed])
            parts.append(f"Deltager ikke længere: {gone}")
        rows.append((label, ". ".join(parts)))
    after = [contact_sentence(content.coordinator)] if content.coordinator else []
    subject = f"Orientering om ændret deltagelse i frikommuneforsøg fra {network.name}"
    date = long_date(today or dt.date.today())
    return Letter(
        title=f"Orientering {date}: {subject}",
        author=_author(content),
        sender=content.sender_lines,
        references=_references(content),
        recipient=content.recipient_lines,
        date=date,
        subject=subject,
        paragraphs=tuple(body),
        table_intro="",
        table=LetterTable(("Ansøgning om forsøg", "Ændring i deltagelse"), tuple(rows)),
        after_table=tuple(after),
        signature=_signature(content),
    )
