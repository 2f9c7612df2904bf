"""Item delegates shared by tables: a cell whose text has a marked part (MARK_ROLE)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ..roles import MARK_ROLE

#: The marker colour, as the search marks its hits in the experiment editor.
MARK_COLOUR = "#ffd54f"


class MarkedTextDelegate(QStyledItemDelegate):
    """Draws a cell's text on one line with the part MARK_ROLE names in bold on yellow.

    The text is elided at the right like any other cell; a cell without a mark is drawn as
    usual.
    """

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Draw the cell's background and check state, then its text with the part marked."""
        span = index.data(MARK_ROLE)
        if not span:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        plain_colour = opt.palette.color(role)
        bold = QFont(opt.font)
        bold.setBold(True)
        start, end = span
        painter.save()
        x = area.left()
        for part, marked in ((text[:start], False), (text[start:end], True), (text[end:], False)):
            room = area.right() - x
            if not part or room <= 0:
                continue
            font = bold if marked else opt.font
            metrics = QFontMetrics(font)
            shown = metrics.elidedText(part, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            box = QRect(x, area.top(), width, area.height())
            if marked:
                band = metrics.height() + 2
                top = box.top() + (box.height() - band) // 2
                painter.fillRect(QRect(box.left() - 1, top, width + 2, band), QColor(MARK_COLOUR))
            painter.setFont(font)
            painter.setPen(QColor("black") if marked else plain_colour)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), shown
            )
            x += width
        painter.restore()
