"""Checklist progress per step and overall."""

from __future__ import annotations

from datetime import date

from hireplan.analysis.results import Progress, StepProgress
from hireplan.model import ChecklistItem, Plan, Status, Step

_OPEN = (Status.TODO, Status.IN_PROGRESS, Status.BLOCKED)


def is_overdue(item: ChecklistItem, today: date) -> bool:
    """An item still open after its due date."""
    return item.due is not None and item.due < today and item.status in _OPEN


def is_unassigned(item: ChecklistItem) -> bool:
    """An open item nobody owns."""
    return item.status in _OPEN and not item.owner.strip()


def step_progress(step: Step, today: date) -> StepProgress:
    done = applicable = overdue = unassigned = blocked = 0
    for item in step.items:
        status = item.status
        if status is Status.NOT_APPLICABLE:
            continue
        applicable += 1
        if status is Status.DONE:
            done += 1
            continue
        if status is Status.BLOCKED:
            blocked += 1
        if item.due is not None and item.due < today:
            overdue += 1
        if not item.owner.strip():
            unassigned += 1
    return StepProgress(
        step_id=step.id,
        key=step.key,
        title=step.title,
        done=done,
        applicable=applicable,
        total=len(step.items),
        overdue=overdue,
        unassigned=unassigned,
        blocked=blocked,
    )


def compute_progress(plan: Plan, today: date) -> Progress:
    return Progress(steps=tuple(step_progress(step, today) for step in plan.steps))
