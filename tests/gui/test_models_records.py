"""Record tables: contacts, municipalities (membership ticks as a signal) and rounds."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from frikommune_desktop.gui.models.base import RowFilterProxy
from frikommune_desktop.gui.models.records import (
    CONTACT_NAME,
    MUNICIPALITY_MEMBER,
    MUNICIPALITY_NAME,
    ROUND_DAYS_LEFT,
    ContactTableModel,
    MunicipalityTableModel,
    RoundTableModel,
    days_left_text,
    status_summary,
)
from frikommune_desktop.gui.roles import FILTER_ROLE, ID_ROLE, ROW_ROLE
from frikommune_desktop.model import Contact, ExperimentStatus, Municipality
from frikommune_desktop.queries import views as queries

CHECK = Qt.ItemDataRole.CheckStateRole


def row_texts(model, row: int) -> list[str]:
    """Return the display texts of one row, left to right."""
    return [model.index(row, column).data() for column in range(model.columnCount())]


@pytest.fixture
def contacts(demo_store) -> ContactTableModel:
    """The demo contacts with municipality names."""
    names = {m.code: m.name for m in demo_store.records.all(Municipality)}
    model = ContactTableModel()
    model.set_rows(demo_store.records.all(Contact), names)
    return model


@pytest.fixture
def municipalities(demo_store) -> MunicipalityTableModel:
    """The 98 municipalities of the demo file."""
    model = MunicipalityTableModel()
    model.set_rows(demo_store.records.all(Municipality))
    return model


@pytest.fixture
def rounds(demo_store) -> RoundTableModel:
    """The demo rounds seen on 19 November 2016, twelve days before the first deadline."""
    model = RoundTableModel()
    model.set_rows(queries.round_rows(demo_store, today=dt.date(2016, 11, 19)))
    return model


def test_models_pass_qt_model_checks(qtmodeltester, contacts, municipalities, rounds) -> None:
    """The three record tables keep Qt's item-model invariants."""
    for model in (contacts, municipalities, rounds):
        qtmodeltester.check(model)


def test_contact_row_shows_municipality_name_and_role_label(contacts) -> None:
    """A contact shows its municipality by name and its role by its translated label."""
    names = [contacts.index(r, CONTACT_NAME).data() for r in range(contacts.rowCount())]
    at = names.index("Mads Gädda")
    assert row_texts(contacts, at) == [
        "Mads Gädda",
        "",
        "Aarhus",
        "Aarhus Kommune",
        "subject contact",
        "87 13 41 37",
        "madga@aarhus.dk",
    ]
    contact = contacts.index(at, 0).data(ROW_ROLE)
    assert contacts.index(at, 0).data(ID_ROLE) == contact.id
    assert "aarhus" in contacts.index(at, 0).data(FILTER_ROLE)


def test_contact_without_known_municipality_shows_code_or_nothing(qapp) -> None:
    """An unknown municipality code is shown as the code, no municipality as empty text."""
    model = ContactTableModel()
    model.set_rows([Contact(name="A", municipality="999"), Contact(name="B")], {"101": "Kbh"})
    assert [model.index(r, 2).data() for r in range(2)] == ["999", ""]


def test_contacts_sort_by_name_through_a_proxy(contacts) -> None:
    """Contacts sort by name, Danish-style, through the generic row proxy."""
    proxy = RowFilterProxy()
    proxy.setSourceModel(contacts)
    proxy.sort(CONTACT_NAME, Qt.SortOrder.DescendingOrder)
    names = [proxy.index(r, CONTACT_NAME).data() for r in range(proxy.rowCount())]
    assert names[0] == "Torben Rugholm" and names == sorted(names, key=str.casefold, reverse=True)
    proxy.set_text("gädda")
    assert proxy.rowCount() == 1


