"""docs/calculations.md tells users how every figure is worked out; its worked example must be
what the app actually computes. This test reads the example plan and the expected figures from
the page itself and checks the analysis gives them, formatted as the app shows them."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from helpers.paths import REPO
from hireplan.analysis import OfferAnalysis, OfferComparison, PlanAnalysis, analyse
from hireplan.analysis.convert import RateTable
from hireplan.analysis.format import format_money, format_percent, format_ratio, format_signed_money
from hireplan.model import Plan

DOC = REPO / "docs" / "calculations.md"


def _block(name: str) -> Any:
    text = DOC.read_text(encoding="utf-8")
    match = re.search(rf"```json {re.escape(name)}\n(.*?)```", text, re.DOTALL)
    assert match, f"docs/calculations.md has no ```json {name} block"
    return json.loads(match.group(1))


@pytest.fixture(scope="module")
def worked() -> tuple[Plan, PlanAnalysis]:
    data = _block("worked-example-plan")
    plan = Plan.model_validate(data["plan"])
    return plan, analyse(plan, today=date.fromisoformat(data["today"]))


def _offer(analysis: PlanAnalysis) -> OfferAnalysis:
    return analysis.offers["offer-a"]


def _market(analysis: PlanAnalysis, market_id: str) -> OfferComparison:
    return next(c for c in _offer(analysis).cross_market if c.market_id == market_id)


def _money(conversion: Any) -> str:
    return format_money(conversion.amount, conversion.currency)


def _cny(value: Decimal | None) -> str:
    assert value is not None
    return format_money(value, "CNY")


def _signed_cny(value: Decimal | None) -> str:
    assert value is not None
    return format_signed_money(value, "CNY")


def _nominal(analysis: PlanAnalysis, market_id: str) -> Any:
    position = _market(analysis, market_id).nominal
    assert position is not None
    return position


def _ppp(analysis: PlanAnalysis, market_id: str) -> Any:
    position = _market(analysis, market_id).ppp
    assert position is not None
    return position


def _competing(analysis: PlanAnalysis) -> Any:
    competing = _offer(analysis).competing
    assert competing is not None
    return competing


def _chained(plan: Plan) -> str:
    conversion = RateTable(plan.exchange_rates).convert(Decimal(1_000_000), "CNY", "GBP")
    return _money(conversion)


FIGURES: dict[str, Callable[[Plan, PlanAnalysis], str]] = {
    "bonus": lambda p, a: format_money(_offer(a).figures.bonus, "CNY"),
    "equity_per_year": lambda p, a: format_money(_offer(a).figures.equity_per_year, "CNY"),
    "sign_on_per_year": lambda p, a: format_money(_offer(a).figures.sign_on_per_year, "CNY"),
    "allowances": lambda p, a: format_money(_offer(a).figures.allowances, "CNY"),
    "total_cash": lambda p, a: format_money(_offer(a).figures.total_cash, "CNY"),
    "annual_total": lambda p, a: format_money(_offer(a).figures.annual_total, "CNY"),
    "first_year_value": lambda p, a: format_money(_offer(a).figures.first_year_value, "CNY"),
    "first_year_cost": lambda p, a: format_money(_offer(a).figures.first_year_cost, "CNY"),
    "annual_total_reporting": lambda p, a: _money(_offer(a).annual_reporting),
    "first_year_value_reporting": lambda p, a: _money(_offer(a).first_year_reporting),
    "first_year_cost_reporting": lambda p, a: _money(_offer(a).first_year_cost_reporting),
    "cny_1000000_in_gbp": lambda p, a: _chained(p),
    "annual_total_ppp": lambda p, a: _money(_offer(a).annual_ppp),
    "sv_compa_ratio": lambda p, a: format_ratio(_nominal(a, "sv").compa_ratio),
    "sv_gap": lambda p, a: format_signed_money(_nominal(a, "sv").gap_to_p50, "USD"),
    "sv_gap_pct": lambda p, a: format_percent(_nominal(a, "sv").gap_pct, signed=True),
    "sv_percentile": lambda p, a: _nominal(a, "sv").label,
    "sv_basis": lambda p, a: _market(a, "sv").basis,
    "sv_level_fit": lambda p, a: _market(a, "sv").level_fit,
    "sv_ppp_compa_ratio": lambda p, a: format_ratio(_ppp(a, "sv").compa_ratio),
    "sv_ppp_percentile": lambda p, a: _ppp(a, "sv").label,
    "bj_basis": lambda p, a: _market(a, "bj").basis,
    "bj_p50": lambda p, a: format_money(_market(a, "bj").p50, "CNY"),
    "bj_compa_ratio": lambda p, a: format_ratio(_nominal(a, "bj").compa_ratio),
    "bj_percentile": lambda p, a: _nominal(a, "bj").label,
    "competing_annual_total": lambda p, a: _cny(_competing(a).annual_total),
    "competing_forfeited": lambda p, a: _cny(_competing(a).forfeited_equity),
    "competing_retention": lambda p, a: _cny(_competing(a).retention_grant),
    "competing_hurdle": lambda p, a: _cny(_competing(a).hurdle),
    "competing_annual_gap": lambda p, a: _signed_cny(_competing(a).annual_gap),
    "competing_first_year_gap": lambda p, a: _signed_cny(_competing(a).first_year_gap),
    "budget_total": lambda p, a: format_money(a.budget.total, a.budget.currency),
    "budget_planned_total": lambda p, a: format_money(a.budget.planned_total, a.budget.currency),
}


def _own(analysis: PlanAnalysis, offer_id: str) -> OfferComparison:
    own = analysis.offers[offer_id].own_market
    assert own is not None and own.nominal is not None
    return own


def _below_market(analysis: PlanAnalysis, offer_id: str) -> str:
    found = [f for f in analysis.flags if f.rule == "offer-below-market" and f.refs[0].id == offer_id]
    return found[0].severity.value if found else "none"


def _band(analysis: PlanAnalysis, offer_id: str) -> Any:
    band = analysis.offers[offer_id].pay_band
    assert band is not None
    return band


MONTHS_FIGURES: dict[str, Callable[[PlanAnalysis], str]] = {
    "offer_14_on_base": lambda a: _money(_own(a, "offer-14").offer_in_market),
    "offer_14_p50": lambda a: format_money(_own(a, "offer-14").p50, "CNY"),
    "offer_14_compa_ratio": lambda a: format_ratio(_own(a, "offer-14").nominal.compa_ratio),  # type: ignore[union-attr]
    "offer_14_percentile": lambda a: _own(a, "offer-14").nominal.label,  # type: ignore[union-attr]
    "offer_14_below_market": lambda a: _below_market(a, "offer-14"),
    "offer_median_compa_ratio": lambda a: format_ratio(_own(a, "offer-median").nominal.compa_ratio),  # type: ignore[union-attr]
    "offer_median_below_market": lambda a: _below_market(a, "offer-median"),
    "offer_14_band_position": lambda a: format_ratio(_band(a, "offer-14").position),
    "offer_14_band_to_midpoint": lambda a: format_ratio(_band(a, "offer-14").to_midpoint),
    "budget_planned_total": lambda a: format_money(a.budget.planned_total, a.budget.currency),
    "budget_total": lambda a: format_money(a.budget.total, a.budget.currency),
}


@pytest.fixture(scope="module")
def months() -> PlanAnalysis:
    data = _block("months-example-plan")
    return analyse(Plan.model_validate(data["plan"]), today=date.fromisoformat(data["today"]))


def test_every_expected_figure_of_the_months_example_is_checked() -> None:
    assert set(_block("months-example-expected")) == set(MONTHS_FIGURES)


@pytest.mark.parametrize("name", sorted(MONTHS_FIGURES))
def test_months_example_figure_matches_the_doc(name: str, months: PlanAnalysis) -> None:
    assert MONTHS_FIGURES[name](months) == _block("months-example-expected")[name]


def test_every_expected_figure_in_the_doc_is_checked() -> None:
    """A figure added to the page without a check here would go stale unnoticed."""
    expected = _block("worked-example-expected")
    assert set(expected) - {"flags_include"} == set(FIGURES)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_worked_example_figure_matches_the_doc(name: str, worked: tuple[Plan, PlanAnalysis]) -> None:
    plan, analysis = worked
    assert FIGURES[name](plan, analysis) == _block("worked-example-expected")[name]


def test_worked_example_raises_the_flags_the_doc_names(worked: tuple[Plan, PlanAnalysis]) -> None:
    _plan, analysis = worked
    rules = {flag.rule for flag in analysis.flags}
    assert set(_block("worked-example-expected")["flags_include"]) <= rules


def test_prose_figures_match_the_data_block() -> None:
    """The figures written in the prose are the same as in the checked data block."""
    text = DOC.read_text(encoding="utf-8").split("## Worked example as data")[0]
    expected = _block("worked-example-expected")
    for name in (
        "annual_total",
        "first_year_value",
        "first_year_cost",
        "annual_total_reporting",
        "first_year_cost_reporting",
        "annual_total_ppp",
        "competing_hurdle",
        "budget_total",
        "budget_planned_total",
    ):
        assert expected[name] in text, name
    for name in ("sv_compa_ratio", "sv_percentile", "sv_ppp_compa_ratio", "sv_ppp_percentile"):
        assert expected[name] in text, name


def _offer_flags(plan: Plan, today: date, offer_id: str) -> list[list[str]]:
    return [
        [flag.rule, flag.severity.value, format_ratio(flag.figure) if flag.figure is not None else ""]
        for flag in analyse(plan, today=today).flags
        if any(ref.kind == "offer" and ref.id == offer_id for ref in flag.refs)
    ]


def test_a_new_offer_raises_no_flag_until_its_base_is_entered() -> None:
    """The section 11 example: a person adding an offer is not told it is far below the market
    before typing its base, and is told as soon as the base they type is."""
    data = _block("unpriced-offer-example")
    plan = Plan.model_validate(data["plan"])
    today = date.fromisoformat(data["today"])
    offer_id = plan.offers[0].id
    assert _offer_flags(plan, today, offer_id) == data["flags_before"]
    plan.offers[0].base = Decimal(data["base"])
    assert _offer_flags(plan, today, offer_id) == data["flags_after"]
