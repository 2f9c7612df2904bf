"""What the window does with an error nobody caught: log it, and tell the user one sentence.

PySide6 hands an exception raised in a slot (a button, a timer, a job's callback) to
`sys.excepthook`, and Python hands one that ends a thread to `threading.excepthook`; the
windowed Windows program has no stderr where their default hooks print. `install()` replaces
both: the traceback goes to the log file (`logs.log_exception`) and the user gets a message box
with the sentence from `logs.user_message`, never Python's own text. A thread's error reaches
the box through a queued signal, on the GUI thread; while one box is open, further errors are
only logged (a timer failing every two seconds must not stack up boxes).
"""

from __future__ import annotations

import sys
import threading
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox

from ..program.logs import log_exception, setup_logging, user_message
from .startup import delete_on_close

if TYPE_CHECKING:
    from PySide6.QtCore import Qt


class UnexpectedErrors(QObject):
    """Logs uncaught exceptions and shows the user one message box about them at a time."""

    occurred = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.box: QMessageBox | None = None
        self.occurred.connect(self._show)

    def excepthook(
        self,
        kind: type[BaseException],
        value: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """sys.excepthook: log the exception and tell the user (Ctrl+C keeps Python's way)."""
        if not isinstance(value, Exception):
            sys.__excepthook__(kind, value, traceback)
            return
        if value.__traceback__ is None:
            value = value.with_traceback(traceback)
        self.occurred.emit(user_message(log_exception(value)))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """threading.excepthook: log what ended a thread and tell the user, on the GUI thread."""
        if args.exc_value is None or not isinstance(args.exc_value, Exception):
            threading.__excepthook__(args)
            return
        name = args.thread.name if args.thread is not None else "?"
        log = log_exception(args.exc_value, f"uventet fejl i tråden {name}")
        self.occurred.emit(user_message(log))

    @Slot(str)
    def _show(self, text: str) -> None:
        if self.box is not None and self.box.isVisible():
            return  # one box at a time; every error is in the log
        self.box = QMessageBox(
            QMessageBox.Icon.Critical, "Frikommune Desktop", text, QMessageBox.StandardButton.Ok
        )
        delete_on_close(self.box)
        self.box.setTextInteractionFlags(_selectable())  # the log file's path can be copied
        self.box.destroyed.connect(self._forget_box)
        self.box.open()  # modal, but returns at once: the event loop (and the tests) go on

    @Slot()
    def _forget_box(self) -> None:
        self.box = None


def _selectable() -> Qt.TextInteractionFlag:
    """Return the flag that lets the user select text with the mouse (Qt imported only now:
    see gui/startup.py)."""
    from PySide6.QtCore import Qt

    return Qt.TextInteractionFlag.TextSelectableByMouse


def install() -> UnexpectedErrors:
    """Set up the log and make it, and one message box, the end of every uncaught error."""
    setup_logging()
    errors = UnexpectedErrors(QApplication.instance())
    sys.excepthook = errors.excepthook
    threading.excepthook = errors.thread_excepthook
    return errors
