"""Table models for market data: markets, benchmarks, exchange rates and PPP factors.

Each dated row shows its age and a "stale" badge; whether a row is stale is the analysis's
decision (:func:`hireplan.analysis.stale.find_stale`, read from ``PlanAnalysis.stale``), never
this module's, so the badge, the overview and the exports always agree.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject

from hireplan.analysis.format import format_rate
from hireplan.gui.common.list_table_model import (
    Col,
    ListTableModel,
    parse_currency,
    parse_date,
    parse_decimal,
    parse_money,
    parse_optional_int,
    parse_optional_money,
    parse_text,
    show_date,
    show_money,
)
from hireplan.gui.common.plan_names import document_market_choices, document_market_name
from hireplan.gui.common.style import AMBER_TINT
from hireplan.gui.document.document import PlanDocument
from hireplan.model.market import PayBasis, PayPeriod
from hireplan.model.roles import Level

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis, StaleData

STALE_TINT = AMBER_TINT
TOTAL_BASES = (PayBasis.TOTAL_CASH, PayBasis.TOTAL_DIRECT)
"""What a benchmark's total figures may measure (base salary is what its base figures are)."""


def currency_tip() -> str:
    return QCoreApplication.translate(
        "MarketDataModels", "ISO 4217 code such as USD or CNY (RMB is read as CNY)"
    )


NO_LEVEL = ""
"""Drop-down value for "all levels" (None in the model)."""


class StaleIndex:
    """The analysis's stale entries by (kind, id), rebuilt once per analysis."""

    def __init__(self) -> None:
        self._of: object = None
        self._map: dict[tuple[str, str], StaleData] = {}

    def get(self, analysis: PlanAnalysis, kind: str, obj_id: str) -> StaleData | None:
        if self._of is not analysis:
            self._of = analysis
            self._map = {(entry.ref.kind, entry.ref.id): entry for entry in analysis.stale}
        return self._map.get((kind, obj_id))


def age_columns(kind: str) -> list[Col]:
    """Source, as-of date and the age/stale badge every dated row carries."""
    index = StaleIndex()

    def age_text(obj: Any, analysis: PlanAnalysis) -> str:
        entry = index.get(analysis, kind, obj.id)
        if entry is not None and entry.as_of is None:
            return QCoreApplication.translate("MarketDataModels", "⚠ stale: no date")
        if obj.as_of is None:
            return ""
        days = (analysis.today - obj.as_of).days
        if entry is not None:
            return QCoreApplication.translate("MarketDataModels", "⚠ stale: %n day(s) old", None, days)
        if days < 0:
            return QCoreApplication.translate("MarketDataModels", "future date")
        return QCoreApplication.translate("MarketDataModels", "%n day(s)", None, days)

    def age_colour(obj: Any, analysis: PlanAnalysis) -> str | None:
        return STALE_TINT if index.get(analysis, kind, obj.id) is not None else None

    def age_tip(obj: Any, analysis: PlanAnalysis) -> str:
        entry = index.get(analysis, kind, obj.id)
        if entry is None:
            return QCoreApplication.translate(
                "MarketDataModels", "Recent enough for the plan's stale-data limit"
            )
        if entry.as_of is None:
            return QCoreApplication.translate(
                "MarketDataModels",
                "No as-of date: nobody can tell how old this figure is. Add the date from the source.",
            )
        return QCoreApplication.translate(
            "MarketDataModels",
            "Older than the plan's limit: refresh it from its source before relying on it.",
        )

    return [
        Col(
            QCoreApplication.translate("MarketDataModels", "Source"),
            lambda o: " ".join(o.source.split()),
            "source",
            edit=lambda o: o.source,
            parse=parse_text,
            tooltip=lambda o: (
                o.source or QCoreApplication.translate("MarketDataModels", "No source recorded")
            ),
        ),
        Col(
            QCoreApplication.translate("MarketDataModels", "As of"),
            lambda o: show_date(o.as_of),
            "as_of",
            parse=parse_date,
            tooltip=lambda _o: QCoreApplication.translate(
                "MarketDataModels", "Date of the figures (YYYY-MM-DD)"
            ),
        ),
        Col(
            QCoreApplication.translate("MarketDataModels", "Age"),
            lambda _o: "",
            uses_analysis=True,
            analysis_display=age_text,
            analysis_colour=age_colour,
            analysis_tooltip=age_tip,
        ),
    ]


