"""Offers for one role against every market's benchmark, as two read-only tables.

``OffersSummaryModel`` has one row per offer (annual total, first-year value, its own market and
the competing package); ``MarketComparisonModel`` one row per offer and market. Both show either
nominal figures in the plan's reporting currency or purchasing-power figures in international
dollars, every number straight from ``document.analysis()`` and formatted by
``hireplan.analysis.format``. Compa-ratios are tinted by ``hireplan.analysis.bands.compa_band``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import Literal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from hireplan.analysis.bands import compa_band
from hireplan.analysis.format import (
    describe_conversion,
    format_conversion,
    format_money,
    format_number,
    format_percent,
    format_ratio,
    format_signed_money,
)
from hireplan.analysis.results import (
    Conversion,
    Converted,
    OfferAnalysis,
    OfferComparison,
    PlanAnalysis,
    Position,
)
from hireplan.gui.flags_model import BAND_TINTS
from hireplan.model.plan import Plan, Settings

Index = QModelIndex | QPersistentModelIndex
Mode = Literal["nominal", "ppp"]
PPP_UNIT = "INT$"
DASH = "—"

OfferIdRole = Qt.ItemDataRole.UserRole + 1
MarketIdRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3
"""A Decimal behind a formatted amount or ratio (None when missing), for tests and sorting."""

BAND_WORDS = {
    "high": "below the plan's threshold",
    "medium": "below the market median",
    "low": "at or above the market median",
}


def unit_of(mode: Mode, reporting_currency: str) -> str:
    return PPP_UNIT if mode == "ppp" else reporting_currency


def offer_label(plan: Plan, offer_id: str) -> str:
    """``Candidate A (Hangzhou)``, or the offer's market alone when it names no candidate."""
    markets = {market.id: market.name for market in plan.markets}
    for offer in plan.offers:
        if offer.id == offer_id:
            market = markets.get(offer.market_id, offer.market_id)
            who = offer.candidate.strip()
            return f"{who} ({market})" if who else f"Offer in {market}"
    return offer_id


def _amount(conversion: Conversion | None) -> Decimal | None:
    return conversion.amount if isinstance(conversion, Converted) else None


def _money(value: Decimal | None, unit: str) -> str:
    return DASH if value is None else format_money(value, unit)


def _number(value: Decimal | None) -> str:
    return DASH if value is None else format_number(value)


def _position(comparison: OfferComparison, mode: Mode) -> Position | None:
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
            position = _position(comparison, mode)
            if mode == "ppp":
                points = dict(comparison.points_ppp)
                value = position.value if position is not None else None
            else:
                points = dict(comparison.points_reporting)
                value = _amount(comparison.offer_reporting)
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


class _ModeModel(QAbstractTableModel):
    """Shared plumbing: the analysis, the offers shown, the mode, in-place refresh."""

    HEADERS: tuple[str, ...] = ()

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

    def settings(self) -> Settings:
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

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _band_brush(self, ratio: Decimal) -> QBrush:
        return QBrush(QColor(BAND_TINTS[compa_band(ratio, self.settings())]))

    def _band_words(self, ratio: Decimal) -> str:
        return BAND_WORDS[compa_band(ratio, self.settings()).value]


class MarketColumn(IntEnum):
    OFFER = 0
    MARKET = 1
    BASIS = 2
    P25 = 3
    P50 = 4
    P75 = 5
    OFFER_VALUE = 6
    COMPA = 7
    POSITION = 8
    GAP = 9


