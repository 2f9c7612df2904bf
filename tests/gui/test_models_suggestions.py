"""The suggestions table model alone: rows, columns, ticks, a law to choose, sorting."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from frikommune_desktop.edits import AddRecord
from frikommune_desktop.gui.models.suggestions import (
    COL_INCLUDE,
    COL_LAW,
    COL_PROVISION,
    COL_SECTION,
    COL_SENTENCE,
    SuggestionTableModel,
    law_label,
    suggestion_rows,
)
from frikommune_desktop.gui.roles import MARK_ROLE, ROW_ROLE, SORT_ROLE
from frikommune_desktop.legal.suggestions import suggest_legal_bases
from frikommune_desktop.model import SECTION_FIELDS, SECTION_TITLES, Experiment, Law, Network
from frikommune_desktop.store import Store

LEGAL_NEEDS = (
    "Forsøget kræver fritagelse fra servicelovens § 83, § 107 og § 85. Kommunen ønsker "
    "desuden at fravige § 21 f i lov om en aktiv beskæftigelsesindsats."
)
DESCRIPTION = "Det kræver en ændring af § 12, stk. 2."
CHECKED = Qt.CheckState.Checked.value
UNCHECKED = Qt.CheckState.Unchecked.value


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A new network file with one experiment whose texts name five provisions."""
    store = Store.create(tmp_path / "net.fkdb", Network(name="Testnetværk"))
    add = AddRecord(
        Experiment(title="Forsøg", description=DESCRIPTION, legal_needs=LEGAL_NEEDS), "x"
    )
    add.apply(store)
    yield store
    store.close()


@pytest.fixture
def model(qapp, store: Store) -> SuggestionTableModel:
    """The model fed the experiment's suggestions, as the dialog feeds it."""
    experiment = store.records.all(Experiment)[0]
    laws = {law.key: law_label(law.short_name, law.abbreviation) for law in store.records.all(Law)}
    texts = {
        title: getattr(experiment, name)
        for name, title in zip(SECTION_FIELDS, SECTION_TITLES, strict=True)
    }
    model = SuggestionTableModel()
    model.set_laws(laws)
    model.set_rows(suggestion_rows(suggest_legal_bases(store, experiment.id), laws, texts))
    return model


