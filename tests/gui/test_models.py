"""The experiment table model and its filter proxy, on the demo network and hand-made files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QPersistentModelIndex, Qt, QTranslator

from frikommune_desktop.gui.models.base import sort_text
from frikommune_desktop.gui.models.experiments import (
    COL_CONTACT,
    COL_MUNICIPALITIES,
    COL_NUMBER,
    COL_ROUND,
    COL_STATUS,
    COL_TITLE,
    ExperimentFilterProxy,
    ExperimentTableModel,
)
from frikommune_desktop.gui.models.legal import LawGroupModel, LegalTableModel
from frikommune_desktop.gui.models.records import (
    ContactTableModel,
    MunicipalityTableModel,
    RoundTableModel,
)
from frikommune_desktop.gui.roles import FILTER_ROLE, ID_ROLE, ROW_ROLE, SORT_ROLE
from frikommune_desktop.model import Experiment, ExperimentStatus, Round
from frikommune_desktop.queries import views as queries

DESC = Qt.SortOrder.DescendingOrder
TITLE_1 = "Afprøvning af midlertidige huslejetilskud"


def texts(model, column: int) -> list[str]:
    """Return the display texts of one column, top to bottom."""
    return [model.index(row, column).data() for row in range(model.rowCount())]


def numbers(model) -> list[str]:
    """Return the experiment numbers shown, top to bottom."""
    return texts(model, COL_NUMBER)


def make(rows: list[queries.ExperimentRow]) -> tuple[ExperimentTableModel, ExperimentFilterProxy]:
    """Return a model fed with rows and a proxy over it."""
    model = ExperimentTableModel()
    model.set_rows(rows)
    proxy = ExperimentFilterProxy()
    proxy.setSourceModel(model)
    return model, proxy


@pytest.fixture
def demo(demo_store) -> tuple[ExperimentTableModel, ExperimentFilterProxy]:
    """The demo network's experiments in a model and a proxy."""
    return make(queries.experiment_rows(demo_store))


def add_experiments(store, *specs: dict) -> list[queries.ExperimentRow]:
    """Add experiments to a store and return its experiment rows."""
    for spec in specs:
        store.records.add(Experiment(**spec))
    return queries.experiment_rows(store)


def test_models_pass_qt_model_checks(qtmodeltester, demo) -> None:
    """The experiment model and its proxy keep Qt's item-model invariants."""
    model, proxy = demo
    qtmodeltester.check(model)
    assert (proxy.sortRole(), proxy.filterRole()) == (SORT_ROLE, FILTER_ROLE)
    proxy.sort(COL_TITLE)
    proxy.set_municipality("730")
    qtmodeltester.check(proxy)


def test_known_demo_row_shows_its_columns(demo) -> None:
    """Experiment 1 shows number, title, Danish round date, status label, 6 and its contact."""
    model, _ = demo
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown == [
        "1",
        TITLE_1,
        "01-12-2016",
        "submitted",
        "6",
        "Susan Fiil Præstegaard",
    ]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["No.", "Title", "Round", "Status", "Municipalities", "Subject contact"]


def test_shared_roles_answer_id_row_filter_and_sort(demo, demo_store) -> None:
    """ID_ROLE is the experiment's id, ROW_ROLE its row, FILTER_ROLE folded title+round+status."""
    model, _ = demo
    row = queries.experiment_rows(demo_store)[0]
    index = model.index(0, COL_TITLE)
    assert index.data(ID_ROLE) == row.id
    assert index.data(ROW_ROLE) == row
    assert index.data(FILTER_ROLE) == (
        "afprøvning af midlertidige huslejetilskud 01-12-2016 1. december 2016 2016-12-01 submitted"
    )
    assert model.index(0, COL_MUNICIPALITIES).data(SORT_ROLE)[0] == 6


