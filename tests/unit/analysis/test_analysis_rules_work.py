"""The work rules (``analysis/rules_work.py``): checklist hygiene and the manual risks, each raised
by a plan and a near miss that is not.

Every test starts from the clean plan (which raises nothing) and changes one thing, so a failure
points at one rule.
"""

from __future__ import annotations

from datetime import timedelta

from helpers.plans import TODAY, clean_plan
from helpers.rule_flags import flags, only
from hireplan.analysis import Ref, Severity
from hireplan.model import ChecklistItem, Priority, Risk, RiskStatus, Status

# checklist hygiene ---------------------------------------------------------------------------


def test_overdue_blocked_and_ownerless_items_are_flagged_per_step() -> None:
    plan = clean_plan()
    items = plan.steps[1].items
    items.append(ChecklistItem(id="late", text="Late", owner="Li", due=TODAY - timedelta(days=1)))
    items.append(
        ChecklistItem(
            id="stuck", text="Stuck", owner="Li", status=Status.BLOCKED, due=TODAY + timedelta(days=9)
        )
    )
    items.append(ChecklistItem(id="orphan", text="Orphan", due=TODAY + timedelta(days=9)))
    overdue = only(plan, "items-overdue")
    assert overdue.severity is Severity.MEDIUM
    assert overdue.refs == (Ref("step", "step-compensation"), Ref("item", "late"))
    assert only(plan, "items-blocked").refs[1:] == (Ref("item", "stuck"),)
    assert only(plan, "items-unassigned").severity is Severity.LOW


def test_late_high_priority_item_is_high_and_done_items_never_count() -> None:
    plan = clean_plan()
    plan.steps[1].items.append(
        ChecklistItem(text="Late", owner="Li", priority=Priority.HIGH, due=TODAY - timedelta(days=1))
    )
    assert only(plan, "items-overdue").severity is Severity.HIGH
    plan.steps[1].items[-1].status = Status.DONE
    assert flags(plan, "items-overdue") == []


def test_critical_item_without_due_date() -> None:
    plan = clean_plan()
    plan.steps[2].items.append(
        ChecklistItem(text="Sign GPU contract", owner="Li", priority=Priority.CRITICAL)
    )
    assert only(plan, "critical-item-no-due-date").severity is Severity.MEDIUM
    plan.steps[2].items[-1].due = TODAY
    assert flags(plan, "critical-item-no-due-date") == []


# manual risks --------------------------------------------------------------------------------


def test_manual_risks_are_banded_and_overdue_reviews_flagged() -> None:
    plan = clean_plan()
    plan.risks = [
        Risk(id="r-high", title="Key hire poached", likelihood=3, impact=5, review_date=TODAY),
        Risk(id="r-med", title="Visa delay", likelihood=2, impact=4, review_date=TODAY),
        Risk(id="r-low", title="Minor", likelihood=1, impact=1, review_date=TODAY - timedelta(days=3)),
        Risk(
            id="r-closed",
            title="Old",
            likelihood=5,
            impact=5,
            status=RiskStatus.CLOSED,
            review_date=TODAY - timedelta(days=3),
        ),
    ]
    severities = {f.refs[0].id: f.severity for f in flags(plan, "manual-risk")}
    assert severities == {"r-high": Severity.HIGH, "r-med": Severity.MEDIUM}
    assert [f.refs[0].id for f in flags(plan, "risk-review-overdue")] == ["r-low"]


def test_risk_bands_follow_the_settings() -> None:
    plan = clean_plan()
    plan.risks = [Risk(id="r", title="Visa delay", likelihood=2, impact=4)]
    plan.settings.risk_high_from = 8
    assert only(plan, "manual-risk").severity is Severity.HIGH