class MarketComparisonModel(_ModeModel):
    """One row per (offer, market): the market's P25/P50/P75, our figure, compa-ratio and percentile."""

    HEADERS = (
        "Offer",
        "Market",
        "Basis",
        "P25",
        "P50",
        "P75",
        "Offer",
        "Compa-ratio",
        "Position",
        "Gap to P50",
    )

    def __init__(self, plan_getter: Callable[[], Plan], parent: QObject | None = None) -> None:
        super().__init__(plan_getter, parent)
        self._rows: list[MarketRow] = []

    def rows(self) -> list[MarketRow]:
        return list(self._rows)

    def _compute_keys(self) -> list[tuple[str, ...]]:
        if self._analysis is None:
            return []
        keys: list[tuple[str, ...]] = []
        for offer_id in self._offer_ids:
            offer = self._analysis.offers.get(offer_id)
            if offer is not None:
                keys.extend((offer_id, c.market_id) for c in offer.cross_market)
        return keys

    def _rebuild(self) -> None:
        if self._analysis is None:
            self._rows = []
            return
        self._rows = market_rows(self._analysis, self._plan_getter(), self._offer_ids, self._mode)

    def row_of(self, offer_id: str, market_id: str) -> int:
        return self._keys.index((offer_id, market_id)) if (offer_id, market_id) in self._keys else -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        column = MarketColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.HEADERS[section]
            if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75, MarketColumn.OFFER_VALUE):
                return f"{text} ({self.unit()})"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is MarketColumn.COMPA:
                return "Our figure divided by the market median (1.00 = at the median)"
            if column is MarketColumn.BASIS:
                return "Total pay when the benchmark gives a total median, else base pay"
            if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75):
                return "The market's percentiles for this role, yearly"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = MarketColumn(index.column())
        comparison = row.comparison
        position = row.position
        if role == OfferIdRole:
            return row.offer_id
        if role == MarketIdRole:
            return comparison.market_id
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= MarketColumn.P25:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column is MarketColumn.COMPA and position is not None and position.p50:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._band_brush(position.compa_ratio)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1f2328"))
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return f"{format_ratio(position.compa_ratio)}, {self._band_words(position.compa_ratio)}"
        if role == Qt.ItemDataRole.FontRole and comparison.is_own_market and column is MarketColumn.MARKET:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _display(self, row: MarketRow, column: MarketColumn) -> str:
        comparison, position = row.comparison, row.position
        if column is MarketColumn.OFFER:
            return row.offer_label
        if column is MarketColumn.MARKET:
            own = " (own)" if comparison.is_own_market else ""
            example = " *" if comparison.is_example else ""
            return f"{comparison.market_name}{own}{example}"
        if column is MarketColumn.BASIS:
            return "Total" if comparison.basis == "total" else "Base"
        # The unit is in the column header; bare figures keep the comparison narrow enough to read.
        if column is MarketColumn.P25:
            return _number(row.p25)
        if column is MarketColumn.P50:
            return _number(row.p50)
        if column is MarketColumn.P75:
            return _number(row.p75)
        if column is MarketColumn.OFFER_VALUE:
            return _number(row.offer_value)
        if position is None:
            return DASH
        if column is MarketColumn.COMPA:
            return format_ratio(position.compa_ratio)
        if column is MarketColumn.POSITION:
            return position.label
        return format_percent(position.gap_pct, signed=True)

    def _sort_value(self, row: MarketRow, column: MarketColumn) -> object:
        position = row.position
        values: dict[MarketColumn, Decimal | None] = {
            MarketColumn.P25: row.p25,
            MarketColumn.P50: row.p50,
            MarketColumn.P75: row.p75,
            MarketColumn.OFFER_VALUE: row.offer_value,
            MarketColumn.COMPA: position.compa_ratio if position is not None else None,
            MarketColumn.GAP: position.gap_pct if position is not None else None,
        }
        return values.get(column, self._display(row, column))

    def _tooltip(self, row: MarketRow, column: MarketColumn) -> str | None:
        comparison = row.comparison
        if row.position is None and column >= MarketColumn.OFFER_VALUE:
            return "\n".join(comparison.problems) or "Not enough figures to compare."
        if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75):
            pct = {MarketColumn.P25: 25, MarketColumn.P50: 50, MarketColumn.P75: 75}[column]
            local = dict(comparison.points).get(pct)
            if local is None:
                known = ", ".join(f"P{p}" for p in comparison.known_percentiles)
                return f"The benchmark does not give P{pct} (it gives {known})."
            text = f"{format_money(local, comparison.currency)} a year in the benchmark's currency"
            if self._mode == "nominal":
                return f"{text}\n{describe_conversion(comparison.p50_reporting)}"
            return text
        if column is MarketColumn.OFFER_VALUE:
            basis = "annual total" if comparison.basis == "total" else "base salary"
            conversion = comparison.offer_in_market
            return (
                f"Our {basis}: {format_conversion(conversion)} in the market's currency\n"
                f"{describe_conversion(comparison.offer_reporting or conversion)}"
            )
        if column is MarketColumn.COMPA and row.position is not None and row.position.p50:
            ratio = row.position.compa_ratio
            threshold = format_ratio(self.settings().below_market_threshold)
            return f"{format_ratio(ratio)}: {self._band_words(ratio)} (the plan's threshold is {threshold})"
        if column is MarketColumn.GAP and row.position is not None and self._mode == "nominal":
            nominal = comparison.nominal
            if nominal is not None:
                return (
                    f"{format_signed_money(nominal.gap_to_p50, comparison.currency)} in the market's currency"
                )
        if column is MarketColumn.MARKET and comparison.is_example:
            return "* These benchmark figures are examples: replace them with your own survey data."
        if column is MarketColumn.BASIS:
            if comparison.basis == "total":
                return "Compared on total pay: our annual total against the market's total"
            return "Compared on base pay: the benchmark gives no total, so our base against its base"
        return None


