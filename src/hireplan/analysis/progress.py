"""Checklist progress per step and overall."""

from __future__ import annotations

from datetime import date

from hireplan.analysis.results import Progress, StepItems, StepProgress
from hireplan.model import ChecklistItem, Plan, Priority, Status, Step

_OPEN = (Status.TODO, Status.IN_PROGRESS, Status.BLOCKED)


def is_overdue(item: ChecklistItem, today: date) -> bool:
    """An item still open after its due date."""
    return item.due is not None and item.due < today and item.status in _OPEN


def is_unassigned(item: ChecklistItem) -> bool:
    """An open item nobody owns."""
    return item.status in _OPEN and not item.owner.strip()


def sort_items(step: Step, today: date) -> StepItems:
    done = applicable = 0
    overdue: list[ChecklistItem] = []
    blocked: list[ChecklistItem] = []
    unassigned: list[ChecklistItem] = []
    undated: list[ChecklistItem] = []
    for item in step.items:
        status = item.status
        if status is Status.NOT_APPLICABLE:
            continue
        applicable += 1
        if status is Status.DONE:
            done += 1
            continue
        if status is Status.BLOCKED:
            blocked.append(item)
        if item.due is None:
            if item.priority is Priority.CRITICAL:
                undated.append(item)
        elif item.due < today:
            overdue.append(item)
        if not item.owner.strip():
            unassigned.append(item)
    return StepItems(
        step, done, applicable, tuple(overdue), tuple(blocked), tuple(unassigned), tuple(undated)
    )


def step_progress(step: Step, today: date) -> StepProgress:
    return _progress(sort_items(step, today))


def _progress(items: StepItems) -> StepProgress:
    step = items.step
    return StepProgress(
        step_id=step.id,
        key=step.key,
        title=step.title,
        done=items.done,
        applicable=items.applicable,
        total=len(step.items),
        overdue=len(items.overdue),
        unassigned=len(items.unassigned),
        blocked=len(items.blocked),
    )


def sort_plan_items(plan: Plan, today: date) -> tuple[StepItems, ...]:
    return tuple(sort_items(step, today) for step in plan.steps)


def progress_of(steps: tuple[StepItems, ...]) -> Progress:
    return Progress(steps=tuple(_progress(items) for items in steps))


def compute_progress(plan: Plan, today: date) -> Progress:
    """Done / applicable per step and overall; overdue, blocked and unassigned open items."""
    return progress_of(sort_plan_items(plan, today))
