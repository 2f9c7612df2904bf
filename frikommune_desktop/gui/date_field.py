"""The one date field of the window: typed as Danes write dates, with a calendar popup.

What is typed is read by dates.read_date. Under the field a line confirms the date understood
('torsdag 15. december 2016') or, in red, says why the text is no date; leaving the field
shows a readable date in the window's form ('15-12-2016'). The button beside it (or Alt+Down,
F4) opens a Danish calendar that starts on Monday; picking a day fills the field. Values go in
and out as ISO text; nothing here ever shows a message box.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..dates import DATE_HINT, read_date, short_date, weekday_date
from ..errors import InvalidValueError

# The colour of a refusal's reason, and the background of a field holding no date.
ERROR_COLOUR = "#b00020"
ERROR_BACKGROUND = "#fde7e9"
DANISH = QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)


class DateField(QWidget):
    """A date field: free Danish text, a confirming line under it, a calendar button."""

    # The user left the field or pressed Enter (as QLineEdit.editingFinished).
    editingFinished = Signal()
    # The text changed, by typing or by the calendar.
    textChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateLineEdit")
        self.edit.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00. september 00000"))
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setIcon(_calendar_icon(self.palette().color(QPalette.ColorRole.ButtonText)))
        self.button.setToolTip(self.tr("Choose the date in a calendar (Alt+Down)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes field to field
        self.hint = QLabel(self)
        self.hint.setObjectName("dateHintLabel")
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(self.hint.fontMetrics().height())
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.hint)
        self.setFocusProxy(self.edit)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)  # spare height is not the field's
        self.setSizePolicy(policy)
        self.popup: CalendarPopup | None = None
        self.edit.textChanged.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.button.clicked.connect(self.open_calendar)
        self._show_state()

    # -- values -------------------------------------------------------------------------------

    def text(self) -> str:
        """Return the text as typed."""
        return self.edit.text()

    def setText(self, value: str) -> None:
        """Show a value: an ISO (or other readable) date in the window's form, else as given."""
        try:
            day = read_date(value)
        except InvalidValueError:
            day = None
        self.edit.setText(short_date(day) if day is not None else value)

    def iso(self) -> str:
        """Return the date as ISO text ('' when empty), or raise InvalidValueError saying why."""
        day = read_date(self.edit.text())
        return day.isoformat() if day is not None else ""

    def date(self) -> dt.date | None:
        """Return the date typed, None when the field is empty or holds no date."""
        try:
            return read_date(self.edit.text())
        except InvalidValueError:
            return None

    def setDate(self, day: dt.date) -> None:
        """Fill the field with a date, in the window's form."""
        self.edit.setText(short_date(day))

    def problem(self) -> str | None:
        """Return why the text is no date, None when it is one (or empty)."""
        try:
            read_date(self.edit.text())
        except InvalidValueError as error:
            return str(error)
        return None

    def check(self) -> bool:
        """Return whether the field holds a date (or nothing); if not, show why and take focus."""
        self._show_state()
        if self.problem() is None:
            return True
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit.selectAll()
        return False

    def setReadOnly(self, read_only: bool) -> None:
        """Forbid or allow changes (the calendar button goes with it)."""
        self.edit.setReadOnly(read_only)
        self.button.setEnabled(not read_only)

    # -- the calendar -------------------------------------------------------------------------

    def open_calendar(self) -> CalendarPopup:
        """Open the calendar under the field, on the date typed (else today); return it."""
        if self.popup is None:
            self.popup = CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.show_at(self.edit.mapToGlobal(QPoint(0, self.edit.height())), self.date())
        return self.popup

    def _picked(self, day: dt.date) -> None:
        self.setDate(day)
        self.edit.setFocus(Qt.FocusReason.PopupFocusReason)
        self.editingFinished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Alt+Down and F4 in the field open the calendar, as in a drop-down list."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and bool(
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if (alt_down or event.key() == Qt.Key.Key_F4) and not self.edit.isReadOnly():
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # -- showing what was understood ----------------------------------------------------------

    def _typed(self, text: str) -> None:
        self._show_state()
        self.textChanged.emit(text)

    def _finished(self) -> None:
        """Show a readable date in the window's form when the user leaves the field."""
        day = self.date()
        if day is not None and self.edit.text() != short_date(day):
            self.edit.setText(short_date(day))
        self.editingFinished.emit()

    def _show_state(self) -> None:
        """Confirm the date understood under the field, or mark the field and say why not."""
        reason = self.problem()
        if reason is not None:  # under the field the reason itself; the forms in the tooltip
            self.edit.setStyleSheet(f"QLineEdit {{ background: {ERROR_BACKGROUND}; }}")
            self.edit.setToolTip(reason)
            self.hint.setStyleSheet(f"color: {ERROR_COLOUR};")
            self._set_hint(reason.removesuffix(DATE_HINT).strip() or reason)
            return
        day = self.date()
        self.edit.setStyleSheet("")
        self.edit.setToolTip("")
        self.hint.setStyleSheet("")
        self._set_hint(weekday_date(day) if day is not None else "")

    def _set_hint(self, text: str) -> None:
        """Show the line under the field; a dialog grows when a longer reason needs room."""
        self.hint.setText(text)
        window = self.window()
        layout = window.layout()
        if isinstance(window, QDialog) and window.isVisible() and layout is not None:
            layout.activate()
            needed = layout.totalHeightForWidth(window.width())
            if needed > window.height():
                window.resize(window.width(), needed)


class CalendarPopup(QFrame):
    """A Danish month calendar in a popup: weeks start on Monday and show their numbers."""

    picked = Signal(object)  # the datetime.date chosen

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self._field_height = parent.height()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setLocale(DANISH)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setGridVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)  # Enter on a day

    def show_at(self, corner: QPoint, day: dt.date | None) -> None:
        """Show the calendar with its top left corner at a screen point, on a date."""
        shown = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.adjustSize()
        screen = self.screen().availableGeometry()
        x = max(screen.left(), min(corner.x(), screen.right() - self.width()))
        y = corner.y()
        if y + self.height() > screen.bottom():  # no room below: above the field
            y = max(screen.top(), y - self.height() - self._field_height)
        self.move(x, y)
        self.show()
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _choose(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(dt.date(day.year(), day.month(), day.day()))


def _calendar_icon(colour: QColor) -> QIcon:
    """Draw a small calendar sheet (the toolkit has no such standard icon)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QPen(colour, 1))
    painter.drawRect(1, 2, 13, 12)
    painter.fillRect(1, 2, 14, 4, colour)
    for x in (4, 7, 10):
        for y in (8, 11):
            painter.fillRect(x, y, 2, 2, colour)
    painter.end()
    return QIcon(pixmap)