@pytest.mark.parametrize(
    ("kind", "section", "english"),
    [
        (ExperimentTableModel, COL_TITLE, "Title"),
        (LegalTableModel, 3, "Purpose of the provision"),
        (LawGroupModel, 0, "Law"),
        (ContactTableModel, 0, "Name"),
        (MunicipalityTableModel, 3, "Member"),
        (RoundTableModel, 2, "Days left"),
    ],
)
def test_headers_go_through_qt_translation(qapp, kind, section, english) -> None:
    """Headers are English source texts translated with the model's class name as context."""

    class Marker(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):
            return f"{context}:{source}"

    assert kind().headerData(section, Qt.Orientation.Horizontal) == english
    translator = Marker()
    QCoreApplication.installTranslator(translator)
    try:
        model = kind()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert model.headerData(section, Qt.Orientation.Horizontal) == f"{kind.__name__}:{english}"


def test_sort_by_number_puts_missing_numbers_last(empty_store) -> None:
    """Numbers sort as numbers (2 before 10), an experiment without a number after them."""
    rows = add_experiments(
        empty_store, {"title": "B", "number": 10}, {"title": "A"}, {"title": "C", "number": 2}
    )
    _, proxy = make(rows)
    proxy.sort(COL_NUMBER)
    assert numbers(proxy) == ["2", "10", ""]
    proxy.sort(COL_NUMBER, DESC)
    assert numbers(proxy)[:2] == ["", "10"]


def test_sort_by_title_follows_the_danish_alphabet(empty_store) -> None:
    """Titles sort case-folded with Æ, Ø, Å after Z, in that order."""
    titles = ["Åben", "zebra", "Æble", "Ørred", "abe", "Bil"]
    rows = add_experiments(empty_store, *({"title": t} for t in titles))
    _, proxy = make(rows)
    proxy.sort(COL_TITLE)
    assert texts(proxy, COL_TITLE) == ["abe", "Bil", "zebra", "Æble", "Ørred", "Åben"]
    assert sort_text("Æble") < sort_text("Ørred") < sort_text("Åben")


def test_sort_by_round_is_by_date_with_no_round_last(empty_store) -> None:
    """Rounds sort by deadline (not by their Danish text); experiments without one go last."""
    rounds = {r.deadline: r.id for r in empty_store.records.all(Round)}
    rows = add_experiments(
        empty_store,
        {"title": "X", "round_id": rounds["2017-05-01"]},
        {"title": "Y"},
        {"title": "Z", "round_id": rounds["2016-12-01"]},
    )
    _, proxy = make(rows)
    proxy.sort(COL_ROUND)
    assert texts(proxy, COL_ROUND) == ["01-12-2016", "01-05-2017", ""]


def test_sort_by_status_follows_the_workflow(empty_store) -> None:
    """Statuses sort in workflow order (draft, submitted, granted), not alphabetically."""
    rows = add_experiments(
        empty_store,
        {"title": "A", "status": "granted"},
        {"title": "B", "status": "draft"},
        {"title": "C", "status": "submitted"},
    )
    _, proxy = make(rows)
    proxy.sort(COL_STATUS)
    assert texts(proxy, COL_STATUS) == ["draft", "submitted", "granted"]


def test_sort_by_municipality_count_and_contact(demo) -> None:
    """The demo sorts by count of municipalities (ties by number) and by contact name."""
    _, proxy = demo
    proxy.sort(COL_MUNICIPALITIES)
    assert texts(proxy, COL_MUNICIPALITIES) == ["2", "3", "4", "6", "6"]
    assert numbers(proxy) == ["5", "2", "4", "1", "3"]
    proxy.sort(COL_CONTACT)
    assert numbers(proxy) == ["2", "4", "5", "1", "3"]
    proxy.sort(COL_NUMBER, DESC)
    assert numbers(proxy) == ["5", "4", "3", "2", "1"]
    assert proxy.sort_column() == COL_NUMBER


def test_sort_survives_new_rows_and_minus_one_restores_order(demo, demo_store) -> None:
    """Refreshed rows keep the chosen sort; sorting by -1 gives back the order fed in."""
    model, proxy = demo
    proxy.sort(COL_NUMBER, DESC)
    model.set_rows(queries.experiment_rows(demo_store))
    assert numbers(proxy) == ["5", "4", "3", "2", "1"]
    proxy.sort(-1)
    assert numbers(proxy) == ["1", "2", "3", "4", "5"]


