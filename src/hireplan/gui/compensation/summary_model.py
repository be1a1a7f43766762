"""One row per offer of the role: annual total, first-year value, own market and competing package."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from enum import IntEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from hireplan.analysis.format import (
    describe_conversion,
    format_conversion,
    format_money,
    format_ratio,
    format_signed_money,
)
from hireplan.analysis.results import Conversion, Converted, OfferAnalysis, Position
from hireplan.gui.common.style import tones
from hireplan.gui.compensation.mode_model import (
    DASH,
    Index,
    ModeModel,
    OfferIdRole,
    SortRole,
    amount_of,
    money_text,
    offer_label,
    position_in,
)
from hireplan.i18n import join_sentences
from hireplan.model.plan import Plan


def band_text(offer: OfferAnalysis) -> str:
    """``0.36``, ``0.36, below`` / ``above``, or empty without a band."""
    band = offer.pay_band
    if band is None:
        return ""
    if band.amount is None:
        return QCoreApplication.translate("CompensationTables", "no rate")
    position = band.position
    shown = format_ratio(position) if position is not None else DASH
    if band.outside == "below":
        return QCoreApplication.translate("CompensationTables", "{position}, below").format(position=shown)
    if band.outside == "above":
        return QCoreApplication.translate("CompensationTables", "{position}, above").format(position=shown)
    return shown


class SummaryColumn(IntEnum):
    OFFER = 0
    ANNUAL = 1
    FIRST_YEAR = 2
    OWN_COMPA = 3
    BAND = 4
    COMPETING = 5
    COMPETING_ANNUAL = 6
    FIRST_YEAR_GAP = 7


class OffersSummaryModel(ModeModel):
    """One row per offer: annual total and first-year value, its own market, and the competing package."""

    HEADERS = (
        str(QT_TRANSLATE_NOOP("CompensationTables", "Offer")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Annual total")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "First-year value")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Own market")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Internal band")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Competing package")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "Their annual")),
        str(QT_TRANSLATE_NOOP("CompensationTables", "First-year margin")),
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
            text = self.heading(section)
            if column in (SummaryColumn.ANNUAL, SummaryColumn.FIRST_YEAR):
                return QCoreApplication.translate("CompensationTables", "{heading} ({unit})").format(
                    heading=text, unit=self.unit()
                )
            if column in (SummaryColumn.COMPETING_ANNUAL, SummaryColumn.FIRST_YEAR_GAP):
                return QCoreApplication.translate("CompensationTables", "{heading} ({unit})").format(
                    heading=text, unit=self.reporting_currency()
                )
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                SummaryColumn.OWN_COMPA: QCoreApplication.translate(
                    "CompensationTables", "Compa-ratio and percentile against the offer's own market"
                ),
                SummaryColumn.BAND: QCoreApplication.translate(
                    "CompensationTables",
                    "Position in your own pay band for the role and market: 0 at the minimum, "
                    "1 at the maximum (Market data, Internal pay bands)",
                ),
                SummaryColumn.ANNUAL: QCoreApplication.translate(
                    "CompensationTables",
                    "Total direct pay, as surveys count it: base, bonus (guaranteed extra months "
                    "included) and a year of equity; sign-on and allowances are in the first year",
                ),
                SummaryColumn.FIRST_YEAR: QCoreApplication.translate(
                    "CompensationTables",
                    "What the person receives in year one, including sign-on and relocation",
                ),
                SummaryColumn.COMPETING_ANNUAL: QCoreApplication.translate(
                    "CompensationTables",
                    "Always at exchange rates: where the competing package is paid is not recorded, "
                    "so no PPP factor is applied to it",
                ),
                SummaryColumn.FIRST_YEAR_GAP: QCoreApplication.translate(
                    "CompensationTables",
                    "Our first-year value minus what they would give up or get elsewhere "
                    "(their cash and allowances, plus the unvested equity they give up and a retention "
                    "grant when staying, or a year of the rival's equity)",
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
        position = position_in(own, self._mode) if own is not None else None
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
        if (
            role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)
            and column is SummaryColumn.OWN_COMPA
            and offer.priced
            and own is not None
            and position is not None
            and position.p50
        ):
            return self._band_paint(role, position.compa_ratio, own.level_fit)
        if column is SummaryColumn.FIRST_YEAR_GAP and offer.competing is not None:
            beats = offer.competing.beats
            if role == Qt.ItemDataRole.ForegroundRole and beats is not None:
                return QBrush(QColor(tones().good if beats else tones().error))
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
            if not offer.compared:
                return offer.why_uncompared
            if position is None:
                return DASH
            ratio = format_ratio(position.compa_ratio)
            if offer.own_market is not None and offer.own_market.indicative:
                return QCoreApplication.translate(
                    "CompensationTables", "{ratio} ({position}, indicative)"
                ).format(ratio=ratio, position=position.label)
            return QCoreApplication.translate("CompensationTables", "{ratio} ({position})").format(
                ratio=ratio, position=position.label
            )
        if column is SummaryColumn.BAND:
            return band_text(offer)
        if competing is None:
            return (
                ""
                if column is not SummaryColumn.COMPETING
                else QCoreApplication.translate("CompensationTables", "none entered")
            )
        if column is SummaryColumn.COMPETING:
            if competing.kind == "current_employer":
                who = competing.employer or QCoreApplication.translate(
                    "CompensationTables", "Current employer"
                )
                return QCoreApplication.translate("CompensationTables", "{employer} (stays)").format(
                    employer=who
                )
            who = competing.employer or QCoreApplication.translate("CompensationTables", "Rival")
            return QCoreApplication.translate("CompensationTables", "{employer} (rival offer)").format(
                employer=who
            )
        if column is SummaryColumn.COMPETING_ANNUAL:
            if offer.competing_annual_reporting is not None:
                return format_conversion(offer.competing_annual_reporting)
            return money_text(competing.annual_total, competing.currency)
        gap = offer.competing_gap_reporting
        if isinstance(gap, Converted):
            return format_signed_money(gap.amount, gap.currency)
        if competing.first_year_gap is None:
            return DASH
        return format_signed_money(competing.first_year_gap, competing.currency)

    def _sort_value(self, offer: OfferAnalysis, column: SummaryColumn, position: Position | None) -> object:
        annual, first_year = self._figures(offer)
        values: dict[SummaryColumn, Decimal | None] = {
            SummaryColumn.ANNUAL: amount_of(annual),
            SummaryColumn.FIRST_YEAR: amount_of(first_year),
            SummaryColumn.OWN_COMPA: position.compa_ratio if position is not None else None,
            SummaryColumn.BAND: offer.pay_band.position if offer.pay_band is not None else None,
            SummaryColumn.COMPETING_ANNUAL: amount_of(offer.competing_annual_reporting),
            SummaryColumn.FIRST_YEAR_GAP: amount_of(offer.competing_gap_reporting),
        }
        return values.get(column)

    def _tooltip(self, offer: OfferAnalysis, column: SummaryColumn) -> str | None:
        annual, first_year = self._figures(offer)
        figures = offer.figures
        if column is SummaryColumn.ANNUAL and annual is not None:
            own = QCoreApplication.translate("CompensationTables", "{amount} in the offer's currency").format(
                amount=format_money(figures.annual_total, figures.currency)
            )
            return f"{own}\n{describe_conversion(annual)}"
        if column is SummaryColumn.FIRST_YEAR and first_year is not None:
            own = QCoreApplication.translate("CompensationTables", "{amount} in the offer's currency").format(
                amount=format_money(figures.first_year_value, figures.currency)
            )
            return f"{own}\n{describe_conversion(first_year)}"
        competing = offer.competing
        if competing is None or column < SummaryColumn.COMPETING:
            if column is SummaryColumn.OFFER and offer.problems:
                return "\n".join(offer.problems)
            return None
        if competing.problem:
            return competing.problem
        parts = []
        if competing.forfeited_equity:
            parts.append(
                QCoreApplication.translate("CompensationTables", "forfeited equity {amount}").format(
                    amount=format_money(competing.forfeited_equity, competing.currency)
                )
            )
        if competing.retention_grant:
            grant = format_money(competing.retention_grant, competing.currency)
            if competing.retention_assumed:
                parts.append(
                    QCoreApplication.translate(
                        "CompensationTables", "retention grant {amount} (assumed from the plan settings)"
                    ).format(amount=grant)
                )
            else:
                parts.append(
                    QCoreApplication.translate("CompensationTables", "retention grant {amount}").format(
                        amount=grant
                    )
                )
        hurdle = money_text(competing.hurdle, competing.currency)
        if parts:
            text = QCoreApplication.translate(
                "CompensationTables",
                "To move, the candidate weighs {hurdle} in the offer's currency, including {parts}.",
            ).format(hurdle=hurdle, parts=QCoreApplication.translate("CompensationTables", ", ").join(parts))
        else:
            text = QCoreApplication.translate(
                "CompensationTables", "To move, the candidate weighs {hurdle} in the offer's currency."
            ).format(hurdle=hurdle)
        if competing.beats is True:
            text = join_sentences(
                text, QCoreApplication.translate("CompensationTables", "Our first year beats it.")
            )
        elif competing.beats is False:
            text = join_sentences(
                text, QCoreApplication.translate("CompensationTables", "Our first year falls short.")
            )
        conversion = (
            offer.competing_annual_reporting
            if column is SummaryColumn.COMPETING_ANNUAL
            else offer.competing_gap_reporting
        )
        if conversion is not None:
            text += f"\n{describe_conversion(conversion)}"
        if self._mode == "ppp" and column >= SummaryColumn.COMPETING_ANNUAL:
            text += "\n" + QCoreApplication.translate(
                "CompensationTables",
                "Shown at exchange rates: no PPP factor is applied to the competing package.",
            )
        return text