def _column(model: SuggestionTableModel, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def _row_of(model: SuggestionTableModel, provision: str) -> int:
    return _column(model, COL_PROVISION).index(provision)


def test_rows_show_law_provision_section_and_the_sentence(model) -> None:
    """One row per provision the text names, with its law (or none), section and sentence."""
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Include", "Law", "Provision", "Section", "Found in"]
    assert _column(model, COL_PROVISION) == ["§ 12, stk. 2", "§ 83", "§ 107", "§ 85", "§ 21 f"]
    assert _column(model, COL_LAW) == ["(law not given)"] + ["serviceloven (SEL)"] * 3 + [
        "beskæftigelsesindsatsloven (LAB)"
    ]
    assert (
        _column(model, COL_SECTION)
        == ["1. Beskrivelse af forsøget"] + ["3. Konkrete behov for forsøgshjemler"] * 4
    )
    row = _row_of(model, "§ 21 f")
    sentence = "Kommunen ønsker desuden at fravige § 21 f i lov om en aktiv beskæftigelsesindsats."
    assert model.row_at(row).suggestion.sentence == sentence
    shown = model.index(row, COL_SENTENCE).data()
    start, end = model.index(row, COL_SENTENCE).data(MARK_ROLE)
    assert shown[start:end] == "§ 21 f"
    tooltip = model.index(row, COL_SENTENCE).data(Qt.ItemDataRole.ToolTipRole)
    assert re.sub(r"<[^>]+>", "", tooltip) == sentence  # the whole sentence, provision marked
    assert model.index(row, COL_SECTION).data(Qt.ItemDataRole.ToolTipRole) == SECTION_TITLES[2]
    assert model.index(row, 0).data(ROW_ROLE) is model.row_at(row)


def test_rows_start_unticked_and_a_tick_is_an_accepted_suggestion(model, qtbot) -> None:
    """Nothing is ticked at first; ticking a row makes it accepted with its law key."""
    assert (
        _column(model, COL_INCLUDE, Qt.ItemDataRole.CheckStateRole)[1:]
        == [Qt.CheckState.Unchecked] * 4
    )
    assert model.checked_count() == 0 and model.accepted() == []
    row = _row_of(model, "§ 85")
    index = model.index(row, COL_INCLUDE)
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(model.checkedChanged) as signal:
        assert model.setData(index, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert signal.args == [1]
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    [(suggestion, law_key)] = model.accepted()
    assert (suggestion.provision, law_key) == ("§ 85", "serviceloven")
    assert model.setData(index, UNCHECKED, Qt.ItemDataRole.CheckStateRole)
    assert model.accepted() == []


def test_a_row_without_a_law_cannot_be_ticked_until_a_law_is_chosen(model) -> None:
    """The provision whose text names no law has no tick box until its law is chosen."""
    row = _row_of(model, "§ 12, stk. 2")
    include, law = model.index(row, COL_INCLUDE), model.index(row, COL_LAW)
    assert not model.flags(include) & Qt.ItemFlag.ItemIsUserCheckable
    assert include.data(Qt.ItemDataRole.CheckStateRole) is None
    assert include.data() == "choose law"
    assert not model.setData(include, CHECKED, Qt.ItemDataRole.CheckStateRole)
    assert model.flags(law) & Qt.ItemFlag.ItemIsEditable
    other = model.index(_row_of(model, "§ 83"), COL_LAW)
    assert not model.flags(other) & Qt.ItemFlag.ItemIsEditable  # the text named that law
    assert not model.choose_law(row, "ingen-sådan-lov")
    assert model.choose_law(row, "serviceloven")
    assert law.data() == "serviceloven (SEL)"
    assert model.flags(include) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(include, CHECKED, Qt.ItemDataRole.CheckStateRole)
    [(suggestion, law_key)] = model.accepted()
    assert (suggestion.provision, law_key) == ("§ 12, stk. 2", "serviceloven")
    assert model.choose_law(row, None)  # taking the law away takes the tick too
    assert model.accepted() == [] and include.data(Qt.ItemDataRole.CheckStateRole) is None


def test_select_all_ticks_the_rows_with_a_law_and_counts_the_others(model) -> None:
    """Select all ticks every row that has a law and reports how many still need one."""
    assert model.check_all(True) == 1
    assert model.checked_count() == 4
    assert [s.provision for s, _ in model.accepted()] == ["§ 83", "§ 107", "§ 85", "§ 21 f"]
    model.check_all(False)
    assert model.checked_count() == 0


def test_sort_role_orders_provisions_naturally_and_sections_by_number(model) -> None:
    """Sorting by Provision puts § 83 before § 107 (numbers, not text); -1 restores the text's
    order; every cell has a sort key."""
    keys = _column(model, COL_PROVISION, SORT_ROLE)
    assert all(key is not None for key in keys)
    model.sort(COL_PROVISION, Qt.SortOrder.AscendingOrder)
    assert _column(model, COL_PROVISION) == ["§ 12, stk. 2", "§ 21 f", "§ 83", "§ 85", "§ 107"]
    model.sort(COL_PROVISION, Qt.SortOrder.DescendingOrder)
    assert _column(model, COL_PROVISION)[0] == "§ 107"
    model.sort(COL_LAW, Qt.SortOrder.AscendingOrder)  # an open law sorts last
    assert _column(model, COL_LAW)[-1] == "(law not given)"
    model.sort(COL_SECTION, Qt.SortOrder.DescendingOrder)
    assert _column(model, COL_SECTION)[-1] == "1. Beskrivelse af forsøget"
    model.sort(-1)
    assert _column(model, COL_PROVISION) == ["§ 12, stk. 2", "§ 83", "§ 107", "§ 85", "§ 21 f"]


def test_ticks_and_chosen_laws_survive_a_reload(model) -> None:
    """Reading the suggestions again (after an undo, say) keeps what the user ticked and chose."""
    open_row = _row_of(model, "§ 12, stk. 2")
    model.choose_law(open_row, "lab")
    model.setData(
        model.index(_row_of(model, "§ 83"), COL_INCLUDE), CHECKED, Qt.ItemDataRole.CheckStateRole
    )
    fresh = [model.row_at(r) for r in range(model.rowCount())]
    again = [
        type(r)(
            r.suggestion,
            r.suggestion.law_key,
            "" if r.needs_law else r.law_label,
            r.span,
            position=r.position,
        )
        for r in fresh
    ]
    model.set_rows(again)
    assert model.index(_row_of(model, "§ 12, stk. 2"), COL_LAW).data() == law_label(
        "beskæftigelsesindsatsloven", "LAB"
    )
    assert [s.provision for s, _ in model.accepted()] == ["§ 83"]
    assert model.index(0, 0, QModelIndex()).isValid()
