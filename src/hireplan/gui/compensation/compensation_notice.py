"""What the Compensation screen says in words: what stops a comparison, the role's budget, the legend.

Each text is a whole sentence in the ``CompensationPanel`` context (the panel shows them, and the
translations were made for it). The panel joins the notes and shows the button that leads to what is
missing; these functions only decide what to say.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from hireplan.analysis.budget_figures import Budget
from hireplan.analysis.format import format_money, format_ratio
from hireplan.analysis.offers import is_priced
from hireplan.gui.common import section_keys as nav
from hireplan.gui.compensation.mode_model import MarketRow, Mode, unit_of
from hireplan.model.plan import Plan

# What stops the comparison, the button's text and the (kind, id) it leads to.
Missing = tuple[str, str, tuple[str, str]]


def budget_note(budget: Budget, role_id: str | None) -> str:
    """The chosen role's planned budget against what its offers add up to, as one sentence."""
    cost = next((c for c in budget.roles if c.role_id == role_id), None)
    if cost is None or cost.total is None:
        return ""
    offered = format_money(cost.total, budget.currency)
    if cost.planned_total is None:
        return QCoreApplication.translate(
            "CompensationPanel",
            "Year one for this role: {offered} offered; it has no planned budget yet.",
        ).format(offered=offered)
    planned = format_money(cost.planned_total, budget.currency)
    if cost.over_plan:
        text = QCoreApplication.translate(
            "CompensationPanel",
            "Year one for this role: {offered} offered against {planned} planned (over the plan).",
        )
    else:
        text = QCoreApplication.translate(
            "CompensationPanel", "Year one for this role: {offered} offered against {planned} planned."
        )
    return text.format(offered=offered, planned=planned)


def missing_for_comparison(
    plan: Plan, offer_ids: Sequence[str], offer_id: str | None, market_rows: int
) -> Missing | None:
    """What stops the comparison, the button that goes to add it and where it leads."""
    if not plan.roles:
        return (
            QCoreApplication.translate(
                "CompensationPanel", "Add roles and offers under Roles and offers to compare them here."
            ),
            QCoreApplication.translate("CompensationPanel", "Add a role"),
            ("role", nav.NEW_OBJECT),
        )
    if not offer_ids:
        return (
            QCoreApplication.translate("CompensationPanel", "This role has no offers yet."),
            QCoreApplication.translate("CompensationPanel", "Add an offer"),
            ("offer", nav.NEW_OBJECT),
        )
    offer = next((o for o in plan.offers if o.id == offer_id), None)
    if offer is not None and not is_priced(offer):
        return (
            QCoreApplication.translate(
                "CompensationPanel",
                "This offer has no base yet: enter it under Roles and offers to compare the offer.",
            ),
            QCoreApplication.translate("CompensationPanel", "Enter the base"),
            ("offer", offer.id),
        )
    if market_rows == 0:
        text = (
            QCoreApplication.translate(
                "CompensationPanel",
                "No benchmarks yet, so there is nothing to compare these offers with.",
            )
            if not plan.benchmarks
            else QCoreApplication.translate(
                "CompensationPanel",
                "No benchmark matches this role's job family and level in any market, so there is "
                "nothing to compare with.",
            )
        )
        return (
            text,
            QCoreApplication.translate("CompensationPanel", "Add a benchmark"),
            ("benchmark", nav.NEW_OBJECT),
        )
    return None


def market_notes(rows: Sequence[MarketRow], mode: Mode) -> list[str]:
    """Warnings about the market rows shown: example figures, markets that cannot be converted."""
    notes: list[str] = []
    if any(row.comparison.is_example for row in rows):
        notes.append(
            QCoreApplication.translate(
                "CompensationPanel",
                "Markets marked * use example benchmark figures: replace them with your own survey data.",
            )
        )
    if any(row.p50 is None for row in rows):
        if mode == "ppp":
            notes.append(
                QCoreApplication.translate(
                    "CompensationPanel",
                    "Some markets cannot be shown in this unit: a PPP factor is missing (see the tooltips).",
                )
            )
        else:
            notes.append(
                QCoreApplication.translate(
                    "CompensationPanel",
                    "Some markets cannot be shown in this unit: an exchange rate is missing "
                    "(see the tooltips).",
                )
            )
    return notes


def legend_text(plan: Plan, mode: Mode) -> str:
    """The line under the tables: the unit, and what the compa-ratio colours and bold mean."""
    threshold = format_ratio(plan.settings.below_market_threshold)
    unit = unit_of(mode, plan.reporting_currency)
    return QCoreApplication.translate(
        "CompensationPanel",
        "Figures are yearly, in {unit}. Compa-ratio: red below {threshold} of the median (the "
        "plan's threshold), amber below the median, green at or above it; a benchmark for all levels "
        "or another level is indicative and left uncoloured. Bold market = the offer's own market.",
    ).format(unit=unit, threshold=threshold)
