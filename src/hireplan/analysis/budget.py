"""Year-one budget: each role planned against offered, and the plan's totals, in the reporting currency."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from hireplan.analysis.budget_figures import Budget, OpenSeatPricing, RoleCost
from hireplan.analysis.convert import RateTable
from hireplan.analysis.money import Conversion, Converted
from hireplan.analysis.results import OfferAnalysis
from hireplan.model import Plan, Role


def _planned(role: Role, rates: RateTable, reporting: str) -> tuple[Conversion | None, Conversion | None]:
    """The role's planned cost per hire (a band's top) and a band's low end, in the reporting currency."""
    top = role.planned_per_hire
    if top is None:
        return None, None
    currency = role.planned_currency or reporting
    low = None
    if role.planned_cost_per_hire_max is not None and role.planned_cost_per_hire is not None:
        low = rates.convert(role.planned_cost_per_hire, currency, reporting)
    return rates.convert(top, currency, reporting), low


ZERO = Decimal(0)


def _amount(pair: tuple[Decimal, OfferAnalysis]) -> Decimal:
    return pair[0]


def role_cost(role: Role, analyses: list[OfferAnalysis], rates: RateTable, reporting: str) -> RoleCost:
    """Planned = planned per hire x headcount. Offered = the offers made (the dearest, one per seat)
    at their first-year cost + each open seat at the planned cost per hire, or at the dearest offer
    when the role has no plan. Seats that cannot be priced are counted, never taken as zero."""
    planned, planned_low = (
        (None, None) if role.planned_cost_per_hire is None else _planned(role, rates, reporting)
    )
    priced: list[tuple[Decimal, OfferAnalysis]] = []
    problem: Conversion | None = None
    unconverted = 0
    for analysis in analyses:
        conversion = analysis.first_year_cost_reporting
        if isinstance(conversion, Converted):
            priced.append((conversion.amount, analysis))
        else:
            unconverted += 1
            problem = problem or conversion
    if len(priced) > 1:
        priced.sort(key=_amount, reverse=True)
    counted = priced[: role.headcount]
    offers_cost = ZERO
    for amount, _analysis in counted:
        offers_cost += amount
    seats_left = role.headcount - len(counted)
    unpriced = min(unconverted, seats_left)
    open_seats = seats_left - unpriced
    pricing: OpenSeatPricing = ""
    open_cost = ZERO
    if open_seats:
        if isinstance(planned, Converted):
            pricing, open_cost = "plan", planned.amount * open_seats
        elif counted:
            pricing, open_cost = "dearest offer", counted[0][0] * open_seats
        else:
            unpriced += open_seats
    dearest = counted[0][1] if counted else (analyses[0] if analyses else None)
    total = offers_cost + open_cost if counted or pricing else None
    return RoleCost(
        role_id=role.id,
        headcount=role.headcount,
        offer_id=dearest.offer_id if dearest is not None else None,
        per_hire=dearest.first_year_cost_reporting if counted and dearest is not None else problem,
        total=total,
        planned_per_hire=planned,
        planned_low_per_hire=planned_low,
        offers_cost=offers_cost,
        offers_counted=len(counted),
        open_seats=open_seats,
        open_priced_by=pricing,
        unpriced_seats=unpriced,
    )


def compute_budget(
    plan: Plan,
    offers: Mapping[str, OfferAnalysis],
    rates: RateTable | None = None,
    previous: tuple[Budget, Mapping[str, OfferAnalysis]] | None = None,
) -> Budget:
    """Every role planned against offered, and the plan's totals (see :func:`role_cost`).

    With ``previous`` (the budget and offers of an earlier analysis of the same roles, rates and
    reporting currency, as a re-analysis has), roles none of whose offers changed keep their cost.
    """
    rates = rates if rates is not None else RateTable(plan.exchange_rates)
    by_role: dict[str, list[OfferAnalysis]] = {}
    for analysis in offers.values():
        by_role.setdefault(analysis.role_id, []).append(analysis)
    kept: dict[str, RoleCost] = {}
    if previous is not None:
        old_budget, old_offers = previous
        changed: set[str] = set()
        for offer_id, analysis in offers.items():
            old = old_offers.get(offer_id)
            if old is not analysis:
                changed.add(analysis.role_id)
                if old is not None:
                    changed.add(old.role_id)  # the offer may have moved from another role
        changed.update(a.role_id for offer_id, a in old_offers.items() if offer_id not in offers)
        kept = {cost.role_id: cost for cost in old_budget.roles if cost.role_id not in changed}
    costs: list[RoleCost] = []
    unpriced: list[str] = []
    unplanned: list[str] = []
    total = planned_total = Decimal(0)
    for role in plan.roles:
        cost = kept.get(role.id) or role_cost(role, by_role.get(role.id, []), rates, plan.reporting_currency)
        costs.append(cost)
        if cost.total is not None:
            total += cost.total
        if cost.unpriced_seats:
            unpriced.append(role.id)
        if cost.planned_total is None:
            unplanned.append(role.id)
        else:
            planned_total += cost.planned_total
    return Budget(
        currency=plan.reporting_currency,
        roles=tuple(costs),
        total=total,
        unpriced_role_ids=tuple(unpriced),
        planned_total=planned_total,
        unplanned_role_ids=tuple(unplanned),
    )
