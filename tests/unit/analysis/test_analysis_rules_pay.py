"""The pay rules (``analysis/rules_pay.py``): each one raised by a plan, and a near miss that is not.

Every test starts from the clean plan (which raises nothing) and changes one thing, so a failure
points at one rule.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from helpers.plans import clean_plan, run
from helpers.rule_flags import flags, only, set_hz_offer_total
from hireplan.analysis import Ref, Severity
from hireplan.model import BonusKind, CompetingKind, CompetingPackage, Level, Relocation

# offer below market -----------------------------------------------------------------------------


def test_offer_under_threshold_is_a_high_below_market_flag() -> None:
    """HR relies on a clearly under-market offer being raised as high before it goes out."""
    plan = clean_plan()
    set_hz_offer_total(plan, 500_000)  # 500k / 600k = 0.83 < 0.90
    flag = only(plan, "offer-below-market")
    assert flag.severity is Severity.HIGH
    assert Ref("offer", "offer-a") in flag.refs and Ref("benchmark", "b-hz") in flag.refs
    assert "0.83" in flag.message and "Hangzhou" in flag.message
    assert flag.mitigation and "step 2" in flag.rationale.lower()


def test_offer_between_threshold_and_median_is_medium() -> None:
    plan = clean_plan()
    set_hz_offer_total(plan, 570_000)  # 0.95
    assert only(plan, "offer-below-market").severity is Severity.MEDIUM


def test_threshold_comes_from_the_plan_settings() -> None:
    """A team that sets its own threshold gets flags on its terms."""
    plan = clean_plan()
    set_hz_offer_total(plan, 570_000)  # 0.95
    plan.settings.below_market_threshold = Decimal("0.96")
    assert only(plan, "offer-below-market").severity is Severity.HIGH


def test_offer_at_the_median_is_not_below_market() -> None:
    plan = clean_plan()
    set_hz_offer_total(plan, 600_000)
    assert flags(plan, "offer-below-market") == []


def test_base_only_benchmark_compares_base_pay() -> None:
    """When the benchmark knows only base pay, the offer's base (not its total) is compared."""
    plan = clean_plan()
    bench = plan.benchmarks[1]
    for name in ("total_p25", "total_p50", "total_p75", "total_p90"):
        setattr(bench, name, None)
    bench.base_p50 = Decimal(1_100_000)  # offer base 1,000,000 -> 0.91, medium
    flag = only(plan, "offer-below-market")
    assert flag.severity is Severity.MEDIUM
    assert "base salary" in flag.message


# returnee below the reference market in PPP terms -----------------------------------------------


def test_returnee_below_silicon_valley_in_ppp_terms_is_flagged() -> None:
    plan = clean_plan()
    plan.benchmarks[0].level = Level.SENIOR  # the role's own level: a verdict, not a pointer
    plan.benchmarks[1].total_p25 = Decimal(100_000)
    plan.benchmarks[1].total_p50 = Decimal(200_000)
    set_hz_offer_total(plan, 800_000)  # INT$ 226,468 vs SV P50 250,000 -> 0.91: medium
    flag = only(plan, "returnee-below-reference-ppp")
    assert flag.severity is Severity.MEDIUM
    assert Ref("market", "sv") in flag.refs
    assert "Silicon Valley" in flag.message


def test_local_hire_below_reference_is_not_a_returnee_flag() -> None:
    plan = clean_plan()
    plan.roles[0].relocation = Relocation.NONE
    plan.benchmarks[1].total_p25 = Decimal(100_000)
    plan.benchmarks[1].total_p50 = Decimal(200_000)
    set_hz_offer_total(plan, 800_000)
    assert flags(plan, "returnee-below-reference-ppp") == []


def test_no_reference_market_is_a_low_flag_when_returnees_exist() -> None:
    plan = clean_plan()
    plan.settings.reference_market_id = None
    assert only(plan, "returnee-below-reference-ppp").severity is Severity.LOW


