"""What keeps the window's cold start short: Qt's namespace enums are built on first use.

Importing `Qt` from PySide6.QtCore builds Python enums for the whole Qt namespace (some 90
enums, about 30 ms), which a bare QMainWindow never pays. The modules the window needs before
its first paint (main_window, welcome, file_safety, file_actions and their forms) therefore do
not import `Qt` at module level; they use these helpers, which import it when called. The
views, models and dialogs that come with an open file import `Qt` as usual.

Setting a shortcut on an action builds them too, so the window's shortcuts are not in the
Designer form but here, set once the window has been painted (`install_shortcuts`); no key
can reach the window before then. tests/gui/test_startup.py checks that the window reaches
its first paint without `Qt`.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

#: The main window's menu shortcuts (action object name in ui/main_window.ui: keys).
MENU_SHORTCUTS = {
    "actionNew": "Ctrl+N",
    "actionOpen": "Ctrl+O",
    "actionImport": "Ctrl+I",
    "actionImportWord": "Ctrl+Shift+I",
    "actionExport": "Ctrl+E",
    "actionQuit": "Ctrl+Q",
    "actionFind": "Ctrl+F",
    "actionGuide": "F1",
}


def delete_on_close(widget: QWidget) -> None:
    """Have Qt delete a dialog or message box when it is closed."""
    from PySide6.QtCore import Qt

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


def selectable_text(label: QLabel) -> None:
    """Let the user select (and copy) a label's text with the mouse."""
    from PySide6.QtCore import Qt

    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


def add_right_dock(window: QMainWindow, dock: QDockWidget) -> None:
    """Put a dock widget where it was last time (restoreState), else on the window's right."""
    from PySide6.QtCore import Qt

    if not window.restoreDockWidget(dock):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)


def build_qt_namespace() -> None:
    """Build Qt's namespace enums now, on the GUI thread.

    PySide6 builds them on first use and that is not safe from two threads at once: a job
    thread importing the views (which use `Qt` at module level) while the GUI thread sets a
    shortcut can find `Qt` without `ItemDataRole`. The file controller calls this before its
    open job starts.
    """
    from PySide6.QtCore import Qt

    Qt.ItemDataRole  # noqa: B018  the attribute's first use builds the namespace


def install_shortcuts(
    window: QMainWindow, view_actions: list[QAction], undo: QAction, redo: QAction
) -> None:
    """Give the menu actions their keys, Ctrl+1 … Ctrl+7 the views, and undo/redo theirs."""
    for name, keys in MENU_SHORTCUTS.items():
        action = window.findChild(QAction, name)
        assert action is not None, name  # every name is an action of the window's form
        action.setShortcut(QKeySequence(keys))
    for number, action in enumerate(view_actions, start=1):
        action.setShortcut(QKeySequence(f"Ctrl+{number}"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
