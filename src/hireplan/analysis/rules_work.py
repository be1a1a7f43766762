"""Rules about getting the work done: overdue, blocked and ownerless items, and the team's own risks."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo, names, plural
from hireplan.model import Priority, RiskStatus, Status

OVERDUE = RuleInfo(
    id="items-overdue",
    category="execution",
    title="Overdue checklist items",
    mitigation="Finish the items, or agree a new date with their owners and record why it moved.",
    rationale="Every guide step only helps once it is done: a slipped step delays offers and hires.",
)

BLOCKED = RuleInfo(
    id="items-blocked",
    category="execution",
    title="Blocked checklist items",
    mitigation="Name what blocks each item and who can unblock it; escalate if nobody can.",
    rationale="A blocked step stalls the steps after it.",
)

UNASSIGNED = RuleInfo(
    id="items-unassigned",
    category="execution",
    title="Checklist items without an owner",
    mitigation="Give each open item an owner.",
    rationale="Work nobody owns does not get done.",
)

NO_DUE_DATE = RuleInfo(
    id="critical-item-no-due-date",
    category="execution",
    title="Critical items without a due date",
    mitigation="Set a due date on each critical item so slippage shows.",
    rationale="A critical item with no date can slip without anyone noticing.",
)

MANUAL_RISK = RuleInfo(
    id="manual-risk",
    category="risk",
    title="Risk from the register",
    mitigation="Work the mitigation, and lower the likelihood or impact once it takes effect.",
    rationale="The team's own risk register, scored likelihood x impact on a 5 x 5 matrix.",
)

RISK_REVIEW = RuleInfo(
    id="risk-review-overdue",
    category="risk",
    title="Risk review overdue",
    mitigation="Review the risk, update its score and mitigation, and set the next review date.",
    rationale="A risk register only protects the plan while someone keeps it current.",
)

RULES = (OVERDUE, BLOCKED, UNASSIGNED, NO_DUE_DATE, MANUAL_RISK, RISK_REVIEW)

OPEN = (Status.TODO, Status.IN_PROGRESS, Status.BLOCKED)
LIVE_RISKS = (RiskStatus.OPEN, RiskStatus.MITIGATING)


def checklist_items(facts: Facts) -> Iterator[Flag]:
    """Rule 10: per step, overdue, blocked and ownerless items, and critical items with no due date."""
    for number, items in enumerate(facts.step_items, start=1):
        step = items.step
        label = f"Step {number} ({step.title})" if step.title.strip() else f"Step {number}"
        overdue, blocked = items.overdue, items.blocked
        unassigned, undated = items.unassigned, items.critical_undated
        step_ref = Ref("step", step.id)
        if overdue:
            critical = any(item.priority in (Priority.CRITICAL, Priority.HIGH) for item in overdue)
            yield OVERDUE.flag(
                Severity.HIGH if critical else Severity.MEDIUM,
                f"{label} has {plural(len(overdue), 'overdue item')} ({names(i.text for i in overdue)})"
                f"{', including high-priority work' if critical else ''}. Late steps push back offers "
                f"while candidates are weighing other ones.",
                [step_ref, *(Ref("item", item.id) for item in overdue)],
            )
        if blocked:
            yield BLOCKED.flag(
                Severity.MEDIUM,
                f"{label} has {plural(len(blocked), 'blocked item')} ({names(i.text for i in blocked)}). "
                f"Until they move, the work that depends on them waits.",
                [step_ref, *(Ref("item", item.id) for item in blocked)],
            )
        if unassigned:
            yield UNASSIGNED.flag(
                Severity.LOW,
                f"{label} has {plural(len(unassigned), 'open item')} with no owner "
                f"({names(i.text for i in unassigned)}).",
                [step_ref, *(Ref("item", item.id) for item in unassigned)],
            )
        if undated:
            yield NO_DUE_DATE.flag(
                Severity.MEDIUM,
                f"{label} has {plural(len(undated), 'critical item')} with no due date "
                f"({names(i.text for i in undated)}), so nobody will notice when they slip.",
                [step_ref, *(Ref("item", item.id) for item in undated)],
            )


def manual_risks(facts: Facts) -> Iterator[Flag]:
    """Rule 12: open risks in the high or medium band, and risks whose review date has passed."""
    risks = {risk.id: risk for risk in facts.ctx.plan.risks}
    for assessment in facts.risks:
        risk = risks[assessment.risk_id]
        ref = [Ref("risk", risk.id)]
        if risk.status in LIVE_RISKS and assessment.band is not Severity.LOW:
            mitigation = risk.mitigation.strip()
            yield MANUAL_RISK.flag(
                assessment.band,
                f"'{risk.title}' scores {assessment.score} ({risk.likelihood} likelihood x {risk.impact} "
                f"impact), in the {assessment.band.value} band"
                f"{'' if mitigation else ', and has no mitigation written down'}.",
                ref,
                mitigation=f"Planned mitigation: {mitigation}" if mitigation else None,
                title=f"Risk: {risk.title}",
            )
        if assessment.review_overdue and risk.review_date is not None:
            days = (facts.ctx.today - risk.review_date).days
            yield RISK_REVIEW.flag(
                Severity.MEDIUM,
                f"'{risk.title}' was due for review on {risk.review_date.isoformat()}, "
                f"{plural(days, 'day')} ago; its score may no longer be true.",
                ref,
            )
