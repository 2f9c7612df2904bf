"""Hjælp → Tastaturgenveje: the window's keyboard map, read from its actual actions.

The menu shortcuts are read from the window's QActions (so the list cannot drift from the
keys that work), followed by the keys that are no action: Tab, Alt+letter, the list keys.
`Qt` is imported where it is used, not at module level (see gui/startup.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def action_text(action: QAction) -> str:
    """Return an action's text as a reader sees it in the menu (no '&', no '…')."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…. ")


def shortcut_actions(window: QWidget) -> list[QAction]:
    """Return the window's actions that have a shortcut: the menus' in menu order, then the
    others (the views' own, such as Ctrl+L), each once."""
    found: list[QAction] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif action not in found and action.shortcuts():
                found.append(action)

    bar = window.menuBar() if isinstance(window, QMainWindow) else None
    if bar is not None:
        walk(bar.actions())
    walk(window.findChildren(QAction))
    return found


def keyboard_map(window: QWidget, fixed: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Return the window's keyboard map as (keys, what they do) rows: its actions' keys,
    then the `fixed` rows whose keys no action has."""
    native = QKeySequence.SequenceFormat.NativeText
    rows: list[tuple[str, str]] = []
    taken: set[str] = set()
    for action in shortcut_actions(window):
        keys = [key.toString(native) for key in action.shortcuts()]
        taken |= set(keys)
        rows.append((", ".join(keys), action_text(action)))
    rows += [(keys, what) for keys, what in fixed if keys not in taken]
    return rows


class KeyboardMapDialog(QDialog):
    """A table of every key of the window and what it does."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = keyboard_map(window, self.fixed_keys())
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr("Menu keys work everywhere in the window; list keys while the list has focus.")
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        width = sum(self.table.sizeHintForColumn(column) for column in range(2))
        self.resize(max(560, width + 60), 640)

    def fixed_keys(self) -> list[tuple[str, str]]:
        """Return the keys that are no menu action: (keys, what they do)."""
        return [
            (self.tr("Tab / Shift+Tab"), self.tr("Next / previous field, list or button")),
            (
                self.tr("Alt+underlined letter"),
                self.tr("Go to the field or button with that letter"),
            ),
            ("F1", self.tr("User guide")),
            (self.tr("Arrow keys"), self.tr("Move in a list; the editor shows the chosen row")),
            (self.tr("Enter / F2"), self.tr("Edit the chosen row of a list")),
            (self.tr("Insert"), self.tr("Add a row to the list")),
            (self.tr("Delete"), self.tr("Delete the chosen row of the list (Ctrl+Z undoes it)")),
            ("Esc", self.tr("Close a dialog without saving")),
        ]

    def rows(self) -> list[tuple[str, str]]:
        """Return the table's rows as shown: (keys, what they do)."""
        return [(self._text(row, 0), self._text(row, 1)) for row in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def add_keyboard_map_action(window: QMainWindow, menu: QMenu) -> QAction:
    """Put Tastaturgenveje first in the Help menu; it opens the keyboard map."""
    action = QAction(QCoreApplication.translate("KeyboardMapDialog", "&Keyboard shortcuts"), window)
    action.setObjectName("actionKeyboardMap")
    action.triggered.connect(lambda: show_keyboard_map(window))
    if menu.actions():
        menu.insertAction(menu.actions()[0], action)
    else:
        menu.addAction(action)
    return action


def show_keyboard_map(window: QWidget) -> KeyboardMapDialog:
    """Open the keyboard map beside the window (not modal) and return it."""
    from .startup import delete_on_close

    dialog = KeyboardMapDialog(window)
    delete_on_close(dialog)
    dialog.show()
    return dialog
