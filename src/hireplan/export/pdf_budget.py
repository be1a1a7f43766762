"""The brief's budget lines: what the plan planned to spend against what the offers made cost.

Figures come from ``analysis.budget`` (planned per role x headcount; offered = the offers made plus
the seats still open at their planned cost). A redacted brief keeps the planned budget but
withholds the offered cost, because with one offer for a role it would be that offer's cost.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from hireplan.analysis import Budget
from hireplan.export import fmt
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_styles import HEADER_BG
from hireplan.i18n import _

UNPRICED_SHOWN = 6


def _names(brief: Brief, role_ids: tuple[str, ...]) -> str:
    names = [brief.index.role_title(role_id) for role_id in role_ids]
    shown = ", ".join(names[:UNPRICED_SHOWN])
    more = len(names) - UNPRICED_SHOWN
    return f"{shown} and {more} more" if more > 0 else shown


def _over_roles(budget: Budget) -> int:
    return sum(1 for role in budget.roles if role.over_plan)


def budget_block(brief: Brief) -> list[Flowable]:
    st, budget = brief.st, brief.analysis.budget
    currency = budget.currency
    if not budget.roles:
        return [Paragraph(_("The plan has no roles yet, so there is nothing to cost."), st.body)]
    planned_roles = len(budget.roles) - len(budget.unplanned_role_ids)
    planned = fmt.money(budget.planned_total, currency) if planned_roles else "not set"
    offered = "withheld in this edition" if brief.redact else fmt.money(budget.total, currency)
    rows = [["Planned", planned, f"{planned_roles} of {len(budget.roles)} roles have a planned budget"]]
    rows.append(["Offered", offered, "offers made, and the seats still open at their planned cost"])
    if not brief.redact and planned_roles:
        gap = budget.over_plan
        word = "Over plan" if gap > 0 else "Under plan"
        rows.append(
            [word, fmt.money(abs(gap), currency), "offered against planned, for the roles that have both"]
        )
    extra = [("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEADER_BG)] if len(rows) == 3 else []
    out: list[Flowable] = [
        brief.table(
            ["Year one", currency, ""],
            rows,
            [0.16, 0.2, 0.64],
            "budget",
            right=(1,),
            extra=extra,
            zebra=False,
        )
    ]
    notes = []
    over = _over_roles(budget)
    if over:
        notes.append(
            "The offers for one role cost more than its plan allows."
            if over == 1
            else f"The offers for {over} roles cost more than their plan allows."
        )
    if budget.unplanned_role_ids:
        notes.append(f"No planned budget yet: {_names(brief, budget.unplanned_role_ids)}.")
    if budget.unpriced_role_ids:
        notes.append(
            "Not priced yet (no plan and no offer, or a rate is missing): "
            f"{_names(brief, budget.unpriced_role_ids)}."
        )
    if brief.redact:
        notes.append("The offered cost is withheld because it is built from individual offers.")
    out.extend(brief.text(note, "budget", st.small) for note in notes)
    return out


def budget_decision(brief: Brief) -> str:
    """The budget sentence of "Leadership is asked to decide", or empty when there is nothing to approve."""
    budget = brief.analysis.budget
    if not any(cost.total is not None for cost in budget.roles):
        return ""
    over = _over_roles(budget)
    if brief.redact:
        if over:
            return (
                "Approve the offers that cost more than their role's plan, or bring them back within it."
                if over > 1
                else "Approve the offer that costs more than its role's plan, or bring it back within it."
            )
        return "Approve the year-one cost of the offers made (shown in the full edition)."
    if budget.planned_total and budget.over_plan > 0:
        return (
            f"Approve {fmt.money(budget.over_plan, budget.currency)} over the planned budget, "
            "or bring the offers back within it."
        )
    return f"Approve the year-one cost of the offers made: {fmt.money(budget.total, budget.currency)}."
