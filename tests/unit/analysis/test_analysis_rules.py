"""Each risk rule: a plan that raises it, and a near miss that does not.

Every test starts from the clean plan (which raises nothing) and changes one thing, so a failure
points at one rule.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Flag, Ref, Severity
from hireplan.model import (
    Acknowledgement,
    BonusKind,
    ChecklistItem,
    CompetingKind,
    CompetingPackage,
    Level,
    Plan,
    Priority,
    Relocation,
    Risk,
    RiskStatus,
    Status,
)


def flags(plan: Plan, rule: str, today: date = TODAY) -> list[Flag]:
    return [flag for flag in run(plan, today).flags if flag.rule == rule]


def only(plan: Plan, rule: str, today: date = TODAY) -> Flag:
    found = flags(plan, rule, today)
    assert len(found) == 1, [f.message for f in found]
    return found[0]


def set_hz_offer_total(plan: Plan, annual_total: int) -> None:
    """Make the Hangzhou offer's annual total exactly ``annual_total`` CNY (base only)."""
    offer = plan.offers[0]
    offer.bonus_value = Decimal(0)
    offer.equity_grant = Decimal(0)
    offer.housing_allowance = Decimal(0)
    offer.living_allowance = Decimal(0)
    offer.relocation = Decimal(50_000)
    offer.base = Decimal(annual_total)


# 1. offer below market --------------------------------------------------------------------------


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


# 2. returnee below the reference market in PPP terms --------------------------------------------


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


# 3. relocation support ------------------------------------------------------------------------


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


# 4. research infrastructure -------------------------------------------------------------------


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


# 5. career path -------------------------------------------------------------------------------


def test_no_career_path_item_is_flagged() -> None:
    plan = clean_plan()
    plan.steps[3].items[0].tags = []
    flag = only(plan, "career-path-missing")
    assert flag.severity is Severity.MEDIUM and flag.refs == (Ref("plan", plan.id),)


def test_role_without_growth_path_is_a_low_flag() -> None:
    plan = clean_plan()
    plan.roles[0].growth_path = "  "
    flag = only(plan, "career-path-missing")
    assert flag.severity is Severity.LOW and flag.refs == (Ref("role", "llm"),)


# 6. culture -----------------------------------------------------------------------------------


def test_culture_item_outside_steps_1_and_4_does_not_count() -> None:
    plan = clean_plan()
    plan.steps[0].items[0].tags = []
    plan.steps[4].items.append(
        ChecklistItem(text="Culture elsewhere", tags=["culture"], status=Status.DONE, owner="Mei")
    )
    flag = only(plan, "culture-not-addressed")
    assert Ref("step", "step-motivations") in flag.refs and Ref("step", "step-environment") in flag.refs


def test_culture_item_in_step_4_is_enough() -> None:
    plan = clean_plan()
    plan.steps[0].items[0].tags = []
    plan.steps[3].items[0].tags = ["career-path", "culture"]
    assert flags(plan, "culture-not-addressed") == []


# 7. policy watch ------------------------------------------------------------------------------


def test_nobody_watching_policy_is_high() -> None:
    plan = clean_plan()
    plan.steps[4].items[0].tags = []
    plan.policy_watch.clear()
    flag = only(plan, "policy-watch")
    assert flag.severity is Severity.HIGH
    assert "policy" in flag.rationale.lower()


def test_policy_entry_unchecked_too_long_is_flagged_and_the_limit_is_a_setting() -> None:
    plan = clean_plan()
    plan.policy_watch[0].last_checked = TODAY - timedelta(days=31)
    flag = only(plan, "policy-watch")
    assert flag.severity is Severity.MEDIUM and flag.refs == (Ref("policy", "pw-1"),)
    plan.settings.policy_check_days = 31
    assert flags(plan, "policy-watch") == []


def test_policy_entries_without_an_owning_item_are_medium() -> None:
    plan = clean_plan()
    plan.steps[4].items[0].tags = []
    assert only(plan, "policy-watch").severity is Severity.MEDIUM


# 8. counteroffer exposure ---------------------------------------------------------------------


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


# 9. engagement after relocation ---------------------------------------------------------------


def test_relocated_hires_without_engagement_items_are_flagged() -> None:
    plan = clean_plan()
    plan.steps[3].items[1].tags = []
    flag = only(plan, "relocation-engagement-missing")
    assert flag.refs == (Ref("role", "llm"),)


