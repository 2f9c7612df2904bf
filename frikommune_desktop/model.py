"""The domain model of one network file: records, their vocabularies and display forms."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, ClassVar, Self, TypeVar

from .dates import checked_date
from .errors import InvalidValueError
from .invisible import without_invisible

META_FIELDS = ("id", "created_at", "modified_at", "modified_by")


class LabelledEnum(StrEnum):
    """A vocabulary stored by its English code and shown by its Danish label."""

    @property
    def label(self) -> str:
        """Return the Danish word a coordinator sees."""
        return self._labels()[self.value]

    @classmethod
    def _labels(cls) -> dict[str, str]:
        raise NotImplementedError

    @classmethod
    def parse(cls, value: str, what: str) -> Self:
        """Return the member for a code or a Danish label, or raise a clear error."""
        text = value.strip().lower()
        for member in cls:
            if text in (member.value, member.label.lower()):
                return member
        known = ", ".join(member.label for member in cls)
        raise InvalidValueError(f"Ukendt {what} '{value}'. Forventet en af: {known}.")


class ExperimentStatus(LabelledEnum):
    """Where an experiment (forsøg) stands with the ministry."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    GRANTED = "granted"
    REFUSED = "refused"
    AUTHORITY_ADOPTED = "authority_adopted"
    RUNNING = "running"
    COMPLETED = "completed"
    WITHDRAWN = "withdrawn"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "draft": "udkast",
            "submitted": "indsendt",
            "granted": "imødekommet",
            "refused": "afslået",
            "authority_adopted": "hjemmel vedtaget",
            "running": "i gang",
            "completed": "afsluttet",
            "withdrawn": "trukket tilbage",
        }


class ApprovalStatus(LabelledEnum):
    """A committee's decision on one municipality's participation."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {"pending": "afventer", "approved": "godkendt", "rejected": "afvist"}


class RequestKind(LabelledEnum):
    """What an experiment asks of a provision."""

    EXEMPTION = "exemption"
    AMENDED_BASIS = "amended_basis"
    NEW_AUTHORITY = "new_authority"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "exemption": "fritagelse/undtagelse",
            "amended_basis": "ændret regelgrundlag",
            "new_authority": "ny hjemmel",
        }


class ContactRole(LabelledEnum):
    """The part a person plays for the network."""

    SUBJECT_CONTACT = "subject_contact"
    COORDINATOR = "coordinator"
    SIGNATORY = "signatory"
    OTHER = "other"

    @classmethod
    def _labels(cls) -> dict[str, str]:
        return {
            "subject_contact": "faglig kontaktperson",
            "coordinator": "netværkskoordinator",
            "signatory": "underskriver",
            "other": "anden",
        }


#: Danish names of record fields, for reports of what changes (import preview, merge).
FIELD_LABELS = {
    "name": "navn",
    "title": "titel",
    "role": "rolle",
    "phone": "telefon",
    "email": "e-mail",
    "municipality": "kommune",
    "reservation": "forbehold",
    "approval_committee": "politisk behandling",
    "approval_meeting_date": "mødedato",
    "approval_status": "status",
    "purpose": "formål",
    "justification": "begrundelse",
    "request": "type",
    "goals": "mål",
    "description": "beskrivelse",
    "legal_needs": "behov for forsøgshjemler",
    "realisation": "realisering",
    "evaluation": "evaluering",
    "status": "status",
    "round_id": "ansøgningsrunde",
    "letter_title": "titel i følgebrevet",
    "heading": "overskrift",
    "number": "nummer",
    "member": "medlem",
    "paragraph": "paragraf",
    "organisation": "organisation",
}


_SPECIAL_NAMES = {"København": "Københavns Kommune", "Bornholm": "Bornholms Regionskommune"}


def municipality_display_name(name: str) -> str:
    """Return a municipality's full name: 'Roskilde' → 'Roskilde Kommune'."""
    return _SPECIAL_NAMES.get(name, f"{name} Kommune")


