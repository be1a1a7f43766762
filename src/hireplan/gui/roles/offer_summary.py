"""The offer form's summary: the offer against its market, its internal band and its role's plan.

Every figure is the analysis's; this only puts them into sentences for the form's header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.format import format_money, format_ratio
from hireplan.analysis.money import Converted
from hireplan.i18n import _, join_sentences
from hireplan.model import PAY_BASIS_WORDS_BY_VALUE

if TYPE_CHECKING:
    from hireplan.analysis import OfferAnalysis, PlanAnalysis
    from hireplan.model import Role


def market_sentence(result: OfferAnalysis) -> str:
    """Where the offer sits against its own market's benchmark, on the benchmark's basis."""
    figures = result.figures
    text = QCoreApplication.translate(
        "OfferSummary", "Annual total (total direct pay) {annual}; first year {first_year}."
    ).format(
        annual=format_money(figures.annual_total, figures.currency),
        first_year=format_money(figures.first_year_value, figures.currency),
    )
    own = result.own_market
    if own is None and result.own_benchmark_without_median:
        return join_sentences(
            text,
            QCoreApplication.translate(
                "OfferSummary",
                "Its market's benchmark gives no median (P50) to compare with; enter one under Market data.",
            ),
        )
    missing = result.own_missing_rate
    if missing is not None:
        return join_sentences(text, missing.message)
    if own is None or own.nominal is None:
        return join_sentences(
            text, QCoreApplication.translate("OfferSummary", "No benchmark in its market yet.")
        )
    text = join_sentences(
        text,
        QCoreApplication.translate(
            "OfferSummary", "Its compa-ratio is {ratio} of the {market} median on {basis} ({position})."
        ).format(
            ratio=format_ratio(own.nominal.compa_ratio),
            market=own.market_name,
            basis=_(PAY_BASIS_WORDS_BY_VALUE[own.basis]),
            position=own.nominal.label,
        ),
    )
    return join_sentences(text, own.fit_reason) if own.indicative else text


def band_sentence(result: OfferAnalysis) -> str:
    """Where the offer sits in its internal pay band; empty without a band."""
    band = result.pay_band
    if band is None:
        return ""
    if band.amount is None:
        return QCoreApplication.translate(
            "OfferSummary", "Internal band: no exchange rate to the band's currency."
        )
    values = {
        "amount": format_money(band.amount, band.currency),
        "basis": _(PAY_BASIS_WORDS_BY_VALUE[band.basis]),
        "position": format_ratio(band.position) if band.position is not None else "",
    }
    placed = band.position is not None
    if band.outside == "below":
        text = (
            QCoreApplication.translate(
                "OfferSummary",
                "Internal band: {amount} on {basis}, below the band's minimum "
                "(position {position} from minimum to maximum).",
            )
            if placed
            else QCoreApplication.translate(
                "OfferSummary", "Internal band: {amount} on {basis}, below the band's minimum."
            )
        )
    elif band.outside == "above":
        text = (
            QCoreApplication.translate(
                "OfferSummary",
                "Internal band: {amount} on {basis}, above the band's maximum "
                "(position {position} from minimum to maximum).",
            )
            if placed
            else QCoreApplication.translate(
                "OfferSummary", "Internal band: {amount} on {basis}, above the band's maximum."
            )
        )
    else:
        text = (
            QCoreApplication.translate(
                "OfferSummary",
                "Internal band: {amount} on {basis}, inside the band "
                "(position {position} from minimum to maximum).",
            )
            if placed
            else QCoreApplication.translate(
                "OfferSummary", "Internal band: {amount} on {basis}, inside the band."
            )
        )
    return text.format(**values)


def plan_sentence(result: OfferAnalysis, role: Role | None, analysis: PlanAnalysis) -> str:
    """The offer's first-year cost against its role's planned cost per hire; empty without a plan."""
    if role is None:
        return ""
    cost = analysis.budget.cost_of(role.id)
    if cost is None or cost.planned_per_hire is None:
        return QCoreApplication.translate("OfferSummary", "Its role has no planned budget yet.")
    currency = analysis.budget.currency
    planned = cost.planned_per_hire
    offer_cost = result.first_year_cost_reporting
    if not isinstance(planned, Converted):
        return QCoreApplication.translate(
            "OfferSummary", "The role's planned budget cannot be converted to the reporting currency."
        )
    planned_text = format_money(planned.amount, currency)
    if not isinstance(offer_cost, Converted):
        return QCoreApplication.translate("OfferSummary", "Planned {planned} per hire in year one.").format(
            planned=planned_text
        )
    return QCoreApplication.translate(
        "OfferSummary", "Planned {planned} per hire in year one; this offer costs {cost}."
    ).format(planned=planned_text, cost=format_money(offer_cost.amount, currency))