def test_member_column_is_a_checkbox(municipalities) -> None:
    """Only the member column is user-checkable; it is ticked for members only."""
    assert municipalities.rowCount() == 98
    names = [municipalities.index(r, MUNICIPALITY_NAME).data() for r in range(98)]
    kobenhavn, frederiksberg = names.index("København"), names.index("Frederiksberg")
    member = municipalities.index(kobenhavn, MUNICIPALITY_MEMBER)
    assert member.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not municipalities.index(kobenhavn, MUNICIPALITY_NAME).flags() & (
        Qt.ItemFlag.ItemIsUserCheckable
    )
    assert member.data(CHECK) == Qt.CheckState.Checked
    assert municipalities.index(frederiksberg, MUNICIPALITY_MEMBER).data(CHECK) == (
        Qt.CheckState.Unchecked
    )
    assert row_texts(municipalities, kobenhavn)[:3] == ["101", "København", "Hovedstaden"]


def test_ticking_member_emits_signal_and_writes_nothing(qtbot, municipalities, demo_store) -> None:
    """setData on the member box emits memberToggled(code, member) and changes no data."""
    codes = [municipalities.index(r, 0).data() for r in range(98)]
    index = municipalities.index(codes.index("147"), MUNICIPALITY_MEMBER)
    with qtbot.waitSignal(municipalities.memberToggled, timeout=1000) as blocker:
        assert municipalities.setData(index, Qt.CheckState.Checked.value, CHECK)
    assert blocker.args == ["147", True]
    with qtbot.waitSignal(municipalities.memberToggled, timeout=1000) as blocker:
        assert municipalities.setData(
            municipalities.index(codes.index("101"), MUNICIPALITY_MEMBER),
            Qt.CheckState.Unchecked,
            CHECK,
        )
    assert blocker.args == ["101", False]
    assert index.data(CHECK) == Qt.CheckState.Unchecked
    assert not demo_store.records.municipality("147").member
    assert demo_store.records.municipality("101").member
    with qtbot.assertNotEmitted(municipalities.memberToggled):
        assert not municipalities.setData(municipalities.index(0, MUNICIPALITY_NAME), "X", CHECK)


def test_round_row_shows_date_days_left_count_and_statuses(danish, rounds) -> None:
    """A round shows its Danish deadline, 'om 12 dage', its experiment count and statuses."""
    assert row_texts(rounds, 0) == [
        "01-12-2016",
        "1. ansøgningsrunde",
        "om 12 dage",
        "5",
        "5 indsendt",
    ]
    days = (dt.date(2017, 5, 1) - dt.date(2016, 11, 19)).days
    assert row_texts(rounds, 1) == ["01-05-2017", "2. ansøgningsrunde", f"om {days} dage", "0", ""]
    proxy = RowFilterProxy()
    proxy.setSourceModel(rounds)
    proxy.sort(ROUND_DAYS_LEFT, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "01-11-2017"


def test_days_left_and_status_summary_texts_in_danish(danish) -> None:
    """Days left read 'i dag', 'om 1 dag', 'for 3 dage siden'; statuses in workflow order."""
    assert [days_left_text(d) for d in (0, 1, 12, -1, -3)] == [
        "i dag",
        "om 1 dag",
        "om 12 dage",
        "for 1 dag siden",
        "for 3 dage siden",
    ]
    counts = {ExperimentStatus.SUBMITTED: 5, ExperimentStatus.DRAFT: 1}
    assert status_summary(counts) == "1 udkast, 5 indsendt"
    assert status_summary({}) == ""


def test_days_left_and_status_summary_fall_back_to_english(qapp) -> None:
    """Without a translator: 'today', 'in 1 day', 'in 12 days', '1 day ago', '3 days ago'."""
    assert [days_left_text(d) for d in (0, 1, 12, -1, -3)] == [
        "today",
        "in 1 day",
        "in 12 days",
        "1 day ago",
        "3 days ago",
    ]
    counts = {ExperimentStatus.SUBMITTED: 5, ExperimentStatus.DRAFT: 1}
    assert status_summary(counts) == "1 draft, 5 submitted"
