"""QPainter chart machinery: a chart base with an empty message and a horizontal bar chart.

A chart paints in logical pixels with the widget's font and palette (so it is sharp at any
device pixel ratio and follows the theme), grows in height with its content (height for
width), shows a centred message when it has nothing to show and answers tooltips.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

#: The message of an empty chart (English source; translated when painted).
EMPTY_TEXT = QT_TRANSLATE_NOOP("Chart", "No experiments yet")
PAD = 8
MAX_BAR = 640


def text_colour_on(fill: QColor) -> QColor:
    """Return black or white, whichever reads better on a fill colour."""
    luminance = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue()
    return QColor("black") if luminance > 150 else QColor("white")


def bold(font: QFont) -> QFont:
    """Return a bold copy of a font."""
    font = QFont(font)
    font.setBold(True)
    return font


class Chart(QWidget):
    """A chart widget: subclasses give `is_empty`, `_geometry`, `_content_height`, `_paint`."""

    #: The source text of the empty message, in the "Chart" context (see `empty_text`).
    empty_source = EMPTY_TEXT

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._cache: dict[int, dict[str, Any]] = {}

    @property
    def empty_text(self) -> str:
        """Return the translated message shown when the chart has nothing to show."""
        return QCoreApplication.translate("Chart", str(self.empty_source))

    def is_empty(self) -> bool:
        """Return whether the chart has nothing to show (it then shows `empty_text`)."""
        raise NotImplementedError

    def tooltip_at(self, pos: QPoint) -> str:
        """Return the tooltip for a point of the chart ('' for none)."""
        return ""

    def legend_items(self) -> list[tuple[str, str]]:
        """Return the legend as (swatch key, label) pairs; none by default."""
        return []

    def _geometry(self, width: int) -> dict[str, Any]:
        raise NotImplementedError

    def _content_height(self, width: int) -> int:
        raise NotImplementedError

    def _minimum_width(self) -> int:
        raise NotImplementedError

    def _preferred_width(self) -> int:
        return max(self._minimum_width(), 640)

    def _paint(self, painter: QPainter) -> None:
        raise NotImplementedError

    def _swatch(self, painter: QPainter, rect: QRect, key: str) -> None:
        raise NotImplementedError

    def _measures(self, width: int) -> dict[str, Any]:
        """Return `_geometry(width)`, remembered until the data or the font changes."""
        if width not in self._cache:
            self._cache[width] = self._geometry(width)
        return self._cache[width]

    def _changed(self) -> None:
        self._cache.clear()
        self.updateGeometry()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        """Measure again when the font, style or language (the width of texts) changes."""
        changes = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.LanguageChange)
        if event.type() in changes:
            self._changed()
        super().changeEvent(event)

    def hasHeightForWidth(self) -> bool:
        """Return True: legends wrap and labels shrink, so the height follows the width."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height the chart needs at a width."""
        if self.is_empty():
            return self.fontMetrics().height() * 4
        return self._content_height(width)

    def sizeHint(self) -> QSize:
        """Return the size at which nothing is elided."""
        width = self._preferred_width()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """Return the smallest size at which the chart still reads."""
        width = self._minimum_width()
        return QSize(width, self.heightForWidth(width))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the chart, or the centred empty message."""
        painter = QPainter(self)
        painter.setFont(self.font())
        if self.is_empty():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        else:
            self._paint(painter)
        painter.end()

    def event(self, event: QEvent) -> bool:
        """Show the tooltip of the part under the mouse."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = "" if self.is_empty() else self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def _legend(
        self, items: list[tuple[str, str]], top: int, width: int, painter: QPainter | None = None
    ) -> int:
        """Lay out (and paint, given a painter) a wrapping legend; return its height.

        Each item is a (key, label) pair: a swatch drawn by `_swatch(painter, rect, key)`
        followed by the label.
        """
        fm = self.fontMetrics()
        size, gap = fm.height() + 4, fm.horizontalAdvance("M")
        x, y = PAD, top
        for key, label in items:
            item_w = size + gap // 2 + fm.horizontalAdvance(label)
            if x > PAD and x + item_w > width - PAD:
                x, y = PAD, y + size + 6
            if painter is not None:
                self._swatch(painter, QRect(x, y, size, size), key)
                painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
                text_rect = QRect(x + size + gap // 2, y, item_w, size)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, label)
            x += item_w + 2 * gap
        return y + size - top if items else 0


@dataclass(frozen=True)
class Segment:
    """One coloured part of a bar."""

    value: int
    colour: QColor
    tooltip: str = ""


@dataclass(frozen=True)
class Bar:
    """One labelled horizontal bar of one or more segments."""

    label: str
    segments: tuple[Segment, ...]
    tooltip: str = ""

    @property
    def total(self) -> int:
        """Return the bar's length in units."""
        return sum(s.value for s in self.segments)


class BarChart(Chart):
    """Horizontal (stacked) bars: label at the left, total in bold at the bar's end."""

    #: Write each segment's value inside it when it is wide enough.
    values_in_segments = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        """Show bars, in the order given."""
        self._bars = list(bars)
        self._changed()

    def is_empty(self) -> bool:
        """Return whether no bar has a length."""
        return not any(bar.total for bar in self._bars)

    def _geometry(self, width: int) -> dict[str, Any]:
        fm = self.fontMetrics()
        natural = max(fm.horizontalAdvance(bar.label) for bar in self._bars) + 12
        label_w = min(natural, max(80, width // 3))
        most = max(bar.total for bar in self._bars)
        value_w = fm.horizontalAdvance(str(most)) + 12
        span = max(40, min(MAX_BAR, width - 2 * PAD - label_w - value_w))
        return {
            "label_w": label_w,
            "bar_h": round(fm.height() * 1.6),
            "step": round(fm.height() * 2.2),
            "scale": span / most,
        }

    def bar_rect(self, index: int) -> QRect:
        """Return the rectangle of a whole bar."""
        g = self._measures(self.width())
        length = round(self._bars[index].total * g["scale"])
        return QRect(PAD + g["label_w"], PAD + index * g["step"], length, g["bar_h"])

    def segment_rects(self, index: int) -> list[tuple[Segment, QRect]]:
        """Return a bar's segments with their rectangles (cumulative rounding, no gaps)."""
        scale, bar = self._measures(self.width())["scale"], self.bar_rect(index)
        out, done = [], 0
        for segment in self._bars[index].segments:
            x0 = bar.left() + round(done * scale)
            done += segment.value
            x1 = bar.left() + round(done * scale)
            out.append((segment, QRect(x0, bar.top(), x1 - x0, bar.height())))
        return out

    def _minimum_width(self) -> int:
        if self.is_empty():
            return 200
        values = self.fontMetrics().horizontalAdvance("999")
        label_w: int = self._measures(0)["label_w"]
        return 2 * PAD + label_w + 120 + values

    def _bars_bottom(self, width: int) -> int:
        step: int = self._measures(width)["step"]
        return PAD + len(self._bars) * step

    def _content_height(self, width: int) -> int:
        top, items = self._bars_bottom(width), self.legend_items()
        return top + (self._legend(items, top + 4, width) + 4 if items else 0) + PAD

    def _paint(self, painter: QPainter) -> None:
        g, fm = self._measures(self.width()), self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        axis_x = PAD + g["label_w"] - 1
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Mid), 1))
        painter.drawLine(axis_x, PAD - 3, axis_x, self._bars_bottom(self.width()) - 6)
        for index, bar in enumerate(self._bars):
            rect = self.bar_rect(index)
            label_rect = QRect(PAD, rect.top(), g["label_w"] - 10, rect.height())
            painter.setPen(text)
            elided = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            for segment, seg_rect in self.segment_rects(index):
                painter.fillRect(seg_rect, segment.colour)
                value = str(segment.value)
                if self.values_in_segments and seg_rect.width() >= fm.horizontalAdvance(value) + 8:
                    painter.setPen(text_colour_on(segment.colour))
                    painter.drawText(seg_rect, Qt.AlignmentFlag.AlignCenter, value)
            painter.setFont(bold(self.font()))
            painter.setPen(text)
            end = QRect(rect.right() + 7, rect.top(), 10 * fm.horizontalAdvance("9"), rect.height())
            painter.drawText(end, Qt.AlignmentFlag.AlignVCenter, str(bar.total))
            painter.setFont(self.font())
        top = self._bars_bottom(self.width()) + 4
        self._legend(self.legend_items(), top, self.width(), painter)

    def tooltip_at(self, pos: QPoint) -> str:
        """Return the tooltip of the segment under a point, else of the bar on its line."""
        for index, bar in enumerate(self._bars):
            for segment, rect in self.segment_rects(index):
                if segment.tooltip and rect.contains(pos):
                    return segment.tooltip
            rect = self.bar_rect(index)
            if rect.top() <= pos.y() <= rect.bottom():
                return bar.tooltip
        return ""
