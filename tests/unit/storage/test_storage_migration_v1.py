"""A plan saved by format 1 (before issue 13) opens with every figure a user saw, except the ones
issue 13 corrects; this test names each of those and why it changed."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from helpers.paths import TESTS
from hireplan.analysis import PlanAnalysis, analyse
from hireplan.analysis.format import format_money, format_ratio
from hireplan.model import PayBasis
from hireplan.storage import load_plan, plan_to_bytes
from hireplan.storage.plan_file import plan_from_bytes

FOLDER = TESTS / "fixtures" / "v1"
OLD = json.loads((FOLDER / "plan_v1.figures.json").read_text(encoding="utf-8"))
"""What format 1's app showed for the golden file (written by that version's analysis)."""

CORRECTED: dict[tuple[str, str], tuple[str, str]] = {
    # Defect 4: the annual total was base + bonus + equity + amortised sign-on + allowances; it is
    # now total direct pay, the survey definition (sign-on and allowances stay in first-year value).
    ("offer-hz-research-a", "annual_total"): ("CNY 1,850,000", "CNY 1,520,000"),
    ("offer-hz-research-b", "annual_total"): ("CNY 1,400,000", "CNY 1,280,000"),
    ("offer-ldn-platform-e", "annual_total"): ("GBP 124,500", "GBP 114,500"),
    # Defect 1: the senior Hangzhou benchmark is monthly on 14 months; the offers' two guaranteed
    # extra months now count as base, as the benchmark's do (base x 14/12 against P50 x 14).
    ("offer-hz-research-a", "own_compa"): ("1.37", "1.60"),
    ("offer-hz-research-b", "own_compa"): ("1.20", "1.40"),
    ("offer-hz-research-b", "own_position"): ("P75", "above P75"),
    # Defect 3: the hurdle counted a year of the current employer's equity on top of the unvested
    # balance that already holds it.
    ("offer-hz-research-a", "competing_hurdle"): ("CNY 5,054,747", "CNY 4,038,377"),
}

CORRECTED_FLAGS = {
    # Defect 2: Silicon Valley's benchmark covers all levels; against a senior role it is
    # indicative, so a below-market flag from it is one step milder (never high).
    "offer-below-market:bm-sv-ml,offer-sv-applied-d,role-applied-ml high ack": (
        "offer-below-market:bm-sv-ml,offer-sv-applied-d,role-applied-ml medium ack"
    ),
    "returnee-below-reference-ppp:bm-sv-ml,mkt-silicon-valley,offer-hz-infra-c,role-llm-infra high open": (
        "returnee-below-reference-ppp:bm-sv-ml,mkt-silicon-valley,offer-hz-infra-c,role-llm-infra medium open"
    ),
}

# Defect 6: a role of two with two offers was priced at the dearest offer twice; it is now the
# first-year cost of the two offers made.
CORRECTED_BUDGET = ("USD 1,129,914", "USD 1,104,825")


@pytest.fixture(scope="module")
def migrated() -> PlanAnalysis:
    plan = load_plan(FOLDER / "plan_v1.hireplan")
    return analyse(plan, today=date.fromisoformat(OLD["today"]))


def _offer_figures(analysis: PlanAnalysis, offer_id: str) -> dict[str, Any]:
    result = analysis.offers[offer_id]
    figures, own, competing = result.figures, result.own_market, result.competing
    return {
        "base": format_money(figures.base, figures.currency),
        "bonus": format_money(figures.bonus, figures.currency),
        "equity_per_year": format_money(figures.equity_per_year, figures.currency),
        "annual_total": format_money(figures.annual_total, figures.currency),
        "first_year_value": format_money(figures.first_year_value, figures.currency),
        "first_year_cost": format_money(figures.first_year_cost, figures.currency),
        "own_compa": None if own is None or own.nominal is None else format_ratio(own.nominal.compa_ratio),
        "own_position": None if own is None or own.nominal is None else own.nominal.label,
        "own_benchmark": None if own is None else own.benchmark_id,
        "competing_hurdle": None
        if competing is None or competing.hurdle is None
        else format_money(competing.hurdle, figures.currency),
    }


def test_every_offer_figure_is_kept_except_the_corrected_ones(migrated: PlanAnalysis) -> None:
    for offer_id, old in OLD["offers"].items():
        new = _offer_figures(migrated, offer_id)
        for name, before in old.items():
            expected = CORRECTED.get((offer_id, name), (before, before))
            assert (before, new[name]) == expected, f"{offer_id} {name}"


def test_flags_are_kept_except_the_corrected_ones(migrated: PlanAnalysis) -> None:
    new = sorted(f"{f.key} {f.severity.value} {'ack' if f.acknowledged else 'open'}" for f in migrated.flags)
    assert new == sorted(CORRECTED_FLAGS.get(flag, flag) for flag in OLD["flags"])


def test_budget_and_progress(migrated: PlanAnalysis) -> None:
    assert (
        OLD["budget_total"],
        format_money(migrated.budget.total, migrated.budget.currency),
    ) == CORRECTED_BUDGET
    assert f"{migrated.progress.done}/{migrated.progress.applicable}" == OLD["progress"]


def test_migration_states_what_format_1_meant() -> None:
    plan = load_plan(FOLDER / "plan_v1.hireplan")
    assert {b.total_basis for b in plan.benchmarks} == {PayBasis.TOTAL_DIRECT}
    (ack,) = plan.acknowledgements
    assert ack.acknowledged_by == plan.owner == "王磊"
    assert ack.severity is None and ack.figure is None
    assert plan.pay_bands == [] and all(role.planned_per_hire is None for role in plan.roles)


def test_a_migrated_plan_saves_in_the_current_format_and_reopens_the_same() -> None:
    plan = load_plan(FOLDER / "plan_v1.hireplan")
    assert plan_from_bytes(plan_to_bytes(plan), source="test") == plan
