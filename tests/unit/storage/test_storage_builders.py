"""The round-trip tests' full plan really sets every field (helpers/full_plans.py).

When someone adds a field to a model and forgets it in ``full_plan``, the test below says which:
round-trip tests prove nothing about a field left at its default.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from helpers.full_plans import full_plan, full_template


def unset_fields(model: BaseModel, where: str = "plan") -> list[str]:
    """Places where ``model`` (recursively) leaves a field at its default or a list empty."""
    missing: list[str] = []
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        default: Any = field.get_default(call_default_factory=True)
        if name != "schema_version" and value == default:
            missing.append(f"{where}.{name}")
        children = value if isinstance(value, list) else [value]
        for index, child in enumerate(children):
            if isinstance(child, BaseModel):
                suffix = f"[{index}]" if isinstance(value, list) else ""
                missing += unset_fields(child, f"{where}.{name}{suffix}")
    return missing


def test_full_plan_sets_every_field_so_round_trips_cover_the_whole_model() -> None:
    """Round-trip tests prove nothing about a field left at its default; this lists any such field."""
    assert unset_fields(full_plan()) == []
    assert unset_fields(full_template(), "template") == []
