"""Finding objects by id: what every edit and every "go to" relies on."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hireplan.model import ChecklistItem, Offer, Plan, Step, lookup


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


def test_find_object_reaches_every_kind_by_id() -> None:
    plan = _plan()
    assert lookup.find_object(plan, "item", "y").id == "y"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "step", "s2").id == "s2"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "offer", "o1").id == "o1"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "plan", "") is plan
    assert lookup.find_object(plan, "settings", "") is plan.settings
    step, row, item = lookup.find_item(plan, "c")
    assert (step.id, row, item.id) == ("s1", 2, "c")
    with pytest.raises(lookup.NotFoundError):
        lookup.find_object(plan, "role", "nope")
