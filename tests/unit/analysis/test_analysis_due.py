"""The overview's "next due" list: a person opening the plan sees what is late and what comes next."""

from __future__ import annotations

from datetime import date, timedelta

from hireplan.analysis.due import next_due
from hireplan.model import ChecklistItem, Plan, Status, Step

TODAY = date(2026, 7, 1)


def _plan() -> Plan:
    def item(item_id: str, days: int | None, status: Status = Status.TODO) -> ChecklistItem:
        due = None if days is None else TODAY + timedelta(days=days)
        return ChecklistItem(id=item_id, text=item_id, due=due, status=status)

    return Plan(
        title="Due",
        steps=[
            Step(id="s1", key="one", title="One", items=[item("later", 20), item("done", -5, Status.DONE)]),
            Step(
                id="s2",
                key="two",
                title="Two",
                items=[item("late", -3, Status.BLOCKED), item("soon", 2), item("undated", None)],
            ),
            Step(id="s3", key="three", title="Three", items=[item("na", 1, Status.NOT_APPLICABLE)]),
        ],
    )


def test_open_dated_items_come_overdue_first_then_soonest() -> None:
    due = next_due(_plan(), TODAY)
    assert [d.item_id for d in due] == ["late", "soon", "later"]
    late = due[0]
    assert late.overdue and late.days_left == -3 and late.step_key == "two"
    assert not due[1].overdue and due[1].days_left == 2


def test_done_not_applicable_and_undated_items_are_left_out_and_limit_applies() -> None:
    due = next_due(_plan(), TODAY, limit=2)
    assert [d.item_id for d in due] == ["late", "soon"]
