"""The Overblik view: its three QPainter charts draw what the data says, at 1× and 2×."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QImage

from frikommune_desktop.gui.views.overview_view import (
    APPROVAL_COLOURS,
    LAW_COLOUR,
    OTHERS_COLOUR,
    STATUS_COLOURS,
    LawUsageChart,
    OverviewView,
    StatusByRoundChart,
)
from frikommune_desktop.model import ApprovalStatus, ExperimentStatus
from frikommune_desktop.queries import views as queries
from frikommune_desktop.queries.views import LawUsage, ParticipationCell, ParticipationMatrix

AMBER = APPROVAL_COLOURS[ApprovalStatus.PENDING]
GREEN = APPROVAL_COLOURS[ApprovalStatus.APPROVED]
RED = APPROVAL_COLOURS[ApprovalStatus.REJECTED]


def count(image: QImage, colour: QColor, rect: QRect | None = None) -> int:
    """Return how many pixels of an image (or of a rectangle of it) have exactly a colour."""
    rect = rect or image.rect()
    rgb = colour.rgb()
    return sum(
        image.pixel(x, y) == rgb
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    )


def pixel(image: QImage, point: QPoint) -> str:
    """Return the colour of a pixel as '#rrggbb'."""
    return QColor(image.pixel(point)).name()


def settle(qtbot, view: OverviewView) -> None:
    """Wait until the layout has given every chart the height its data needs."""
    charts = (view.heat_map, view.status_chart, view.law_chart)
    qtbot.waitUntil(lambda: all(c.height() == c.heightForWidth(c.width()) for c in charts))


@pytest.fixture
def view(qtbot) -> OverviewView:
    """An overview view shown at 1100×800."""
    widget = OverviewView()
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def demo_view(view: OverviewView, demo_store, qtbot) -> OverviewView:
    """The view showing the demo file."""
    view.set_overview(queries.overview(demo_store))
    settle(qtbot, view)
    return view


def hand_made_matrix() -> ParticipationMatrix:
    """Two experiments × three municipalities with one cell of each state."""
    cells = {
        ("a", "101"): ParticipationCell("a", "101", "p1", "forbehold", ApprovalStatus.APPROVED),
        ("a", "751"): ParticipationCell("a", "751", "p2", "", ApprovalStatus.REJECTED),
        ("b", "101"): ParticipationCell("b", "101", "p3", "", ApprovalStatus.PENDING),
    }
    return ParticipationMatrix(
        [("a", 1, "Afprøvning af midlertidige huslejetilskud"), ("b", None, "Uden nummer")],
        [("101", "København"), ("751", "Aarhus"), ("169", "Høje-Taastrup")],
        cells,
    )


def test_demo_heat_map_shows_pending_cells_and_nothing_approved(demo_view, tmp_path: Path):
    """The demo's cells are all pending: amber squares marked '?*' in the grid, no green."""
    path = tmp_path / "overview.png"
    assert demo_view.grab().save(str(path))
    assert QImage(str(path)).size().toTuple() == (1100, 800)
    heat = demo_view.heat_map
    image = heat.grab().toImage()
    grid = heat.grid_rect()
    assert count(image, AMBER, grid) > 22 * 200
    assert count(image, GREEN, grid) == 0
    assert count(image, RED, grid) == 0
    assert heat.mark(0, 0) == "?*"
    assert heat.row_labels()[0] == "1. Afprøvning af midlertidige huslejetilskud"
    assert heat.totals() == ([6, 3, 6, 4, 2], [5, 3, 4, 2, 3, 4])