# relocation support ---------------------------------------------------------------------------


def test_relocating_hire_without_support_is_flagged() -> None:
    plan = clean_plan()
    offer = plan.offers[0]
    offer.relocation = Decimal(0)
    offer.housing_allowance = Decimal(0)
    plan.roles[0].relocation = Relocation.RELOCATING
    flag = only(plan, "relocation-support-missing")
    assert "living standards" in flag.rationale


def test_a_living_allowance_alone_counts_as_support() -> None:
    plan = clean_plan()
    offer = plan.offers[0]
    offer.relocation = Decimal(0)
    offer.housing_allowance = Decimal(0)
    offer.living_allowance = Decimal(1)
    assert flags(plan, "relocation-support-missing") == []


# research infrastructure ----------------------------------------------------------------------


def test_research_offer_without_budget_or_compute_is_high() -> None:
    plan = clean_plan()
    plan.offers[0].research_budget = Decimal(0)
    flag = only(plan, "research-infrastructure-missing")
    assert flag.severity is Severity.HIGH
    assert "research infrastructure" in flag.rationale


def test_a_compute_note_counts_as_compute() -> None:
    """Compute is often promised as GPUs, not money; the note is enough."""
    plan = clean_plan()
    plan.offers[0].research_budget = Decimal(0)
    plan.offers[0].compute_note = "64 GPUs shared"
    assert flags(plan, "research-infrastructure-missing") == []


def test_research_roles_without_offers_need_a_research_budget_item() -> None:
    plan = clean_plan()
    plan.offers.clear()
    plan.steps[2].items.clear()  # the research-budget item
    assert only(plan, "research-infrastructure-missing").severity is Severity.MEDIUM


# counteroffer exposure ------------------------------------------------------------------------


def test_senior_offer_that_does_not_beat_staying_is_high() -> None:
    """Forfeited equity and a retention grant turn a good-looking offer into a losing one."""
    plan = clean_plan()
    plan.offers[0].competing = CompetingPackage(
        kind=CompetingKind.CURRENT_EMPLOYER,
        currency="USD",
        base=Decimal(150_000),
        unvested_equity_forfeited=Decimal(60_000),
    )
    plan.settings.expected_retention_grant_pct = Decimal(10)
    # ours: first-year value CNY 1,310,000; theirs: 1,016,370 + 406,548 + 101,637 = 1,524,555
    flag = only(plan, "counteroffer-exposure")
    assert flag.severity is Severity.HIGH
    assert "forfeited equity" in flag.message and "(assumed)" in flag.message


def test_rival_offer_ignores_forfeited_equity() -> None:
    plan = clean_plan()
    plan.offers[0].competing = CompetingPackage(
        kind=CompetingKind.RIVAL_OFFER,
        currency="USD",
        base=Decimal(150_000),
        unvested_equity_forfeited=Decimal(60_000),
    )
    assert flags(plan, "counteroffer-exposure") == []


def test_senior_offer_below_p75_is_medium_and_junior_is_not_flagged() -> None:
    plan = clean_plan()
    set_hz_offer_total(plan, 800_000)  # between P50 600k and P75 900k
    flag = only(plan, "counteroffer-exposure")
    assert flag.severity is Severity.MEDIUM and "P75" in flag.message
    plan.roles[0].level = Level.MID
    plan.benchmarks[1].level = None
    assert flags(plan, "counteroffer-exposure") == []


# Every bonus unit ------------------------------------------------------------------------------


@pytest.mark.parametrize("bonus_kind", list(BonusKind))
def test_bonus_kinds_never_break_the_rules(bonus_kind: BonusKind) -> None:
    plan = clean_plan()
    plan.offers[0].bonus_kind = bonus_kind
    plan.offers[0].bonus_value = Decimal(2)
    assert run(plan).offers["offer-a"].figures.bonus > 0