def test_no_engagement_flag_when_nobody_relocates() -> None:
    plan = clean_plan()
    plan.steps[3].items[1].tags = []
    plan.roles[0].relocation = Relocation.NONE
    assert flags(plan, "relocation-engagement-missing") == []


# 10. checklist hygiene ------------------------------------------------------------------------


def test_overdue_blocked_and_ownerless_items_are_flagged_per_step() -> None:
    plan = clean_plan()
    items = plan.steps[1].items
    items.append(ChecklistItem(id="late", text="Late", owner="Li", due=TODAY - timedelta(days=1)))
    items.append(
        ChecklistItem(
            id="stuck", text="Stuck", owner="Li", status=Status.BLOCKED, due=TODAY + timedelta(days=9)
        )
    )
    items.append(ChecklistItem(id="orphan", text="Orphan", due=TODAY + timedelta(days=9)))
    overdue = only(plan, "items-overdue")
    assert overdue.severity is Severity.MEDIUM
    assert overdue.refs == (Ref("step", "step-compensation"), Ref("item", "late"))
    assert only(plan, "items-blocked").refs[1:] == (Ref("item", "stuck"),)
    assert only(plan, "items-unassigned").severity is Severity.LOW


def test_late_high_priority_item_is_high_and_done_items_never_count() -> None:
    plan = clean_plan()
    plan.steps[1].items.append(
        ChecklistItem(text="Late", owner="Li", priority=Priority.HIGH, due=TODAY - timedelta(days=1))
    )
    assert only(plan, "items-overdue").severity is Severity.HIGH
    plan.steps[1].items[-1].status = Status.DONE
    assert flags(plan, "items-overdue") == []


def test_critical_item_without_due_date() -> None:
    plan = clean_plan()
    plan.steps[2].items.append(
        ChecklistItem(text="Sign GPU contract", owner="Li", priority=Priority.CRITICAL)
    )
    assert only(plan, "critical-item-no-due-date").severity is Severity.MEDIUM
    plan.steps[2].items[-1].due = TODAY
    assert flags(plan, "critical-item-no-due-date") == []


# 11. stale or missing data --------------------------------------------------------------------


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
    assert Ref("benchmark", hangzhou.id) in flag.refs and "gives no median (P50)" in flag.message
    assert flag.title == "Offer whose market benchmark gives no median"
    assert run(plan).offers["offer-a"].own_benchmark_without_median == hangzhou.id
    assert run(plan).offers["offer-a"].why_uncompared == "no median"  # what tables and exports show
    plan.benchmarks.pop(1)
    flag = only(plan, "missing-benchmark")
    assert "no benchmark for" in flag.message and not run(plan).offers["offer-a"].own_benchmark_without_median
    assert run(plan).offers["offer-a"].why_uncompared == "no benchmark"


def test_missing_rate_is_a_flag_not_a_silent_one() -> None:
    plan = clean_plan()
    plan.exchange_rates.clear()
    found = flags(plan, "missing-rate")
    assert found and all("CNY" in flag.message for flag in found)
    offer = run(plan).offers["offer-a"]
    assert offer.own_market is not None and offer.own_market.nominal is not None  # same currency
    sv = next(c for c in offer.cross_market if c.market_id == "sv")
    assert sv.nominal is None and sv.problems


def test_offer_pointing_at_a_deleted_role_is_a_broken_reference() -> None:
    plan = clean_plan()
    plan.roles.clear()
    assert only(plan, "broken-reference").refs == (Ref("offer", "offer-a"),)


# 12. manual risks -----------------------------------------------------------------------------


def test_manual_risks_are_banded_and_overdue_reviews_flagged() -> None:
    plan = clean_plan()
    plan.risks = [
        Risk(id="r-high", title="Key hire poached", likelihood=3, impact=5, review_date=TODAY),
        Risk(id="r-med", title="Visa delay", likelihood=2, impact=4, review_date=TODAY),
        Risk(id="r-low", title="Minor", likelihood=1, impact=1, review_date=TODAY - timedelta(days=3)),
        Risk(
            id="r-closed",
            title="Old",
            likelihood=5,
            impact=5,
            status=RiskStatus.CLOSED,
            review_date=TODAY - timedelta(days=3),
        ),
    ]
    severities = {f.refs[0].id: f.severity for f in flags(plan, "manual-risk")}
    assert severities == {"r-high": Severity.HIGH, "r-med": Severity.MEDIUM}
    assert [f.refs[0].id for f in flags(plan, "risk-review-overdue")] == ["r-low"]