def test_each_participation_state_has_its_colour_and_mark(danish, view, qtbot):
    """Approved cells are green '✓', rejected red '✗', pending amber '?', absent only outlined."""
    heat = view.heat_map
    heat.set_data(hand_made_matrix())
    settle(qtbot, view)
    image = heat.grab().toImage()
    inside = QPoint(3, 3)
    assert pixel(image, heat.cell_rect(0, 0).topLeft() + inside) == GREEN.name()
    assert pixel(image, heat.cell_rect(0, 1).topLeft() + inside) == RED.name()
    assert pixel(image, heat.cell_rect(1, 0).topLeft() + inside) == AMBER.name()
    absent = heat.cell_rect(0, 2)
    assert pixel(image, absent.topLeft()) == "#bdbdbd"
    assert pixel(image, absent.topLeft() + inside) == pixel(image, QPoint(1, 1))
    assert count(image, GREEN, heat.grid_rect()) > 200
    assert [heat.mark(0, c) for c in range(3)] == ["✓*", "✗", ""]
    assert heat.mark(1, 0) == "?"
    assert heat.row_labels() == ["1. Afprøvning af midlertidige huslejetilskud", "Uden nummer"]
    assert heat.totals() == ([2, 1], [2, 1, 0])
    tip = heat.tooltip_at(heat.cell_rect(0, 0).center())
    assert tip == (
        "København – 1. Afprøvning af midlertidige huslejetilskud: godkendt\nForbehold: forbehold"
    )
    absent = heat.tooltip_at(heat.cell_rect(0, 2).center())
    assert absent == "Høje-Taastrup deltager ikke i 1. Afprøvning af midlertidige huslejetilskud"
    assert [label for _, label in heat.legend_items()] == [
        "deltager ikke",
        "afventer",
        "godkendt",
        "afvist",
        "med forbehold",
    ]


def test_status_chart_has_the_demo_round_in_submitted_colour(danish, demo_view):
    """The demo's round '01-12-2016' is one bar of 5 'indsendt' in its status colour."""
    chart = demo_view.status_chart
    assert chart.bars() == [("01-12-2016", {ExperimentStatus.SUBMITTED: 5})]
    assert chart.legend_items() == [("submitted", "indsendt")]
    image = chart.grab().toImage()
    bar = chart.bar_rect(0)
    assert chart.tooltip_at(bar.center()) == "01-12-2016 – indsendt: 5"
    assert chart.tooltip_at(QPoint(2, bar.center().y())) == "01-12-2016: 5 forsøg"
    assert bar.width() > 300
    assert count(image, STATUS_COLOURS[ExperimentStatus.SUBMITTED], bar) > bar.width() * 10


def test_status_chart_stacks_segments_and_names_rounds_in_danish(danish, qtbot):
    """Segments follow the status order with their own colours; '' is 'Uden runde'."""
    chart = StatusByRoundChart()
    qtbot.addWidget(chart)
    chart.resize(700, chart.heightForWidth(700))
    chart.set_data(
        ["2016-06-01", ""],
        {
            "2016-06-01": {ExperimentStatus.REFUSED: 1, ExperimentStatus.GRANTED: 3},
            "": {ExperimentStatus.DRAFT: 2},
        },
    )
    labels = [label for label, _ in chart.bars()]
    assert labels == ["01-06-2016", "Uden runde"]
    image = chart.grab().toImage()
    (granted, g_rect), (refused, r_rect) = chart.segment_rects(0)
    assert (granted.value, refused.value) == (3, 1)
    assert g_rect.right() + 1 == r_rect.left() and g_rect.width() > 2 * r_rect.width()
    assert pixel(image, g_rect.topLeft()) == STATUS_COLOURS[ExperimentStatus.GRANTED].name()
    assert pixel(image, r_rect.topLeft()) == STATUS_COLOURS[ExperimentStatus.REFUSED].name()
    assert [label for _, label in chart.legend_items()] == ["udkast", "imødekommet", "afslået"]


def test_law_chart_lists_the_most_used_law_first(demo_view, demo_store):
    """Bars are sorted by provisions, the demo's most used law first and longest."""
    usage = queries.overview(demo_store).law_usage
    top = max(usage, key=lambda u: u.provisions)
    chart = demo_view.law_chart
    bars = chart.bars()
    assert bars[0] == (top.abbreviation, top.provisions)
    assert [n for _, n in bars] == sorted((u.provisions for u in usage), reverse=True)
    assert chart.bar_rect(0).width() > chart.bar_rect(1).width()
    image = chart.grab().toImage()
    assert pixel(image, chart.bar_rect(0).topLeft()) == LAW_COLOUR.name()
    assert top.title in chart.tooltip_at(chart.bar_rect(0).center())


def test_law_chart_sums_laws_beyond_fifteen_as_ovrige(danish, qtbot):
    """With 20 laws, the 15 most used get bars and the other 5 one grey 'Øvrige' bar."""
    chart = LawUsageChart()
    qtbot.addWidget(chart)
    chart.resize(700, 600)
    chart.set_data([LawUsage(f"k{i}", f"L{i}", f"Lov {i}", i + 1, 1) for i in range(20)])
    bars = chart.bars()
    assert len(bars) == 16
    assert bars[0] == ("L19", 20)
    assert bars[-1] == ("Øvrige", 1 + 2 + 3 + 4 + 5)
    image = chart.grab().toImage()
    assert pixel(image, chart.bar_rect(15).topLeft()) == OTHERS_COLOUR.name()