class MarketsModel(ListTableModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        columns = [
            Col(
                QCoreApplication.translate("MarketDataModels", "Market"),
                lambda m: m.name,
                "name",
                parse=parse_text,
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Country"),
                lambda m: m.country,
                "country",
                parse=lambda v, _m: str(v or "").strip().upper(),
                tooltip=lambda _m: QCoreApplication.translate(
                    "MarketDataModels", "Two-letter country code (CN, US...), used to pick the PPP factor"
                ),
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Currency"),
                lambda m: m.currency,
                "currency",
                parse=parse_currency,
                tooltip=lambda _m: currency_tip(),
            ),
        ]
        super().__init__(document, "market", columns, parent)


def market_column(document: PlanDocument) -> Col:
    """The market a benchmark or pay band is for, chosen from the plan's markets."""
    return Col(
        QCoreApplication.translate("MarketDataModels", "Market"),
        lambda b: document_market_name(document, b.market_id),
        "market_id",
        edit=lambda b: b.market_id,
        choices=lambda: document_market_choices(document, allow_none=False),
    )


def level_column() -> Col:
    """A level, or "All levels": benchmarks and pay bands edit it the same way."""
    all_levels = QCoreApplication.translate("MarketDataModels", "All levels")
    return Col(
        QCoreApplication.translate("MarketDataModels", "Level"),
        lambda b: b.level.label if b.level else all_levels,
        "level",
        edit=lambda b: b.level.value if b.level else NO_LEVEL,
        parse=lambda v, _b: v or None,
        choices=lambda: [(all_levels, NO_LEVEL), *[(lv.label, lv.value) for lv in Level]],
    )


def currency_column() -> Col:
    """An ISO 4217 code (RMB read as CNY), as benchmarks and pay bands hold it."""
    return Col(
        QCoreApplication.translate("MarketDataModels", "Currency"),
        lambda b: b.currency,
        "currency",
        parse=parse_currency,
        tooltip=lambda _b: currency_tip(),
    )


def _percentile(field: str, header: str) -> Col:
    return Col(
        header,
        lambda b: show_money(getattr(b, field)),
        field,
        edit=lambda b: "" if getattr(b, field) is None else str(getattr(b, field)),
        parse=parse_optional_money,
        right=True,
    )


class BenchmarksModel(ListTableModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        dated = age_columns("benchmark")  # source, as of, age
        year, month = (
            QCoreApplication.translate("MarketDataModels", "Year"),
            QCoreApplication.translate("MarketDataModels", "Month"),
        )
        columns = [
            market_column(document),
            Col(
                QCoreApplication.translate("MarketDataModels", "Job family"),
                lambda b: b.job_family,
                "job_family",
                parse=parse_text,
                tooltip=lambda b: (
                    b.notes
                    or QCoreApplication.translate("MarketDataModels", "Matched against the roles' job family")
                ),
            ),
            level_column(),
            currency_column(),
            Col(
                QCoreApplication.translate("MarketDataModels", "Per"),
                lambda b: year if b.period is PayPeriod.YEAR else month,
                "period",
                edit=lambda b: b.period.value,
                choices=lambda: [(year, PayPeriod.YEAR.value), (month, PayPeriod.MONTH.value)],
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Months/yr"),
                lambda b: format_rate(b.months_per_year) if b.period is PayPeriod.MONTH else "",
                "months_per_year",
                edit=lambda b: str(b.months_per_year),
                parse=parse_decimal,
                right=True,
                tooltip=lambda _b: QCoreApplication.translate(
                    "MarketDataModels",
                    "Months paid per year for monthly figures (13 or more with a 13th-month bonus)",
                ),
            ),
            dated[1],
            dated[2],
            _percentile("base_p25", QCoreApplication.translate("MarketDataModels", "Base P25")),
            _percentile("base_p50", QCoreApplication.translate("MarketDataModels", "Base P50")),
            _percentile("base_p75", QCoreApplication.translate("MarketDataModels", "Base P75")),
            _percentile("base_p90", QCoreApplication.translate("MarketDataModels", "Base P90")),
            Col(
                QCoreApplication.translate("MarketDataModels", "Totals measure"),
                lambda b: b.total_basis.label,
                "total_basis",
                edit=lambda b: b.total_basis.value,
                choices=lambda: [(basis.label, basis.value) for basis in TOTAL_BASES],
                tooltip=lambda b: QCoreApplication.translate(
                    "MarketDataModels",
                    "The total figures are {basis}. Base figures are base salary. "
                    "Sign-on, allowances and relocation are never in either.",
                ).format(basis=b.total_basis.words),
            ),
            _percentile("total_p25", QCoreApplication.translate("MarketDataModels", "Total P25")),
            _percentile("total_p50", QCoreApplication.translate("MarketDataModels", "Total P50")),
            _percentile("total_p75", QCoreApplication.translate("MarketDataModels", "Total P75")),
            _percentile("total_p90", QCoreApplication.translate("MarketDataModels", "Total P90")),
            Col(
                QCoreApplication.translate("MarketDataModels", "Sample"),
                lambda b: "" if b.sample_size is None else str(b.sample_size),
                "sample_size",
                parse=parse_optional_int,
                right=True,
            ),
            dated[0],
            Col(
                QCoreApplication.translate("MarketDataModels", "Example"),
                lambda b: QCoreApplication.translate("MarketDataModels", "Example") if b.is_example else "",
                tooltip=lambda b: (
                    QCoreApplication.translate(
                        "BenchmarksModel",
                        "Example figure from public sources: replace it with your own survey data.",
                    )
                    if b.is_example
                    else ""
                ),
            ),
        ]
        super().__init__(document, "benchmark", columns, parent)
        document.objectsChanged.connect(self._on_markets_renamed)

    def _on_markets_renamed(self, kind: str, _ids: list[str]) -> None:
        if kind == "market" and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))


