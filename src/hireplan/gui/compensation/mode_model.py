"""What the two Compensation tables share: rows of offers against markets, units, roles, formats.

``compensation_summary.OffersSummaryModel`` has one row per offer (annual total, first-year value,
its own market and the competing package); ``compensation_markets.MarketComparisonModel`` one row
per offer and market. Both show either
nominal figures in the plan's reporting currency or purchasing-power figures in international
dollars, every number straight from ``document.analysis()`` and formatted by
``hireplan.analysis.format``. Compa-ratios are tinted by ``hireplan.analysis.bands.compa_band``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from hireplan.analysis.bands import verdict
from hireplan.analysis.format import (
    format_money,
    format_number,
)
from hireplan.analysis.results import (
    Conversion,
    Converted,
    LevelFit,
    OfferComparison,
    PlanAnalysis,
    Position,
)
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import BAND_TINTS, INK_ON_TINT
from hireplan.model.plan import Plan, PlanSettings

Index = QModelIndex | QPersistentModelIndex
Mode = Literal["nominal", "ppp"]
PPP_UNIT = "INT$"
DASH = "—"

OfferIdRole = Qt.ItemDataRole.UserRole + 1
MarketIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
"""A Decimal behind a formatted amount or ratio (None when missing), for tests and sorting."""

INDICATIVE_WORDS = str(
    QT_TRANSLATE_NOOP("CompensationTables", "indicative only: the benchmark is not for the role's level")
)

BAND_WORDS = {
    "high": str(QT_TRANSLATE_NOOP("CompensationTables", "below the plan's threshold")),
    "medium": str(QT_TRANSLATE_NOOP("CompensationTables", "below the market median")),
    "low": str(QT_TRANSLATE_NOOP("CompensationTables", "at or above the market median")),
}
"""The compa-ratio verdicts in English, translated where they are shown."""


def unit_of(mode: Mode, reporting_currency: str) -> str:
    return PPP_UNIT if mode == "ppp" else reporting_currency


def offer_label(plan: Plan, offer_id: str) -> str:
    """``Candidate A (Hangzhou)``, or the offer's market alone when it names no candidate."""
    markets = {market.id: market.name for market in plan.markets}
    for offer in plan.offers:
        if offer.id == offer_id:
            market = markets.get(offer.market_id, offer.market_id)
            who = offer.candidate.strip()
            if who:
                return QCoreApplication.translate("CompensationTables", "{candidate} ({market})").format(
                    candidate=who, market=market
                )
            return QCoreApplication.translate("CompensationTables", "Offer in {market}").format(market=market)
    return offer_id


def amount_of(conversion: Conversion | None) -> Decimal | None:
    return conversion.amount if isinstance(conversion, Converted) else None


def money_text(value: Decimal | None, unit: str) -> str:
    return DASH if value is None else format_money(value, unit)


def number_text(value: Decimal | None) -> str:
    return DASH if value is None else format_number(value)


def position_in(comparison: OfferComparison, mode: Mode) -> Position | None:
    return comparison.ppp if mode == "ppp" else comparison.nominal


@dataclass(frozen=True)
class MarketRow:
    """What one comparison row shows in one mode: each figure in the same unit."""

    offer_id: str
    offer_label: str
    comparison: OfferComparison
    p25: Decimal | None
    p50: Decimal | None
    p75: Decimal | None
    offer_value: Decimal | None
    position: Position | None


def market_rows(analysis: PlanAnalysis, plan: Plan, offer_ids: Sequence[str], mode: Mode) -> list[MarketRow]:
    """Every (offer, market) comparison of the offers, figures in the mode's unit."""
    rows: list[MarketRow] = []
    for offer_id in offer_ids:
        offer = analysis.offers.get(offer_id)
        if offer is None:
            continue
        label = offer_label(plan, offer_id)
        for comparison in offer.cross_market:
            position = position_in(comparison, mode)
            if mode == "ppp":
                points = dict(comparison.points_ppp)
                value = position.value if position is not None else None
            else:
                points = dict(comparison.points_reporting)
                value = amount_of(comparison.offer_reporting)
            rows.append(
                MarketRow(
                    offer_id=offer_id,
                    offer_label=label,
                    comparison=comparison,
                    p25=points.get(25),
                    p50=points.get(50),
                    p75=points.get(75),
                    offer_value=value,
                    position=position,
                )
            )
    return rows


class ModeModel(Contained, QAbstractTableModel):
    """Shared plumbing: the analysis, the offers shown, the mode, in-place refresh."""

    HEADERS: tuple[str, ...] = ()
    """Column headings in English (``QT_TRANSLATE_NOOP`` in "CompensationTables"), translated when shown."""

    def __init__(self, plan_getter: Callable[[], Plan], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plan_getter = plan_getter
        self._analysis: PlanAnalysis | None = None
        self._offer_ids: list[str] = []
        self._mode: Mode = "nominal"
        self._keys: list[tuple[str, ...]] = []

    def mode(self) -> Mode:
        return self._mode

    def unit(self) -> str:
        currency = (
            self._analysis.reporting_currency if self._analysis else self._plan_getter().reporting_currency
        )
        return unit_of(self._mode, currency)

    def reporting_currency(self) -> str:
        return self._analysis.reporting_currency if self._analysis else self._plan_getter().reporting_currency

    def settings(self) -> PlanSettings:
        return self._plan_getter().settings

    def update(self, analysis: PlanAnalysis, offer_ids: Sequence[str], mode: Mode) -> None:
        """Show these offers from this analysis in this mode; rows stay in place when they can."""
        header_changed = mode != self._mode or (
            self._analysis is not None and analysis.reporting_currency != self._analysis.reporting_currency
        )
        self._analysis = analysis
        self._offer_ids = list(offer_ids)
        self._mode = mode
        keys = self._compute_keys()
        if keys != self._keys:
            self.beginResetModel()
            self._keys = keys
            self._rebuild()
            self.endResetModel()
        else:
            self._rebuild()
            if keys:
                self.dataChanged.emit(self.index(0, 0), self.index(len(keys) - 1, self.columnCount() - 1))
        if header_changed:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def _compute_keys(self) -> list[tuple[str, ...]]:
        raise NotImplementedError

    def _rebuild(self) -> None:
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def heading(self, section: int) -> str:
        """A column's heading in the window's language."""
        return QCoreApplication.translate("CompensationTables", self.HEADERS[section])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _band_paint(self, role: int, ratio: Decimal, fit: LevelFit = "exact") -> QBrush | None:
        """A compa-ratio's verdict tint (``BackgroundRole``) and the dark ink that reads on it
        (``ForegroundRole``), always as a pair: an indicative comparison (a benchmark for another
        level) gets neither, so its text keeps the palette's colour (dark ink on the dark scheme's
        base would all but vanish)."""
        band = verdict(ratio, self.settings(), fit)
        if band is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(BAND_TINTS[band]))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(INK_ON_TINT))
        return None

    def _band_words(self, ratio: Decimal, fit: LevelFit = "exact") -> str:
        band = verdict(ratio, self.settings(), fit)
        words = INDICATIVE_WORDS if band is None else BAND_WORDS[band.value]
        return QCoreApplication.translate("CompensationTables", words)
