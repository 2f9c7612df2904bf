"""The municipality spreadsheet's layout: sheets, column headers and the variants accepted."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import ApprovalStatus, ContactRole, RequestKind

YES_NO = ("Ja", "Nej")
APPROVAL_CHOICES = tuple(status.label.capitalize() for status in ApprovalStatus)
ROLE_CHOICES = tuple(role.label.capitalize() for role in ContactRole)
REQUEST_CHOICES = ("Fritagelse", "Ændret regelgrundlag", "Ny hjemmel")
REQUEST_BY_CHOICE = dict(zip(REQUEST_CHOICES, RequestKind, strict=True))


@dataclass(frozen=True)
class Column:
    """One column of a sheet: its key for the importer, its exact header and accepted variants."""

    key: str
    header: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    width: int = 18
    hint: str = ""

    def names(self) -> tuple[str, ...]:
        """Return every header text accepted for this column, normalised."""
        return tuple(normalise_header(name) for name in (self.header, *self.aliases))


@dataclass(frozen=True)
class SheetLayout:
    """One sheet of the spreadsheet: its name, accepted name variants and its columns."""

    name: str
    columns: tuple[Column, ...]
    aliases: tuple[str, ...] = ()

    @property
    def headers(self) -> tuple[str, ...]:
        """Return the exact headers, in template order."""
        return tuple(column.header for column in self.columns)

    def column(self, key: str) -> Column:
        """Return the column with this key."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


MUNICIPALITY = SheetLayout(
    "Kommune",
    (
        Column(
            "code",
            "Kommunekode",
            ("Kommune kode", "Kommunenr", "Kommunenummer", "Kode"),
            width=14,
            hint="Tre cifre, fx 169",
        ),
        Column(
            "name",
            "Kommune",
            ("Kommunenavn", "Navn", "Afsender"),
            width=30,
            hint="Fx Høje-Taastrup Kommune",
        ),
    ),
    aliases=("Kommunen", "Afsender"),
)

CONTACTS = SheetLayout(
    "Kontaktpersoner",
    (
        Column("name", "Navn", ("Kontaktperson", "Fulde navn"), required=True, width=28),
        Column("title", "Titel", ("Stilling", "Stillingsbetegnelse"), width=26),
        Column("role", "Rolle", ("Funktion",), width=24),
        Column("phone", "Telefon", ("Tlf", "Tlf.", "Telefonnummer", "Tlf. nr.", "Mobil"), width=16),
        Column("email", "E-mail", ("Email", "E-mailadresse", "E-mail adresse", "Mail"), width=32),
    ),
    aliases=("Kontakter", "Kontaktperson"),
)

PARTICIPATION = SheetLayout(
    "Deltagelse",
    (
        Column(
            "experiment",
            "Forsøg",
            ("Navn på forsøg", "Forsøgets titel", "Titel på forsøg", "Titel", "Ansøgning"),
            required=True,
            width=48,
        ),
        Column(
            "participates",
            "Deltager (Ja/Nej)",
            ("Deltager", "Deltagelse", "Deltager?", "Deltager ja/nej"),
            width=12,
        ),
        Column("reservation", "Forbehold", ("Forbehold for politisk godkendelse",), width=36),
        Column(
            "committee",
            "Politisk behandling (udvalg)",
            ("Politisk behandling", "Udvalg", "Politisk udvalg"),
            width=30,
        ),
        Column("meeting_date", "Mødedato", ("Dato for møde", "Dato", "Møde dato"), width=16),
        Column(
            "status",
            "Status (Afventer/Godkendt/Afvist)",
            ("Status", "Godkendelse", "Politisk status"),
            width=16,
        ),
    ),
    aliases=("Deltagere", "Deltagelse i forsøg"),
)

LEGAL_BASIS = SheetLayout(
    "Lovgrundlag",
    (
        Column(
            "experiment",
            "Forsøg",
            ("Navn på forsøg", "Forsøgets titel", "Titel på forsøg", "Titel", "Ansøgning"),
            required=True,
            width=40,
        ),
        Column(
            "law", "Lov", ("Lovgivning", "Lovgrundlag", "Regelgrundlag"), required=True, width=28
        ),
        Column(
            "provision", "Bestemmelse", ("§", "Paragraf", "Paragraffer", "Bestemmelser"), width=18
        ),
        Column(
            "purpose",
            "Paragraffens formål",
            ("Formål", "Paragraffens formal", "Bestemmelsens formål"),
            width=40,
        ),
        Column(
            "justification",
            "Begrundelse for fritagelse",
            ("Begrundelse", "Begrundelse for undtagelse"),
            width=40,
        ),
        Column(
            "request",
            "Type (Fritagelse/Ændret regelgrundlag/Ny hjemmel)",
            ("Type", "Art", "Ønske"),
            width=22,
        ),
    ),
    aliases=("Lovhjemler", "Forsøgshjemler", "Lovgivning"),
)

GUIDE_SHEET = "Vejledning"

DATA_SHEETS: tuple[SheetLayout, ...] = (MUNICIPALITY, CONTACTS, PARTICIPATION, LEGAL_BASIS)


def normalise_header(text: object) -> str:
    """Return a header in the form used to compare it: folded case, single spaces, no frills.

    "  E-MAIL:\\n" → "e-mail"; "Deltager  (ja/nej) *" → "deltager (ja/nej)".
    """
    if text is None:
        return ""
    value = re.sub(r"\s+", " ", str(text)).strip().casefold()
    return value.rstrip(":*. ").strip()
