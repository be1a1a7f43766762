"""The brief's verdict and its short forms: pace against time, flags by kind, one line per role."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal

from helpers.export_plans import TODAY, sample_plan
from helpers.paths import REPO
from hireplan.analysis import Progress, Severity, StepProgress, analyse
from hireplan.analysis.digest import HOUSEKEEPING_RULES, below_market_offers, group_flags, role_summaries
from hireplan.analysis.verdict import Pace, plan_verdict

DOC = REPO / "docs" / "calculations.md"


def _progress(done: int, applicable: int) -> Progress:
    step = StepProgress("s", "s", "Step", done, applicable, applicable, 0, 0, 0)
    return Progress(steps=(step,))


def test_the_worked_example_in_the_docs() -> None:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(r"```json verdict-example\n(.*?)```", text, re.DOTALL)
    assert match
    data = json.loads(match.group(1))
    verdict = plan_verdict(
        _progress(data["done"], data["applicable"]),
        date.fromisoformat(data["start"]),
        date.fromisoformat(data["target"]),
        date.fromisoformat(data["today"]),
    )
    assert verdict.pace is Pace.BEHIND and verdict.sentence == data["sentence"]


def test_pace_in_every_case() -> None:
    start, target = date(2026, 10, 1), date(2027, 3, 31)
    on = plan_verdict(_progress(10, 34), start, target, date(2026, 12, 1))
    assert on.pace is Pace.ON_TRACK and on.sentence.startswith("On track: 29% done")
    assert plan_verdict(_progress(3, 34), None, target, TODAY).pace is Pace.NO_DATES
    assert plan_verdict(_progress(3, 34), target, start, TODAY).pace is Pace.NO_DATES
    assert plan_verdict(_progress(3, 34), start, target, date(2026, 9, 1)).pace is Pace.NOT_STARTED
    late = plan_verdict(_progress(33, 34), start, target, date(2027, 4, 2))
    assert late.pace is Pace.PAST_TARGET and late.pace.needs_attention
    assert plan_verdict(_progress(34, 34), start, target, date(2027, 4, 2)).pace is Pace.COMPLETE


def test_more_done_never_makes_a_plan_more_behind() -> None:
    start, target, today = date(2026, 1, 1), date(2026, 12, 31), date(2026, 7, 1)
    paces = [plan_verdict(_progress(done, 40), start, target, today).pace for done in range(41)]
    first_on_track = paces.index(Pace.ON_TRACK)
    assert all(p is Pace.BEHIND for p in paces[:first_on_track])
    assert all(p in (Pace.ON_TRACK, Pace.COMPLETE) for p in paces[first_on_track:])


def test_flags_of_one_kind_are_one_group_with_their_count() -> None:
    plan = sample_plan()
    analysis = analyse(plan, today=TODAY)
    groups = group_flags(analysis.flags)
    open_flags = [f for f in analysis.flags if not f.acknowledged]
    assert sum(g.count for g in groups) == len(open_flags)
    keys = [(g.rule, g.severity) for g in groups]
    assert len(keys) == len(set(keys))
    upkeep = group_flags(analysis.flags, without=HOUSEKEEPING_RULES)
    assert upkeep and not any(g.rule in HOUSEKEEPING_RULES for g in upkeep)
    ranks = [g.severity.rank for g in groups]
    assert ranks == sorted(ranks) and groups[0].severity is Severity.HIGH


def test_role_summaries_take_the_analysis_figures() -> None:
    plan = sample_plan()
    analysis = analyse(plan, today=TODAY)
    summaries = role_summaries(plan, analysis)
    assert [s.role_id for s in summaries] == [role.id for role in plan.roles]
    costs = {cost.role_id: cost.total for cost in analysis.budget.roles}
    for summary in summaries:
        assert summary.offered_cost == costs[summary.role_id]
        ratios = [
            analysis.offers[o].own_market.nominal.compa_ratio  # type: ignore[union-attr]
            for o in summary.offer_ids
            if analysis.offers[o].own_market is not None and analysis.offers[o].own_market.nominal is not None  # type: ignore[union-attr]
        ]
        if ratios:
            assert summary.worst is not None and summary.worst.compa_ratio == min(ratios)
            assert min(ratios) <= summary.median_compa <= max(ratios)  # type: ignore[operator]
    below = below_market_offers(analysis)
    assert all(position.compa_ratio < Decimal(1) for _, position in below)
    assert [p.compa_ratio for _, p in below] == sorted(p.compa_ratio for _, p in below)
