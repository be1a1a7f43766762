"""Each offer against every market's P25-P75 range and median, drawn with QPainter.

Drawn by hand (as the risk heat map is) rather than with QtCharts, so the app needs only
PySide6-Essentials: QtCharts alone pulled in the 150 MB PySide6-Addons wheel. A box per market
spans P25-P75 with a line at the median; each offer is a marker of its own colour and shape.

Mouse: hover a box, a marker or a legend entry for its figures. Keyboard: Left/Right move between
markets, Up/Down between the market's range and each offer there; the focused item's figures are
shown as a tooltip and given to screen readers as the accessible description.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import ON_COLOUR, RANGE_COLOUR, tones
from hireplan.gui.compensation.range_chart_data import (
    ChartData,
    describe,
    market_text,
    nice_ticks,
    offer_text,
    tick_text,
)
from hireplan.i18n import join_sentences

SHAPES = ("circle", "triangle", "square", "diamond")
MARKER = 13.0
LEGEND_LABEL_CHARS = 28
RANGE_LEGEND = str(QT_TRANSLATE_NOOP("CompensationChart", "Market P25–P75, line at P50"))
EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP("CompensationChart", "Pick a role with offers to see them against each market.")
)
NO_FIGURES_TEXT = str(
    QT_TRANSLATE_NOOP(
        "CompensationChart",
        "No market figures to chart in this unit: the role has no matching benchmark, "
        "or an exchange rate or PPP factor is missing.",
    )
)
"""The chart's fixed texts in English; :func:`chart_text` says them in the window's language."""


def chart_text(text: str) -> str:
    return QCoreApplication.translate("CompensationChart", text)


Target = tuple[int, int]
"""(market index, layer): layer 0 is the market's range, layer n the n-th offer (1-based)."""


@dataclass(frozen=True)
class _Geometry:
    plot: QRectF
    top: float
    """The value at the top of the plot, in axis units."""
    ticks: list[float]
    legend: list[tuple[QRectF, int]]
    """(rectangle, layer) of each legend entry; layer 0 is the range entry."""

    def slot(self, market: int, count: int) -> QRectF:
        width = self.plot.width() / max(count, 1)
        return QRectF(self.plot.left() + market * width, self.plot.top(), width, self.plot.height())

    def y(self, value: float) -> float:
        return self.plot.bottom() - value / self.top * self.plot.height()


