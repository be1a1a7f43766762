"""A plan file must hold together: ids unique in their collection, every reference resolved.

Duplicate ids let one candidate show another's pay and let Undo write into the wrong checklist
row; a dangling role or market made the export guess. Such files are refused on load, each
problem named by its place in the plan.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers.full_plans import full_plan, full_template
from hireplan.i18n import CHINESE, using_language
from hireplan.storage import PlanFileError, plan_from_bytes, plan_to_bytes
from hireplan.storage.template_file import template_from_bytes, template_to_bytes


def _raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(plan_to_bytes(full_plan()))
    return data


def _problems(raw: dict[str, Any]) -> list[str]:
    with pytest.raises(PlanFileError) as info:
        plan_from_bytes(json.dumps(raw).encode(), source="test")
    return info.value.problems


def test_an_offer_for_a_role_that_does_not_exist_is_refused_by_place() -> None:
    raw = _raw()
    raw["offers"] = [dict(raw["offers"][0], id=f"o{n}") for n in range(4)]
    raw["offers"][3]["role_id"] = "x"
    raw["offers"][1]["market_id"] = "nowhere"
    assert sorted(_problems(raw)) == [
        "offers[1].market_id: no market 'nowhere'",
        "offers[3].role_id: no role 'x'",
    ]


def test_benchmarks_roles_and_the_reference_market_must_name_a_market() -> None:
    raw = _raw()
    raw["benchmarks"][0]["market_id"] = "gone"
    raw["roles"][0]["market_id"] = "gone"
    raw["settings"]["reference_market_id"] = "gone"
    assert set(_problems(raw)) == {
        "benchmarks[0].market_id: no market 'gone'",
        "roles[0].market_id: no market 'gone'",
        "settings.reference_market_id: no market 'gone'",
    }


def test_a_chinese_window_names_each_problem_in_chinese_by_the_same_place() -> None:
    raw = _raw()
    raw["offers"][0]["role_id"] = "x"
    raw["markets"].append(dict(raw["markets"][0]))
    with using_language(CHINESE):
        problems = set(_problems(raw))
    assert "offers[0].role_id：没有职位 'x'" in problems
    assert any(
        p.startswith(f"markets[{len(raw['markets']) - 1}].id：已有另一个市场使用 ID") for p in problems
    )


@pytest.mark.parametrize(
    "collection", ["offers", "markets", "roles", "risks", "exchange_rates", "ppp_factors"]
)
def test_two_objects_with_one_id_in_a_collection_are_refused(collection: str) -> None:
    raw = _raw()
    raw[collection].append(dict(raw[collection][0]))
    problems = _problems(raw)
    index = len(raw[collection]) - 1
    assert f"{collection}[{index}].id: another" in problems[0]


def test_checklist_item_ids_are_unique_across_steps() -> None:
    raw = _raw()
    second = dict(raw["steps"][0], id="step-2", key="compensation")
    raw["steps"].append(second)
    assert _problems(raw) == [
        "steps[1].items[0].id: another checklist item already has the id 'item-1'",
    ]


def test_a_template_whose_plan_does_not_hold_together_is_refused() -> None:
    raw = json.loads(template_to_bytes(full_template()))
    raw["plan"]["offers"][0]["role_id"] = "x"
    with pytest.raises(PlanFileError, match=r"plan\.offers\[0\]\.role_id: no role 'x'"):
        template_from_bytes(json.dumps(raw).encode(), source="test")
