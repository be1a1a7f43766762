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
from hireplan.i18n import N_, _, ngettext

UNPRICED_SHOWN = 6


def _names(brief: Brief, role_ids: tuple[str, ...]) -> str:
    names = [brief.index.role_title(role_id) for role_id in role_ids]
    shown = ", ".join(names[:UNPRICED_SHOWN])
    more = len(names) - UNPRICED_SHOWN
    return _("{names} and {count} more").format(names=shown, count=more) if more > 0 else shown


def _over_roles(budget: Budget) -> int:
    return sum(1 for role in budget.roles if role.over_plan)


def budget_block(brief: Brief) -> list[Flowable]:
    st, budget = brief.st, brief.analysis.budget
    currency = budget.currency
    if not budget.roles:
        return [Paragraph(_("The plan has no roles yet, so there is nothing to cost."), st.body)]
    planned_roles = len(budget.roles) - len(budget.unplanned_role_ids)
    planned = fmt.money(budget.planned_total, currency) if planned_roles else _("not set")
    offered = _("withheld in this edition") if brief.redact else fmt.money(budget.total, currency)
    have_plan = ngettext(
        "{planned} of {count} role has a planned budget",
        "{planned} of {count} roles have a planned budget",
        len(budget.roles),
    ).format(planned=planned_roles, count=len(budget.roles))
    rows = [[_("Planned"), planned, have_plan]]
    rows.append([_("Offered"), offered, _("offers made, and the seats still open at their planned cost")])
    if not brief.redact and planned_roles:
        gap = budget.over_plan
        word = _("Over plan") if gap > 0 else _("Under plan")
        rows.append(
            [word, fmt.money(abs(gap), currency), _("offered against planned, for the roles that have both")]
        )
    extra = [("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEADER_BG)] if len(rows) == 3 else []
    out: list[Flowable] = [
        brief.table(
            [N_("Year one"), currency, ""],
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
            ngettext(
                "The offers for {count} role cost more than its plan allows.",
                "The offers for {count} roles cost more than their plan allows.",
                over,
            ).format(count=over)
        )
    if budget.unplanned_role_ids:
        notes.append(
            _("No planned budget yet: {roles}.").format(roles=_names(brief, budget.unplanned_role_ids))
        )
    if budget.unpriced_role_ids:
        notes.append(
            _("Not priced yet (no plan and no offer, or a rate is missing): {roles}.").format(
                roles=_names(brief, budget.unpriced_role_ids)
            )
        )
    if brief.redact:
        notes.append(_("The offered cost is withheld because it is built from individual offers."))
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
            return ngettext(
                "Approve the offer that costs more than its role's plan, or bring it back within it.",
                "Approve the offers that cost more than their role's plan, or bring them back within it.",
                over,
            )
        return _("Approve the year-one cost of the offers made (shown in the full edition).")
    if budget.planned_total and budget.over_plan > 0:
        return _("Approve {amount} over the planned budget, or bring the offers back within it.").format(
            amount=fmt.money(budget.over_plan, budget.currency)
        )
    return _("Approve the year-one cost of the offers made: {amount}.").format(
        amount=fmt.money(budget.total, budget.currency)
    )