class CompensationChart(Contained, QWidget):
    """Box per market (P25, P50, P75) and one marker per offer; ``set_data`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: ChartData | None = None
        self._focus: Target = (0, 0)
        self._cache: tuple[tuple[object, ...], _Geometry] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAccessibleName(
            QCoreApplication.translate("CompensationChart", "Offers against market ranges chart")
        )
        self.setAccessibleDescription(chart_text(EMPTY_TEXT))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 260)

    # ------------------------------------------------------------------ data

    def data(self) -> ChartData | None:
        return self._data

    def set_data(self, data: ChartData) -> None:
        if data == self._data:
            return
        self._data = data
        self._cache = None
        market, layer = self._focus
        self._focus = (min(market, max(len(data.markets) - 1, 0)), min(layer, len(data.offers)))
        self._describe()
        self.update()

    def focused_item(self) -> Target:
        return self._focus

    def text_of(self, target: Target) -> str:
        """What a tooltip and a screen reader say about one box or marker."""
        data = self._data
        if data is None or data.is_empty():
            return self._empty_text()
        market_index, layer = target
        market = data.markets[market_index]
        if layer == 0:
            return market_text(market, data.unit)
        label, points = data.offers[layer - 1]
        return offer_text(label, market, points[market_index], data.unit)

    def _empty_text(self) -> str:
        return chart_text(EMPTY_TEXT if self._data is None else NO_FIGURES_TEXT)

    def _describe(self) -> None:
        data = self._data
        if data is None or data.is_empty():
            self.setAccessibleDescription(self._empty_text())
            return
        keys = QCoreApplication.translate(
            "CompensationChart",
            "Left and Right arrows move between markets, Up and Down between the range and each offer.",
        )
        self.setAccessibleDescription(join_sentences(describe(data), self.text_of(self._focus), keys))

    # ------------------------------------------------------------------ geometry

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def _legend_entries(self) -> list[tuple[str, int]]:
        data = self._data
        entries = [(chart_text(RANGE_LEGEND), 0)]
        if data is not None:
            for number, (label, _) in enumerate(data.offers, start=1):
                short = label if len(label) <= LEGEND_LABEL_CHARS else label[: LEGEND_LABEL_CHARS - 1] + "…"
                entries.append((short, number))
        return entries

    def _geometry(self) -> _Geometry:
        """Where everything goes, worked out again only when the size, font or data change."""
        key = (self.width(), self.height(), self.font().key(), id(self._data))
        if self._cache is None or self._cache[0] != key:
            self._cache = (key, self._layout())
        return self._cache[1]

    def _layout(self) -> _Geometry:
        data = self._data
        assert data is not None
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(8, 8, -12, -6)

        # The legend flows in rows under the plot, each row centred.
        rows: list[list[tuple[float, str, int]]] = [[]]
        row_width = 0.0
        for text, layer in self._legend_entries():
            width = MARKER + 6 + metrics.horizontalAdvance(text) + 18
            if rows[-1] and row_width + width > area.width():
                rows.append([])
                row_width = 0.0
            rows[-1].append((width, text, layer))
            row_width += width
        legend_height = len(rows) * (line + 4)

        top = data.largest() / data.scale() * 1.08
        ticks = nice_ticks(top)
        left = max(metrics.horizontalAdvance(tick_text(t)) for t in ticks) + line * 1.6 + 10
        labels_height = line * 2 + 6
        plot = QRectF(
            area.left() + left,
            area.top() + line / 2,
            area.width() - left,
            area.height() - line / 2 - labels_height - legend_height - 6,
        )
        legend: list[tuple[QRectF, int]] = []
        y = plot.bottom() + labels_height + 6
        for row in rows:
            x = plot.center().x() - sum(width for width, _, _ in row) / 2
            for width, _, layer in row:
                legend.append((QRectF(x, y, width - 18 + 4, line), layer))
                x += width
            y += line + 4
        return _Geometry(plot, ticks[-1], ticks, legend)

    def item_rect(self, target: Target) -> QRectF:
        """Where a market's box (layer 0) or an offer's marker is drawn; empty if it is not drawn."""
        data = self._data
        if data is None or data.is_empty():
            return QRectF()
        geometry = self._geometry()
        market_index, layer = target
        slot = geometry.slot(market_index, len(data.markets))
        scale = data.scale()
        if layer == 0:
            market = data.markets[market_index]
            low = market.p25 if market.p25 is not None else market.p50
            high = market.p75 if market.p75 is not None else market.p50
            box_width = slot.width() * 0.45
            top, bottom = geometry.y(float(high) / scale), geometry.y(float(low) / scale)
            return QRectF(slot.center().x() - box_width / 2, top - 3, box_width, bottom - top + 6)
        point = data.offers[layer - 1][1][market_index]
        if point is None:
            return QRectF()
        count = len(data.offers)
        spread = min(MARKER + 3, slot.width() * 0.45 / count)
        x = slot.center().x() + (layer - 1 - (count - 1) / 2) * spread
        y = geometry.y(float(point.value) / scale)
        return QRectF(x - MARKER / 2, y - MARKER / 2, MARKER, MARKER)

    def target_at(self, position: QPointF) -> Target | None:
        """The marker under ``position`` (markers win over boxes), else the box, else None."""
        data = self._data
        if data is None or data.is_empty():
            return None
        for market_index in range(len(data.markets)):
            for layer in range(len(data.offers), 0, -1):
                if self.item_rect((market_index, layer)).adjusted(-2, -2, 2, 2).contains(position):
                    return (market_index, layer)
        for market_index in range(len(data.markets)):
            if self.item_rect((market_index, 0)).contains(position):
                return (market_index, 0)
        return None

    def legend_at(self, position: QPointF) -> int | None:
        if self._data is None or self._data.is_empty():
            return None
        for rect, layer in self._geometry().legend:
            if rect.contains(position):
                return layer
        return None

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        data = self._data
        if data is None or data.is_empty():
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRectF(self.rect()).adjusted(20, 20, -20, -20),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text(),
            )
            painter.end()
            return
        geometry = self._geometry()
        self._paint_axes(painter, geometry, data)
        self._paint_ranges(painter, data)
        self._paint_offers(painter, data)
        self._paint_legend(painter, geometry)
        if self.hasFocus():
            rect = self.item_rect(self._focus)
            if not rect.isEmpty():
                painter.setPen(QPen(palette.highlight().color(), 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), 3, 3)
        painter.end()

    def _paint_axes(self, painter: QPainter, geometry: _Geometry, data: ChartData) -> None:
        palette = self.palette()
        plot = geometry.plot
        line = QFontMetricsF(self.font()).height()
        painter.fillRect(plot, palette.base())
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        grid.setAlpha(90)
        text = palette.color(QPalette.ColorRole.WindowText)
        for tick in geometry.ticks:
            y = geometry.y(tick)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(plot.left() - 200 - 6, y - line / 2, 200, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                tick_text(tick),
            )
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.drawRect(plot)
        painter.setPen(text)
        for market_index, market in enumerate(data.markets):
            slot = geometry.slot(market_index, len(data.markets))
            painter.drawText(
                QRectF(slot.left() + 2, plot.bottom() + 4, slot.width() - 4, line * 2 + 2),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                market.market,
            )
        painter.save()
        painter.translate(self.rect().left() + 8, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, 0, plot.height(), line),
            Qt.AlignmentFlag.AlignCenter,
            data.axis_title(),
        )
        painter.restore()

    def _paint_ranges(self, painter: QPainter, data: ChartData) -> None:
        edge = QColor(tones().range_edge)
        geometry = self._geometry()
        for market_index, market in enumerate(data.markets):
            rect = self.item_rect((market_index, 0)).adjusted(0, 3, 0, -3)
            if market.p25 is not None or market.p75 is not None:
                painter.setPen(QPen(edge, 1.2))
                painter.setBrush(QColor(RANGE_COLOUR))
                painter.drawRect(rect)
            y = geometry.y(float(market.p50) / data.scale())
            painter.setPen(QPen(edge, 2.5))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def _paint_offers(self, painter: QPainter, data: ChartData) -> None:
        for number in range(1, len(data.offers) + 1):
            for market_index in range(len(data.markets)):
                rect = self.item_rect((market_index, number))
                if not rect.isEmpty():
                    _marker(painter, rect, number)

    def _paint_legend(self, painter: QPainter, geometry: _Geometry) -> None:
        text = self.palette().color(QPalette.ColorRole.WindowText)
        labels = dict((layer, label) for label, layer in self._legend_entries())
        for rect, layer in geometry.legend:
            swatch = QRectF(rect.left(), rect.center().y() - MARKER / 2, MARKER, MARKER)
            if layer == 0:
                painter.setPen(QPen(QColor(tones().range_edge), 1.2))
                painter.setBrush(QColor(RANGE_COLOUR))
                painter.drawRect(swatch.adjusted(0, 1, 0, -1))
                painter.setPen(QPen(QColor(tones().range_edge), 2))
                painter.drawLine(
                    QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y())
                )
            else:
                _marker(painter, swatch, layer)
            painter.setPen(text)
            painter.drawText(
                rect.adjusted(MARKER + 6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                labels[layer],
            )

    # ------------------------------------------------------------------ input

    def keyPressEvent(self, event: QKeyEvent) -> None:
        data = self._data
        key = event.key()
        moves = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, 1),
            Qt.Key.Key_Down: (0, -1),
        }
        if data is None or data.is_empty() or key not in moves:
            super().keyPressEvent(event)
            return
        dm, dl = moves[Qt.Key(key)]
        market, layer = self._focus
        self._focus = (
            min(len(data.markets) - 1, max(0, market + dm)),
            min(len(data.offers), max(0, layer + dl)),
        )
        self._describe()
        self.update()
        rect = self.item_rect(self._focus)
        if rect.isEmpty():
            rect = self._geometry().slot(self._focus[0], len(data.markets))
        anchor = self.mapToGlobal(rect.topRight().toPoint())
        QToolTip.showText(anchor, self.text_of(self._focus), self, rect.toRect())
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text, rect = self._tooltip_at(QPointF(event.pos()))
            if text:
                QToolTip.showText(event.globalPos(), text, self, rect)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _tooltip_at(self, position: QPointF) -> tuple[str, QRect]:
        target = self.target_at(position)
        if target is not None:
            return self.text_of(target), self.item_rect(target).toRect()
        layer = self.legend_at(position)
        if layer is not None and self._data is not None:
            label = chart_text(RANGE_LEGEND) if layer == 0 else self._data.offers[layer - 1][0]
            return label, QRect()
        return "", QRect()


def _marker(painter: QPainter, rect: QRectF, number: int) -> None:
    """The n-th offer's marker (1-based): its own colour and, for colour-blind readers, shape."""
    shape = SHAPES[(number - 1) % len(SHAPES)]
    path = QPainterPath()
    if shape == "circle":
        path.addEllipse(rect)
    elif shape == "square":
        path.addRect(rect.adjusted(1, 1, -1, -1))
    elif shape == "triangle":
        path.moveTo(rect.center().x(), rect.top())
        path.lineTo(rect.right(), rect.bottom() - 1)
        path.lineTo(rect.left(), rect.bottom() - 1)
        path.closeSubpath()
    else:
        path.moveTo(rect.center().x(), rect.top())
        path.lineTo(rect.right(), rect.center().y())
        path.lineTo(rect.center().x(), rect.bottom())
        path.lineTo(rect.left(), rect.center().y())
        path.closeSubpath()
    painter.setPen(QPen(QColor(ON_COLOUR), 1.5))
    offers = tones().offers
    painter.setBrush(QColor(offers[(number - 1) % len(offers)]))
    painter.drawPath(path)
