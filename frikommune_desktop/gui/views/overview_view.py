"""The Overblik view: participation heat map, experiments per status and round, law usage.

Three QPainter charts (see `charts`) under bold headings, in a scroll area. Every text goes
through Qt's translator (status labels through `vocabulary`); dates are written the Danish way.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...dates import short_date
from ...model import ApprovalStatus, ExperimentStatus
from ...queries.views import LawUsage, Overview, ParticipationCell, ParticipationMatrix
from ..vocabulary import label
from .charts import PAD, Bar, BarChart, Chart, Segment, bold, text_colour_on

MAX_LAWS = 15

ABSENT_OUTLINE = QColor("#bdbdbd")
APPROVAL_COLOURS = {
    ApprovalStatus.PENDING: QColor("#ffb300"),
    ApprovalStatus.APPROVED: QColor("#2e7d32"),
    ApprovalStatus.REJECTED: QColor("#c62828"),
}
APPROVAL_MARKS = {
    ApprovalStatus.PENDING: "?",
    ApprovalStatus.APPROVED: "✓",
    ApprovalStatus.REJECTED: "✗",
}
RESERVATION_MARK = "*"
STATUS_COLOURS = {
    ExperimentStatus.DRAFT: QColor("#b0bec5"),
    ExperimentStatus.SUBMITTED: QColor("#1976d2"),
    ExperimentStatus.GRANTED: QColor("#66bb6a"),
    ExperimentStatus.REFUSED: QColor("#e53935"),
    ExperimentStatus.AUTHORITY_ADOPTED: QColor("#00897b"),
    ExperimentStatus.RUNNING: QColor("#8e24aa"),
    ExperimentStatus.COMPLETED: QColor("#5d4037"),
    ExperimentStatus.WITHDRAWN: QColor("#757575"),
}
LAW_COLOUR = QColor("#3f6fb5")
OTHERS_COLOUR = QColor("#9e9e9e")


def _state(cell: ParticipationCell) -> ApprovalStatus | None:
    """Return a cell's approval state, None when the municipality does not take part."""
    if not cell.participates:
        return None
    return cell.approval_status or ApprovalStatus.PENDING