def format_provision(paragraph: str, letter: str = "", stk: str = "", nr: str = "") -> str:
    """Return the display form of a provision: '§ 140 a, stk. 2, nr. 1' ('' without a §).

    Regulations numbered by section (bygningsreglementet's '3.2.2') are shown without '§'. A
    range of paragraphs is one provision with both ends in `paragraph` ('12-14', '15-21 c',
    '69 j-o'), shown '§§ 12-14'; a range of stk. or nr. sits in its part ('§ 2, nr. 5-7').
    """
    if not paragraph:
        return ""
    sign = "§§" if "-" in paragraph else "§"
    text = paragraph if "." in paragraph else f"{sign} {paragraph}"
    if letter:
        text += f" {letter}"
    if stk:
        text += f", stk. {stk}"
    if nr:
        text += f", nr. {nr}"
    return text


@dataclass(kw_only=True)
class Record:
    """Fields every row carries: a stable UUID, timestamps and who changed it last."""

    TABLE: ClassVar[str]
    id: str = ""
    created_at: str = ""
    modified_at: str = ""
    modified_by: str = ""

    def __post_init__(self) -> None:
        """Coerce vocabulary fields to their enums so bad codes fail early and clearly."""
        for name in _enum_columns(type(self)):
            kind = _ENUM_FIELDS[name]
            value = getattr(self, name)
            if not isinstance(value, kind):
                try:
                    setattr(self, name, kind(value))  # a stored code: the common, fast case
                except ValueError:
                    setattr(self, name, kind.parse(str(value), name))

    @classmethod
    def columns(cls) -> tuple[str, ...]:
        """Return the record's column names, meta columns first."""
        return _columns(cls)

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Self:
        """Build a record from a database row, ignoring columns the record does not know."""
        known = set(cls.columns())
        return cls(**{key: value for key, value in row.items() if key in known})

    def to_row(self) -> dict[str, Any]:
        """Return the record as a database row (enums as codes, bools as ints), its texts without
        invisible and direction-changing characters: every record the store writes passes here."""
        values = self.__dict__
        row = {name: values[name] for name in _columns(type(self))}
        for name, value in row.items():
            if isinstance(value, str):
                row[name] = without_invisible(value)
        for name in _converted_columns(type(self)):
            value = row[name]
            if isinstance(value, bool):
                row[name] = int(value)
            elif isinstance(value, StrEnum):
                row[name] = value.value
        return row


@dataclass(kw_only=True)
class Network(Record):
    """The network itself: theme, lead municipality and the letter details."""

    TABLE: ClassVar[str] = "network"
    name: str
    theme: str = ""
    lead_municipality: str | None = None
    coordinator_id: str | None = None
    signatory_id: str | None = None
    sender_name: str = ""
    sender_address: str = ""
    sender_email: str = ""
    sender_phone: str = ""
    case_number: str = ""
    document_number: str = ""
    recipient_name: str = "Social- og Indenrigsministeriet"
    recipient_address: str = ""
    letter_subject: str = ""
    letter_intro: str = ""
    letter_reservation: str = ""
    letter_closing: str = ""


@dataclass(kw_only=True)
class Municipality(Record):
    """One of the 98 municipalities, and whether it belongs to the network."""

    TABLE: ClassVar[str] = "municipalities"
    code: str
    name: str
    region: str
    member: bool = False

    def __post_init__(self) -> None:
        """Store membership as a real bool whatever the row gave."""
        super().__post_init__()
        self.member = bool(self.member)


@dataclass(kw_only=True)
class Contact(Record):
    """A person in the file."""

    TABLE: ClassVar[str] = "contacts"
    name: str
    title: str = ""
    municipality: str | None = None
    organisation: str = ""
    role: ContactRole = ContactRole.OTHER
    phone: str = ""
    email: str = ""


@dataclass(kw_only=True)
class Round(Record):
    """A submission round (ansøgningsrunde), known by its deadline."""

    TABLE: ClassVar[str] = "rounds"
    deadline: str
    name: str = ""
    notes: str = ""
    submitted_at: str = ""

    def __post_init__(self) -> None:
        """Store the deadline as ISO, read from any Danish form; refuse one that is no date."""
        super().__post_init__()
        self.deadline = checked_date(self.deadline, "ansøgningsrunde")
        if not self.deadline:
            raise InvalidValueError("En ansøgningsrunde skal have en dato.")


