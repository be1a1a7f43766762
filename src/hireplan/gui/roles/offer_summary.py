"""The offer form's summary: the offer against its market, its internal band and its role's plan.

Every figure is the analysis's; this only puts them into sentences for the form's header.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hireplan.analysis.format import format_money, format_ratio
from hireplan.analysis.money import Converted
from hireplan.model import PAY_BASIS_WORDS_BY_VALUE

if TYPE_CHECKING:
    from hireplan.analysis import OfferAnalysis, PlanAnalysis
    from hireplan.model import Role


def market_sentence(result: OfferAnalysis) -> str:
    """Where the offer sits against its own market's benchmark, on the benchmark's basis."""
    figures = result.figures
    text = (
        f"Annual total (total direct pay) {format_money(figures.annual_total, figures.currency)}; "
        f"first year {format_money(figures.first_year_value, figures.currency)}."
    )
    own = result.own_market
    if own is None or own.nominal is None:
        return f"{text} No benchmark in its market yet."
    words = PAY_BASIS_WORDS_BY_VALUE[own.basis]
    text += (
        f" Its compa-ratio is {format_ratio(own.nominal.compa_ratio)} of the {own.market_name} median on "
        f"{words} ({own.nominal.label})."
    )
    return f"{text} {own.fit_reason}" if own.indicative else text


def band_sentence(result: OfferAnalysis) -> str:
    """Where the offer sits in its internal pay band; empty without a band."""
    band = result.pay_band
    if band is None:
        return ""
    if band.amount is None:
        return "Internal band: no exchange rate to the band's currency."
    amount = format_money(band.amount, band.currency)
    words = PAY_BASIS_WORDS_BY_VALUE[band.basis]
    position = band.position
    at = f" (position {format_ratio(position)} from minimum to maximum)" if position is not None else ""
    if band.outside == "below":
        return f"Internal band: {amount} on {words}, below the band's minimum{at}."
    if band.outside == "above":
        return f"Internal band: {amount} on {words}, above the band's maximum{at}."
    return f"Internal band: {amount} on {words}, inside the band{at}."


def plan_sentence(result: OfferAnalysis, role: Role | None, analysis: PlanAnalysis) -> str:
    """The offer's first-year cost against its role's planned cost per hire; empty without a plan."""
    if role is None:
        return ""
    cost = next((c for c in analysis.budget.roles if c.role_id == role.id), None)
    if cost is None or cost.planned_per_hire is None:
        return "Its role has no planned budget yet."
    currency = analysis.budget.currency
    planned = cost.planned_per_hire
    offer_cost = result.first_year_cost_reporting
    if not isinstance(planned, Converted):
        return "The role's planned budget cannot be converted to the reporting currency."
    planned_text = format_money(planned.amount, currency)
    if not isinstance(offer_cost, Converted):
        return f"Planned {planned_text} per hire in year one."
    cost_text = format_money(offer_cost.amount, currency)
    return f"Planned {planned_text} per hire in year one; this offer costs {cost_text}."
