"""The participation matrix model: marks readable without colour, colours, tooltips, roles."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from frikommune_desktop.gui.models.participation import (
    COLOURS,
    ParticipationMatrixModel,
    legend,
)
from frikommune_desktop.gui.roles import ID_ROLE, ROW_ROLE
from frikommune_desktop.model import ApprovalStatus, Participation
from frikommune_desktop.queries import views as queries
from frikommune_desktop.queries.views import ParticipationCell, ParticipationMatrix

BACKGROUND = Qt.ItemDataRole.BackgroundRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


def colour(index, role: int) -> str | None:
    """Return a cell's brush colour as '#rrggbb', or None without a brush."""
    brush = index.data(role)
    return None if brush is None else brush.color().name()


@pytest.fixture
def demo(demo_store) -> ParticipationMatrixModel:
    """The demo network's participation matrix in a model."""
    model = ParticipationMatrixModel()
    model.set_matrix(queries.participation_matrix(demo_store))
    return model


@pytest.fixture
def manual(qapp) -> ParticipationMatrixModel:
    """A hand-built 1 × 3 matrix: approved, rejected with a reservation, pending with a meeting."""
    cells = {
        ("e1", "101"): ParticipationCell("e1", "101", "p1", "", ApprovalStatus.APPROVED),
        ("e1", "147"): ParticipationCell("e1", "147", "p2", "Kun boliger", ApprovalStatus.REJECTED),
        ("e1", "751"): ParticipationCell(
            "e1", "751", "p3", "", ApprovalStatus.PENDING, "Økonomiudvalget", "2016-12-01"
        ),
    }
    matrix = ParticipationMatrix(
        [("e1", 7, "Forsøg")],
        [("101", "København"), ("147", "Frederiksberg"), ("751", "Aarhus")],
        cells,
    )
    model = ParticipationMatrixModel()
    model.set_matrix(matrix)
    return model


def test_model_passes_qt_model_checks(qtmodeltester, demo) -> None:
    """The matrix model keeps Qt's item-model invariants."""
    qtmodeltester.check(demo)


def test_headers_are_experiments_and_municipalities(demo) -> None:
    """Rows are '1. title' experiments, columns the municipalities by name."""
    assert (demo.rowCount(), demo.columnCount()) == (5, 6)
    assert demo.headerData(0, Qt.Orientation.Vertical) == (
        "1. Afprøvning af midlertidige huslejetilskud"
    )
    names = [demo.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert names == ["København", "Høje-Taastrup", "Roskilde", "Favrskov", "Randers", "Aarhus"]


def test_demo_cell_is_pending_with_reservation(danish, demo, demo_store) -> None:
    """A demo participation shows '?*' on light amber with dark text and explains itself."""
    index = demo.index(0, 0)
    cell = demo.cell_at(index)
    assert index.data() == "?*"
    assert (colour(index, BACKGROUND), colour(index, FOREGROUND)) == ("#ffe082", "#000000")
    assert index.data(TOOLTIP) == (
        f"København deltager — afventer politisk behandling. Forbehold: {cell.reservation}"
    )
    participation = demo_store.records.all(Participation, experiment_id=cell.experiment_id)
    ids = {p.municipality: p.id for p in participation}
    assert index.data(ID_ROLE) == ids["101"]
    assert index.data(ROW_ROLE) == cell
    assert cell.reservation.startswith("Med forbehold")


def test_every_demo_participation_reads_pending_with_reservation(demo) -> None:
    """All demo participations are pending with the reservation, so every mark is '?*' or ''."""
    marks = {demo.index(r, c).data() for r, c in itertools.product(range(5), range(6))}
    assert marks == {"?*", ""}


def test_absent_cell_is_blank_without_brush(danish, demo) -> None:
    """Roskilde does not take part in experiment 2: empty mark, no colour, no id."""
    index = demo.index(1, 2)
    assert index.data() == ""
    assert index.data(BACKGROUND) is None and index.data(FOREGROUND) is None
    assert index.data(TOOLTIP) == "Roskilde deltager ikke."
    assert index.data(ID_ROLE) is None
    assert not demo.cell_at(index).participates


def test_approved_and_rejected_cells_show_their_marks(danish, manual) -> None:
    """Approved reads '✓' on light green, rejected with a reservation '✗*' on dark red."""
    approved, rejected, pending = (manual.index(0, c) for c in range(3))
    assert approved.data() == "✓"
    assert (colour(approved, BACKGROUND), colour(approved, FOREGROUND)) == ("#81c784", "#000000")
    assert rejected.data() == "✗*"
    assert (colour(rejected, BACKGROUND), colour(rejected, FOREGROUND)) == ("#c62828", "#ffffff")
    assert pending.data() == "?"
    assert approved.data(TOOLTIP) == "København deltager — politisk godkendt."
    assert rejected.data(TOOLTIP) == (
        "Frederiksberg deltager — politisk afvist. Forbehold: Kun boliger"
    )
    assert pending.data(TOOLTIP) == (
        "Aarhus deltager — afventer politisk behandling (Økonomiudvalget, 01-12-2016)."
    )
    assert [manual.index(0, c).data(ID_ROLE) for c in range(3)] == ["p1", "p2", "p3"]
    assert manual.headerData(0, Qt.Orientation.Vertical) == "7. Forsøg"


def grey(name: str) -> float:
    """Return a colour's greyscale value (Rec. 601 luma, 0-255)."""
    c = QColor(name)
    return 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()


def test_colours_differ_in_greyscale_and_contrast_with_their_text(qapp) -> None:
    """The three backgrounds differ clearly in greyscale; each text colour stands out on it."""
    for a, b in itertools.combinations([grey(bg) for bg, _ in COLOURS.values()], 2):
        assert abs(a - b) >= 40
    for background, text in COLOURS.values():
        assert abs(grey(background) - grey(text)) >= 80


def test_legend_explains_every_mark(danish) -> None:
    """The legend lists each mark the matrix can show with a Danish meaning."""
    meanings = dict(legend())
    assert set(meanings) >= {"✓", "?", "✗", "*"}
    assert "godkendt" in meanings["✓"] and "afventer" in meanings["?"]
    assert "afvist" in meanings["✗"] and "forbehold" in meanings["*"]
    assert meanings[""] == "deltager ikke"


def test_without_the_translation_legend_and_tooltips_are_english(manual) -> None:
    """Without a translator the legend and the cell tooltips fall back to the English sources."""
    assert dict(legend())["✓"] == "taking part — politically approved"
    assert manual.index(0, 1).data(TOOLTIP) == (
        "Frederiksberg takes part — politically rejected. Reservation: Kun boliger"
    )


def test_set_matrix_replaces_the_shape(demo, manual) -> None:
    """Feeding a new matrix replaces rows and columns."""
    demo.set_matrix(manual.matrix())
    assert (demo.rowCount(), demo.columnCount()) == (1, 3)
    assert demo.index(0, 0).data() == "✓"
