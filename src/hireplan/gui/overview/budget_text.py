"""What the Overview's budget card says: offered against planned, in whole sentences.

The figures are the analysis's budget (:class:`hireplan.analysis.Budget`); this words them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hireplan.analysis.format import format_money
from hireplan.model.wording import plural

if TYPE_CHECKING:
    from hireplan.analysis import Budget, RoleCost


def headline(budget: Budget) -> str:
    """``USD 1,104,825 offered for 5 hires across 4 roles, against USD 1,180,840 planned.``"""
    hires = plural(sum(role.headcount for role in budget.roles), "hire")
    roles = plural(len(budget.roles), "role")
    offered = format_money(budget.total, budget.currency)
    if len(budget.unplanned_role_ids) == len(budget.roles):
        return f"{offered} offered for {hires} across {roles}; no role has a planned budget yet."
    planned = format_money(budget.planned_total, budget.currency)
    return f"{offered} offered for {hires} across {roles}, against {planned} planned."


def over_plan(budget: Budget) -> str:
    """A warning when the roles with a plan are offered more than planned; else empty."""
    over = budget.over_plan
    if over <= 0:
        return ""
    return (
        f"The roles with a plan are {format_money(over, budget.currency)} over it "
        "(offers made and open seats at their planned cost)."
    )


def role_tip(cost: RoleCost, currency: str) -> str:
    """A role's planned and offered figures for its link's tooltip."""
    planned = format_money(cost.planned_total, currency) if cost.planned_total is not None else "no plan"
    parts = [f"Planned: {planned}.", f"Offers made: {cost.offers_counted}."]
    if cost.open_seats:
        how = "their planned cost" if cost.open_priced_by == "plan" else "the dearest offer"
        parts.append(f"Open seats priced at {how}: {cost.open_seats}.")
    if cost.unpriced_seats:
        parts.append(f"Seats not priced: {cost.unpriced_seats}.")
    return " ".join(parts)
