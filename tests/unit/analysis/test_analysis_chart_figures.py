"""Figures the compensation screen charts and colours, taken from the analysis (no second formula).

A person comparing an offer across markets relies on each market's P25-P75 range, the offer and the
first-year value being in one unit (reporting currency or international dollars), and on the colour
of a compa-ratio agreeing with the below-market flag.
"""

from __future__ import annotations

from decimal import Decimal

from helpers.plans import clean_plan, run
from hireplan.analysis import Converted, Severity
from hireplan.analysis.bands import compa_band
from hireplan.model import PlanSettings


def test_every_market_carries_its_percentile_points_in_three_units() -> None:
    plan = clean_plan()
    offer = run(plan).offers["offer-a"]
    by_market = {c.market_id: c for c in offer.cross_market}
    hz, sv = by_market["hz"], by_market["sv"]
    assert hz.points == (
        (25, Decimal(400_000)),
        (50, Decimal(600_000)),
        (75, Decimal(900_000)),
        (90, Decimal(1_200_000)),
    )
    # Reporting currency is USD: the Hangzhou points are converted at the plan's USD/CNY rate.
    rate = Decimal("6.7758")
    for (pct, local), (pct_r, reporting) in zip(hz.points, hz.points_reporting, strict=True):
        assert pct == pct_r
        assert abs(reporting - local / rate) < Decimal("0.000001")
    # PPP points divide by the PPP factor, and the median matches the PPP position's median.
    assert hz.ppp is not None
    assert dict(hz.points_ppp)[50] == hz.ppp.p50
    # Silicon Valley is already in USD.
    assert sv.points_reporting == sv.points


def test_offer_figure_in_reporting_currency_matches_the_annual_total_on_total_basis() -> None:
    plan = clean_plan()
    offer = run(plan).offers["offer-a"]
    for comparison in offer.cross_market:
        assert comparison.basis == "total_direct"
        assert isinstance(comparison.offer_reporting, Converted)
        assert isinstance(offer.annual_reporting, Converted)
        assert comparison.offer_reporting.amount == offer.annual_reporting.amount


def test_reporting_points_follow_a_change_of_reporting_currency() -> None:
    plan = clean_plan()
    plan.reporting_currency = "CNY"
    offer = run(plan).offers["offer-a"]
    hz = next(c for c in offer.cross_market if c.market_id == "hz")
    assert hz.points_reporting == hz.points
    assert isinstance(hz.offer_reporting, Converted) and hz.offer_reporting.currency == "CNY"


def test_first_year_value_in_ppp_uses_the_offer_countrys_factor() -> None:
    plan = clean_plan()
    offer = run(plan).offers["offer-a"]
    assert isinstance(offer.first_year_ppp, Converted)
    assert offer.first_year_ppp.currency == "INT$"
    assert offer.first_year_ppp.amount == offer.figures.first_year_value / Decimal("3.5325")


def test_missing_rate_leaves_reporting_points_empty_rather_than_guessing() -> None:
    plan = clean_plan()
    plan.exchange_rates = []
    offer = run(plan).offers["offer-a"]
    hz = next(c for c in offer.cross_market if c.market_id == "hz")
    assert hz.points_reporting == ()
    assert hz.offer_reporting is not None and not isinstance(hz.offer_reporting, Converted)


def test_compa_band_follows_the_plans_threshold() -> None:
    settings = PlanSettings(below_market_threshold=Decimal("0.85"))
    assert compa_band(Decimal("0.84"), settings) is Severity.HIGH
    assert compa_band(Decimal("0.85"), settings) is Severity.MEDIUM
    assert compa_band(Decimal("0.99"), settings) is Severity.MEDIUM
    assert compa_band(Decimal("1.00"), settings) is Severity.LOW
    assert compa_band(Decimal("0.88"), PlanSettings(below_market_threshold=Decimal("0.90"))) is Severity.HIGH


def test_compa_band_agrees_with_the_below_market_flag() -> None:
    plan = clean_plan()
    plan.offers[0].base = Decimal(300_000)
    analysis = run(plan)
    own = analysis.offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    flag = next(f for f in analysis.flags if f.rule == "offer-below-market")
    assert compa_band(own.nominal.compa_ratio, plan.settings) is flag.severity


def test_competing_package_in_the_reporting_currency_converts_their_total_and_our_gap() -> None:
    plan = clean_plan()
    offer = run(plan).offers["offer-a"]
    competing = offer.competing
    assert (
        competing is not None and competing.annual_total is not None and competing.first_year_gap is not None
    )
    annual, gap = offer.competing_annual_reporting, offer.competing_gap_reporting
    assert isinstance(annual, Converted) and isinstance(gap, Converted)
    assert annual.currency == gap.currency == "USD"
    # The rival's package is USD 100,000 a year: converting it to CNY and back gives it again.
    assert abs(annual.amount - Decimal(100_000)) < Decimal("0.0001")
    rate = Decimal("6.7758")
    assert abs(gap.amount - competing.first_year_gap / rate) < Decimal("0.0001")


def test_no_competing_package_leaves_the_reporting_figures_empty() -> None:
    plan = clean_plan()
    plan.offers[0].competing = None
    offer = run(plan).offers["offer-a"]
    assert offer.competing_annual_reporting is None and offer.competing_gap_reporting is None