def test_risk_bands_follow_the_settings() -> None:
    plan = clean_plan()
    plan.risks = [Risk(id="r", title="Visa delay", likelihood=2, impact=4)]
    plan.settings.risk_high_from = 8
    assert only(plan, "manual-risk").severity is Severity.HIGH


# Acknowledgements and order -------------------------------------------------------------------


def _below_market_plan() -> Plan:
    plan = clean_plan()
    set_hz_offer_total(plan, 500_000)
    return plan


def test_acknowledged_flag_stays_listed_until_its_review_date() -> None:
    """An acknowledgement silences the exit code but never hides the flag; it lapses after review."""
    plan = _below_market_plan()
    key = only(plan, "offer-below-market").key
    plan.acknowledgements.append(
        Acknowledgement(
            flag_key=key,
            reason="Equity refresh agreed",
            review_date=TODAY + timedelta(days=5),
            acknowledged_on=TODAY,
        )
    )
    flag = only(plan, "offer-below-market")
    assert flag.acknowledged and flag.acknowledgement is not None
    assert flag.acknowledgement.reason == "Equity refresh agreed"
    assert flag not in run(plan).unacknowledged_high
    on_review_day = only(plan, "offer-below-market", TODAY + timedelta(days=5))
    assert on_review_day.acknowledged
    after = only(plan, "offer-below-market", TODAY + timedelta(days=6))
    assert not after.acknowledged


def test_acknowledgement_key_is_rule_and_sorted_ids() -> None:
    flag = only(_below_market_plan(), "offer-below-market")
    assert flag.key == "offer-below-market:b-hz,llm,offer-a"


def test_acknowledging_one_offer_does_not_cover_another() -> None:
    plan = _below_market_plan()
    second = plan.offers[0].model_copy(update={"id": "offer-b"})
    plan.offers.append(second)
    first_key = next(f.key for f in flags(plan, "offer-below-market") if Ref("offer", "offer-a") in f.refs)
    plan.acknowledgements.append(
        Acknowledgement(flag_key=first_key, reason="ok", review_date=TODAY, acknowledged_on=TODAY)
    )
    states = {f.refs[0].id: f.acknowledged for f in flags(plan, "offer-below-market")}
    assert states == {"offer-a": True, "offer-b": False}


def test_flags_are_ordered_high_then_medium_then_low() -> None:
    plan = _below_market_plan()
    plan.roles[0].growth_path = ""  # low
    plan.steps[0].items[0].tags = []  # medium culture
    ranks = [flag.severity.rank for flag in run(plan).flags]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3


def test_every_flag_has_text_a_person_can_act_on() -> None:
    plan = _below_market_plan()
    plan.policy_watch.clear()
    plan.steps[4].items[0].tags = []
    for flag in run(plan).flags:
        assert flag.title and flag.message.endswith(".") and flag.mitigation and flag.rationale
        assert flag.category and flag.refs


@pytest.mark.parametrize("bonus_kind", list(BonusKind))
def test_bonus_kinds_never_break_the_rules(bonus_kind: BonusKind) -> None:
    plan = clean_plan()
    plan.offers[0].bonus_kind = bonus_kind
    plan.offers[0].bonus_value = Decimal(2)
    assert run(plan).offers["offer-a"].figures.bonus > 0


def test_go_to_target_is_the_object_a_person_edits_to_clear_the_flag() -> None:
    """An overdue item's flag opens the item, not its step; an offer's, the offer, not its role."""

    def target(*refs: Ref) -> Ref | None:
        return Flag("r", Severity.LOW, "c", "t", "m", "x", "why", refs).target

    assert target(Ref("step", "s"), Ref("item", "i1"), Ref("item", "i2")) == Ref("item", "i1")
    assert target(Ref("role", "r"), Ref("market", "m"), Ref("offer", "o")) == Ref("offer", "o")
    assert target(Ref("plan", "p"), Ref("market", "m")) == Ref("market", "m")
    assert target(Ref("plan", "p")) == Ref("plan", "p")
    assert target() is None
