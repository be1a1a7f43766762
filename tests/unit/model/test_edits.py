"""Setting a field: what a user relies on when a value is typed, refused or accepted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from hireplan.model import ChecklistItem, Offer, Plan, Status, Step, edits


def _plan() -> Plan:
    return Plan(
        title="P",
        steps=[
            Step(
                id="s1", key="motivations", title="One", items=[ChecklistItem(id=i, text=i) for i in "abcd"]
            ),
            Step(id="s2", key="compensation", title="Two", items=[ChecklistItem(id=i, text=i) for i in "xy"]),
            Step(id="s3", key="research", title="Three"),
        ],
        offers=[Offer(id="o1", role_id="r", market_id="m", currency="USD", base=Decimal(100))],
    )


def test_set_field_returns_old_value_and_validates() -> None:
    plan = _plan()
    item = plan.steps[0].items[0]
    assert edits.set_field(item, "status", "done") is Status.TODO
    assert item.status is Status.DONE
    assert edits.set_field(item, "due", date(2026, 5, 1)) is None


def test_bad_tag_is_refused_with_a_readable_message_and_nothing_changes() -> None:
    plan = _plan()
    item = plan.steps[0].items[0]
    before = plan.model_dump()
    with pytest.raises(ValueError, match="not a valid tag") as info:
        edits.set_field(item, "tags", ["career path"])
    assert "Traceback" not in str(info.value) and "pydantic" not in str(info.value)
    assert plan.model_dump() == before


def test_value_a_model_check_refuses_never_reaches_the_plan() -> None:
    # pydantic keeps a value on the object when an after-validator refuses it; the edit must not.
    plan = _plan()
    offer = plan.offers[0]
    with pytest.raises(ValueError, match="300"):
        edits.set_field(offer, "bonus_value", Decimal(400))
    assert offer.bonus_value == Decimal(0)
