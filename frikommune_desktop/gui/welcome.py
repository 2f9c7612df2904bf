"""The welcome screen: new file, open file, recent files, the demo network."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from .forms.ui_welcome import Ui_Welcome


class WelcomePage(QWidget):
    """Shown when no file is open; every choice is a signal the window acts on."""

    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_Welcome()
        self.ui.setupUi(self)
        # The recent files in list order (kept here, not as item data: see gui/startup.py).
        self._recent: list[Path] = []
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.openButton.clicked.connect(self.openRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)
        self.ui.recentList.itemActivated.connect(self._open_recent)

    def set_recent(self, paths: list[Path]) -> None:
        """Show the recently used files (full path as tooltip)."""
        self.ui.recentList.clear()
        self._recent = list(paths)
        for path in paths:
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setToolTip(str(path))
            self.ui.recentList.addItem(item)
        has_recent = bool(paths)
        self.ui.recentLabel.setVisible(has_recent)
        self.ui.recentList.setVisible(has_recent)

    def _open_recent(self, item: QListWidgetItem) -> None:
        self.recentRequested.emit(self._recent[self.ui.recentList.row(item)])
