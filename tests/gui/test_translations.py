"""The Danish translation: complete and compiled, shown everywhere, English without it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from frikommune_desktop.gui.file_choice import file_filter
from frikommune_desktop.gui.main_window import MainWindow
from frikommune_desktop.gui.models.experiments import COL_TITLE
from frikommune_desktop.gui.views.charts import BarChart, Chart
from frikommune_desktop.gui.views.overview_view import HeatMapChart
from frikommune_desktop.model import SECTION_TITLES

from .files import show_loaded

ROOT = Path(__file__).resolve().parents[2]

DANISH_TABS = [
    "Forsøg",
    "Deltagelse",
    "Lovgrundlag",
    "Kontaktpersoner",
    "Kommuner",
    "Ansøgningsrunder",
    "Overblik",
]
DANISH_SECTIONS = [
    "1 Beskrivelse",
    "2 Mål og resultater",
    "3 Forsøgshjemler",
    "4 Realisering",
    "5 Evaluering",
]
#: English words that must not be left anywhere in the Danish window (whole words only):
#: interface words, the data vocabularies (statuses, kinds of request, roles) and the texts
#: made from data (days left, participation, chart labels and tooltips).
GIVEAWAYS = re.compile(
    r"\b(?:Experiment|Participation|Contacts|Filter|Search|Delete|Round|Title"
    r"|draft|submitted|granted|refused|adopted|running|completed|withdrawn"
    r"|pending|approved|rejected|exemption|amended|authority|signatory|coordinator"
    r"|today|days?|ago|taking|take|reservation|provision|others|network)s?\b",
    re.IGNORECASE,
)


def _tab_titles(tabs: QTabWidget) -> list[str]:
    return [tabs.tabText(i) for i in range(tabs.count())]


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    """Return the display texts and tooltips of every item of a model, children included."""
    parent = QModelIndex() if parent is None else parent
    is_list = isinstance(model, QAbstractListModel)  # no columnCount to call, no children
    texts = []
    for row in range(model.rowCount(parent)):
        for column in range(1 if is_list else model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts += [
                str(index.data(role) or "")
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            ]
        if not is_list:
            texts += _model_texts(model, model.index(row, 0, parent))
    return texts


def _chart_texts(chart: Chart) -> list[str]:
    """Return a chart's legend, bar labels and the tooltips of its bars or cells."""
    if chart.is_empty():
        return [chart.empty_text]
    texts = [label for _, label in chart.legend_items()]
    if isinstance(chart, BarChart):
        bars = chart.bars()
        texts += [bar[0] for bar in bars]
        for middle in (chart.bar_rect(i).center() for i in range(len(bars))):
            texts += [chart.tooltip_at(middle), chart.tooltip_at(QPoint(2, middle.y()))]
    if isinstance(chart, HeatMapChart):
        rows, columns = (len(totals) for totals in chart.totals())
        texts += [
            chart.tooltip_at(chart.cell_rect(r, c).center())
            for r in range(rows)
            for c in range(columns)
        ]
    return texts


def _visible_texts(window: MainWindow) -> list[str]:
    """Return the texts of every widget, menu, action, header, placeholder, item and chart."""
    texts = [window.windowTitle()]
    actions = list(window.actions()) + list(window.menuBar().actions())
    for widget in window.findChildren(QWidget):
        texts += [widget.toolTip(), widget.statusTip(), widget.whatsThis()]
        actions += widget.actions()
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QTabWidget):
            texts += _tab_titles(widget)
            texts += [widget.tabToolTip(i) for i in range(widget.count())]
        if isinstance(widget, QMenu):
            texts.append(widget.title())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QDockWidget):
            texts.append(widget.windowTitle())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            texts += _model_texts(widget.model()) if widget.model() is not None else []
        if isinstance(widget, Chart):
            texts += _chart_texts(widget)
        if isinstance(widget, QHeaderView) and widget.model() is not None:
            orientation = widget.orientation()
            texts += [
                str(widget.model().headerData(section, orientation) or "")
                for section in range(widget.count())
            ]
    for action in actions:
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [text for text in texts if text]


def test_every_string_has_a_finished_danish_translation_and_the_qm_is_current() -> None:
    """build_translations --check passes: no untranslated string, the .qm matches the .ts."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_translations.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_window_shows_danish_tabs_menus_headers_and_template_sections(
    danish, make_window, demo_path: Path
) -> None:
    """With the translation installed, tabs, menus, headers and editor sections are Danish."""
    window = make_window(demo_path)
    assert _tab_titles(window.ui.tabs) == DANISH_TABS
    assert window.ui.menuFile.title() == "&Filer"
    assert [m.title() for m in (window.ui.menuEdit, window.ui.menuView, window.ui.menuHelp)] == [
        "&Rediger",
        "&Vis",
        "&Hjælp",
    ]
    experiments = window.view("experiments")
    header = experiments.ui.table.model().headerData(COL_TITLE, Qt.Orientation.Horizontal)
    assert header == "Titel"
    tabs = experiments.editor.ui.sectionTabs
    assert _tab_titles(tabs) == DANISH_SECTIONS
    assert [tabs.tabToolTip(i) for i in range(tabs.count())] == list(SECTION_TITLES)
    assert window.ui.recheckButton.text() == "Tjek igen"
    assert file_filter() == "Netværksfiler (*.fkdb);;Alle filer (*)"
    assert "[gemt]" in window.windowTitle()


def test_base_class_texts_are_danish_in_every_subclass_view(
    danish, make_window, demo_path, qtbot
) -> None:
    """TableView's own texts (dialog title, undo text) are found for ContactsView too."""
    window = make_window(demo_path)
    contacts = show_loaded(qtbot, window, "contacts")
    assert contacts.ui.addButton.text() == "&Tilføj"
    assert contacts.ui.deleteButton.text() == "&Slet"
    titles: list[str] = []
    contacts.ask = lambda title, values, commit: titles.append(title)  # the dialog is not shown
    contacts.add()
    assert titles == ["Tilføj"]
    contacts.ui.table.selectRow(0)
    contacts.delete_current()
    assert window.session.undo_stack.undoText() == "Slet"


def test_no_english_giveaway_words_anywhere_in_the_danish_window(
    danish, make_window, demo_path: Path
) -> None:
    """Walking every widget of the Danish window finds no English interface word left."""
    window = make_window(demo_path)
    for view in window.views:  # every view filled with the file's data
        window.show_view(view.key)
    window.show_search()
    window.search_panel.run("bolig")
    texts = _visible_texts(window)
    assert any("Faglig kontaktperson" in text for text in texts)
    for danish_text in (
        "indsendt",
        "afventer",
        "faglig kontaktperson",
        "ændret regelgrundlag",
        "deltager — afventer politisk behandling",
        "5 forsøg",
    ):
        assert any(danish_text in text for text in texts), danish_text
    assert any(re.fullmatch(r"i dag|om \d+ dage?|for \d+ dage? siden", t) for t in texts)
    english = sorted({text for text in texts if GIVEAWAYS.search(text)})
    assert english == []


def test_without_the_translation_the_window_falls_back_to_english(make_window, demo_path) -> None:
    """Without a translator the English source texts are shown (the fallback works)."""
    window = make_window(demo_path)
    assert window.ui.tabs.tabText(0) == "Experiments"
    assert window.ui.menuFile.title() == "&File"
    assert window.view("contacts").ui.addButton.text() == "&Add"
    assert file_filter() == "Network files (*.fkdb);;All files (*)"
