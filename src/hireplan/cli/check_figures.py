"""The pay figures ``hireplan check`` prints: each offer against its market and band, and the budget.

Every figure comes from the analysis; this module only words them for a terminal or for JSON.
"""

from __future__ import annotations

from typing import Any

from hireplan.analysis import Converted, OfferAnalysis, PlanAnalysis
from hireplan.analysis.format import format_money, format_ratio
from hireplan.i18n import _
from hireplan.model import PayBasis, Plan


def _offer_name(plan: Plan, offer_id: str) -> str:
    offer = next((o for o in plan.offers if o.id == offer_id), None)
    role = next((r for r in plan.roles if offer is not None and r.id == offer.role_id), None)
    title = role.title if role is not None else _("an unknown role")
    candidate = offer.candidate.strip() if offer is not None else ""
    return _("{role} ({candidate})").format(role=title, candidate=candidate) if candidate else title


def _market_line(result: OfferAnalysis) -> str:
    own = result.own_market
    if not result.priced:
        return result.why_uncompared
    missing = result.own_missing_rate
    if missing is not None:
        return _("no {source}-to-{target} rate to compare with the offer's market").format(
            source=missing.from_currency, target=missing.to_currency
        )
    if own is None and result.own_benchmark_without_median:
        return _("the benchmark for the offer's market gives no median (P50) to compare with")
    if own is None or own.nominal is None:
        return _("no benchmark for the offer's market")
    nominal = own.nominal
    values = {
        "ratio": format_ratio(nominal.compa_ratio),
        "market": own.market_name,
        "basis": _(PayBasis(own.basis).words),
        "position": _(nominal.label),
    }
    if own.indicative:
        return _(
            "{ratio} of the {market} median on {basis} ({position}); indicative only, the benchmark is "
            "not for the role's level"
        ).format(**values)
    return _("{ratio} of the {market} median on {basis} ({position})").format(**values)


def _band_line(result: OfferAnalysis) -> str:
    band = result.pay_band
    if band is None:
        return ""
    position = band.position
    if band.amount is None:
        return _("pay band: no exchange rate to the band's currency")
    where = {"below": _("below the band"), "above": _("above the band")}.get(
        band.outside, _("inside the band")
    )
    amount = format_money(band.amount, band.currency)
    if position is None:
        return _("pay band: {amount}, {where}").format(amount=amount, where=where)
    return _("pay band: {amount}, {where}, position {position}").format(
        amount=amount, where=where, position=format_ratio(position)
    )


def figures_text(plan: Plan, analysis: PlanAnalysis) -> list[str]:
    """Lines for the terminal report: offers against the market and bands, then planned vs offered."""
    lines: list[str] = []
    if analysis.offers:
        lines += ["", _("Offers against the market:")]
        for offer_id, result in analysis.offers.items():
            lines.append(
                _("  {offer}: {comparison}").format(
                    offer=_offer_name(plan, offer_id), comparison=_market_line(result)
                )
            )
            band = _band_line(result)
            if band:
                lines.append(f"    {band}")
    budget = analysis.budget
    if budget.roles:
        planned = format_money(budget.planned_total, budget.currency)
        offered = format_money(budget.total, budget.currency)
        lines += [
            "",
            _("Budget, year one: {offered} offered against {planned} planned.").format(
                offered=offered, planned=planned
            ),
        ]
        if budget.unplanned_role_ids:
            lines.append(
                _("  Roles without a planned budget: {count}.").format(count=len(budget.unplanned_role_ids))
            )
        if budget.unpriced_role_ids:
            lines.append(
                _("  Roles with seats that cannot be priced: {count}.").format(
                    count=len(budget.unpriced_role_ids)
                )
            )
    return lines


def _amount(conversion: object) -> str | None:
    return str(conversion.amount) if isinstance(conversion, Converted) else None


def figures_json(analysis: PlanAnalysis) -> dict[str, Any]:
    """The same figures for scripts: exact amounts as strings, ratios unrounded."""
    offers = []
    for offer_id, result in analysis.offers.items():
        own = result.own_market
        band = result.pay_band
        offers.append(
            {
                "offer": offer_id,
                "annual_total": str(result.figures.annual_total),
                "currency": result.figures.currency,
                "uncompared": result.uncompared_reason or None,
                "own_market": None
                if own is None or own.nominal is None
                else {
                    "benchmark": own.benchmark_id,
                    "basis": own.basis,
                    "level_fit": own.level_fit,
                    "compa_ratio": str(own.nominal.compa_ratio),
                    "position": own.nominal.label,
                },
                "pay_band": None
                if band is None
                else {
                    "band": band.band_id,
                    "basis": band.basis,
                    "amount": None if band.amount is None else str(band.amount),
                    "position": None if band.position is None else str(band.position),
                    "outside": band.outside,
                },
            }
        )
    budget = analysis.budget
    return {
        "offers": offers,
        "budget": {
            "currency": budget.currency,
            "planned": str(budget.planned_total),
            "offered": str(budget.total),
            "roles": [
                {
                    "role": cost.role_id,
                    "headcount": cost.headcount,
                    "planned": None if cost.planned_total is None else str(cost.planned_total),
                    "offered": None if cost.total is None else str(cost.total),
                    "open_seats": cost.open_seats,
                    "unpriced_seats": cost.unpriced_seats,
                }
                for cost in budget.roles
            ],
        },
    }
