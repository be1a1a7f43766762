"""A chart of each offer against every market's P25-P75 range and median (QtCharts).

QtCharts is loaded only when the chart is first shown: importing this module does not import it,
so the window starts without it. The data comes in as :class:`ChartData`, already in one unit
(reporting currency or international dollars) from the analysis.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from hireplan.gui.compensation.mode_model import MarketRow

OFFER_COLOURS = ("#c0392b", "#1f6fd1", "#8e44ad", "#d68910", "#2e8b3d", "#17202a")
RANGE_COLOUR = "#aab7c4"
THOUSANDS_FROM = 10_000


@dataclass(frozen=True)
class MarketRange:
    """One market's benchmark in the chart's unit; P25/P75 are None when the benchmark lacks them."""

    market: str
    p25: float | None
    p50: float
    p75: float | None


@dataclass(frozen=True)
class ChartData:
    unit: str
    markets: tuple[MarketRange, ...]
    offers: tuple[tuple[str, tuple[float | None, ...]], ...]
    """(offer label, its figure against each market in ``markets`` order)."""

    def is_empty(self) -> bool:
        return not self.markets


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def chart_data(rows: Sequence[MarketRow], unit: str) -> ChartData:
    """Markets in first-seen order (those with a median in this unit), and each offer's figure there."""
    markets: dict[str, MarketRange] = {}
    values: dict[str, dict[str, float | None]] = {}
    labels: dict[str, str] = {}
    for row in rows:
        market_id = row.comparison.market_id
        if row.p50 is None:
            continue
        if market_id not in markets:
            markets[market_id] = MarketRange(
                row.comparison.market_name, _float(row.p25), float(row.p50), _float(row.p75)
            )
        labels[row.offer_id] = row.offer_label
        values.setdefault(row.offer_id, {})[market_id] = _float(row.offer_value)
    order = list(markets)
    offers = tuple(
        (labels[offer_id], tuple(by_market.get(market_id) for market_id in order))
        for offer_id, by_market in values.items()
    )
    return ChartData(unit, tuple(markets.values()), offers)


class CompensationChart(QWidget):
    """Box per market (P25, P50, P75) and one marker per offer; the chart is built on first show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel("Pick a role with offers to see them against each market.")
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.addWidget(self._placeholder)
        self._view: Any = None
        self._chart: Any = None
        self._axis_x: Any = None
        self._axis_y: Any = None
        self._data: ChartData | None = None
        self.setAccessibleName("Offers against market ranges chart")
        self.setMinimumSize(320, 260)

    def is_created(self) -> bool:
        return self._view is not None

    def chart(self) -> Any:
        """The QChart (None until first shown)."""
        return self._chart

    def data(self) -> ChartData | None:
        return self._data

    def set_data(self, data: ChartData) -> None:
        self._data = data
        self.setAccessibleDescription(describe(data))
        if self._view is not None:
            self._render()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._view is None:
            self._create()
            self._render()

    def _create(self) -> None:
        # QtCharts is loaded here, on first show, never at import.
        from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QValueAxis

        self._chart = QChart()
        # The axes live as long as the chart; each render only changes their labels and range.
        self._axis_x = QBarCategoryAxis()
        self._axis_y = QValueAxis()
        self._axis_y.setLabelFormat("%.0f")
        self._chart.addAxis(self._axis_x, Qt.AlignmentFlag.AlignBottom)
        self._chart.addAxis(self._axis_y, Qt.AlignmentFlag.AlignLeft)
        self._chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self._chart.legend().setShowToolTips(True)
        self._chart.setMargins(self._chart.margins())
        self._view = QChartView(self._chart)
        self._view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._view.setAccessibleName("Offers against market ranges")
        self._layout.addWidget(self._view)

    def _render(self) -> None:
        from PySide6.QtCharts import QBoxPlotSeries, QBoxSet, QScatterSeries

        chart = self._chart
        chart.removeAllSeries()
        data = self._data
        empty = data is None or data.is_empty()
        self._placeholder.setVisible(empty)
        self._view.setVisible(not empty)
        if data is None or empty:
            if data is not None:
                self._placeholder.setText(
                    "No market figures to chart in this unit: the role has no matching benchmark, "
                    "or an exchange rate or PPP factor is missing."
                )
            return
        everything = [m.p50 for m in data.markets]
        everything += [v for m in data.markets for v in (m.p25, m.p75) if v is not None]
        everything += [v for _, values in data.offers for v in values if v is not None]
        scale = 1000.0 if max(everything) >= THOUSANDS_FROM else 1.0

        boxes = QBoxPlotSeries()
        boxes.setName("Market P25–P75, P50")
        boxes.setBrush(QColor(RANGE_COLOUR))
        boxes.setBoxWidth(0.45)
        for market in data.markets:
            low = (market.p25 if market.p25 is not None else market.p50) / scale
            high = (market.p75 if market.p75 is not None else market.p50) / scale
            mid = market.p50 / scale
            boxes.append(QBoxSet(low, low, mid, high, high, market.market))
        chart.addSeries(boxes)

        axis_x, axis_y = self._axis_x, self._axis_y
        axis_x.clear()
        axis_x.append([market.market for market in data.markets])
        # Many markets: slanted names stay readable instead of "S...".
        axis_x.setLabelsAngle(-40 if len(data.markets) > 4 else 0)
        axis_y.setTitleText(f"{data.unit} a year" + (", thousands" if scale > 1 else ""))
        top = max(everything) / scale
        axis_y.setRange(0, top * 1.1)
        axis_y.applyNiceNumbers()
        boxes.attachAxis(axis_x)
        boxes.attachAxis(axis_y)

        shapes = (
            QScatterSeries.MarkerShape.MarkerShapeCircle,
            QScatterSeries.MarkerShape.MarkerShapeTriangle,
            QScatterSeries.MarkerShape.MarkerShapeRectangle,
            QScatterSeries.MarkerShape.MarkerShapeStar,
        )
        for number, (label, values) in enumerate(data.offers):
            series = QScatterSeries()
            series.setName(label if len(label) <= 20 else label[:19] + "…")
            series.setMarkerShape(shapes[number % len(shapes)])
            series.setMarkerSize(13.0)
            series.setColor(QColor(OFFER_COLOURS[number % len(OFFER_COLOURS)]))
            series.setBorderColor(QColor("white"))
            for x, value in enumerate(values):
                if value is not None:
                    series.append(float(x), value / scale)
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)


def describe(data: ChartData) -> str:
    """The chart in words, for screen readers."""
    if data.is_empty():
        return "No market figures to chart."
    return f"{len(data.offers)} offer(s) against {len(data.markets)} market(s), in {data.unit} a year."