def test_empty_file_shows_the_empty_message(danish, view, empty_store, qtbot):
    """A file without experiments shows a centred 'Ingen forsøg endnu' instead of charts."""
    view.set_overview(queries.overview(empty_store))
    settle(qtbot, view)
    assert view.is_empty()
    heat = view.heat_map
    assert heat.is_empty() and view.status_chart.is_empty() and view.law_chart.is_empty()
    assert heat.empty_text == "Ingen forsøg endnu"
    assert view.law_chart.empty_text == "Ingen lovhjemler endnu"
    image = heat.grab().toImage()
    background = image.pixel(0, 0)
    middle = QRect(image.width() // 2 - 80, 0, 160, image.height())
    marked = [
        x
        for x in range(middle.left(), middle.right())
        for y in range(image.height())
        if image.pixel(x, y) != background
    ]
    assert marked, "the message is drawn"
    assert abs((min(marked) + max(marked)) / 2 - image.width() / 2) < 10


def _law_chart(qtbot) -> LawUsageChart:
    """Return a law chart with one law used once and one used more."""
    chart = LawUsageChart()
    qtbot.addWidget(chart)
    chart.resize(700, 300)
    chart.set_data([LawUsage("a", "A", "Lov A", 1, 1), LawUsage("b", "B", "Lov B", 2, 3)])
    return chart


def test_law_chart_tooltips_count_in_danish_singular_and_plural(danish, qtbot):
    """A law's tooltip reads '1 bestemmelse i 1 forsøg' or '2 bestemmelser i 3 forsøg'."""
    chart = _law_chart(qtbot)
    tips = [chart.tooltip_at(chart.bar_rect(i).center()) for i in range(2)]
    assert tips == ["Lov B\n2 bestemmelser i 3 forsøg", "Lov A\n1 bestemmelse i 1 forsøg"]


def test_without_the_translation_chart_texts_fall_back_to_english(qtbot):
    """Without a translator the charts' words are the English sources, singular and plural."""
    chart = _law_chart(qtbot)
    tips = [chart.tooltip_at(chart.bar_rect(i).center()) for i in range(2)]
    assert tips == ["Lov B\n2 provisions in 3 experiments", "Lov A\n1 provision in 1 experiment"]
    assert chart.empty_text == "No legal bases yet"
    rounds = StatusByRoundChart()
    qtbot.addWidget(rounds)
    rounds.set_data([""], {"": {ExperimentStatus.DRAFT: 1}})
    assert rounds.bars() == [("No round", {ExperimentStatus.DRAFT: 1})]
    assert rounds.legend_items() == [("draft", "draft")]
    assert rounds.empty_text == "No experiments yet"


def test_charts_render_sharp_at_device_pixel_ratio_2(demo_view):
    """Rendered at 2×, a chart fills an image twice its size with the same drawing."""
    heat = demo_view.heat_map
    image = QImage(heat.size() * 2, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(2)
    image.fill(Qt.GlobalColor.white)
    heat.render(image)
    assert (image.width(), image.height()) == (heat.width() * 2, heat.height() * 2)
    assert pixel(image, heat.cell_rect(0, 0).center() * 2) == AMBER.name()
    assert count(image, AMBER) > 4 * count(heat.grab().toImage(), AMBER) * 0.9
    for chart in (demo_view.status_chart, demo_view.law_chart):
        image = QImage(chart.size() * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(Qt.GlobalColor.white)
        chart.render(image)
        assert pixel(image, chart.bar_rect(0).center() * 2) != "#ffffff"


def test_headings_are_translatable_english_sources(view):
    """The chart headings go through tr() with their English source texts."""
    assert view.headings() == [
        "Participation",
        "Experiments per status and round",
        "Provisions per law",
    ]


def test_small_window_scrolls_instead_of_squeezing(demo_view, qtbot):
    """In a small window the charts keep their minimum size inside the scroll area."""
    demo_view.resize(420, 300)
    settle(qtbot, demo_view)
    for chart in (demo_view.heat_map, demo_view.status_chart, demo_view.law_chart):
        assert chart.width() >= chart.minimumSizeHint().width()
        assert chart.height() >= chart.heightForWidth(chart.width())
