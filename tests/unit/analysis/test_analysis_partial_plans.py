"""Half-finished plans are the normal case: analysis must explain what is missing, never crash.

Also checks the shipped sample plan raises the kind of flags it was written to show, and that a
re-analysis after one offer edit gives exactly what a full analysis gives.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers.paths import REPO
from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Converted, MissingRate, Severity, analyse, reanalyse
from hireplan.model import Benchmark, Level, Market, Offer, Plan, Status
from hireplan.model.roles import Role

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"


def test_empty_plan_gives_flags_not_an_exception() -> None:
    analysis = run(Plan(title="Nothing yet"))
    rules = {flag.rule for flag in analysis.flags}
    assert {"policy-watch", "career-path-missing", "culture-not-addressed"} <= rules
    assert analysis.progress.overall == 0.0 and analysis.offers == {} and analysis.budget.total == 0


def test_plan_with_offers_but_no_benchmarks_or_rates_explains_each_gap() -> None:
    plan = clean_plan()
    plan.benchmarks.clear()
    plan.exchange_rates.clear()
    plan.ppp_factors.clear()
    analysis = run(plan)
    offer = analysis.offers["offer-a"]
    assert offer.own_market is None and offer.cross_market == ()
    assert isinstance(offer.annual_reporting, MissingRate) and isinstance(offer.annual_ppp, MissingRate)
    rules = [flag.rule for flag in analysis.flags]
    assert "missing-benchmark" in rules and rules.count("missing-rate") >= 2
    assert analysis.budget.unpriced_role_ids == ("llm",)


def test_offer_with_unknown_role_and_market_is_reported() -> None:
    plan = Plan(
        title="p",
        offers=[Offer(id="o", role_id="ghost", market_id="nowhere", currency="USD", base=Decimal(1))],
    )
    analysis = run(plan)
    assert analysis.offers["o"].problems
    assert [f.rule for f in analysis.flags].count("broken-reference") == 2


def test_role_without_job_family_says_why_no_benchmark_matched() -> None:
    plan = clean_plan()
    plan.roles[0].job_family = ""
    analysis = run(plan)
    assert any("job family" in problem for problem in analysis.offers["offer-a"].problems)
    flag = next(f for f in analysis.flags if f.rule == "missing-benchmark")
    assert "job family" in flag.message


def test_benchmark_without_any_median_is_skipped_not_divided_by() -> None:
    plan = clean_plan()
    plan.benchmarks.append(
        Benchmark(
            market_id="sv", job_family="ML engineer", currency="USD", total_p90=Decimal(700_000), level=None
        )
    )
    plan.benchmarks.pop(0)
    analysis = run(plan)
    assert [c.market_id for c in analysis.offers["offer-a"].cross_market] == ["hz"]


def test_zero_offer_and_zero_median_do_not_divide_by_zero() -> None:
    plan = clean_plan()
    plan.offers[0].base = Decimal(0)
    plan.benchmarks[1].total_p25 = Decimal(0)
    plan.benchmarks[1].total_p50 = Decimal(0)
    analysis = run(plan)
    own = analysis.offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    assert own.nominal.compa_ratio == 0 and own.nominal.gap_pct == 0


def test_markets_known_only_from_benchmarks_still_appear_in_the_cross_market_view() -> None:
    plan = clean_plan()
    plan.benchmarks.append(
        Benchmark(market_id="bj", job_family="ML engineer", currency="CNY", base_p50=Decimal(480_000))
    )
    names = [c.market_name for c in run(plan).offers["offer-a"].cross_market]
    assert names == ["Silicon Valley", "Hangzhou", "bj"]


def test_reanalyse_after_one_offer_edit_equals_a_full_analysis() -> None:
    """The fast path the desktop app uses after an edit must never show different figures."""
    plan = clean_plan()
    plan.markets.append(Market(id="bj", name="Beijing", country="CN", currency="CNY"))
    plan.roles.append(
        Role(id="r2", title="Infra", job_family="ML engineer", level=Level.SENIOR, market_id="hz")
    )
    plan.offers.append(
        Offer(id="offer-b", role_id="r2", market_id="hz", currency="CNY", base=Decimal(900_000))
    )
    previous = analyse(plan, today=TODAY)
    plan.offers[1].base = Decimal(300_000)
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids={"offer-b"})
    full = analyse(plan, today=TODAY)
    assert quick == full
    assert quick.offers["offer-a"] is previous.offers["offer-a"]
    assert any(f.rule == "offer-below-market" for f in quick.flags)


def test_reanalyse_on_another_day_starts_over() -> None:
    plan = clean_plan()
    previous = analyse(plan, today=TODAY)
    later = date(2027, 6, 1)
    assert reanalyse(plan, previous, today=later, changed_offer_ids=set()) == analyse(plan, today=later)


def test_sample_plan_raises_sensible_flags() -> None:
    """The sample plan is what a new user sees first: it should show the rules at work, with
    every offer priced in the reporting currency and every flag explained."""
    from hireplan.storage.plan_file import load_plan

    plan = load_plan(SAMPLE)
    analysis = analyse(plan, today=date(2026, 7, 1))
    rules = {flag.rule for flag in analysis.flags}
    assert rules & {
        "offer-below-market",
        "returnee-below-reference-ppp",
        "policy-watch",
        "counteroffer-exposure",
    }
    assert any(flag.severity is Severity.HIGH for flag in analysis.flags)
    for offer in analysis.offers.values():
        assert isinstance(offer.annual_reporting, Converted), offer.annual_reporting
        assert offer.cross_market, f"offer {offer.offer_id} has no market to compare with"
    assert analysis.budget.total > 0
    steps = analysis.progress.steps
    assert len(steps) == 5 and all(step.applicable for step in steps)
    assert sum(1 for step in plan.steps for item in step.items if item.status is Status.DONE) == sum(
        step.done for step in steps
    )
