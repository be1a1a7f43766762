"""What the overview's cards say, from one analysis: progress, flags, budget, stale data, due dates.

Kept apart from the page because it reads the analysis' modules: the page is built before the
window's first paint, and imports this module only with the first analysis, after the paint.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton

from hireplan.analysis.due import next_due
from hireplan.analysis.format import format_date, format_money, format_progress
from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import PlanAnalysis, Severity
from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.kind_names import kind_label
from hireplan.gui.common.mnemonics import as_written, mark_list_entry
from hireplan.gui.common.style import coloured, tones
from hireplan.gui.overview import budget_text
from hireplan.gui.overview.overview_card import MAX_LISTED, Card
from hireplan.model.plan import Plan
from hireplan.model.wording import shorten

SEVERITY_WORDS = {
    Severity.HIGH: str(QT_TRANSLATE_NOOP("OverviewCards", "high")),
    Severity.MEDIUM: str(QT_TRANSLATE_NOOP("OverviewCards", "medium")),
    Severity.LOW: str(QT_TRANSLATE_NOOP("OverviewCards", "low")),
}
"""The word after each severity's count on the flags card (``3 high``)."""


def _more(count: int) -> str:
    """The grey ``and 3 more`` under a list cut at :data:`MAX_LISTED`."""
    text = html.escape(QCoreApplication.translate("OverviewCards", "and {count} more").format(count=count))
    return f"<span style='color:palette(mid)'>{text}</span>"


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
        card.add_text(html.escape(QCoreApplication.translate("OverviewCards", "This plan has no steps yet.")))
        return None
    overall = QProgressBar()
    overall.setAccessibleName(QCoreApplication.translate("OverviewCards", "Overall progress"))
    overall.setRange(0, max(progress.applicable, 1))
    overall.setValue(progress.done)
    overall.setFormat(
        QCoreApplication.translate("OverviewCards", "{percent} overall · {done} of {applicable} done").format(
            percent=format_progress(progress.overall), done=progress.done, applicable=progress.applicable
        )
    )
    card.body.addWidget(overall)
    grid = QGridLayout()
    grid.setColumnStretch(0, 3)
    grid.setColumnStretch(1, 2)
    grid.setColumnStretch(2, 3)  # the notes wrap in their share, never a word a line
    grid.setHorizontalSpacing(8)
    for row, step in enumerate(progress.steps):
        button = QPushButton(as_written(f"{row + 1}. {step.title}"))
        mark_list_entry(button)  # Alt+1… already go to the steps
        button.setFlat(True)
        button.setStyleSheet("text-align: left; padding: 2px 4px;")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setToolTip(
            QCoreApplication.translate("OverviewCards", "Open step {number} of the checklist").format(
                number=row + 1
            )
        )
        button.clicked.connect(lambda _c=False, k=step.key: links.section(nav.step_section(k)))
        bar = QProgressBar()
        bar.setMinimumWidth(110)
        bar.setRange(0, max(step.applicable, 1))
        bar.setValue(step.done)
        bar.setFormat(
            QCoreApplication.translate("OverviewCards", "{done} of {applicable} done").format(
                done=step.done, applicable=step.applicable
            )
        )
        bar.setAccessibleName(
            QCoreApplication.translate("OverviewCards", "Progress of {step}").format(step=step.title)
        )
        notes = []
        if step.overdue:
            overdue = QCoreApplication.translate("OverviewCards", "{count} overdue").format(
                count=step.overdue
            )
            notes.append(coloured(html.escape(overdue), tones().error))
        if step.blocked:
            notes.append(
                html.escape(
                    QCoreApplication.translate("OverviewCards", "{count} blocked").format(count=step.blocked)
                )
            )
        if step.unassigned:
            notes.append(
                html.escape(
                    QCoreApplication.translate("OverviewCards", "{count} without owner").format(
                        count=step.unassigned
                    )
                )
            )
        extra = QLabel(QCoreApplication.translate("OverviewCards", ", ").join(notes))
        extra.setTextFormat(Qt.TextFormat.RichText)
        extra.setWordWrap(True)  # on two lines rather than squeeze the Flags and Budget column
        extra.setMinimumWidth(extra.fontMetrics().horizontalAdvance("0" * 12))
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
        f"<span style='color:{tones().severity[s]}; font-size:large'><b>{counts[s]}</b></span> "
        + html.escape(QCoreApplication.translate("OverviewCards", SEVERITY_WORDS[s]))
        for s in Severity
    )
    ack = QCoreApplication.translate("OverviewCards", "({count} acknowledged)").format(count=acknowledged)
    summary = card.add_text(f"{badges} &nbsp; {html.escape(ack)}" if acknowledged else badges)
    counted = {"high": counts[Severity.HIGH], "medium": counts[Severity.MEDIUM], "low": counts[Severity.LOW]}
    if acknowledged:
        spoken = QCoreApplication.translate(
            "OverviewCards", "{high} high, {medium} medium, {low} low flags, {acknowledged} acknowledged"
        ).format(acknowledged=acknowledged, **counted)
    else:
        spoken = QCoreApplication.translate(
            "OverviewCards", "{high} high, {medium} medium, {low} low flags"
        ).format(**counted)
    summary.setAccessibleName(spoken)
    top = [flag for flag in analysis.flags if not flag.acknowledged][:MAX_LISTED]
    names = PlanNames(lambda: plan)
    for flag in top:
        colour = tones().severity[flag.severity]
        about = f" — {names(flag.refs[0])}" if flag.refs and flag.refs[0].kind != "plan" else ""
        button = card.add_link(
            f"■ {shorten(flag.title + about, 80)}",
            QCoreApplication.translate("OverviewCards", "{severity}: {message}").format(
                severity=flag.severity.label, message=flag.message
            ),
            partial(links.open_object, flag.target.kind, flag.target.id)
            if flag.target is not None
            else partial(links.section, nav.RISKS),
        )
        button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {colour};")
    open_count = sum(counts.values())
    if open_count > len(top):
        card.add_text(_more(open_count - len(top)))
    card.add_link(
        QCoreApplication.translate("OverviewCards", "Open the &Risks page →"),
        QCoreApplication.translate("OverviewCards", "All flags, acknowledgements and the risk register"),
        lambda: links.section(nav.RISKS),
        entry=False,
    )
    return summary


