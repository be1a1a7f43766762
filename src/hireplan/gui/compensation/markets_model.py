"""One row per offer and market: the offer beside each market's benchmark, nominal or in PPP."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont

from hireplan.analysis.format import (
    describe_conversion,
    format_conversion,
    format_money,
    format_number,
    format_percent,
    format_ratio,
    format_signed_money,
)
from hireplan.analysis.results import OfferComparison
from hireplan.gui.compensation.mode_model import (
    DASH,
    Index,
    MarketIdRole,
    MarketRow,
    ModeModel,
    OfferIdRole,
    SortRole,
    market_rows,
    number_text,
)
from hireplan.model import PayBasis
from hireplan.model.plan import Plan


class MarketColumn(IntEnum):
    OFFER = 0
    MARKET = 1
    BASIS = 2
    LEVEL = 3
    P25 = 4
    P50 = 5
    P75 = 6
    OFFER_VALUE = 7
    COMPA = 8
    POSITION = 9
    GAP = 10


LEVEL_FIT_LABELS = {
    "exact": str(QT_TRANSLATE_NOOP("CompensationTables", "Role's level")),
    "all_levels": str(QT_TRANSLATE_NOOP("CompensationTables", "All levels")),
    "other_level": str(QT_TRANSLATE_NOOP("CompensationTables", "Other level")),
}
"""The Level column: how the benchmark's level fits the role (anything but its own is indicative)."""


def basis_tooltip(comparison: OfferComparison) -> str:
    """What the comparison measured on both sides, in a sentence."""
    words = PayBasis(comparison.basis).words
    if comparison.basis == "base":
        return QCoreApplication.translate(
            "CompensationTables",
            "Compared on {basis}: the benchmark's base over {months} months a year, and our base with "
            "the guaranteed extra months those cover. Sign-on and allowances are never counted.",
        ).format(basis=words, months=format_number(comparison.months_per_year))
    return QCoreApplication.translate(
        "CompensationTables",
        "Compared on {basis}, as the benchmark measures it. Sign-on, allowances and relocation are "
        "never counted: surveys leave them out.",
    ).format(basis=words)


class MarketComparisonModel(ModeModel):
    """One row per (offer, market): the market's P25/P50/P75, our figure, compa-ratio and percentile."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CompensationTables", "Offer")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Market")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Basis")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Level")),
        "P25",
        "P50",
        "P75",
        str(QT_TRANSLATE_NOOP("CompensationTables", "Offer")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Compa-ratio")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Position")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Gap to P50")),
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
            text = self.heading(section)
            if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75, MarketColumn.OFFER_VALUE):
                return QCoreApplication.translate("CompensationTables", "{heading} ({unit})").format(
                    heading=text, unit=self.unit()
                )
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            if column is MarketColumn.COMPA:
                return QCoreApplication.translate(
                    "CompensationTables", "Our figure divided by the market median (1.00 = at the median)"
                )
            if column is MarketColumn.BASIS:
                return QCoreApplication.translate(
                    "CompensationTables", "Total pay when the benchmark gives a total median, else base pay"
                )
            if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75):
                return QCoreApplication.translate(
                    "CompensationTables", "The market's percentiles for this role, yearly"
                )
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
            fit = comparison.level_fit
            if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                return self._band_paint(role, position.compa_ratio, fit)
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return QCoreApplication.translate("CompensationTables", "{ratio}, {verdict}").format(
                    ratio=format_ratio(position.compa_ratio),
                    verdict=self._band_words(position.compa_ratio, fit),
                )
        if role == Qt.ItemDataRole.FontRole and comparison.is_own_market and column is MarketColumn.MARKET:
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
            name = comparison.market_name
            if comparison.is_own_market:
                name = QCoreApplication.translate("CompensationTables", "{market} (own)").format(market=name)
            return f"{name} *" if comparison.is_example else name
        if column is MarketColumn.BASIS:
            return PayBasis(comparison.basis).label
        if column is MarketColumn.LEVEL:
            return QCoreApplication.translate("CompensationTables", LEVEL_FIT_LABELS[comparison.level_fit])
        # The unit is in the column header; bare figures keep the comparison narrow enough to read.
        if column is MarketColumn.P25:
            return number_text(row.p25)
        if column is MarketColumn.P50:
            return number_text(row.p50)
        if column is MarketColumn.P75:
            return number_text(row.p75)
        if column is MarketColumn.OFFER_VALUE:
            return number_text(row.offer_value)
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
            return "\n".join(comparison.problems) or QCoreApplication.translate(
                "CompensationTables", "Not enough figures to compare."
            )
        if column in (MarketColumn.P25, MarketColumn.P50, MarketColumn.P75):
            pct = {MarketColumn.P25: 25, MarketColumn.P50: 50, MarketColumn.P75: 75}[column]
            local = dict(comparison.points).get(pct)
            if local is None:
                known = QCoreApplication.translate("CompensationTables", ", ").join(
                    f"P{p}" for p in comparison.known_percentiles
                )
                return QCoreApplication.translate(
                    "CompensationTables", "The benchmark does not give P{percentile} (it gives {known})."
                ).format(percentile=pct, known=known)
            text = QCoreApplication.translate(
                "CompensationTables", "{amount} a year in the benchmark's currency"
            ).format(amount=format_money(local, comparison.currency))
            if self._mode == "nominal":
                return f"{text}\n{describe_conversion(comparison.p50_reporting)}"
            return text
        if column is MarketColumn.OFFER_VALUE:
            basis = PayBasis(comparison.basis).words
            conversion = comparison.offer_in_market
            text = QCoreApplication.translate(
                "CompensationTables", "Our {basis}: {amount} in the market's currency"
            ).format(basis=basis, amount=format_conversion(conversion))
            return f"{text}\n{describe_conversion(comparison.offer_reporting or conversion)}"
        if column is MarketColumn.COMPA and row.position is not None and row.position.p50:
            ratio = row.position.compa_ratio
            threshold = format_ratio(self.settings().below_market_threshold)
            if comparison.indicative:
                return QCoreApplication.translate("CompensationTables", "{ratio}: {reason}").format(
                    ratio=format_ratio(ratio), reason=comparison.fit_reason
                )
            return QCoreApplication.translate(
                "CompensationTables", "{ratio}: {verdict} (the plan's threshold is {threshold})"
            ).format(ratio=format_ratio(ratio), verdict=self._band_words(ratio), threshold=threshold)
        if column is MarketColumn.GAP and row.position is not None and self._mode == "nominal":
            nominal = comparison.nominal
            if nominal is not None:
                return QCoreApplication.translate(
                    "CompensationTables", "{amount} in the market's currency"
                ).format(amount=format_signed_money(nominal.gap_to_p50, comparison.currency))
        if column is MarketColumn.MARKET and comparison.is_example:
            return QCoreApplication.translate(
                "CompensationTables",
                "* These benchmark figures are examples: replace them with your own survey data.",
            )
        if column is MarketColumn.BASIS:
            return basis_tooltip(comparison)
        if column is MarketColumn.LEVEL:
            return comparison.fit_reason or QCoreApplication.translate(
                "CompensationTables", "The benchmark is for the role's own level."
            )
        return None
