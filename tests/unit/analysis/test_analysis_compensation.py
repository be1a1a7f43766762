"""Package maths by hand: what HR quotes to a candidate and to finance must add up."""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.compensation import compare_competing, offer_figures
from hireplan.analysis.convert import RateTable
from hireplan.model import BonusKind, CompetingKind, CompetingPackage, ExchangeRate, Offer, PlanSettings


def _offer(**changes: object) -> Offer:
    data: dict[str, object] = {"role_id": "r", "market_id": "m", "currency": "USD", "base": Decimal(200_000)}
    data.update(changes)
    return Offer.model_validate(data)


def test_percent_amount_and_month_bonuses() -> None:
    assert offer_figures(_offer(bonus_kind=BonusKind.PERCENT, bonus_value=15)).bonus == 30_000
    assert offer_figures(_offer(bonus_kind=BonusKind.AMOUNT, bonus_value=12_345)).bonus == 12_345
    # A 14-month package: two extra months of a 240,000 yearly base.
    months = offer_figures(_offer(base=Decimal(240_000), guaranteed_months=2, bonus_value=0))
    assert months.bonus == 40_000 and months.extra_month_pay == 40_000 and months.target_bonus == 0


def test_a_14_month_package_with_a_target_bonus_counts_both() -> None:
    """The common Chinese offer: twelve months of base, two guaranteed extra months, and a target
    bonus on top (here 15% of base); format 3 could hold only one of the two."""
    figures = offer_figures(
        _offer(base=Decimal(240_000), guaranteed_months=2, bonus_kind=BonusKind.PERCENT, bonus_value=15)
    )
    assert (figures.extra_month_pay, figures.target_bonus) == (40_000, 36_000)
    assert figures.bonus == 76_000 and figures.total_cash == 316_000
    assert figures.extra_months == 2


def test_annual_total_is_total_direct_pay_and_first_year_value_carries_the_rest() -> None:
    """Issue 13 defect 4: the annual total is what surveys call total direct pay (base + bonus +
    equity per year); sign-on and allowances are paid, so they are in first-year value and cost."""
    figures = offer_figures(
        _offer(
            bonus_value=10,  # 20,000
            equity_grant=Decimal(400_000),
            vesting_years=Decimal(4),  # 100,000 a year
            sign_on=Decimal(30_000),
            sign_on_amortisation_years=Decimal(3),  # 10,000 a year
            housing_allowance=Decimal(24_000),
            living_allowance=Decimal(6_000),
            relocation=Decimal(15_000),
            research_budget=Decimal(50_000),
            compute_budget=Decimal(70_000),
        )
    )
    assert figures.annual_total == 200_000 + 20_000 + 100_000
    assert figures.total_cash == 200_000 + 20_000
    assert figures.sign_on_per_year == 10_000 and figures.allowances == 30_000
    assert figures.first_year_value == 200_000 + 20_000 + 100_000 + 30_000 + 30_000 + 15_000
    assert figures.first_year_cost == figures.first_year_value + 50_000 + 70_000
    # Research budget and compute never count as pay.
    assert figures.research_budget == 50_000 and figures.compute_budget == 70_000


def test_fractional_vesting_stays_exact_until_display() -> None:
    figures = offer_figures(_offer(equity_grant=Decimal(100_000), vesting_years=Decimal(3)))
    assert figures.equity_per_year != Decimal("33333.33")  # not rounded to cents
    assert abs(figures.equity_per_year * 3 - 100_000) < Decimal("1e-20")


def test_current_employer_hurdle_counts_forfeited_equity_once_and_stated_retention() -> None:
    """Issue 13 defect 3: the unvested balance already holds the coming year's vesting, so the
    hurdle is their cash + allowances + the unvested balance + retention, not + a year of equity too."""
    figures = offer_figures(_offer())
    package = CompetingPackage(
        kind=CompetingKind.CURRENT_EMPLOYER,
        currency="USD",
        base=Decimal(150_000),
        bonus=Decimal(15_000),
        equity_per_year=Decimal(20_000),
        allowances=Decimal(5_000),
        unvested_equity_forfeited=Decimal(40_000),
        expected_retention_grant=Decimal(25_000),
    )
    result = compare_competing(
        figures, package, RateTable([]), PlanSettings(expected_retention_grant_pct=Decimal(50))
    )
    assert result.annual_total == 150_000 + 15_000 + 20_000
    assert result.retention_grant == 25_000 and not result.retention_assumed
    assert result.hurdle == 150_000 + 15_000 + 5_000 + 40_000 + 25_000
    assert result.annual_gap == 200_000 - 185_000
    assert result.first_year_gap == 200_000 - 235_000
    assert result.beats is False


def test_assumed_retention_grant_uses_the_plan_percentage() -> None:
    figures = offer_figures(_offer())
    package = CompetingPackage(currency="USD", base=Decimal(100_000))
    result = compare_competing(
        figures, package, RateTable([]), PlanSettings(expected_retention_grant_pct=Decimal(20))
    )
    assert result.retention_grant == 20_000 and result.retention_assumed
    assert result.beats is True


def test_competing_package_in_another_currency_is_converted_or_reported() -> None:
    figures = offer_figures(_offer(currency="CNY", base=Decimal(1_000_000)))
    package = CompetingPackage(
        currency="USD", base=Decimal(100_000), unvested_equity_forfeited=Decimal(10_000)
    )
    rates = RateTable([ExchangeRate(base="USD", quote="CNY", rate=Decimal("6.7758"))])
    result = compare_competing(figures, package, rates, PlanSettings())
    assert result.annual_total == Decimal("677580") and result.forfeited_equity == Decimal("67758")
    assert result.currency == "CNY" and result.conversion is not None
    missing = compare_competing(figures, package, RateTable([]), PlanSettings())
    assert missing.hurdle is None and missing.beats is None and missing.problem
