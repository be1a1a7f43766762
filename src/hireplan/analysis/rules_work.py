"""Rules about getting the work done: overdue, blocked and ownerless items, and the team's own risks."""

from __future__ import annotations

from collections.abc import Iterator

from hireplan.analysis.results import Flag, Ref, Severity
from hireplan.analysis.rules_base import Facts, RuleInfo, names
from hireplan.i18n import N_, _, ngettext, prose_date
from hireplan.model import Priority, RiskStatus, Status

OVERDUE = RuleInfo(
    id="items-overdue",
    category="execution",
    title=N_("Overdue checklist items"),
    mitigation=N_("Finish the items, or agree a new date with their owners and record why it moved."),
    rationale=N_("Every guide step only helps once it is done: a slipped step delays offers and hires."),
)

BLOCKED = RuleInfo(
    id="items-blocked",
    category="execution",
    title=N_("Blocked checklist items"),
    mitigation=N_("Name what blocks each item and who can unblock it; escalate if nobody can."),
    rationale=N_("A blocked step stalls the steps after it."),
)

UNASSIGNED = RuleInfo(
    id="items-unassigned",
    category="execution",
    title=N_("Checklist items without an owner"),
    mitigation=N_("Give each open item an owner."),
    rationale=N_("Work nobody owns does not get done."),
)

NO_DUE_DATE = RuleInfo(
    id="critical-item-no-due-date",
    category="execution",
    title=N_("Critical items without a due date"),
    mitigation=N_("Set a due date on each critical item so slippage shows."),
    rationale=N_("A critical item with no date can slip without anyone noticing."),
)

MANUAL_RISK = RuleInfo(
    id="manual-risk",
    category="risk",
    title=N_("Risk from the register"),
    mitigation=N_("Work the mitigation, and lower the likelihood or impact once it takes effect."),
    rationale=N_("The team's own risk register, scored likelihood x impact on a 5 x 5 matrix."),
)

RISK_REVIEW = RuleInfo(
    id="risk-review-overdue",
    category="risk",
    title=N_("Risk review overdue"),
    mitigation=N_("Review the risk, update its score and mitigation, and set the next review date."),
    rationale=N_("A risk register only protects the plan while someone keeps it current."),
)

RULES = (OVERDUE, BLOCKED, UNASSIGNED, NO_DUE_DATE, MANUAL_RISK, RISK_REVIEW)

OPEN = (Status.TODO, Status.IN_PROGRESS, Status.BLOCKED)
LIVE_RISKS = (RiskStatus.OPEN, RiskStatus.MITIGATING)
BAND_WORDS = (N_("high"), N_("medium"), N_("low"))
"""Severity.value as a band name in a message; listed so extraction finds them for translation."""


def checklist_items(facts: Facts) -> Iterator[Flag]:
    """Rule 10: per step, overdue, blocked and ownerless items, and critical items with no due date."""
    for number, items in enumerate(facts.step_items, start=1):
        step = items.step
        label = (
            _("Step {number} ({title})").format(number=number, title=step.title)
            if step.title.strip()
            else _("Step {number}").format(number=number)
        )
        overdue, blocked = items.overdue, items.blocked
        unassigned, undated = items.unassigned, items.critical_undated
        step_ref = Ref("step", step.id)
        if overdue:
            critical = any(item.priority in (Priority.CRITICAL, Priority.HIGH) for item in overdue)
            yield OVERDUE.flag(
                Severity.HIGH if critical else Severity.MEDIUM,
                (
                    ngettext(
                        "{step} has {count} overdue item ({names}), including high-priority work. Late "
                        "steps push back offers while candidates are weighing other ones.",
                        "{step} has {count} overdue items ({names}), including high-priority work. Late "
                        "steps push back offers while candidates are weighing other ones.",
                        len(overdue),
                    )
                    if critical
                    else ngettext(
                        "{step} has {count} overdue item ({names}). Late steps push back offers while "
                        "candidates are weighing other ones.",
                        "{step} has {count} overdue items ({names}). Late steps push back offers while "
                        "candidates are weighing other ones.",
                        len(overdue),
                    )
                ).format(step=label, count=len(overdue), names=names(i.text for i in overdue)),
                [step_ref, *(Ref("item", item.id) for item in overdue)],
            )
        if blocked:
            yield BLOCKED.flag(
                Severity.MEDIUM,
                ngettext(
                    "{step} has {count} blocked item ({names}). Until it moves, the work that depends on "
                    "it waits.",
                    "{step} has {count} blocked items ({names}). Until they move, the work that depends on "
                    "them waits.",
                    len(blocked),
                ).format(step=label, count=len(blocked), names=names(i.text for i in blocked)),
                [step_ref, *(Ref("item", item.id) for item in blocked)],
            )
        if unassigned:
            yield UNASSIGNED.flag(
                Severity.LOW,
                ngettext(
                    "{step} has {count} open item with no owner ({names}).",
                    "{step} has {count} open items with no owner ({names}).",
                    len(unassigned),
                ).format(step=label, count=len(unassigned), names=names(i.text for i in unassigned)),
                [step_ref, *(Ref("item", item.id) for item in unassigned)],
            )
        if undated:
            yield NO_DUE_DATE.flag(
                Severity.MEDIUM,
                ngettext(
                    "{step} has {count} critical item with no due date ({names}), so nobody will notice "
                    "when it slips.",
                    "{step} has {count} critical items with no due date ({names}), so nobody will notice "
                    "when they slip.",
                    len(undated),
                ).format(step=label, count=len(undated), names=names(i.text for i in undated)),
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
                (
                    _(
                        "'{risk}' scores {score} ({likelihood} likelihood x {impact} impact), in the {band} "
                        "band."
                    )
                    if mitigation
                    else _(
                        "'{risk}' scores {score} ({likelihood} likelihood x {impact} impact), in the {band} "
                        "band, and has no mitigation written down."
                    )
                ).format(
                    risk=risk.title,
                    score=assessment.score,
                    likelihood=risk.likelihood,
                    impact=risk.impact,
                    band=_(assessment.band.value),
                ),
                ref,
                mitigation=_("Planned mitigation: {mitigation}").format(mitigation=mitigation)
                if mitigation
                else None,
                title=_("Risk: {risk}").format(risk=risk.title),
            )
        if assessment.review_overdue and risk.review_date is not None:
            days = (facts.ctx.today - risk.review_date).days
            yield RISK_REVIEW.flag(
                Severity.MEDIUM,
                ngettext(
                    "'{risk}' was due for review on {date}, {count} day ago; its score may no longer be "
                    "true.",
                    "'{risk}' was due for review on {date}, {count} days ago; its score may no longer be "
                    "true.",
                    days,
                ).format(risk=risk.title, date=prose_date(risk.review_date), count=days),
                ref,
            )
