"""What the overview's cards say, from one analysis: progress, flags, budget, stale data, due dates.

Kept apart from the page because it reads the analysis' modules: the page is built before the
window's first paint, and imports this module only with the first analysis, after the paint.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton

from hireplan.analysis.due import next_due
from hireplan.analysis.format import format_date, format_money, format_progress
from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import PlanAnalysis, Severity
from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.style import CAUTION_TEXT, ERROR_TEXT, SEVERITY_COLOURS, coloured
from hireplan.gui.overview import budget_text
from hireplan.gui.overview.overview_card import MAX_LISTED, Card
from hireplan.model.kinds import KINDS
from hireplan.model.plan import Plan
from hireplan.model.wording import plural, shorten


@dataclass(frozen=True)
class Links:
    """Where the cards' links lead: a section of the window, or one object of the plan."""

    section: Callable[[str], object]
    open_object: Callable[[str, str], object]


def show_progress(
    card: Card, analysis: PlanAnalysis, links: Links
) -> tuple[QProgressBar, QGridLayout] | None:
    """Overall progress, then one bar per step (its button opens the step); None when no steps."""

    card.clear()
    progress = analysis.progress
    if not progress.steps:
        card.add_text("This plan has no steps yet.")
        return None
    overall = QProgressBar()
    overall.setAccessibleName("Overall progress")
    overall.setRange(0, max(progress.applicable, 1))
    overall.setValue(progress.done)
    overall.setFormat(
        f"{format_progress(progress.overall)} overall · {progress.done} of {progress.applicable} done"
    )
    card.body.addWidget(overall)
    grid = QGridLayout()
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    grid.setHorizontalSpacing(8)
    for row, step in enumerate(progress.steps):
        button = QPushButton(f"{row + 1}. {step.title}")
        button.setFlat(True)
        button.setStyleSheet("text-align: left; padding: 2px 4px;")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(f"Open step {row + 1} of the checklist")
        button.clicked.connect(lambda _c=False, k=step.key: links.section(nav.step_section(k)))
        bar = QProgressBar()
        bar.setMinimumWidth(150)
        bar.setRange(0, max(step.applicable, 1))
        bar.setValue(step.done)
        bar.setFormat(f"{step.done} of {step.applicable} done")
        bar.setAccessibleName(f"Progress of {step.title}")
        notes = [
            text
            for count, text in (
                (step.overdue, coloured(f"{step.overdue} overdue", ERROR_TEXT)),
                (step.blocked, f"{step.blocked} blocked"),
                (step.unassigned, f"{step.unassigned} without owner"),
            )
            if count
        ]
        extra = QLabel(", ".join(notes))
        extra.setTextFormat(Qt.TextFormat.RichText)
        grid.addWidget(button, row, 0)
        grid.addWidget(bar, row, 1)
        grid.addWidget(extra, row, 2)
    card.body.addLayout(grid)
    return overall, grid