def _band_amount(field: str, header: str) -> Col:
    return Col(
        header,
        lambda b: show_money(getattr(b, field)),
        field,
        edit=lambda b: str(getattr(b, field)),
        parse=parse_money,
        right=True,
        tooltip=lambda b: QCoreApplication.translate(
            "MarketDataModels", "A year, in {currency}, on {basis}"
        ).format(currency=b.currency, basis=b.basis.words),
    )


class PayBandsModel(ListTableModel):
    """The employer's own pay bands: minimum, midpoint and maximum a year for a family, level and market."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        columns = [
            market_column(document),
            Col(
                QCoreApplication.translate("MarketDataModels", "Job family"),
                lambda b: b.job_family,
                "job_family",
                parse=parse_text,
                tooltip=lambda _b: QCoreApplication.translate(
                    "MarketDataModels", "Matched against the roles' job family"
                ),
            ),
            level_column(),
            currency_column(),
            Col(
                QCoreApplication.translate("MarketDataModels", "Basis"),
                lambda b: b.basis.label,
                "basis",
                edit=lambda b: b.basis.value,
                choices=lambda: [(basis.label, basis.value) for basis in PayBasis],
                tooltip=lambda b: QCoreApplication.translate(
                    "MarketDataModels", "The band's figures are {basis}"
                ).format(basis=b.basis.words),
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Months/yr"),
                lambda b: format_rate(b.months_per_year) if b.basis is PayBasis.BASE else "",
                "months_per_year",
                edit=lambda b: str(b.months_per_year),
                parse=parse_decimal,
                right=True,
                tooltip=lambda _b: QCoreApplication.translate(
                    "MarketDataModels",
                    "Monthly salaries the band's base covers (14 for a 14-month package); "
                    "an offer's guaranteed extra months count as base up to it",
                ),
            ),
            _band_amount("minimum", QCoreApplication.translate("MarketDataModels", "Minimum")),
            _band_amount("midpoint", QCoreApplication.translate("MarketDataModels", "Midpoint")),
            _band_amount("maximum", QCoreApplication.translate("MarketDataModels", "Maximum")),
            Col(
                QCoreApplication.translate("MarketDataModels", "Notes"),
                lambda b: " ".join(b.notes.split()),
                "notes",
                edit=lambda b: b.notes,
                parse=parse_text,
            ),
        ]
        super().__init__(document, "band", columns, parent)


class RatesModel(ListTableModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        columns = [
            Col(
                QCoreApplication.translate("MarketDataModels", "Base"),
                lambda r: r.base,
                "base",
                parse=parse_currency,
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Quote"),
                lambda r: r.quote,
                "quote",
                parse=parse_currency,
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Rate"),
                lambda r: format_rate(r.rate),
                "rate",
                edit=lambda r: str(r.rate),
                parse=parse_decimal,
                right=True,
                tooltip=lambda r: QCoreApplication.translate(
                    "MarketDataModels", "1 {base} buys {rate} {quote}"
                ).format(base=r.base, rate=r.rate, quote=r.quote),
            ),
            *age_columns("rate"),
        ]
        super().__init__(document, "rate", columns, parent)


class PppModel(ListTableModel):
    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        columns = [
            Col(
                QCoreApplication.translate("MarketDataModels", "Currency"),
                lambda p: p.currency,
                "currency",
                parse=parse_currency,
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Country"),
                lambda p: p.country,
                "country",
                parse=lambda v, _p: str(v or "").strip().upper(),
            ),
            Col(
                QCoreApplication.translate("MarketDataModels", "Factor"),
                lambda p: format_rate(p.factor),
                "factor",
                edit=lambda p: str(p.factor),
                parse=parse_decimal,
                right=True,
                tooltip=lambda p: QCoreApplication.translate(
                    "MarketDataModels", "{factor} {currency} buy what one international dollar buys"
                ).format(factor=p.factor, currency=p.currency),
            ),
            *age_columns("ppp"),
        ]
        super().__init__(document, "ppp", columns, parent)
