"""The user guide's window: the shipped Danish guide in a text browser, with search.

The guide is resources/guide/brugervejledning.html (program.resources.guide_html). Its table
of contents links to the sections' anchors; Ctrl+F puts the cursor in the search field, Enter
finds the next place, Shift+Enter the one before.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..errors import ResourceError
from ..program.resources import guide_html


class GuideWindow(QDialog):
    """Brugervejledning: the guide, its contents, back, and search in the guide."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide — Frikommune Desktop"))
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)

        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(True)
        self.browser.document().setDefaultStyleSheet(
            "h1 { font-size: x-large; } h2 { font-size: large; margin-top: 18px; }"
        )
        try:
            self.browser.setHtml(guide_html())
        except ResourceError as exc:
            self.browser.setPlainText(str(exc))

        self.contents_button = QPushButton(self.tr("&Contents"), self)
        self.contents_button.setToolTip(self.tr("Go to the table of contents"))
        self.contents_button.clicked.connect(lambda: self.show_section("contents"))
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.back_button.setToolTip(self.tr("Go back to where you were before the last link"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Search the guide…"))
        self.search_edit.setToolTip(
            self.tr("Type a word; Enter finds the next place, Shift+Enter the one before")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textEdited.connect(lambda _text: self.find_text(from_start=True))
        self.search_edit.returnPressed.connect(lambda: self.find_text())
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.previous_button.clicked.connect(lambda: self.find_text(backward=True))
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.clicked.connect(lambda: self.find_text())
        self.found_label = QLabel(self)

        bar = QHBoxLayout()
        bar.addWidget(self.contents_button)
        bar.addWidget(self.back_button)
        bar.addSpacing(12)
        bar.addWidget(self.search_edit, 1)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.next_button)
        bar.addWidget(self.found_label)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)

        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        back_find = QShortcut(QKeySequence("Shift+Return"), self.search_edit)
        back_find.setContext(Qt.ShortcutContext.WidgetShortcut)
        back_find.activated.connect(lambda: self.find_text(backward=True))
        self._fit_to_screen()

    @property
    def title(self) -> str:
        """Return the guide's own title (its HTML <title>)."""
        return self.browser.documentTitle()

    def show_section(self, anchor: str) -> None:
        """Show the window with a section (an anchor of the guide) at the top."""
        self.show()
        self.raise_()
        self.activateWindow()
        if anchor == "top":
            self.browser.verticalScrollBar().setValue(0)
        else:
            self.browser.setSource(QUrl(f"#{anchor}"))
        self.browser.setFocus()

    def focus_search(self) -> None:
        """Put the cursor in the search field, its text selected."""
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def find_text(self, *, backward: bool = False, from_start: bool = False) -> bool:
        """Select the next (or previous) place of the search text, going round at the end;
        return whether it was found."""
        text = self.search_edit.text().strip()
        self.found_label.clear()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        if from_start:
            cursor = self.browser.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        cursor = self.browser.textCursor()  # go round: from the other end once
        end = QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
        cursor.movePosition(end)
        self.browser.setTextCursor(cursor)
        if self.browser.find(text, flags):
            return True
        self.found_label.setText(self.tr("Not found"))
        return False

    def _fit_to_screen(self) -> None:
        """Open at a size that reads well and fits the screen (920 × 760 at most)."""
        screen = self.screen().availableGeometry()
        self.resize(min(920, screen.width() - 40), min(760, screen.height() - 60))