class HeatMapChart(Chart):
    """Experiments (rows) × municipalities (columns), each cell coloured and marked by state.

    Totals close every row and column; the names of the columns are slanted so they fit.
    """

    ANGLE = 45

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matrix = ParticipationMatrix([], [])

    def set_data(self, matrix: ParticipationMatrix) -> None:
        """Show a participation matrix."""
        self._matrix = matrix
        self._changed()

    def is_empty(self) -> bool:
        """Return whether there are no experiments."""
        return not self._matrix.experiments

    def row_labels(self) -> list[str]:
        """Return the full row labels, '1. Afprøvning af …'."""
        return [
            f"{n}. {title}" if n is not None else title for _, n, title in self._matrix.experiments
        ]

    def totals(self) -> tuple[list[int], list[int]]:
        """Return the participants per experiment and the experiments per municipality."""
        m = self._matrix
        rows = [
            sum(m.cell(e, c).participates for c, _ in m.municipalities) for e, _, _ in m.experiments
        ]
        cols = [
            sum(m.cell(e, c).participates for e, _, _ in m.experiments) for c, _ in m.municipalities
        ]
        return rows, cols

    def cell(self, row: int, col: int) -> ParticipationCell:
        """Return the matrix cell shown at a row and column."""
        m = self._matrix
        return m.cell(m.experiments[row][0], m.municipalities[col][0])

    def mark(self, row: int, col: int) -> str:
        """Return the text mark of a cell: '?', '✓', '✗' (+ '*' with a reservation) or ''."""
        cell = self.cell(row, col)
        if (status := _state(cell)) is None:
            return ""
        return APPROVAL_MARKS[status] + (RESERVATION_MARK if cell.reservation else "")

    def cell_rect(self, row: int, col: int) -> QRect:
        """Return the square of a cell (row/col one past the end: the totals)."""
        g = self._measures(self.width())
        x = g["left"] + col * g["cell"] + (6 if col == g["cols"] else 0)
        y = g["top"] + row * g["cell"] + (6 if row == g["rows"] else 0)
        return QRect(x + 2, y + 2, g["cell"] - 4, g["cell"] - 4)

    def grid_rect(self) -> QRect:
        """Return the area of the cells (without labels, totals and legend)."""
        g = self._measures(self.width())
        return QRect(g["left"], g["top"], g["cols"] * g["cell"], g["rows"] * g["cell"])

    def _names(self) -> list[str]:
        fm = self.fontMetrics()
        limit = 11 * fm.horizontalAdvance("M")
        names = [
            fm.elidedText(name, Qt.TextElideMode.ElideRight, limit)
            for _, name in self._matrix.municipalities
        ]
        return [*names, self.tr("Total")]

    def _geometry(self, width: int) -> dict[str, Any]:
        """Return the measures at a widget width (the label column shrinks, then elides)."""
        fm, names = self.fontMetrics(), self._names()
        cell = max(
            30,
            round(fm.height() * 1.9),
            QFontMetrics(bold(self.font())).horizontalAdvance("✓*") + 10,
        )
        ncols = len(self._matrix.municipalities)
        slant = math.sin(math.radians(self.ANGLE))
        header = round(max(fm.horizontalAdvance(n) for n in names) * slant + fm.height()) + 4
        grid_w = (ncols + 1) * cell + 6
        # How far the slanted names reach past the right edge of the totals column.
        overhang = max(
            0,
            *(
                round(
                    (i + 0.5) * cell
                    + (6 if i == ncols else 0)
                    + 2
                    - grid_w
                    + fm.horizontalAdvance(n) * slant
                    + fm.height() / 2
                )
                for i, n in enumerate(names)
            ),
        )
        natural = max(fm.horizontalAdvance(label) for label in self.row_labels()) + 12
        room = width - 2 * PAD - grid_w - overhang
        cap = max(26 * fm.horizontalAdvance("n"), width // 2)
        label_w = max(min(120, natural), min(natural, cap, room))
        return {
            "cell": cell,
            "label_w": label_w,
            "grid_w": grid_w,
            "overhang": overhang,
            "left": PAD + label_w,
            "top": PAD + header,
            "rows": len(self._matrix.experiments),
            "cols": ncols,
        }

    def _width_at(self, width: int) -> int:
        g = self._measures(width)
        total: int = 2 * PAD + g["label_w"] + g["grid_w"] + g["overhang"]
        return total

    def _minimum_width(self) -> int:
        return 200 if self.is_empty() else self._width_at(0)

    def _preferred_width(self) -> int:
        return 640 if self.is_empty() else self._width_at(10_000)

    def legend_items(self) -> list[tuple[str, str]]:
        """Return the legend: not taking part, each approval status, with a reservation."""
        states = [(s.value, label(s)) for s in ApprovalStatus]
        return [
            ("", self.tr("not taking part")),
            *states,
            (RESERVATION_MARK, self.tr("with reservation")),
        ]

    def _legend_top(self, width: int) -> int:
        g = self._measures(width)
        top: int = g["top"] + (g["rows"] + 1) * g["cell"] + 6 + 12
        return top

    def _content_height(self, width: int) -> int:
        top = self._legend_top(width)
        return top + self._legend(self.legend_items(), top, width) + PAD

    def _swatch(self, painter: QPainter, rect: QRect, key: str) -> None:
        if key == RESERVATION_MARK:
            self._draw_cell(painter, rect, None, RESERVATION_MARK)
        else:
            status = ApprovalStatus(key) if key else None
            self._draw_cell(painter, rect, status, APPROVAL_MARKS[status] if status else "")

    def _draw_cell(
        self, painter: QPainter, rect: QRect, status: ApprovalStatus | None, mark: str
    ) -> None:
        if status is None:
            painter.setPen(QPen(ABSENT_OUTLINE, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            fg = self.palette().color(QPalette.ColorRole.WindowText)
        else:
            painter.fillRect(rect, APPROVAL_COLOURS[status])
            fg = text_colour_on(APPROVAL_COLOURS[status])
        if mark:
            painter.setFont(bold(self.font()))
            painter.setPen(fg)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, mark)
            painter.setFont(self.font())

    def _paint(self, painter: QPainter) -> None:
        g, fm = self._measures(self.width()), self.fontMetrics()
        text = self.palette().color(QPalette.ColorRole.WindowText)
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for col, name in enumerate(self._names()):
            painter.save()
            painter.setPen(muted if col == g["cols"] else text)
            painter.translate(QPointF(self.cell_rect(0, col).center().x(), g["top"] - 4))
            painter.rotate(-self.ANGLE)
            painter.drawText(QPointF(2, (fm.ascent() - fm.descent()) / 2), name)
            painter.restore()
        row_totals, col_totals = self.totals()
        for row, row_label in enumerate([*self.row_labels(), self.tr("Total")]):
            rect = self.cell_rect(row, 0)
            label_rect = QRect(PAD, rect.top(), g["label_w"] - 8, rect.height())
            painter.setPen(muted if row == g["rows"] else text)
            elided = fm.elidedText(row_label, Qt.TextElideMode.ElideRight, label_rect.width())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignVCenter, elided)
            for col in range(g["cols"] + 1):
                if row < g["rows"] and col < g["cols"]:
                    status = _state(self.cell(row, col))
                    self._draw_cell(painter, self.cell_rect(row, col), status, self.mark(row, col))
                elif row < g["rows"] or col < g["cols"]:
                    total = row_totals[row] if col == g["cols"] else col_totals[col]
                    painter.setPen(text)
                    painter.drawText(
                        self.cell_rect(row, col), Qt.AlignmentFlag.AlignCenter, str(total)
                    )
        self._legend(self.legend_items(), self._legend_top(self.width()), self.width(), painter)

    def tooltip_at(self, pos: QPoint) -> str:
        """Return the experiment's full title, or who takes part how, under a point."""
        g, labels = self._measures(self.width()), self.row_labels()
        for row in range(g["rows"]):
            line = self.cell_rect(row, 0).adjusted(-2, -2, 2, 2)
            if not line.top() <= pos.y() <= line.bottom():
                continue
            if pos.x() < g["left"]:
                return labels[row]
            for col in range(g["cols"]):
                if self.cell_rect(row, col).adjusted(-2, -2, 2, 2).contains(pos):
                    cell, name = self.cell(row, col), self._matrix.municipalities[col][1]
                    if (status := _state(cell)) is None:
                        return self.tr("{0} does not take part in {1}").format(name, labels[row])
                    tip = f"{name} – {labels[row]}: {label(status)}"
                    if cell.reservation:
                        tip += "\n" + self.tr("Reservation: {0}").format(cell.reservation)
                    return tip
        return ""


class StatusByRoundChart(BarChart):
    """One stacked bar per submission round, a segment per experiment status."""

    values_in_segments = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: list[tuple[str, dict[ExperimentStatus, int]]] = []

    def set_data(
        self, rounds: list[str], status_by_round: dict[str, dict[ExperimentStatus, int]]
    ) -> None:
        """Show experiment counts per status for rounds given by ISO deadline ('' = none)."""
        self._counts, bars = [], []
        for deadline in rounds:
            raw = status_by_round.get(deadline, {})
            counts = {s: raw[s] for s in ExperimentStatus if raw.get(s)}
            name = short_date(deadline) if deadline else self.tr("No round")
            segments = tuple(
                Segment(n, STATUS_COLOURS[s], f"{name} – {label(s)}: {n}")
                for s, n in counts.items()
            )
            self._counts.append((name, counts))
            bars.append(Bar(name, segments, f"{name}: {experiments_text(sum(counts.values()))}"))
        self.set_bars(bars)

    def bars(self) -> list[tuple[str, dict[ExperimentStatus, int]]]:
        """Return each bar's label and its counts per status, in status order."""
        return list(self._counts)

    def legend_items(self) -> list[tuple[str, str]]:
        """Return the statuses that occur, in their fixed order, with their translated labels."""
        shown = {s for _, counts in self._counts for s in counts}
        return [(s.value, label(s)) for s in ExperimentStatus if s in shown]

    def _swatch(self, painter: QPainter, rect: QRect, key: str) -> None:
        painter.fillRect(rect, STATUS_COLOURS[ExperimentStatus(key)])


def _law_name(usage: LawUsage) -> str:
    return usage.abbreviation or usage.title


def experiments_text(count: int) -> str:
    """Return '1 experiment' or '{count} experiments', translated."""
    if count == 1:
        return QCoreApplication.translate("OverviewView", "1 experiment")
    return QCoreApplication.translate("OverviewView", "{0} experiments").format(count)


def provisions_text(count: int) -> str:
    """Return '1 provision' or '{count} provisions', translated."""
    if count == 1:
        return QCoreApplication.translate("OverviewView", "1 provision")
    return QCoreApplication.translate("OverviewView", "{0} provisions").format(count)


class LawUsageChart(BarChart):
    """One bar per law, as long as the number of provisions the network asks about."""

    empty_source = QT_TRANSLATE_NOOP("Chart", "No legal bases yet")

    def set_data(self, usage: list[LawUsage]) -> None:
        """Show law usage, most used first; beyond MAX_LAWS laws the rest is summed as 'Others'."""
        ranked = sorted(usage, key=lambda u: (-u.provisions, _law_name(u).casefold()))
        bars = []
        for u in ranked[:MAX_LAWS]:
            counts = self.tr("{0} in {1}", "'3 provisions' in '2 experiments'").format(
                provisions_text(u.provisions), experiments_text(u.experiments)
            )
            bars.append(
                Bar(_law_name(u), (Segment(u.provisions, LAW_COLOUR),), f"{u.title}\n{counts}")
            )
        if rest := ranked[MAX_LAWS:]:
            total = sum(u.provisions for u in rest)
            names = ", ".join(_law_name(u) for u in rest)
            bars.append(Bar(self.tr("Others"), (Segment(total, OTHERS_COLOUR),), names))
        self.set_bars(bars)

    def bars(self) -> list[tuple[str, int]]:
        """Return the bars as (label, provisions), in the order shown."""
        return [(bar.label, bar.total) for bar in self._bars]


class OverviewView(QWidget):
    """The three charts under bold headings, in a scroll area so small windows still work."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heat_map = HeatMapChart()
        self.status_chart = StatusByRoundChart()
        self.law_chart = LawUsageChart()
        self._headings = [QLabel() for _ in range(3)]
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        charts = (self.heat_map, self.status_chart, self.law_chart)
        for index, (heading, chart) in enumerate(zip(self._headings, charts, strict=True)):
            font = bold(heading.font())
            font.setPointSizeF(font.pointSizeF() * 1.15)
            heading.setFont(font)
            if index:
                layout.addSpacing(18)
            layout.addWidget(heading)
            layout.addWidget(chart)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self._retranslate()

    def _retranslate(self) -> None:
        titles = (
            self.tr("Participation"),
            self.tr("Experiments per status and round"),
            self.tr("Provisions per law"),
        )
        for heading, title in zip(self._headings, titles, strict=True):
            heading.setText(title)

    def headings(self) -> list[str]:
        """Return the chart headings as shown."""
        return [heading.text() for heading in self._headings]

    def set_overview(self, ov: Overview) -> None:
        """Show the data of `queries.overview` in the three charts."""
        self.heat_map.set_data(ov.matrix)
        self.status_chart.set_data(ov.rounds, ov.status_by_round)
        self.law_chart.set_data(ov.law_usage)

    def is_empty(self) -> bool:
        """Return whether the file has no experiments (the charts show their empty message)."""
        return self.heat_map.is_empty() and self.status_chart.is_empty()

    def changeEvent(self, event: QEvent) -> None:
        """Translate the headings again when the language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
