"""Hjælp → Brugervejledning (F1): the shipped Danish guide, its links, search and menu paths."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QMenu, QTableView

from frikommune_desktop.gui.guide_window import GuideWindow
from frikommune_desktop.gui.help_menu import VIEW_SECTIONS
from frikommune_desktop.program.resources import guide_html

GUIDE_TITLE = "Brugervejledning til Frikommune Desktop"
#: A menu path in the guide: bold text with an arrow, "<b>Filer → Indlæs regneark</b>".
MENU_PATH = re.compile(r"<b>([^<]*→[^<]*)</b>")


def _plain(text: str) -> str:
    """Return a menu text as the guide writes it: no '&', no trailing '…', single spaces."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.rstrip().rstrip("…").split())


def _menu_paths(menu: QMenu, prefix: str) -> set[str]:
    """Return 'Menu → Item' for every visible item of a menu and its submenus."""
    paths = set()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        path = f"{prefix} → {_plain(action.text())}"
        paths.add(path)
        if action.menu() is not None:
            paths |= _menu_paths(action.menu(), path)
    return paths


def _top_line(guide: GuideWindow) -> str:
    """Return the text of the guide's line at the top of its view."""
    return guide.browser.cursorForPosition(QPoint(4, 4)).block().text()


def _click_link(qtbot, guide: GuideWindow, text: str) -> None:
    """Click the guide's link with the given text where it is shown."""
    browser = guide.browser
    cursor = browser.document().find(text)
    assert not cursor.isNull(), text
    assert cursor.charFormat().isAnchor(), text
    cursor.setPosition(cursor.selectionStart() + 2)  # inside the link's first word
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    rect = browser.cursorRect(cursor)
    assert browser.anchorAt(rect.center()), text
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _open_guide(qtbot, window) -> GuideWindow:
    """Press F1 in the window and return the guide it opens."""
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.help.guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    return guide


def test_f1_opens_the_danish_guide(danish, window, qtbot) -> None:
    """F1 in the main window opens the guide window showing the Danish guide and its title."""
    guide = _open_guide(qtbot, window)
    assert guide.title == GUIDE_TITLE
    assert guide.windowTitle() == "Brugervejledning — Frikommune Desktop"
    assert guide.browser.document().toPlainText().startswith(GUIDE_TITLE)
    assert window.help.guide_action.text() == "&Brugervejledning"
    assert window.help.guide_action.shortcut().toString() == "F1"
    guide.close()


def test_f1_in_a_view_opens_the_guide_at_that_views_section(danish, window, qtbot) -> None:
    """F1 pressed in Lovgrundlag's table opens the guide at the section on Lovgrundlag."""
    view = window.show_view("legal")
    table = view.findChild(QTableView)
    window.activateWindow()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F1)
    guide = window.help.guide
    qtbot.waitUntil(lambda: guide is not None and guide.isVisible())
    qtbot.waitUntil(lambda: _top_line(guide) == "7. Lovgrundlag")


def test_a_contents_link_scrolls_to_its_section_and_back_returns(window, qtbot) -> None:
    """Clicking a line of the contents shows its section at the top; Tilbage goes back."""
    guide = window.help.show_guide("contents")
    qtbot.waitUntil(lambda: _top_line(guide) == "Indhold")
    _click_link(qtbot, guide, "Sikkerhedskopier og gendannelse")
    qtbot.waitUntil(lambda: _top_line(guide) == "17. Sikkerhedskopier og gendannelse")
    assert guide.back_button.isEnabled()
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _top_line(guide) == "Indhold")


class _Anchors(HTMLParser):
    """Collects the guide's anchors (<a name>) and internal links (<a href="#…">)."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "a":
            return
        values = dict(attrs)
        if values.get("name"):
            self.names.add(str(values["name"]))
        href = values.get("href") or ""
        if href.startswith("#"):
            self.links.append(href[1:])


def test_every_internal_link_of_the_guide_has_its_section() -> None:
    """Each '#…' link of the guide names an anchor it has, and each view has its section."""
    anchors = _Anchors()
    anchors.feed(guide_html())
    assert len(anchors.links) > 20
    assert set(anchors.links) <= anchors.names
    assert set(VIEW_SECTIONS.values()) <= anchors.names


def test_every_menu_path_the_guide_names_is_in_the_danish_menus(danish, window) -> None:
    """Every 'Menu → Item' the guide writes in bold is an item of the window's Danish menus,
    so renaming a menu item fails here until the guide says the new name."""
    named = {" ".join(path.split()) for path in MENU_PATH.findall(guide_html())}
    assert len(named) >= 20
    menus = set()
    for top in window.menuBar().actions():
        menus |= _menu_paths(top.menu(), _plain(top.text()))
    assert "Filer → Indlæs regneark" in menus
    assert "Hjælp → Brugervejledning" in menus
    assert sorted(named - menus) == []


def test_ctrl_f_searches_the_guide(danish, window, qtbot) -> None:
    """Ctrl+F in the guide puts the cursor in its search field; typing finds the word, Enter
    the next place, and a word the guide lacks says so."""
    guide = _open_guide(qtbot, window)
    guide.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is guide)
    qtbot.keyClick(guide, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is guide.search_edit
    qtbot.keyClicks(guide.search_edit, "sikkerhedskopi")
    first = guide.browser.textCursor()
    assert first.selectedText().casefold() == "sikkerhedskopi"
    qtbot.keyClick(guide.search_edit, Qt.Key.Key_Return)
    second = guide.browser.textCursor()
    assert second.selectedText().casefold() == "sikkerhedskopi"
    assert second.position() != first.position()
    expected = guide.browser.document().find("sikkerhedskopi", first, QTextDocument.FindFlag(0))
    assert second.position() == expected.position()
    guide.search_edit.clear()
    qtbot.keyClicks(guide.search_edit, "xyzzy")
    assert guide.found_label.text() == "Ikke fundet"


def test_guide_checklist_and_help_menu_show_no_english(danish, make_window, tmp_path) -> None:
    """The guide window, the checklist of a new file and the Help menu are all Danish."""
    from frikommune_desktop.model import Network
    from frikommune_desktop.store import Store

    from .test_untranslated import _untranslated, _widget_texts

    path = tmp_path / "nyt.fkdb"
    Store.create(path, Network(name="Nyt netværk")).close()
    window = make_window(path)
    guide = window.help.show_guide()
    texts = _widget_texts(guide) + _widget_texts(window.help.panel)
    texts += [action.text() for action in window.ui.menuHelp.actions()]
    texts += [action.toolTip() for action in window.ui.menuHelp.actions()]
    assert len(texts) > 30
    assert _untranslated(texts) == []
