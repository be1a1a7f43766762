"""Any plan the model accepts survives a save and reload unchanged (generated plans, hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from helpers.plan_strategies import plans
from hireplan.model import Plan
from hireplan.storage import load_plan, plan_from_bytes, plan_to_bytes, save_plan
from hireplan.storage.jsonio import encode_json, encode_json_reference


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans)
def test_generated_plans_round_trip_through_bytes(plan: Plan) -> None:
    """Whatever text (any Unicode, quotes, newlines), amounts and dates a plan holds come back equal,
    and saving the reloaded plan writes the same bytes (no drift on open-and-save)."""
    data = plan_to_bytes(plan)
    loaded = plan_from_bytes(data, source="generated")
    assert loaded == plan
    assert plan_to_bytes(loaded) == data


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans)
def test_generated_plans_round_trip_through_a_file(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.hireplan"
        save_plan(plan, path)
        save_plan(plan, path)
        assert load_plan(path) == plan
        assert load_plan(path.with_name("generated.hireplan.bak")) == plan


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=plans)
def test_the_fast_writer_gives_the_same_bytes_as_the_plain_one(plan: Plan) -> None:
    """Saving uses a fast serializer with a trick for exact numbers; it must match the plain encoder
    byte for byte on any text (control characters, quotes, emoji) and any amount."""
    data = plan.model_dump(mode="python")
    assert encode_json(data) == encode_json_reference(data)
