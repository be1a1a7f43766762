"""Issue 13, worked by hand: each numbered defect as a user met it, and the figure a compensation
analyst would sign instead. Every test here failed before the fix."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Flag, PlanAnalysis, Severity
from hireplan.analysis.acknowledge import make_acknowledgement
from hireplan.analysis.bands import verdict
from hireplan.i18n import CHINESE, using_language
from hireplan.model import (
    Benchmark,
    CompetingKind,
    CompetingPackage,
    Level,
    Offer,
    PayBand,
    PayBasis,
    PayPeriod,
    Plan,
    Role,
    Status,
)
from hireplan.storage.benchmark_import import build_preview, guess_mapping, read_table


def _flags(analysis: PlanAnalysis, rule: str, offer_id: str | None = None) -> list[Flag]:
    return [f for f in analysis.flags if f.rule == rule and (offer_id is None or f.refs[0].id == offer_id)]


def _hangzhou_14_month(plan: Plan, monthly: int) -> Offer:
    """The issue's case: a senior Hangzhou benchmark of 40,000 / 50,000 / 60,000 a month on 14 months
    (base), and an offer of ``monthly`` a month on a 14-month package."""
    plan.benchmarks[1] = Benchmark(
        id="b-hz",
        market_id="hz",
        job_family="ML engineer",
        level=Level.SENIOR,
        currency="CNY",
        period=PayPeriod.MONTH,
        months_per_year=Decimal(14),
        base_p25=Decimal(40_000),
        base_p50=Decimal(50_000),
        base_p75=Decimal(60_000),
        as_of=TODAY - timedelta(days=30),
        source="issue 13",
    )
    offer = plan.offers[0]
    offer.base = Decimal(monthly * 12)
    offer.guaranteed_months = Decimal(2)
    return offer


# 1. 13th/14th months on matching bases ---------------------------------------------------------


def test_a_14_month_offer_is_compared_with_a_14_month_benchmark_including_its_extra_months() -> None:
    """48,000 x 14 against a P50 of 50,000 x 14: 672,000 / 700,000 = 0.96, P45, medium at most
    (it read 0.82, P28 and HIGH when the two extra months were left out)."""
    plan = clean_plan()
    _hangzhou_14_month(plan, 48_000)
    analysis = run(plan)
    own = analysis.offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    assert own.basis == "base"
    assert own.offer_in_market.amount == Decimal(672_000)  # type: ignore[union-attr]
    assert own.p50 == Decimal(700_000)
    assert own.nominal.compa_ratio == Decimal(672_000) / Decimal(700_000)
    assert own.nominal.label == "P45"
    (flag,) = _flags(analysis, "offer-below-market")
    assert flag.severity is Severity.MEDIUM
    assert "0.96" in flag.message


def test_an_offer_at_exactly_the_14_month_median_raises_no_below_market_flag() -> None:
    plan = clean_plan()
    _hangzhou_14_month(plan, 50_000)
    analysis = run(plan)
    own = analysis.offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    assert own.nominal.compa_ratio == 1
    assert _flags(analysis, "offer-below-market") == []


def test_extra_months_count_as_base_only_as_far_as_the_benchmark_covers_them() -> None:
    """A 12-month benchmark's base covers no extra month: the offer's two stay out of base."""
    plan = clean_plan()
    _hangzhou_14_month(plan, 50_000)
    plan.benchmarks[1].months_per_year = Decimal(12)
    own = run(plan).offers["offer-a"].own_market
    assert own is not None
    assert own.offer_in_market.amount == Decimal(600_000)  # type: ignore[union-attr]
    assert own.p50 == Decimal(600_000)


# 2. level fit ----------------------------------------------------------------------------------


def _all_levels_wage_figure(plan: Plan) -> None:
    """A city-wide all-levels wage figure (like a municipal wage guidance median) for Hangzhou."""
    bench = plan.benchmarks[1]
    bench.level = None
    for name in ("total_p25", "total_p50", "total_p75", "total_p90"):
        setattr(bench, name, None)
    bench.total_p50 = Decimal(200_000)


def test_an_all_levels_benchmark_gives_an_indicative_comparison_with_the_reason_and_no_colour() -> None:
    plan = clean_plan()
    _all_levels_wage_figure(plan)
    analysis = run(plan)
    own = analysis.offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    assert own.nominal.compa_ratio > 5
    assert own.level_fit == "all_levels" and own.indicative
    assert "all levels" in own.fit_reason and "senior" in own.fit_reason
    assert verdict(own.nominal.compa_ratio, plan.settings, own.level_fit) is None


def test_an_indicative_comparison_never_raises_a_high_below_market_flag() -> None:
    plan = clean_plan()
    _all_levels_wage_figure(plan)
    plan.benchmarks[1].total_p50 = Decimal(3_000_000)  # the offer is far below: would be high
    analysis = run(plan)
    (flag,) = _flags(analysis, "offer-below-market")
    assert flag.severity is Severity.MEDIUM
    assert "Indicative only" in flag.message


def test_an_exact_level_benchmark_wins_over_all_levels_and_another_level() -> None:
    plan = clean_plan()
    hz = plan.benchmarks[1]
    plan.benchmarks.append(hz.model_copy(update={"id": "b-hz-all", "level": None}))
    plan.benchmarks.append(hz.model_copy(update={"id": "b-hz-staff", "level": Level.STAFF}))
    own = run(plan).offers["offer-a"].own_market
    assert own is not None and (own.benchmark_id, own.level_fit) == ("b-hz", "exact")
    plan.benchmarks.remove(hz)
    own = run(plan).offers["offer-a"].own_market
    assert own is not None and (own.benchmark_id, own.level_fit) == ("b-hz-all", "all_levels")
    plan.benchmarks = [b for b in plan.benchmarks if b.id != "b-hz-all"]
    own = run(plan).offers["offer-a"].own_market
    assert own is not None and (own.benchmark_id, own.level_fit) == ("b-hz-staff", "other_level")
    assert "staff level" in own.fit_reason


# 3. counteroffer -------------------------------------------------------------------------------


def test_the_hurdle_counts_the_current_employers_equity_once() -> None:
    """USD 100,000 base and 50,000 equity a year with 120,000 unvested: leaving costs the
    candidate 100,000 + 120,000 (the unvested balance holds the coming year's 50,000), not 270,000."""
    plan = clean_plan()
    plan.offers[0].competing = CompetingPackage(
        kind=CompetingKind.CURRENT_EMPLOYER,
        currency="CNY",
        base=Decimal(100_000),
        equity_per_year=Decimal(50_000),
        unvested_equity_forfeited=Decimal(120_000),
    )
    competing = run(plan).offers["offer-a"].competing
    assert competing is not None
    assert competing.hurdle == Decimal(220_000)


def test_a_senior_offer_raises_one_counteroffer_flag_however_many_tests_it_fails() -> None:
    """Not beating the current package and sitting under P75: one high flag, not two."""
    plan = clean_plan()
    plan.offers[0].competing = CompetingPackage(
        kind=CompetingKind.CURRENT_EMPLOYER, currency="USD", base=Decimal(900_000)
    )
    plan.offers[0].base = Decimal(500_000)  # under the Hangzhou P75 of 900,000
    (flag,) = _flags(run(plan), "counteroffer-exposure")
    assert flag.severity is Severity.HIGH


# 4. annual total -------------------------------------------------------------------------------


def test_sign_on_and_allowances_never_enter_a_comparison_with_market_total_pay() -> None:
    plan = clean_plan()
    offer = plan.offers[0]
    offer.sign_on = Decimal(600_000)
    offer.housing_allowance = Decimal(300_000)
    offer.living_allowance = Decimal(100_000)
    analysis = run(plan).offers["offer-a"]
    own = analysis.own_market
    assert own is not None and own.nominal is not None
    total_direct = Decimal(1_000_000) + Decimal(100_000) + Decimal(100_000)
    assert analysis.figures.annual_total == total_direct
    assert own.nominal.value == total_direct
    assert analysis.figures.first_year_value == total_direct + 600_000 + 400_000 + offer.relocation


def test_a_total_cash_benchmark_is_compared_with_cash_only() -> None:
    plan = clean_plan()
    plan.benchmarks[1].total_basis = PayBasis.TOTAL_CASH
    own = run(plan).offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    assert own.basis == "total_cash"
    assert own.nominal.value == Decimal(1_100_000)  # base + 10 % bonus, no equity


# 5. acknowledgements ---------------------------------------------------------------------------


def _ack_below_market_at(plan: Plan, base: int) -> Flag:
    plan.offers[0].base = Decimal(base)
    plan.offers[0].bonus_value = Decimal(0)
    plan.offers[0].equity_grant = Decimal(0)
    (flag,) = _flags(run(plan), "offer-below-market")
    plan.acknowledgements.append(
        make_acknowledgement(
            flag, plan, reason="Research budget", review_date=TODAY + timedelta(days=90), today=TODAY
        )
    )
    return flag


def test_an_acknowledged_flag_reopens_when_its_figure_worsens_and_says_so() -> None:
    """Acknowledged at 0.89 (high), the base cut to 0.60: the flag counts again."""
    plan = clean_plan()
    plan.settings.below_market_threshold = Decimal("0.85")  # 0.89 is a medium flag here
    flag = _ack_below_market_at(plan, 534_000)  # 534,000 / 600,000 = 0.89
    assert flag.severity is Severity.MEDIUM
    (held,) = _flags(run(plan), "offer-below-market")
    assert held.acknowledged
    plan.offers[0].base = Decimal(360_000)  # 0.60
    (reopened,) = _flags(run(plan), "offer-below-market")
    assert not reopened.acknowledged
    assert reopened.reopened.startswith("Acknowledged at medium severity, now high")
    with using_language(CHINESE):
        (in_chinese,) = _flags(run(plan), "offer-below-market")
    assert in_chinese.reopened.startswith("确认时严重程度为中，现为高")
    plan.settings.below_market_threshold = Decimal("0.50")  # same severity, worse figure
    (reopened,) = _flags(run(plan), "offer-below-market")
    assert not reopened.acknowledged
    assert reopened.reopened == "Acknowledged at 0.89, now 0.60; it needs a fresh look."


def test_an_acknowledged_flag_that_improves_stays_acknowledged() -> None:
    plan = clean_plan()
    _ack_below_market_at(plan, 534_000)
    plan.offers[0].base = Decimal(570_000)  # 0.95: better than accepted
    (flag,) = _flags(run(plan), "offer-below-market")
    assert flag.acknowledged and flag.reopened == ""


def test_an_acknowledgement_records_who_when_why_and_what() -> None:
    plan = clean_plan()
    plan.owner = "王磊"
    _ack_below_market_at(plan, 534_000)
    ack = plan.acknowledgements[0]
    assert (ack.acknowledged_by, ack.acknowledged_on, ack.reason) == ("王磊", TODAY, "Research budget")
    assert ack.severity == "high" and ack.figure == Decimal("0.89")


@pytest.mark.parametrize(
    ("tag", "rule"),
    [
        ("culture", "culture-not-addressed"),
        ("career-path", "career-path-missing"),
        ("engagement", "relocation-engagement-missing"),
    ],
)
def test_a_not_applicable_item_covers_a_rule_only_with_a_reason(tag: str, rule: str) -> None:
    plan = clean_plan()
    tagged = [item for step in plan.steps for item in step.items if tag in item.tags]
    for item in tagged:
        item.status = Status.NOT_APPLICABLE
    if tag == "engagement":
        for item in (i for step in plan.steps for i in step.items if "follow-up" in i.tags):
            item.status = Status.NOT_APPLICABLE
    assert _flags(run(plan), rule), "ticked away without a reason, it covers nothing"
    for item in tagged:
        item.notes = "Not for this team: everyone hired here already works in this office."
    if tag == "engagement":
        for item in (i for step in plan.steps for i in step.items if "follow-up" in i.tags):
            item.notes = "Covered by the company-wide buddy scheme."
    assert not [f for f in _flags(run(plan), rule) if f.refs and f.refs[0].kind == "plan"]


def test_a_not_applicable_policy_item_without_a_reason_does_not_cover_the_policy_rule() -> None:
    plan = clean_plan()
    plan.policy_watch = []
    for step in plan.steps:
        for item in step.items:
            if "policy" in item.tags:
                item.status = Status.NOT_APPLICABLE
    assert any(f.severity is Severity.HIGH for f in _flags(run(plan), "policy-watch"))


# 6. planned budget -----------------------------------------------------------------------------


def test_roles_without_offers_are_in_the_budget_at_their_planned_cost() -> None:
    """A role of two with one offer (first-year cost USD 226,000ish) and a plan of USD 250,000 per
    hire, and a role of three with no offer and a plan of USD 100,000: planned 800,000."""
    plan = clean_plan()
    plan.roles[0].planned_cost_per_hire = Decimal(250_000)
    plan.roles.append(
        Role(
            id="eng",
            title="Engineer",
            job_family="ML engineer",
            headcount=3,
            planned_cost_per_hire=Decimal(100_000),
        )
    )
    analysis = run(plan)
    offer_cost = analysis.offers["offer-a"].first_year_cost_reporting.amount  # type: ignore[union-attr]
    budget = analysis.budget
    assert budget.planned_total == 250_000 * 2 + 100_000 * 3
    assert budget.total == offer_cost + 250_000 + 300_000
    assert budget.complete
    eng = next(cost for cost in budget.roles if cost.role_id == "eng")
    assert (eng.open_seats, eng.open_priced_by, eng.total) == (3, "plan", Decimal(300_000))


def test_offers_over_the_planned_budget_raise_a_flag_with_the_overspend() -> None:
    plan = clean_plan()
    plan.roles[0].planned_currency = "CNY"
    plan.roles[0].planned_cost_per_hire = Decimal(1_000_000)
    analysis = run(plan)
    (flag,) = _flags(analysis, "offers-over-plan")
    assert flag.severity is Severity.MEDIUM and not flag.lower_is_worse
    assert flag.figure is not None and flag.figure > 1
    plan.roles[0].planned_cost_per_hire = Decimal(5_000_000)
    assert _flags(run(plan), "offers-over-plan") == []


def test_a_role_with_neither_plan_nor_offer_is_listed_as_not_priced() -> None:
    plan = clean_plan()
    plan.roles.append(Role(id="eng", title="Engineer", headcount=2))
    budget = run(plan).budget
    assert budget.unpriced_role_ids == ("eng",)
    assert "eng" in budget.unplanned_role_ids


# internal bands --------------------------------------------------------------------------------


def test_an_offer_outside_its_internal_band_is_placed_and_flagged() -> None:
    plan = clean_plan()
    plan.pay_bands.append(
        PayBand(
            id="band",
            market_id="hz",
            job_family="ml engineer",
            level=Level.SENIOR,
            currency="CNY",
            basis=PayBasis.BASE,
            minimum=Decimal(600_000),
            midpoint=Decimal(700_000),
            maximum=Decimal(800_000),
        )
    )
    analysis = run(plan)
    band = analysis.offers["offer-a"].pay_band
    assert band is not None and band.outside == "above"
    assert band.position == (Decimal(1_000_000) - 600_000) / 200_000
    (flag,) = _flags(analysis, "offer-outside-band")
    assert "over the band's maximum of CNY 800,000" in flag.message
    plan.offers[0].base = Decimal(700_000)
    analysis = run(plan)
    assert analysis.offers["offer-a"].pay_band.position == Decimal("0.5")  # type: ignore[union-attr]
    assert _flags(analysis, "offer-outside-band") == []


def test_a_plan_without_bands_has_no_band_figures() -> None:
    assert run(clean_plan()).offers["offer-a"].pay_band is None


# 7. currency codes -----------------------------------------------------------------------------


def test_rmb_is_read_as_cny_and_unknown_codes_are_refused() -> None:
    offer = clean_plan().offers[0]
    assert offer.model_copy(update={}).currency == "CNY"
    assert Offer.model_validate({**offer.model_dump(), "currency": "RMB"}).currency == "CNY"
    with pytest.raises(ValueError, match="not an ISO 4217 currency code"):
        Offer.model_validate({**offer.model_dump(), "currency": "XYZ"})


@pytest.mark.parametrize(
    ("header", "basis"),
    [
        ("Total cash P50", PayBasis.TOTAL_CASH),
        ("TCC median", PayBasis.TOTAL_CASH),
        ("Total P50", PayBasis.TOTAL_DIRECT),
    ],
)
def test_an_import_reads_what_its_total_columns_measure_from_their_header(
    tmp_path: Path, header: str, basis: PayBasis
) -> None:
    path = tmp_path / "survey.csv"
    path.write_text(
        f"Market,Job family,Currency,{header}\nHangzhou,ML engineer,RMB,900000\n", encoding="utf-8"
    )
    plan = clean_plan()
    table = read_table(path)
    preview = build_preview(table, guess_mapping(table.headers), plan)
    (benchmark,) = preview.good
    assert (benchmark.total_basis, benchmark.currency) == (basis, "CNY")
    assert preview.notes == ("Row 2: RMB is read as CNY, its ISO 4217 code.",)
