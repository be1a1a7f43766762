"""Year-one budget: what filling each role costs, and the plan total, in the reporting currency."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from hireplan.analysis.results import Budget, Conversion, Converted, OfferAnalysis, RoleCost
from hireplan.model import Plan


def compute_budget(plan: Plan, offers: Mapping[str, OfferAnalysis]) -> Budget:
    """First-year cost x headcount per role; a role with several offers is priced at the dearest.

    Pricing at the dearest offer keeps the budget on the safe side while several candidates or
    markets are still open. Roles with no offer, or whose offers cannot be converted, are listed
    as unpriced and left out of the total rather than counted as zero without saying so.
    """
    by_role: dict[str, list[OfferAnalysis]] = {}
    for analysis in offers.values():
        by_role.setdefault(analysis.role_id, []).append(analysis)
    costs: list[RoleCost] = []
    unpriced: list[str] = []
    total = Decimal(0)
    for role in plan.roles:
        candidates = by_role.get(role.id, [])
        best: OfferAnalysis | None = None
        best_amount = Decimal(-1)
        problem: Conversion | None = None
        for analysis in candidates:
            conversion = analysis.first_year_cost_reporting
            if isinstance(conversion, Converted):
                if conversion.amount > best_amount:
                    best, best_amount = analysis, conversion.amount
            elif problem is None:
                problem = conversion
        if best is not None:
            per_hire = best.first_year_cost_reporting
            role_total = best_amount * role.headcount
            total += role_total
            costs.append(RoleCost(role.id, role.headcount, best.offer_id, per_hire, role_total))
        else:
            unpriced.append(role.id)
            offer_id = candidates[0].offer_id if candidates else None
            costs.append(RoleCost(role.id, role.headcount, offer_id, problem, None))
    return Budget(
        currency=plan.reporting_currency,
        roles=tuple(costs),
        total=total,
        unpriced_role_ids=tuple(unpriced),
    )
