"""Kom godt i gang: the checklist of first steps shown above the views of a new network file.

Each step has a button that takes the coordinator where it is done, and ticks itself off when
the file holds what it asks for (queries.first_steps decides, without Qt). The checklist
follows Session.changed: a change to a table a step counts re-reads the steps, nothing else.
It shows while a step is left and the coordinator has not hidden it for the file; when the
last step is done it says so and goes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from ..db.changes import Changes
from ..queries.first_steps import STEP_KEYS, TABLES, all_done, first_steps
from .session import Session
from .settings import Settings

DONE_MARK = "✓"
OPEN_MARK = "○"
# Steps per column of the checklist (two columns: it stays low at 1024 × 700).
ROWS = 3


class FirstStepsPanel(QFrame):
    """The checklist: a mark, a text and a button per step; Skjul hides it for the file."""

    def __init__(
        self,
        settings: Settings,
        show_view: Callable[[str], object],
        export_round: Callable[[], object],
        show_guide: Callable[[], object],
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstSteps")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#firstSteps { background: palette(alternate-base);"
            " border: none; border-bottom: 1px solid palette(mid); }"
        )
        self._settings = settings
        self._say = say
        self._session: Session | None = None
        self._shown_anyway = False  # Hjælp → Kom godt i gang: shown even when all are done
        self._was_done = True

        title = QLabel(self.tr("Getting started"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        intro = QLabel(
            self.tr("Take the steps in order; each one is ticked off by itself when it is done."),
            self,
        )
        intro.setWordWrap(True)
        guide = QPushButton(self.tr("User guide"), self)
        guide.setToolTip(self.tr("Read about the first steps in the user guide (F1)"))
        guide.clicked.connect(show_guide)
        self.hide_button = QPushButton(self.tr("Hide"), self)
        self.hide_button.setToolTip(
            self.tr("Hide the checklist for this file (Help → Getting started shows it again)")
        )
        self.hide_button.clicked.connect(self.hide_for_file)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(intro, 1)
        head.addWidget(guide)
        head.addWidget(self.hide_button)

        texts = {
            "members": self.tr("Choose the network's member municipalities"),
            "contacts": self.tr("Add the contact persons"),
            "experiments": self.tr("Create the experiments, or import the applications (Word)"),
            "legal_basis": self.tr("Fill in the legal basis: the laws and § of each experiment"),
            "participation": self.tr("Set which municipalities take part in which experiment"),
            "round": self.tr("Put the experiments in a round and export it as submitted"),
        }
        targets: dict[str, tuple[str, Callable[[], object]]] = {
            "members": (self.tr("Municipalities"), lambda: show_view("municipalities")),
            "contacts": (self.tr("Contacts"), lambda: show_view("contacts")),
            "experiments": (self.tr("Experiments"), lambda: show_view("experiments")),
            "legal_basis": (self.tr("Legal basis"), lambda: show_view("legal")),
            "participation": (self.tr("Participation"), lambda: show_view("participation")),
            "round": (self.tr("Export round…"), export_round),
        }
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        for index, key in enumerate(STEP_KEYS):
            row, column = index % ROWS, 3 * (index // ROWS)
            mark = QLabel(OPEN_MARK, self)
            mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
            mark.setMinimumWidth(mark.fontMetrics().horizontalAdvance("MM"))
            text = QLabel(f"{index + 1}. {texts[key]}", self)
            text.setWordWrap(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            # As wide as its words on one line, no wider: the button stays beside the text.
            text.setMaximumWidth(text.fontMetrics().horizontalAdvance(text.text()) + 8)
            label, go = targets[key]
            button = QPushButton(label, self)
            button.setToolTip(self.tr("Go where this step is done"))
            button.clicked.connect(go)
            grid.addWidget(mark, row, column)
            grid.addWidget(text, row, column + 1)
            grid.addWidget(button, row, column + 2)
            self.marks[key], self.texts[key], self.buttons[key] = mark, text, button
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(4, 1)
        grid.setColumnMinimumWidth(3, 16)
        # What the texts leave over goes after the second column.
        spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        grid.addItem(spacer, 0, 6)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(head)
        layout.addLayout(grid)
        self.hide()

    def set_session(self, session: Session | None) -> None:
        """Follow an open file's changes (None: no file is open, the checklist goes)."""
        if self._session is not None:
            self._session.changed.disconnect(self._changed)
        self._session = session
        self._shown_anyway = False
        if session is None:
            self.hide()
            return
        session.changed.connect(self._changed)
        self._was_done = True  # a file opened with all done is no news
        self.update_steps()

    def ticked(self) -> dict[str, bool]:
        """Return which steps show their tick, by step key."""
        return {key: mark.text() == DONE_MARK for key, mark in self.marks.items()}

    def update_steps(self) -> None:
        """Read the steps from the file again and show or hide the checklist accordingly."""
        session = self._session
        if session is None:
            return
        steps = first_steps(session.store)
        for step in steps:
            mark, text = self.marks[step.key], self.texts[step.key]
            mark.setText(DONE_MARK if step.done else OPEN_MARK)
            mark.setStyleSheet("color: #2e7d32; font-weight: bold;" if step.done else "")
            font = text.font()
            font.setStrikeOut(step.done)
            text.setFont(font)
            text.setEnabled(not step.done)
        done = all_done(steps)
        if done and not self._was_done and self.isVisible():
            self._say(self.tr("All the first steps are done."))
        self._was_done = done
        hidden = self._settings.first_steps_hidden(session.store.path)
        self.setVisible(self._shown_anyway or not (done or hidden))

    def show_again(self) -> None:
        """Show the checklist over the open file, even if hidden for it or all done."""
        if self._session is None:
            return
        self._settings.hide_first_steps(self._session.store.path, False)
        self._shown_anyway = True
        self.update_steps()

    def hide_for_file(self) -> None:
        """Hide the checklist for this file, also the next times it is opened."""
        if self._session is not None:
            self._settings.hide_first_steps(self._session.store.path)
        self._shown_anyway = False
        self.hide()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(TABLES):
            self.update_steps()
