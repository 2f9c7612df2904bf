"""The legal-basis table, its filter proxy and the law → provision → experiment tree."""

from __future__ import annotations

import dataclasses
import itertools
import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from frikommune_desktop.gui.models.base import RowFilterProxy, numbered
from frikommune_desktop.gui.models.legal import (
    COL_EXPERIMENT,
    COL_JUSTIFICATION,
    COL_LAW,
    COL_PROVISION,
    COL_PURPOSE,
    COL_REQUEST,
    LawGroupModel,
    LegalFilterProxy,
    LegalTableModel,
    provision_key,
)
from frikommune_desktop.gui.roles import FILTER_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE
from frikommune_desktop.model import RequestKind
from frikommune_desktop.queries import views as queries

TITLE_1 = "Afprøvning af midlertidige huslejetilskud"


def texts(model, column: int) -> list[str]:
    """Return the display texts of one column, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def distinct(values: list[str]) -> list[str]:
    """Return the values with consecutive repeats collapsed."""
    return [value for value, _ in itertools.groupby(values)]


def make(rows: list[queries.LegalRow]) -> tuple[LegalTableModel, LegalFilterProxy]:
    """Return a model fed with rows and a proxy over it."""
    model = LegalTableModel()
    model.set_rows(rows)
    proxy = LegalFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


def row(number: int = 1, **changes) -> queries.LegalRow:
    """Return a hand-made legal-basis row."""
    base = queries.LegalRow(
        id=f"r{random.random()}",
        experiment_id=f"e{number}",
        experiment_number=number,
        experiment_title=f"Forsøg {number}",
        law_key="serviceloven",
        law_abbreviation="SEL",
        law_title="Lov om social service",
        provision="§ 1",
        purpose="",
        justification="",
        request=RequestKind.EXEMPTION,
        position=0,
    )
    return dataclasses.replace(base, **changes)


@pytest.fixture
def rows(demo_store) -> list[queries.LegalRow]:
    """The demo network's legal-basis rows."""
    return queries.legal_rows(demo_store)


def test_models_pass_qt_model_checks(qtmodeltester, rows) -> None:
    """The legal table, its proxy and the law tree keep Qt's item-model invariants."""
    model, proxy = make(rows)
    qtmodeltester.check(model)
    proxy.sort(COL_PROVISION)
    proxy.set_law("almenboligloven")
    qtmodeltester.check(proxy)
    tree = LawGroupModel()
    tree.set_rows(rows)
    qtmodeltester.check(tree)


def test_known_demo_row_shows_law_abbreviation_with_title_tooltip(rows) -> None:
    """The SEL row of experiment 1 shows its columns; the law's title is the tooltip."""
    model, _ = make(rows)
    (at,) = [r for r in range(model.rowCount()) if model.index(r, COL_LAW).data() == "SEL"]
    shown = [model.index(at, column).data() for column in range(model.columnCount())]
    sel = next(r for r in rows if r.law_key == "serviceloven")
    assert shown == [
        f"1. {TITLE_1}",
        "SEL",
        "§ 52 a",
        sel.purpose,
        sel.justification,
        "amended legal basis",
    ]
    index = model.index(at, COL_LAW)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Lov om social service"
    assert (index.data(ID_ROLE), index.data(ROW_ROLE)) == (sel.id, sel)
    assert "§ 52 a" in index.data(FILTER_ROLE) and "serviceloven" in index.data(FILTER_ROLE)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == [
        "Experiment",
        "Law",
        "Provision",
        "Purpose of the provision",
        "Justification",
        "Request",
    ]


def test_provision_key_sorts_naturally() -> None:
    """§ 9 < § 52 < § 52, stk. 2 < § 52 a < § 129, stk. 2; BR sections by number too."""
    provisions = ["§ 129, stk. 2", "§ 52 a", "§ 9", "§ 52, stk. 2", "§ 52"]
    assert sorted(provisions, key=provision_key) == [
        "§ 9",
        "§ 52",
        "§ 52, stk. 2",
        "§ 52 a",
        "§ 129, stk. 2",
    ]
    sections = ["10.1", "6.3.1.2, stk. 3", "3.3", "3.2.2, stk. 5"]
    assert sorted(sections, key=provision_key) == [
        "3.2.2, stk. 5",
        "3.3",
        "6.3.1.2, stk. 3",
        "10.1",
    ]


def test_sort_by_provision_through_the_proxy() -> None:
    """The proxy sorts the provision column naturally, via its SORT_ROLE keys."""
    model, proxy = make([row(provision=p) for p in ("§ 129, stk. 2", "§ 9", "§ 52 a")])
    proxy.sort(COL_PROVISION)
    assert texts(proxy, COL_PROVISION) == ["§ 9", "§ 52 a", "§ 129, stk. 2"]
    assert model.index(2, COL_PROVISION).data(SORT_ROLE)[0] == provision_key("§ 129, stk. 2")


