"""Setting a field: what a user relies on when a value is typed, refused or accepted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from helpers.edit_plans import edit_plan
from hireplan.model import Status, edits


def test_set_field_returns_old_value_and_validates() -> None:
    plan = edit_plan()
    item = plan.steps[0].items[0]
    assert edits.set_field(item, "status", "done") is Status.TODO
    assert item.status is Status.DONE
    assert edits.set_field(item, "due", date(2026, 5, 1)) is None


def test_bad_tag_is_refused_with_a_readable_message_and_nothing_changes() -> None:
    plan = edit_plan()
    item = plan.steps[0].items[0]
    before = plan.model_dump()
    with pytest.raises(ValueError, match="not a valid tag") as info:
        edits.set_field(item, "tags", ["career path"])
    assert "Traceback" not in str(info.value) and "pydantic" not in str(info.value)
    assert plan.model_dump() == before


def test_value_a_model_check_refuses_never_reaches_theedit_plan() -> None:
    # pydantic keeps a value on the object when an after-validator refuses it; the edit must not.
    plan = edit_plan()
    offer = plan.offers[0]
    with pytest.raises(ValueError, match="300"):
        edits.set_field(offer, "bonus_value", Decimal(400))
    assert offer.bonus_value == Decimal(0)
