"""Ctrl+F: search every text in the file; a hit clicked (or reached with the arrow keys)
shows its place."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ...queries.search import HIT_END, HIT_START, SearchHit, search, search_terms
from ..forms.ui_search_panel import Ui_SearchPanel
from ..jobs import Latest
from ..session import Session

#: What each kind of hit is called (English sources, translated in the "SearchPanel" context).
_KIND_LABELS = {
    "experiment": QT_TRANSLATE_NOOP("SearchPanel", "Experiment"),
    "legal_basis": QT_TRANSLATE_NOOP("SearchPanel", "Legal basis"),
    "participation": QT_TRANSLATE_NOOP("SearchPanel", "Participation"),
    "contact": QT_TRANSLATE_NOOP("SearchPanel", "Contact"),
    "network": QT_TRANSLATE_NOOP("SearchPanel", "Network"),
}


def kind_label(kind: str) -> str:
    """Return the translated name of a kind of search hit (the code itself if unknown)."""
    source = _KIND_LABELS.get(kind)
    return QCoreApplication.translate("SearchPanel", str(source)) if source else kind


class SearchPanel(QWidget):
    """A search box with live results; emits hitActivated(hit, terms) for the hit to show:
    the one clicked, moved to with the arrow keys, or activated (Enter, double click)."""

    hitActivated = Signal(object, list)
    #: Escape: the panel is to close.
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SearchPanel()
        self.ui.setupUi(self)
        self.session: Session | None = None
        self.hits: list[SearchHit] = []
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.ui.queryEdit.textChanged.connect(self._debounce.start)
        self.ui.queryEdit.returnPressed.connect(self._activate_first)
        self.ui.resultList.itemActivated.connect(self._activate)
        self.ui.resultList.currentItemChanged.connect(self._current_changed)
        self.ui.resultList.itemClicked.connect(self._activate)  # again: shown where it is
        # The search runs off the GUI thread (a slow query must not freeze the window).
        self.reads = Latest(self)

    def set_session(self, session: Session | None) -> None:
        """Search in another open file."""
        self.session = session
        self.refresh()

    def focus_query(self) -> None:
        """Put the cursor in the search box with its text selected."""
        self.ui.queryEdit.setFocus()
        self.ui.queryEdit.selectAll()

    @property
    def searching(self) -> bool:
        """Return whether a search runs (its hits are listed when it ends)."""
        return self.reads.busy

    def run(self, text: str) -> list[SearchHit]:
        """Search for text now (as if typed) and return the hits, once they are listed (the
        event loop runs meanwhile: the window keeps answering)."""
        self.ui.queryEdit.setText(text)
        self.refresh()
        if self.reads.busy:
            loop = QEventLoop()
            self.reads.settled.connect(loop.quit)
            loop.exec()
            self.reads.settled.disconnect(loop.quit)
        return self.hits

    def refresh(self) -> None:
        """Run the current query again off the GUI thread (a newer query supersedes it) and
        list the hits when they arrive."""
        self._debounce.stop()
        text = self.ui.queryEdit.text()
        if self.session is None or not text.strip():
            self.reads.drop()
            self._show_hits(text, [])
            return
        store = self.session.store
        self.reads.start(
            lambda: search(store, text),
            lambda hits: self._show_hits(text, hits),
            self.session.error.emit,
        )

    def _show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.hits = hits
        self.ui.resultList.clear()
        for hit in self.hits:
            snippet = hit.snippet.replace(HIT_START, "«").replace(HIT_END, "»")
            kind = kind_label(hit.kind)
            item = QListWidgetItem(f"{kind}: {hit.title}\n{' '.join(snippet.split())}")
            item.setData(Qt.ItemDataRole.UserRole, hit)
            self.ui.resultList.addItem(item)
        self.ui.countLabel.setText(self.tr("{0} hits").format(len(self.hits)) if text else "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the panel (from the search box or the list)."""
        if event.key() == Qt.Key.Key_Escape:
            self.closeRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        """The hit moved to with the arrow keys or a click is shown (not one the list made
        current by itself while it was filled)."""
        if item is not None and self.ui.resultList.hasFocus():
            self._activate(item)

    def _activate_first(self) -> None:
        if self.ui.resultList.count():
            self._activate(self.ui.resultList.item(0))

    def _activate(self, item: QListWidgetItem) -> None:
        hit = item.data(Qt.ItemDataRole.UserRole)
        self.hitActivated.emit(hit, search_terms(self.ui.queryEdit.text()))