def show_flags(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> QLabel:
    """Open flags by severity, the first few (each opens what it is about); returns the count line."""

    card.clear()
    counts = {severity: 0 for severity in Severity}
    acknowledged = 0
    for flag in analysis.flags:
        if flag.acknowledged:
            acknowledged += 1
        else:
            counts[flag.severity] += 1
    badges = " &nbsp; ".join(
        f"<span style='color:{SEVERITY_COLOURS[s]}; font-size:large'><b>{counts[s]}</b></span> {s.value}"
        for s in Severity
    )
    ack = f" &nbsp; ({acknowledged} acknowledged)" if acknowledged else ""
    summary = card.add_text(f"{badges}{ack}")
    summary.setAccessibleName(
        ", ".join(f"{counts[s]} {s.value}" for s in Severity)
        + " flags"
        + (f", {acknowledged} acknowledged" if acknowledged else "")
    )
    top = [flag for flag in analysis.flags if not flag.acknowledged][:MAX_LISTED]
    names = PlanNames(lambda: plan)
    for flag in top:
        colour = SEVERITY_COLOURS[flag.severity]
        about = f" — {names(flag.refs[0])}" if flag.refs and flag.refs[0].kind != "plan" else ""
        button = card.add_link(
            f"■ {shorten(flag.title + about, 80)}",
            f"{flag.severity.label}: {flag.message}",
            partial(links.open_object, flag.target.kind, flag.target.id)
            if flag.target is not None
            else partial(links.section, nav.RISKS),
        )
        button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {colour};")
    open_count = sum(counts.values())
    if open_count > len(top):
        card.add_text(f"<span style='color:palette(mid)'>and {open_count - len(top)} more</span>")
    card.add_link(
        "Open the Risks page →",
        "All flags, acknowledgements and the risk register",
        lambda: links.section(nav.RISKS),
    )
    return summary


def show_budget(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """Offered against planned for the year, the dearest roles first, and what cannot be priced."""

    card.clear()
    budget = analysis.budget
    if not plan.roles:
        card.add_text("No roles yet.")
        card.add_link(
            "Add roles and offers →",
            "Open Roles and offers",
            lambda: links.section(nav.ROLES),
        )
        return
    card.add_text(f"<span style='font-size:large'>{html.escape(budget_text.headline(budget))}</span>")
    if over := budget_text.over_plan(budget):
        card.add_text(coloured(html.escape(over), CAUTION_TEXT))
    titles = {role.id: role.title for role in plan.roles}
    if budget.unpriced_role_ids:
        names = ", ".join(titles.get(r, r) for r in budget.unpriced_role_ids[:4])
        more = "…" if len(budget.unpriced_role_ids) > 4 else ""
        roles = plural(len(budget.unpriced_role_ids), "role")
        card.add_text(
            coloured(
                f"Not fully priced: {roles} with seats that have no plan, offer or rate "
                f"({html.escape(names)}{more}).",
                CAUTION_TEXT,
            )
        )
    priced = sorted((cost for cost in budget.roles if cost.total is not None), key=lambda c: -(c.total or 0))
    for cost in priced[:MAX_LISTED]:
        total = format_money(cost.total, budget.currency) if cost.total is not None else ""
        card.add_link(
            f"{shorten(titles.get(cost.role_id, cost.role_id), 40)}: {total}",
            budget_text.role_tip(cost, budget.currency),
            partial(links.open_object, "role", cost.role_id),
        )
    if len(priced) > MAX_LISTED:
        card.add_text(f"<span style='color:palette(mid)'>and {len(priced) - MAX_LISTED} more roles</span>")
    card.add_link(
        "Compare offers with the market →",
        "Open the Compensation page",
        lambda: links.section(nav.COMPENSATION),
    )


def show_stale(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """Benchmarks, rates and PPP factors that are old or undated, oldest first."""

    card.clear()
    stale = analysis.stale
    limit = plan.settings.stale_data_days
    if not stale:
        card.add_text(f"All benchmarks and rates are dated within the last {limit} days.")
        return
    undated = sum(1 for entry in stale if entry.as_of is None)
    card.add_text(
        f"{plural(len(stale), 'entry', 'entries')} older than {limit} days"
        + (f" or undated ({undated} undated)" if undated else "")
        + ": figures compared against them may mislead."
    )
    names = PlanNames(lambda: plan)
    oldest = sorted(stale, key=lambda e: (e.as_of is not None, -(e.age_days or 0)))
    for entry in oldest[:MAX_LISTED]:
        age = "undated" if entry.as_of is None else f"{format_date(entry.as_of)}, {entry.age_days} days old"
        kind = KINDS[entry.ref.kind].label
        card.add_link(
            f"{kind}: {shorten(names(entry.ref), 45)} ({age})",
            "Show it to update its figures and date",
            partial(links.open_object, entry.ref.kind, entry.ref.id),
        )
    if len(stale) > MAX_LISTED:
        card.add_text(f"<span style='color:palette(mid)'>and {len(stale) - MAX_LISTED} more</span>")


def show_due(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """The next open items by due date, overdue ones first."""

    card.clear()
    due = next_due(plan, analysis.today, MAX_LISTED + 2)
    if not due:
        card.add_text("Nothing open has a due date. Give the important items a date in the checklist.")
        return
    for entry in due:
        if entry.overdue:
            when = f"overdue by {plural(-entry.days_left, 'day')}"
        elif entry.days_left == 0:
            when = "due today"
        else:
            when = f"in {plural(entry.days_left, 'day')}"
        owner = entry.owner.strip() or "no owner"
        button = card.add_link(
            f"{format_date(entry.due)} · {shorten(entry.text, 42)} — {owner}, {when}",
            "Show this item in the checklist",
            partial(links.open_object, "item", entry.item_id),
        )
        if entry.overdue:
            button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {ERROR_TEXT};")
    card.add_link("Open the checklist →", "All steps", lambda: links.section(nav.ALL_STEPS))
