"""What the compensation range chart shows, and the words for it (tooltips, screen readers).

The figures come straight from the analysis, already in one unit (the reporting currency, or
international dollars in purchasing-power mode); nothing here computes a pay figure, it only picks
and words them. The painting lives in :mod:`compensation_chart`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.format import format_money, format_position
from hireplan.analysis.results import Position

if TYPE_CHECKING:
    from hireplan.gui.compensation.mode_model import MarketRow

THOUSANDS_FROM = 10_000
"""From this largest figure on, the value axis counts in thousands."""


@dataclass(frozen=True)
class MarketRange:
    """One market's benchmark in the chart's unit; P25/P75 are None when the benchmark lacks them."""

    market: str
    p25: Decimal | None
    p50: Decimal
    p75: Decimal | None


@dataclass(frozen=True)
class OfferPoint:
    """An offer's figure against one market, and where it sits in that market's range."""

    value: Decimal
    position: Position | None


@dataclass(frozen=True)
class ChartData:
    unit: str
    markets: tuple[MarketRange, ...]
    offers: tuple[tuple[str, tuple[OfferPoint | None, ...]], ...]
    """(offer label, its point against each market in ``markets`` order, None where it has none)."""

    def is_empty(self) -> bool:
        return not self.markets

    def largest(self) -> float:
        """The largest figure drawn (0 when there is nothing)."""
        values = [float(m.p50) for m in self.markets]
        values += [float(v) for m in self.markets for v in (m.p25, m.p75) if v is not None]
        values += [float(p.value) for _, points in self.offers for p in points if p is not None]
        return max(values, default=0.0)

    def scale(self) -> float:
        """1000 when the value axis counts in thousands, else 1."""
        return 1000.0 if self.largest() >= THOUSANDS_FROM else 1.0

    def axis_title(self) -> str:
        if self.scale() > 1:
            return QCoreApplication.translate("CompensationChart", "{unit} a year, in thousands").format(
                unit=self.unit
            )
        return QCoreApplication.translate("CompensationChart", "{unit} a year").format(unit=self.unit)


def chart_data(rows: Sequence[MarketRow], unit: str) -> ChartData:
    """Markets in first-seen order (those with a median in this unit), and each offer's point there."""
    markets: dict[str, MarketRange] = {}
    points: dict[str, dict[str, OfferPoint | None]] = {}
    labels: dict[str, str] = {}
    for row in rows:
        market_id = row.comparison.market_id
        if row.p50 is None:
            continue
        if market_id not in markets:
            markets[market_id] = MarketRange(row.comparison.market_name, row.p25, row.p50, row.p75)
        labels[row.offer_id] = row.offer_label
        point = None if row.offer_value is None else OfferPoint(row.offer_value, row.position)
        points.setdefault(row.offer_id, {})[market_id] = point
    order = list(markets)
    offers = tuple(
        (labels[offer_id], tuple(by_market.get(market_id) for market_id in order))
        for offer_id, by_market in points.items()
    )
    return ChartData(unit, tuple(markets.values()), offers)


def nice_ticks(top: float, wanted: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top`` (steps of 1, 2 or 5 times a power of ten)."""
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    rough = top / wanted
    power = 10.0 ** math.floor(math.log10(rough))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if f * power >= rough)
    count = math.ceil(top / step - 1e-9)
    return [step * n for n in range(count + 1)]


def tick_text(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def market_text(market: MarketRange, unit: str) -> str:
    """``Silicon Valley: the median (P50) is USD 250,000 a year, P25 USD 205,000, P75 not given.``"""

    def given(value: Decimal | None) -> str:
        return (
            QCoreApplication.translate("CompensationChart", "not given")
            if value is None
            else format_money(value, unit)
        )

    return QCoreApplication.translate(
        "CompensationChart", "{market}: the median (P50) is {p50} a year, P25 {p25}, P75 {p75}."
    ).format(
        market=market.market, p50=format_money(market.p50, unit), p25=given(market.p25), p75=given(market.p75)
    )


def offer_text(label: str, market: MarketRange, point: OfferPoint | None, unit: str) -> str:
    """``Candidate A (Hangzhou) in Silicon Valley: USD 273,030 a year, 1.09 of P50 (P53).``"""
    if point is None:
        return QCoreApplication.translate(
            "CompensationChart", "{offer} has no figure in {unit} to compare with {market}."
        ).format(offer=label, unit=unit, market=market.market)
    value = format_money(point.value, unit)
    if point.position is None:
        return QCoreApplication.translate("CompensationChart", "{offer} in {market}: {value} a year.").format(
            offer=label, market=market.market, value=value
        )
    return QCoreApplication.translate(
        "CompensationChart", "{offer} in {market}: {value} a year, {position}."
    ).format(offer=label, market=market.market, value=value, position=format_position(point.position))


def describe(data: ChartData) -> str:
    """The chart in words, for screen readers."""
    if data.is_empty():
        return QCoreApplication.translate("CompensationChart", "No market figures to chart.")
    markets = QCoreApplication.translate("CompensationChart", "%n market(s)", None, len(data.markets))
    return QCoreApplication.translate(
        "CompensationChart", "%n offer(s) against {markets}, in {unit} a year.", None, len(data.offers)
    ).format(markets=markets, unit=data.unit)