def test_sort_by_experiment_law_and_request(rows) -> None:
    """Experiments sort by number then row position; laws by abbreviation; requests by kind."""
    _, proxy = make(rows)
    proxy.sort(COL_EXPERIMENT)
    shown = [proxy.index(r, 0).data(ROW_ROLE) for r in range(proxy.rowCount())]
    assert [(r.experiment_number, r.position) for r in shown] == sorted(
        (r.experiment_number, r.position) for r in rows
    )
    proxy.sort(COL_LAW)
    assert distinct(texts(proxy, COL_LAW)) == [
        "ABL",
        "ALL",
        "BL",
        "BR15",
        "BRL",
        "BSL",
        "KAR",
        "LAS",
        "LL",
        "LÅNBEK",
        "PFC",
        "PL",
        "SEL",
    ]
    proxy.sort(COL_REQUEST)
    assert distinct(texts(proxy, COL_REQUEST)) == [
        "exemption",
        "amended legal basis",
        "new authority",
    ]


def test_sort_by_purpose_and_justification_puts_empty_last() -> None:
    """Purpose and justification sort case-folded, empty texts after the others."""
    _, proxy = make([row(purpose=p, justification=p) for p in ("b", "", "A")])
    for column in (COL_PURPOSE, COL_JUSTIFICATION):
        proxy.sort(column)
        assert texts(proxy, column) == ["A", "b", ""]


def test_filters_by_law_request_experiment_and_text(danish, rows) -> None:
    """Law, request, experiment and Danish text filters (the request's Danish label too)."""
    _, proxy = make(rows)
    proxy.set_law("serviceloven")
    assert texts(proxy, COL_PROVISION) == ["§ 52 a"]
    proxy.set_law("")
    proxy.set_request(RequestKind.NEW_AUTHORITY)
    assert set(texts(proxy, COL_EXPERIMENT)) == {
        "4. Øget fleksibilitet i deleboligordningen (kollektive bofællesskaber)."
    }
    assert proxy.rowCount() == 4
    proxy.set_request(None)
    experiment_5 = next(r.experiment_id for r in rows if r.experiment_number == 5)
    proxy.set_experiment(experiment_5)
    assert proxy.rowCount() == 7
    proxy.set_text("BYGNINGSREGLEMENT stk.")
    assert texts(proxy, COL_PROVISION) == ["3.2.2, stk. 5", "6.3.1.2, stk. 3"]
    proxy.set_experiment("")
    proxy.set_text("ÆNDRET")
    assert proxy.rowCount() == sum(r.request is RequestKind.AMENDED_BASIS for r in rows)


def test_ten_thousand_rows_sort_and_filter_correctly() -> None:
    """At bench size, every column sorts and the text filter finds exactly the one row.

    Speed is measured in bench/bench_gui.py, never asserted here.
    """
    rng = random.Random(7)
    big = [
        row(
            i % 60,
            provision=f"§ {rng.randint(1, 300)} {rng.choice(['', 'a', 'b'])}".strip(),
            law_abbreviation=rng.choice(["SEL", "ABL", "LL", "ÅBL"]),
            purpose=f"Formål {i}",
            request=rng.choice(list(RequestKind)),
            position=i,
        )
        for i in range(10_000)
    ]
    model = LegalTableModel()
    proxy = LegalFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(big)
    for column in range(model.columnCount()):
        proxy.sort(column)
        assert proxy.rowCount() == 10_000, column
    proxy.sort(COL_PROVISION)
    keys = [provision_key(p) for p in texts(proxy, COL_PROVISION)]
    assert keys == sorted(keys)
    proxy.set_text("FORMÅL 4321")
    assert texts(proxy, COL_PURPOSE) == ["Formål 4321"]


