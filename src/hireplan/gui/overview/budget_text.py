"""What the Overview's budget card says: offered against planned, in whole sentences.

The figures are the analysis's budget (:class:`hireplan.analysis.Budget`); this words them, in the
window's language (counts of hires and roles by plural forms).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.format import format_money

if TYPE_CHECKING:
    from hireplan.analysis import Budget, RoleCost


def headline(budget: Budget) -> str:
    """``USD 1,104,825 offered for 5 hires across 4 roles, against USD 1,180,840 planned.``"""
    hires = QCoreApplication.translate(
        "BudgetText", "%n hire(s)", None, sum(role.headcount for role in budget.roles)
    )
    roles = QCoreApplication.translate("BudgetText", "%n role(s)", None, len(budget.roles))
    offered = format_money(budget.total, budget.currency)
    if len(budget.unplanned_role_ids) == len(budget.roles):
        return QCoreApplication.translate(
            "BudgetText", "{offered} offered for {hires} across {roles}; no role has a planned budget yet."
        ).format(offered=offered, hires=hires, roles=roles)
    planned = format_money(budget.planned_total, budget.currency)
    return QCoreApplication.translate(
        "BudgetText", "{offered} offered for {hires} across {roles}, against {planned} planned."
    ).format(offered=offered, hires=hires, roles=roles, planned=planned)


def over_plan(budget: Budget) -> str:
    """A warning when the roles with a plan are offered more than planned; else empty."""
    over = budget.over_plan
    if over <= 0:
        return ""
    return QCoreApplication.translate(
        "BudgetText",
        "The roles with a plan are {amount} over it (offers made and open seats at their planned cost).",
    ).format(amount=format_money(over, budget.currency))


def role_tip(cost: RoleCost, currency: str) -> str:
    """A role's planned and offered figures for its link's tooltip."""
    if cost.planned_total is not None:
        planned = QCoreApplication.translate("BudgetText", "Planned: {amount}.").format(
            amount=format_money(cost.planned_total, currency)
        )
    else:
        planned = QCoreApplication.translate("BudgetText", "Planned: no plan.")
    parts = [
        planned,
        QCoreApplication.translate("BudgetText", "Offers made: {count}.").format(count=cost.offers_counted),
    ]
    if cost.open_seats:
        if cost.open_priced_by == "plan":
            priced = QCoreApplication.translate(
                "BudgetText", "Open seats priced at their planned cost: {count}."
            )
        else:
            priced = QCoreApplication.translate(
                "BudgetText", "Open seats priced at the dearest offer: {count}."
            )
        parts.append(priced.format(count=cost.open_seats))
    if cost.unpriced_seats:
        parts.append(
            QCoreApplication.translate("BudgetText", "Seats not priced: {count}.").format(
                count=cost.unpriced_seats
            )
        )
    parts.extend(cost.missing_rates)
    return QCoreApplication.translate("BudgetText", " ").join(parts)
