"""The brief's budget lines: what the plan planned to spend against what the offers made cost.

Figures come from ``analysis.budget``. A redacted brief withholds the offered cost, because with
one offer for a role it would be that offer's first-year cost.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from hireplan.export import fmt
from hireplan.export.pdf_context import Brief

UNPRICED_SHOWN = 6


def budget_block(brief: Brief) -> list[Flowable]:
    st, budget = brief.st, brief.analysis.budget
    priced = [cost for cost in budget.roles if cost.total is not None]
    roles = len(budget.roles)
    out: list[Flowable] = []
    if brief.redact:
        out.append(
            Paragraph(
                "The cost of the offers made is withheld in this edition, "
                "because it is built from individual offers.",
                st.body,
            )
        )
    elif roles:
        out.append(
            Paragraph(
                f"Offered: <b>{fmt.money(budget.total, budget.currency)}</b> in year one for "
                f"{len(priced)} of {roles} roles (first-year cost of the dearest offer × headcount).",
                st.body,
            )
        )
    else:
        out.append(Paragraph("The plan has no roles yet, so there is nothing to cost.", st.body))
    out.append(
        Paragraph(
            "No planned budget is recorded in this plan, so the offers cannot be set against one.", st.small
        )
    )
    if budget.unpriced_role_ids:
        names = [brief.index.role_title(role_id) for role_id in budget.unpriced_role_ids]
        shown = ", ".join(names[:UNPRICED_SHOWN])
        more = len(names) - UNPRICED_SHOWN
        text = (
            f"Not priced yet (no offer, or a rate is missing): {shown} and {more} more."
            if more > 0
            else f"Not priced yet (no offer, or a rate is missing): {shown}."
        )
        out.append(brief.text(text, "budget", st.small))
    return out


def budget_decision(brief: Brief) -> str:
    """The budget sentence of "Leadership is asked to decide", or empty when there is nothing to approve."""
    budget = brief.analysis.budget
    if not any(cost.total is not None for cost in budget.roles):
        return ""
    if brief.redact:
        return "Approve the year-one cost of the offers made (shown in the full edition)."
    return f"Approve the year-one cost of the offers made: {fmt.money(budget.total, budget.currency)}."
