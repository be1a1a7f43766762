"""What is due next: open checklist items with a due date, overdue first, soonest next.

The overview shows these; kept here beside progress so "open" and "overdue" mean the same as in
the step progress and the overdue rule. No Qt.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass
from datetime import date

from hireplan.analysis.progress import is_overdue
from hireplan.model import Plan, Status

OPEN = (Status.TODO, Status.IN_PROGRESS, Status.BLOCKED)


@dataclass(frozen=True, slots=True)
class DueItem:
    item_id: str
    step_id: str
    step_key: str
    text: str
    owner: str
    status: Status
    due: date
    days_left: int
    """Negative when overdue."""
    overdue: bool


def next_due(plan: Plan, today: date, limit: int = 8) -> tuple[DueItem, ...]:
    """The ``limit`` open items with the earliest due dates (overdue ones come first by nature)."""
    candidates = (
        (item.due, step_index, row, step, item)
        for step_index, step in enumerate(plan.steps)
        for row, item in enumerate(step.items)
        if item.due is not None and item.status in OPEN
    )
    chosen = heapq.nsmallest(limit, candidates, key=lambda entry: (entry[0], entry[1], entry[2]))
    return tuple(
        DueItem(
            item_id=item.id,
            step_id=step.id,
            step_key=step.key,
            text=item.text,
            owner=item.owner,
            status=item.status,
            due=due,
            days_left=(due - today).days,
            overdue=is_overdue(item, today),
        )
        for due, _s, _r, step, item in chosen
    )