def show_budget(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """Offered against planned for the year, the dearest roles first, and what cannot be priced."""

    card.clear()
    budget = analysis.budget
    if not plan.roles:
        card.add_text(html.escape(QCoreApplication.translate("OverviewCards", "No roles yet.")))
        card.add_link(
            QCoreApplication.translate("OverviewCards", "Add &roles and offers →"),
            QCoreApplication.translate("OverviewCards", "Open Roles and offers"),
            lambda: links.section(nav.ROLES),
            entry=False,
        )
        return
    card.add_text(f"<span style='font-size:large'>{html.escape(budget_text.headline(budget))}</span>")
    if over := budget_text.over_plan(budget):
        card.add_text(coloured(html.escape(over), tones().caution))
    titles = {role.id: role.title for role in plan.roles}
    if budget.unpriced_role_ids:
        names = QCoreApplication.translate("OverviewCards", ", ").join(
            titles.get(r, r) for r in budget.unpriced_role_ids[:4]
        )
        more = "…" if len(budget.unpriced_role_ids) > 4 else ""
        unpriced = QCoreApplication.translate(
            "OverviewCards",
            "Not fully priced: %n role(s) with seats that have no plan, offer or rate ({names}).",
            None,
            len(budget.unpriced_role_ids),
        ).format(names=names + more)
        card.add_text(coloured(html.escape(unpriced), tones().caution))
    priced = sorted((cost for cost in budget.roles if cost.total is not None), key=lambda c: -(c.total or 0))
    for cost in priced[:MAX_LISTED]:
        total = format_money(cost.total, budget.currency) if cost.total is not None else ""
        card.add_link(
            QCoreApplication.translate("OverviewCards", "{role}: {total}").format(
                role=shorten(titles.get(cost.role_id, cost.role_id), 40), total=total
            ),
            budget_text.role_tip(cost, budget.currency),
            partial(links.open_object, "role", cost.role_id),
        )
    if len(priced) > MAX_LISTED:
        more_roles = QCoreApplication.translate(
            "OverviewCards", "and %n more role(s)", None, len(priced) - MAX_LISTED
        )
        card.add_text(f"<span style='color:palette(mid)'>{html.escape(more_roles)}</span>")
    card.add_link(
        QCoreApplication.translate("OverviewCards", "Co&mpare offers with the market →"),
        QCoreApplication.translate("OverviewCards", "Open the Compensation page"),
        lambda: links.section(nav.COMPENSATION),
        entry=False,
    )


def show_stale(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """Benchmarks, rates and PPP factors that are old or undated, oldest first."""

    card.clear()
    stale = analysis.stale
    limit = plan.settings.stale_data_days
    add_benchmark = partial(links.open_object, "benchmark", nav.NEW_OBJECT)
    if not (plan.markets or plan.benchmarks or plan.exchange_rates or plan.ppp_factors):
        card.add_text(
            QCoreApplication.translate(
                "OverviewCards", "No market data yet, so no offer can be compared with the market."
            )
        )
        card.add_link(
            QCoreApplication.translate("OverviewCards", "Add market data →"),
            QCoreApplication.translate(
                "OverviewCards", "Open Market data to add a market and its benchmarks"
            ),
            add_benchmark,
        )
        return
    if not plan.benchmarks:
        card.add_text(
            QCoreApplication.translate(
                "OverviewCards", "No benchmarks yet, so no offer can be compared with the market."
            )
        )
        card.add_link(
            QCoreApplication.translate("OverviewCards", "Add a benchmark →"),
            QCoreApplication.translate("OverviewCards", "Open Market data to add a benchmark"),
            add_benchmark,
        )
    else:
        unmatched, without_median, without_rate = _uncompared_offers(analysis, plan)
        if unmatched:
            card.add_text(
                QCoreApplication.translate(
                    "OverviewCards",
                    "%n offer(s) cannot be compared with the market: no benchmark matches the role.",
                    None,
                    unmatched,
                )
            )
        if without_median:
            card.add_text(
                QCoreApplication.translate(
                    "OverviewCards",
                    "%n offer(s) cannot be compared with the market: their market's benchmark gives no "
                    "median (P50).",
                    None,
                    without_median,
                )
            )
        if without_rate:
            card.add_text(
                QCoreApplication.translate(
                    "OverviewCards",
                    "%n offer(s) cannot be compared with the market: no exchange rate links the "
                    "offer's currency to its benchmark's.",
                    None,
                    without_rate,
                )
            )
        if unmatched:
            card.add_link(
                QCoreApplication.translate("OverviewCards", "Add a benchmark →"),
                QCoreApplication.translate("OverviewCards", "Open Market data to add a benchmark"),
                add_benchmark,
            )
        elif without_median:
            card.add_link(
                QCoreApplication.translate("OverviewCards", "Enter the medians →"),
                QCoreApplication.translate("OverviewCards", "Open Market data to enter the medians"),
                add_benchmark,
            )
        elif without_rate:
            card.add_link(
                QCoreApplication.translate("OverviewCards", "Add an exchange rate →"),
                QCoreApplication.translate("OverviewCards", "Open Market data to add an exchange rate"),
                partial(links.open_object, "rate", nav.NEW_OBJECT),
            )
    dated = len(plan.benchmarks) + len(plan.exchange_rates)
    if not stale:
        if dated:
            card.add_text(
                html.escape(
                    QCoreApplication.translate(
                        "OverviewCards",
                        "All %n benchmarks and exchange rates are dated within the last {limit} days.",
                        None,
                        dated,
                    ).format(limit=limit)
                )
            )
        return
    undated = sum(1 for entry in stale if entry.as_of is None)
    days = QCoreApplication.translate("OverviewCards", "%n day(s)", None, limit)
    if undated:
        text = QCoreApplication.translate(
            "OverviewCards",
            "%n entry(ies) older than {days} or undated ({undated} undated): figures compared against them "
            "may mislead.",
            None,
            len(stale),
        ).format(days=days, undated=undated)
    else:
        text = QCoreApplication.translate(
            "OverviewCards",
            "%n entry(ies) older than {days}: figures compared against them may mislead.",
            None,
            len(stale),
        ).format(days=days)
    card.add_text(html.escape(text))
    names = PlanNames(lambda: plan)
    oldest = sorted(stale, key=lambda e: (e.as_of is not None, -(e.age_days or 0)))
    for entry in oldest[:MAX_LISTED]:
        if entry.as_of is None:
            age = QCoreApplication.translate("OverviewCards", "undated")
        else:
            age = QCoreApplication.translate(
                "OverviewCards", "{date}, %n day(s) old", None, entry.age_days or 0
            ).format(date=format_date(entry.as_of))
        card.add_link(
            QCoreApplication.translate("OverviewCards", "{kind}: {name} ({age})").format(
                kind=kind_label(entry.ref.kind), name=shorten(names(entry.ref), 45), age=age
            ),
            QCoreApplication.translate("OverviewCards", "Show it to update its figures and date"),
            partial(links.open_object, entry.ref.kind, entry.ref.id),
        )
    if len(stale) > MAX_LISTED:
        card.add_text(_more(len(stale) - MAX_LISTED))


def _uncompared_offers(analysis: PlanAnalysis, plan: Plan) -> tuple[int, int, int]:
    """Offers with a base and a role that cannot be compared with their market: those no benchmark
    matches, those whose matching benchmark gives no median, and those with no rate into the
    benchmark's currency (told apart: the fix differs)."""
    roles = {role.id for role in plan.roles}
    results = (analysis.offers.get(offer.id) for offer in plan.offers if offer.role_id in roles)
    reasons = Counter(result.uncompared_reason for result in results if result is not None)
    return reasons["no_benchmark"], reasons["no_median"], reasons["no_rate"]


def show_due(card: Card, analysis: PlanAnalysis, plan: Plan, links: Links) -> None:
    """The next open items by due date, overdue ones first."""

    card.clear()
    due = next_due(plan, analysis.today, MAX_LISTED + 2)
    if not due:
        card.add_text(
            html.escape(
                QCoreApplication.translate(
                    "OverviewCards",
                    "Nothing open has a due date. Give the important items a date in the checklist.",
                )
            )
        )
        return
    for entry in due:
        if entry.overdue:
            when = QCoreApplication.translate("OverviewCards", "overdue by %n day(s)", None, -entry.days_left)
        elif entry.days_left == 0:
            when = QCoreApplication.translate("OverviewCards", "due today")
        else:
            when = QCoreApplication.translate("OverviewCards", "in %n day(s)", None, entry.days_left)
        owner = entry.owner.strip() or QCoreApplication.translate("OverviewCards", "no owner")
        button = card.add_link(
            QCoreApplication.translate("OverviewCards", "{date} · {item} — {owner}, {when}").format(
                date=format_date(entry.due), item=shorten(entry.text, 42), owner=owner, when=when
            ),
            QCoreApplication.translate("OverviewCards", "Show this item in the checklist"),
            partial(links.open_object, "item", entry.item_id),
        )
        if entry.overdue:
            button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {tones().error};")
    card.add_link(
        QCoreApplication.translate("OverviewCards", "Open the chec&klist →"),
        QCoreApplication.translate("OverviewCards", "All steps"),
        lambda: links.section(nav.ALL_STEPS),
        entry=False,
    )