def test_law_tree_groups_laws_provisions_and_legal_basis_rows(rows) -> None:
    """Top level: one item per law with its row count; then provisions; then one item per row."""
    tree = LawGroupModel()
    tree.set_rows(rows)
    tree.set_rows(rows)  # a refresh replaces the tree, never appends to it
    laws = [tree.item(r).text() for r in range(tree.rowCount())]
    assert len(laws) == 13
    assert laws[0] == "ABL — Lov om almene boliger m.v. (10)"
    assert laws[-1] == "SEL — Lov om social service (1)"
    abl = tree.item(0)
    provisions = [abl.child(r).text() for r in range(abl.rowCount())]
    assert provisions == ["(whole law)", "§ 62 a", "§ 63", "§ 105", "§ 115, stk. 10"]
    assert sum(abl.child(r).rowCount() for r in range(abl.rowCount())) == 10
    whole_law = abl.child(0)  # experiment 4 cites the whole law twice, for two purposes
    assert [whole_law.child(r).text()[:2] for r in range(whole_law.rowCount())] == [
        "1.",
        "2.",
        "4.",
        "4.",
    ]
    fours = [whole_law.child(r) for r in (2, 3)]
    assert fours[0].toolTip() != fours[1].toolTip()
    sel_52a = tree.item(12).child(0).child(0)
    sel = next(r for r in rows if r.law_key == "serviceloven")
    assert (sel_52a.text(), sel_52a.toolTip()) == (f"1. {TITLE_1}", sel.purpose)
    assert tree.index(0, 0).data(FILTER_ROLE).startswith("abl — lov om almene boliger")


def _tree_indexes(model, parent=None, depth: int = 0) -> list[tuple[QModelIndex, int]]:
    """Return every (index, depth) of a tree model, depth first; top-level items are depth 0."""
    parent = QModelIndex() if parent is None else parent
    found = []
    for r in range(model.rowCount(parent)):
        index = model.index(r, 0, parent)
        found += [(index, depth), *_tree_indexes(model, index, depth + 1)]
    return found


def test_law_tree_items_carry_plain_ids_not_rows(rows) -> None:
    """A law item holds its law key, a row item its legal-basis id, a provision no id; no rows."""
    tree = LawGroupModel()
    tree.set_rows(rows)
    by_id = {r.id: r for r in rows}
    seen = []
    for index, depth in _tree_indexes(tree):
        assert index.data(ROW_ROLE) is None
        item_id = index.data(ID_ROLE)
        law = tree.law_key(index)
        assert isinstance(law, str) and law
        if depth == 0:
            assert item_id == law and tree.legal_basis_id(index) == ""
        elif depth == 1:
            assert item_id is None and tree.legal_basis_id(index) == ""
        else:
            assert isinstance(item_id, str) and tree.legal_basis_id(index) == item_id
            row = by_id[item_id]  # the leaf leads to its row, under its law and provision
            assert row.law_key == law
            assert index.data() == numbered(row.experiment_number, row.experiment_title)
            assert index.parent().data() == (row.provision or "(whole law)")
            seen.append(item_id)
    assert sorted(seen) == sorted(by_id)  # every row exactly once
    assert tree.legal_basis_id(QModelIndex()) == "" and tree.law_key(QModelIndex()) == ""


def test_law_tree_ids_read_through_a_proxy(rows) -> None:
    """law_key and legal_basis_id work on the indexes of a proxy over the tree as well."""
    tree = LawGroupModel()
    tree.set_rows(rows)
    proxy = RowFilterProxy()
    proxy.setSourceModel(tree)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # SEL first
    leaf = proxy.index(0, 0, proxy.index(0, 0, proxy.index(0, 0)))
    sel = next(r for r in rows if r.law_key == "serviceloven")
    assert (tree.law_key(leaf), tree.legal_basis_id(leaf)) == ("serviceloven", sel.id)


def test_row_proxy_filters_and_sorts_the_law_tree(rows) -> None:
    """Over a non-table model the row proxy filters by FILTER_ROLE and sorts by SORT_ROLE."""
    tree = LawGroupModel()
    tree.set_rows(rows)
    proxy = RowFilterProxy()
    proxy.setSourceModel(tree)
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data().startswith("SEL")
    assert proxy.index(proxy.rowCount() - 1, 0).data().startswith("ABL")
    proxy.set_text("social service")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "SEL — Lov om social service (1)"
    ]


def test_filter_stays_right_when_rows_are_resorted_and_replaced(rows) -> None:
    """The rows a filter accepts follow every re-sort and refill of the model (no stale rows)."""
    model, proxy = make(rows)

    def shown() -> set[str]:
        return {proxy.index(r, 0).data(ID_ROLE) for r in range(proxy.rowCount())}

    def passing(candidates) -> set[str]:
        abl = (r for r in candidates if r.law_key == "almenboligloven")
        return {r.id for r in abl if "boliger" in model.filter_text(r)}

    proxy.set_law("almenboligloven")
    proxy.set_text("BOLIGER")
    assert shown() == passing(rows) and 0 < len(shown()) < len(rows)
    for column in range(model.columnCount()):
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            proxy.sort(column, order)
            assert shown() == passing(rows), (column, order)
    model.set_rows(rows[:20])
    assert shown() == passing(rows[:20])
    model.set_rows(rows)
    assert shown() == passing(rows)
    proxy.set_text("")
    proxy.set_law("")
    assert proxy.rowCount() == len(rows)
