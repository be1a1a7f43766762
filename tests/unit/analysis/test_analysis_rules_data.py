"""The data rules (``analysis/rules_data.py``): stale or missing market data and broken references,
each raised by a plan and a near miss that is not.

Every test starts from the clean plan (which raises nothing) and changes one thing, so a failure
points at one rule.
"""

from __future__ import annotations

from datetime import timedelta

from helpers.plans import TODAY, clean_plan, run
from helpers.rule_flags import flags, only
from hireplan.analysis import Ref

# stale or missing data -----------------------------------------------------------------------


def test_old_benchmark_and_rate_are_stale_and_the_limit_is_a_setting() -> None:
    plan = clean_plan()
    plan.benchmarks[0].as_of = TODAY - timedelta(days=181)
    plan.exchange_rates[0].as_of = None
    stale = flags(plan, "stale-data")
    assert {ref.kind for flag in stale for ref in flag.refs} == {"benchmark", "rate"}
    assert any("no as-of date" in flag.message for flag in stale)
    plan.settings.stale_data_days = 181
    plan.exchange_rates[0].as_of = TODAY
    assert flags(plan, "stale-data") == []


def test_offer_in_a_market_without_benchmark_is_flagged() -> None:
    plan = clean_plan()
    plan.benchmarks.pop(1)
    flag = only(plan, "missing-benchmark")
    assert Ref("offer", "offer-a") in flag.refs and "Hangzhou" in flag.message


def test_a_benchmark_with_no_median_is_named_as_such_not_as_a_missing_benchmark() -> None:
    """The sample's Hangzhou figure is a job-ad ceiling with no percentiles: the flag says the figures
    are missing and points at that benchmark, so the analyst fills it in rather than adding another."""
    plan = clean_plan()
    hangzhou = plan.benchmarks[1]
    hangzhou.total_p25 = hangzhou.total_p50 = hangzhou.total_p75 = hangzhou.total_p90 = None
    flag = only(plan, "missing-benchmark")
    assert Ref("market", "hz") in flag.refs and "gives no median (P50)" in flag.message
    assert flag.title == "Offer whose market benchmark gives no median"
    assert run(plan).offers["offer-a"].own_benchmark_without_median == hangzhou.id
    assert run(plan).offers["offer-a"].why_uncompared == "no median"  # what tables and exports show
    assert run(plan).offers["offer-a"].uncompared_reason == "no_median"
    plan.benchmarks.pop(1)
    flag = only(plan, "missing-benchmark")
    assert "no benchmark for" in flag.message and not run(plan).offers["offer-a"].own_benchmark_without_median
    assert run(plan).offers["offer-a"].why_uncompared == "no benchmark"
    assert run(plan).offers["offer-a"].uncompared_reason == "no_benchmark"


def test_missing_rate_is_a_flag_not_a_silent_one() -> None:
    plan = clean_plan()
    plan.exchange_rates.clear()
    found = flags(plan, "missing-rate")
    assert found and all("CNY" in flag.message for flag in found)
    offer = run(plan).offers["offer-a"]
    assert offer.own_market is not None and offer.own_market.nominal is not None  # same currency
    sv = next(c for c in offer.cross_market if c.market_id == "sv")
    assert sv.nominal is None and sv.problems


def test_an_offer_with_no_rate_into_its_benchmarks_currency_says_so_not_no_benchmark() -> None:
    """The benchmark is there; the rate is not. Tables and exports name the missing rate, as the
    flag does, so the analyst adds a rate rather than another benchmark."""
    plan = clean_plan()
    plan.offers[0].currency = "EUR"  # the clean plan holds no EUR rate; Hangzhou's benchmark is in CNY
    offer = run(plan).offers["offer-a"]
    assert offer.own_market is not None and offer.own_market.nominal is None
    assert not offer.compared
    missing = offer.own_missing_rate
    assert missing is not None and (missing.from_currency, missing.to_currency) == ("EUR", "CNY")
    assert offer.why_uncompared == "no EUR-to-CNY rate" and offer.uncompared_reason == "no_rate"
    assert any("EUR" in flag.message and "CNY" in flag.message for flag in flags(plan, "missing-rate"))
    assert flags(plan, "offer-below-market") == []  # no position, so no verdict either
    # The budget cannot price that seat either, and says which rate it lacks (the tooltips show it).
    cost = run(plan).budget.cost_of(plan.offers[0].role_id)
    assert cost is not None and any("EUR" in message for message in cost.missing_rates)
    plan.offers[0].currency = "CNY"
    offer = run(plan).offers["offer-a"]
    assert offer.compared and offer.own_missing_rate is None
    cost = run(plan).budget.cost_of(plan.offers[0].role_id)
    assert cost is not None and cost.missing_rates == ()


def test_offer_pointing_at_a_deleted_role_is_a_broken_reference() -> None:
    plan = clean_plan()
    plan.roles.clear()
    assert only(plan, "broken-reference").refs == (Ref("offer", "offer-a"),)
