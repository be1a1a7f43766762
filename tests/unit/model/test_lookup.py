"""Finding objects by id: what every edit and every "go to" relies on."""

from __future__ import annotations

import pytest

from helpers.edit_plans import edit_plan
from hireplan.model import lookup


def test_find_object_reaches_every_kind_by_id() -> None:
    plan = edit_plan()
    assert lookup.find_object(plan, "item", "y").id == "y"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "step", "s2").id == "s2"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "offer", "o1").id == "o1"  # type: ignore[attr-defined]
    assert lookup.find_object(plan, "plan", "") is plan
    assert lookup.find_object(plan, "settings", "") is plan.settings
    step, row, item = lookup.find_item(plan, "c")
    assert (step.id, row, item.id) == ("s1", 2, "c")
    with pytest.raises(lookup.NotFoundError):
        lookup.find_object(plan, "role", "nope")