class SummaryColumn(IntEnum):
    OFFER = 0
    ANNUAL = 1
    FIRST_YEAR = 2
    OWN_COMPA = 3
    COMPETING = 4
    COMPETING_ANNUAL = 5
    FIRST_YEAR_GAP = 6


class OffersSummaryModel(_ModeModel):
    """One row per offer: annual total and first-year value, its own market, and the competing package."""

    HEADERS = (
        "Offer",
        "Annual total",
        "First-year value",
        "Own market",
        "Competing package",
        "Their annual",
        "First-year margin",
    )

    def __init__(self, plan_getter: Callable[[], Plan], parent: QObject | None = None) -> None:
        super().__init__(plan_getter, parent)
        self._offers: list[OfferAnalysis] = []
        self._labels: list[str] = []

    def _compute_keys(self) -> list[tuple[str, ...]]:
        if self._analysis is None:
            return []
        return [(offer_id,) for offer_id in self._offer_ids if offer_id in self._analysis.offers]

    def _rebuild(self) -> None:
        if self._analysis is None:
            self._offers, self._labels = [], []
            return
        plan = self._plan_getter()
        self._offers = [self._analysis.offers[key[0]] for key in self._keys]
        self._labels = [offer_label(plan, offer.offer_id) for offer in self._offers]

    def offer_id(self, row: int) -> str | None:
        return self._offers[row].offer_id if 0 <= row < len(self._offers) else None

    def row_of(self, offer_id: str) -> int:
        return self._keys.index((offer_id,)) if (offer_id,) in self._keys else -1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        column = SummaryColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.HEADERS[section]
            if column in (SummaryColumn.ANNUAL, SummaryColumn.FIRST_YEAR):
                return f"{text} ({self.unit()})"
            if column in (SummaryColumn.COMPETING_ANNUAL, SummaryColumn.FIRST_YEAR_GAP):
                return f"{text} ({self.reporting_currency()})"
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                SummaryColumn.OWN_COMPA: "Compa-ratio and percentile against the offer's own market",
                SummaryColumn.ANNUAL: (
                    "Base, bonus, a year of equity, sign-on spread over its period, allowances"
                ),
                SummaryColumn.FIRST_YEAR: (
                    "What the person receives in year one, including sign-on and relocation"
                ),
                SummaryColumn.COMPETING_ANNUAL: (
                    "Always at exchange rates: where the competing package is paid is not recorded, "
                    "so no PPP factor is applied to it"
                ),
                SummaryColumn.FIRST_YEAR_GAP: (
                    "Our first-year value minus what they would give up or get elsewhere "
                    "(their annual total, plus forfeited equity and a retention grant when staying)"
                ),
            }
            return tips.get(column)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._offers):
            return None
        offer = self._offers[index.row()]
        column = SummaryColumn(index.column())
        own = offer.own_market
        position = _position(own, self._mode) if own is not None else None
        if role == OfferIdRole:
            return offer.offer_id
        if role == SortRole:
            return self._sort_value(offer, column, position)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), offer, column, position)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SummaryColumn.ANNUAL,
            SummaryColumn.FIRST_YEAR,
            SummaryColumn.OWN_COMPA,
            SummaryColumn.COMPETING_ANNUAL,
            SummaryColumn.FIRST_YEAR_GAP,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if column is SummaryColumn.OWN_COMPA and position is not None and position.p50:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._band_brush(position.compa_ratio)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1f2328"))
        if column is SummaryColumn.FIRST_YEAR_GAP and offer.competing is not None:
            beats = offer.competing.beats
            if role == Qt.ItemDataRole.ForegroundRole and beats is not None:
                return QBrush(QColor("#2e8b3d" if beats else "#b91c1c"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(offer, column)
        return None

    def _figures(self, offer: OfferAnalysis) -> tuple[Conversion | None, Conversion | None]:
        if self._mode == "ppp":
            return offer.annual_ppp, offer.first_year_ppp
        return offer.annual_reporting, offer.first_year_reporting

    def _display(
        self, row: int, offer: OfferAnalysis, column: SummaryColumn, position: Position | None
    ) -> str:
        annual, first_year = self._figures(offer)
        competing = offer.competing
        if column is SummaryColumn.OFFER:
            return self._labels[row]
        if column is SummaryColumn.ANNUAL:
            return format_conversion(annual) if annual is not None else DASH
        if column is SummaryColumn.FIRST_YEAR:
            return format_conversion(first_year) if first_year is not None else DASH
        if column is SummaryColumn.OWN_COMPA:
            if position is None:
                return "no benchmark" if offer.own_market is None else DASH
            return f"{format_ratio(position.compa_ratio)} ({position.label})"
        if competing is None:
            return "" if column is not SummaryColumn.COMPETING else "none entered"
        if column is SummaryColumn.COMPETING:
            who = competing.employer or (
                "Current employer" if competing.kind == "current_employer" else "Rival"
            )
            kind = "stays" if competing.kind == "current_employer" else "rival offer"
            return f"{who} ({kind})"
        if column is SummaryColumn.COMPETING_ANNUAL:
            if offer.competing_annual_reporting is not None:
                return format_conversion(offer.competing_annual_reporting)
            return _money(competing.annual_total, competing.currency)
        gap = offer.competing_gap_reporting
        if isinstance(gap, Converted):
            return format_signed_money(gap.amount, gap.currency)
        if competing.first_year_gap is None:
            return DASH
        return format_signed_money(competing.first_year_gap, competing.currency)

    def _sort_value(self, offer: OfferAnalysis, column: SummaryColumn, position: Position | None) -> object:
        annual, first_year = self._figures(offer)
        values: dict[SummaryColumn, Decimal | None] = {
            SummaryColumn.ANNUAL: _amount(annual),
            SummaryColumn.FIRST_YEAR: _amount(first_year),
            SummaryColumn.OWN_COMPA: position.compa_ratio if position is not None else None,
            SummaryColumn.COMPETING_ANNUAL: _amount(offer.competing_annual_reporting),
            SummaryColumn.FIRST_YEAR_GAP: _amount(offer.competing_gap_reporting),
        }
        return values.get(column)

    def _tooltip(self, offer: OfferAnalysis, column: SummaryColumn) -> str | None:
        annual, first_year = self._figures(offer)
        figures = offer.figures
        if column is SummaryColumn.ANNUAL and annual is not None:
            return (
                f"{format_money(figures.annual_total, figures.currency)} in the offer's currency\n"
                f"{describe_conversion(annual)}"
            )
        if column is SummaryColumn.FIRST_YEAR and first_year is not None:
            return (
                f"{format_money(figures.first_year_value, figures.currency)} in the offer's currency\n"
                f"{describe_conversion(first_year)}"
            )
        competing = offer.competing
        if competing is None or column < SummaryColumn.COMPETING:
            if column is SummaryColumn.OFFER and offer.problems:
                return "\n".join(offer.problems)
            return None
        if competing.problem:
            return competing.problem
        parts = []
        if competing.forfeited_equity:
            parts.append(f"forfeited equity {format_money(competing.forfeited_equity, competing.currency)}")
        if competing.retention_grant:
            assumed = " (assumed from the plan settings)" if competing.retention_assumed else ""
            parts.append(
                f"retention grant {format_money(competing.retention_grant, competing.currency)}{assumed}"
            )
        hurdle = _money(competing.hurdle, competing.currency)
        extra = f", including {', '.join(parts)}" if parts else ""
        verdict = {True: "Our first year beats it.", False: "Our first year falls short.", None: ""}[
            competing.beats
        ]
        text = f"To move, the candidate weighs {hurdle} in the offer's currency{extra}. {verdict}".strip()
        conversion = (
            offer.competing_annual_reporting
            if column is SummaryColumn.COMPETING_ANNUAL
            else offer.competing_gap_reporting
        )
        if conversion is not None:
            text += f"\n{describe_conversion(conversion)}"
        if self._mode == "ppp" and column >= SummaryColumn.COMPETING_ANNUAL:
            text += "\nShown at exchange rates: no PPP factor is applied to the competing package."
        return text