def test_sort_moves_persistent_indexes_with_their_rows(demo) -> None:
    """A selection (persistent index) stays on its experiment when the rows are sorted."""
    model, proxy = demo
    kept = QPersistentModelIndex(model.index(0, COL_TITLE))
    proxy.sort(COL_NUMBER, DESC)
    assert kept.row() == 4
    assert kept.data() == TITLE_1


def test_text_filter_folds_danish_letters(empty_store) -> None:
    """Typing 'æble' or 'ÆBLE' finds 'Æbleforsøg' and not 'Pæreforsøg'."""
    rows = add_experiments(empty_store, {"title": "Æbleforsøg"}, {"title": "Pæreforsøg"})
    _, proxy = make(rows)
    for typed in ("æble", "ÆBLE", "  æBLEFORSØG "):
        proxy.set_text(typed)
        assert texts(proxy, COL_TITLE) == ["Æbleforsøg"]
    proxy.set_text("")
    assert proxy.rowCount() == 2


def test_text_filter_needs_every_word(demo) -> None:
    """Every word typed must occur; round dates and status labels match too."""
    _, proxy = demo
    proxy.set_text("afprøvning midlertidige")
    assert numbers(proxy) == ["1", "2"]
    proxy.set_text("afprøvning lejekontrakt")
    assert numbers(proxy) == []
    proxy.set_text("december submitted")
    assert proxy.rowCount() == 5


def test_danish_window_shows_and_filters_by_the_danish_status(danish, demo_store) -> None:
    """With the Danish translation the status reads 'indsendt', and typing it finds the rows."""
    model, proxy = make(queries.experiment_rows(demo_store))
    assert model.index(0, COL_STATUS).data() == "indsendt"
    proxy.set_text("INDSENDT december")
    assert proxy.rowCount() == 5
    proxy.set_text("submitted")
    assert proxy.rowCount() == 0


def test_round_status_municipality_and_law_filters(demo) -> None:
    """Round, status, municipality (Randers 730 → 3) and law filters narrow the demo list."""
    _, proxy = demo
    proxy.set_round("2017-05-01")
    assert proxy.rowCount() == 0
    proxy.set_round("2016-12-01")
    assert proxy.rowCount() == 5
    proxy.set_status(ExperimentStatus.DRAFT)
    assert proxy.rowCount() == 0
    proxy.set_status(ExperimentStatus.SUBMITTED)
    proxy.set_municipality("730")
    assert numbers(proxy) == ["1", "3", "4"]
    proxy.set_law("aktivloven")
    assert numbers(proxy) == ["1"]
    proxy.set_municipality("")
    proxy.set_law("serviceloven")
    assert numbers(proxy) == ["1"]
    proxy.set_law("")
    proxy.set_status(None)
    proxy.set_round("")
    assert proxy.rowCount() == 5


def test_changed_rows_are_put_in_place_and_moved_when_their_sort_key_changed(
    demo, demo_store
) -> None:
    """update_rows replaces a row without a reset, re-sorts when its key moved, keeps a
    selection on its experiment, refilters, and refuses a row the model does not hold."""
    model, proxy = demo
    proxy.sort(COL_TITLE)
    first = proxy.index(0, COL_TITLE)
    experiment_id = first.data(ID_ROLE)
    kept = QPersistentModelIndex(first)
    resets: list[None] = []
    model.modelReset.connect(lambda: resets.append(None))
    demo_store.records.update(Experiment, experiment_id, title="Ååå sidst i alfabetet")
    assert model.update_rows(queries.experiment_rows(demo_store, [experiment_id]))
    assert resets == []
    assert texts(proxy, COL_TITLE)[-1] == "Ååå sidst i alfabetet"
    assert kept.data(ID_ROLE) == experiment_id
    proxy.set_text("ååå")
    assert proxy.rowCount() == 1
    new = demo_store.records.add(Experiment(title="Ny"))
    assert not model.update_rows(queries.experiment_rows(demo_store, [new.id]))
    assert model.rowCount() == 5