@dataclass(kw_only=True)
class Experiment(Record):
    """A concrete experiment (forsøg): the ministry template's header and five sections."""

    TABLE: ClassVar[str] = "experiments"
    title: str
    number: int | None = None
    letter_title: str = ""
    heading: str = ""
    round_id: str | None = None
    status: ExperimentStatus = ExperimentStatus.DRAFT
    application_date: str = ""
    subject_contact_id: str | None = None
    coordinator_id: str | None = None
    parent_id: str | None = None
    description: str = ""
    goals: str = ""
    legal_needs: str = ""
    realisation: str = ""
    evaluation: str = ""

    def __post_init__(self) -> None:
        """Store the application date as ISO (any Danish form read); refuse a non-date."""
        super().__post_init__()
        self.application_date = checked_date(self.application_date, "ansøgningsdato")


SECTION_FIELDS = ("description", "goals", "legal_needs", "realisation", "evaluation")
SECTION_TITLES = (
    "1. Beskrivelse af forsøget",
    "2. Mål og forventede resultater",
    "3. Konkrete behov for forsøgshjemler, undtagelser fra gældende lovgivning mv.",
    "4. Hvordan realiseres de forventede resultater",
    "5. Evaluering",
)


@dataclass(kw_only=True)
class Participation(Record):
    """One municipality's part in one experiment, its reservation and political approval."""

    TABLE: ClassVar[str] = "participations"
    experiment_id: str
    municipality: str
    reservation: str = ""
    approval_committee: str = ""
    approval_meeting_date: str = ""
    approval_status: ApprovalStatus = ApprovalStatus.PENDING

    def __post_init__(self) -> None:
        """Store the meeting date as ISO (any Danish form read); refuse a non-date."""
        super().__post_init__()
        self.approval_meeting_date = checked_date(self.approval_meeting_date, "mødedato")


@dataclass(kw_only=True)
class Law(Record):
    """A law, executive order or other legal basis from the catalog (or added by hand)."""

    TABLE: ClassVar[str] = "laws"
    key: str
    title: str
    short_name: str = ""
    abbreviation: str = ""
    kind: str = "lov"


@dataclass(kw_only=True)
class LegalBasis(Record):
    """One row of the legal-basis matrix: experiment × law × provision."""

    TABLE: ClassVar[str] = "legal_bases"
    experiment_id: str
    law_id: str
    paragraph: str = ""
    letter: str = ""
    stk: str = ""
    nr: str = ""
    purpose: str = ""
    justification: str = ""
    request: RequestKind = RequestKind.EXEMPTION
    position: int = 0

    @property
    def provision(self) -> str:
        """Return the provision's display form, e.g. '§ 140 a, stk. 2'."""
        return format_provision(self.paragraph, self.letter, self.stk, self.nr)


_ENUM_FIELDS: dict[str, type[LabelledEnum]] = {
    "status": ExperimentStatus,
    "approval_status": ApprovalStatus,
    "request": RequestKind,
    "role": ContactRole,
}

_T = TypeVar("_T")


def _cached(func: Callable[[type[Record]], _T]) -> Callable[[type[Record]], _T]:
    """Cache a function of a record type: functools.cache, typed so mypy accepts the calls."""
    # mypy takes a type[...] value for unhashable (python/mypy#11470), so it refuses the wrapper
    return functools.cache(func)  # type: ignore[return-value]


@_cached
def _columns(kind: type[Record]) -> tuple[str, ...]:
    """Return a record type's field names (cached: they never change)."""
    return tuple(f.name for f in dataclasses.fields(kind))


@_cached
def _converted_columns(kind: type[Record]) -> tuple[str, ...]:
    """Return the fields whose values are stored converted: vocabularies and yes/no fields."""
    return tuple(
        f.name for f in dataclasses.fields(kind) if f.name in _ENUM_FIELDS or "bool" in str(f.type)
    )


@_cached
def _enum_columns(kind: type[Record]) -> tuple[str, ...]:
    """Return a record type's vocabulary fields (cached)."""
    return tuple(name for name in _columns(kind) if name in _ENUM_FIELDS)


RECORD_TYPES: tuple[type[Record], ...] = (
    Network,
    Municipality,
    Contact,
    Round,
    Experiment,
    Participation,
    Law,
    LegalBasis,
)
