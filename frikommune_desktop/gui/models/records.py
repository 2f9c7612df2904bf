"""Tables of plain records: contacts, municipalities (with membership) and submission rounds."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from ...dates import long_date, short_date
from ...model import Contact, ExperimentStatus, Municipality
from ...queries.views import RoundRow, fold
from ..vocabulary import label
from .base import DISPLAY, Column, Index, RowTableModel, empty_last, sort_text

CONTACT_NAME = 0
CONTACT_TITLE = 1
CONTACT_MUNICIPALITY = 2
CONTACT_ORGANISATION = 3
CONTACT_ROLE = 4
CONTACT_PHONE = 5
CONTACT_EMAIL = 6

MUNICIPALITY_CODE = 0
MUNICIPALITY_NAME = 1
MUNICIPALITY_REGION = 2
MUNICIPALITY_MEMBER = 3

ROUND_DEADLINE = 0
ROUND_NAME = 1
ROUND_DAYS_LEFT = 2
ROUND_EXPERIMENTS = 3
ROUND_STATUSES = 4


def days_left_text(days: int) -> str:
    """Return days until a deadline, translated: 'in 12 days', 'today', '3 days ago'."""
    translate = QCoreApplication.translate
    if days == 0:
        return translate("RoundTableModel", "today")
    if days == 1:
        return translate("RoundTableModel", "in 1 day")
    if days == -1:
        return translate("RoundTableModel", "1 day ago")
    if days > 0:
        return translate("RoundTableModel", "in {0} days").format(days)
    return translate("RoundTableModel", "{0} days ago").format(-days)


def status_summary(counts: dict[ExperimentStatus, int]) -> str:
    """Return how many experiments a round holds per status: '5 submitted, 1 draft'."""
    return ", ".join(
        f"{counts[status]} {label(status)}" for status in ExperimentStatus if counts.get(status)
    )


class ContactTableModel(RowTableModel):
    """The people in the file; feed it contacts and the names of the municipalities."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_rows(
        self, rows: Sequence[Contact], municipality_names: dict[str, str] | None = None
    ) -> None:
        """Replace the contacts; municipality codes are shown by the names given."""
        if municipality_names is not None:
            self._names = dict(municipality_names)
        super().set_rows(rows)

    def municipality_name(self, contact: Contact) -> str:
        """Return the name of a contact's municipality ('' for none, the code if unknown)."""
        code = contact.municipality or ""
        return self._names.get(code, code)

    def columns(self) -> list[Column]:
        """Return name, title, municipality, organisation, role, phone and e-mail."""
        translate = QCoreApplication.translate
        return [
            Column(translate("ContactTableModel", "Name"), lambda c: c.name),
            Column(
                translate("ContactTableModel", "Title"),
                lambda c: c.title,
                lambda c: empty_last(c.title),
            ),
            Column(
                translate("ContactTableModel", "Municipality"),
                self.municipality_name,
                lambda c: empty_last(self.municipality_name(c)),
            ),
            Column(
                translate("ContactTableModel", "Organisation"),
                lambda c: c.organisation,
                lambda c: empty_last(c.organisation),
            ),
            Column(translate("ContactTableModel", "Role"), lambda c: label(c.role)),
            Column(
                translate("ContactTableModel", "Phone"),
                lambda c: c.phone,
                lambda c: empty_last(c.phone.replace(" ", "")),
            ),
            Column(
                translate("ContactTableModel", "E-mail"),
                lambda c: c.email,
                lambda c: empty_last(c.email),
            ),
        ]


class MunicipalityTableModel(RowTableModel):
    """The 98 municipalities; ticking 'member' asks for an edit through `memberToggled`."""

    #: (code, member): the user ticked or unticked membership; nothing is written here.
    memberToggled = Signal(str, bool)

    def columns(self) -> list[Column]:
        """Return code, name, region and a checkable member column."""
        translate = QCoreApplication.translate
        return [
            Column(translate("MunicipalityTableModel", "Code"), lambda m: m.code, lambda m: m.code),
            Column(translate("MunicipalityTableModel", "Name"), lambda m: m.name),
            Column(translate("MunicipalityTableModel", "Region"), lambda m: m.region),
            Column(
                translate("MunicipalityTableModel", "Member"),
                lambda m: "",
                lambda m: (not m.member, sort_text(m.name)),
                checked=lambda m: m.member,
            ),
        ]

    def filter_text(self, row: Municipality) -> str:
        """Return the folded code, name and region."""
        return fold(f"{row.code} {row.name} {row.region}")

    def setData(self, index: Index, value: Any, role: int = DISPLAY) -> bool:
        """Emit memberToggled for a tick in the member column and change nothing itself."""
        if (
            not index.isValid()
            or index.column() != MUNICIPALITY_MEMBER
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.memberToggled.emit(self.row_at(index.row()).code, checked)
        return True


class RoundTableModel(RowTableModel):
    """The submission rounds with days left and what they hold; feed it `round_rows`."""

    def columns(self) -> list[Column]:
        """Return deadline, name, days left, number of experiments and statuses."""
        translate = QCoreApplication.translate
        right = Qt.AlignmentFlag.AlignRight
        return [
            Column(
                translate("RoundTableModel", "Deadline"),
                lambda r: short_date(r.deadline),
                lambda r: r.deadline,
            ),
            Column(
                translate("RoundTableModel", "Name"),
                lambda r: r.name,
                lambda r: (empty_last(r.name), r.deadline),
            ),
            Column(
                translate("RoundTableModel", "Days left"),
                lambda r: days_left_text(r.days_left),
                lambda r: r.days_left,
                align=right,
            ),
            Column(
                translate("RoundTableModel", "Experiments"),
                lambda r: str(len(r.experiment_titles)),
                lambda r: (len(r.experiment_titles), r.deadline),
                align=right,
                tooltip=lambda r: "\n".join(r.experiment_titles),
            ),
            Column(
                translate("RoundTableModel", "Statuses"),
                lambda r: status_summary(r.status_counts),
                lambda r: (empty_last(status_summary(r.status_counts)), r.deadline),
            ),
        ]

    def filter_text(self, row: RoundRow) -> str:
        """Return the folded deadline (Danish and ISO), name and experiment titles."""
        titles = " ".join(row.experiment_titles)
        deadline = f"{short_date(row.deadline)} {long_date(row.deadline)} {row.deadline}"
        return fold(f"{deadline} {row.name} {titles}")
