"""Hypothesis strategy for plans across the whole accepted space, every bound at its limit included.

Shared by the export property test and the screens' one, so both walk the same plans.
"""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from helpers.plan_repair import make_whole
from hireplan.model import (
    Benchmark,
    BonusKind,
    CompetingPackage,
    ExchangeRate,
    Level,
    Market,
    Offer,
    PayBand,
    PayBasis,
    PayPeriod,
    Plan,
    PlanSettings,
    PppFactor,
    Role,
)
from hireplan.model.base import EARLIEST_DATE, LATEST_DATE, MAX_AMOUNT, MAX_RATIO, MIN_RATIO, MIN_YEARS

CURRENCIES = ["USD", "CNY", "EUR", "JPY", "VND"]
_amounts = st.sampled_from([Decimal(0), MAX_AMOUNT, Decimal("0.000001"), Decimal("999999999999.999999")]) | (
    st.decimals(min_value=0, max_value=MAX_AMOUNT, places=6, allow_nan=False, allow_infinity=False)
)
_years = st.sampled_from([MIN_YEARS, Decimal(20)]) | st.decimals(min_value=MIN_YEARS, max_value=20, places=4)
_ratios = st.sampled_from([MIN_RATIO, MAX_RATIO]) | st.decimals(
    min_value=MIN_RATIO, max_value=MAX_RATIO, places=12
)
_dates = st.none() | st.sampled_from([EARLIEST_DATE, LATEST_DATE]) | st.dates(EARLIEST_DATE, LATEST_DATE)
_ids = st.sampled_from(["a", "b", "c"])
_currency = st.sampled_from(CURRENCIES)


@st.composite
def _offers(draw: st.DrawFn) -> Offer:
    kind = draw(st.sampled_from(BonusKind))
    limit = {BonusKind.PERCENT: Decimal(300), BonusKind.AMOUNT: MAX_AMOUNT}[kind]
    return Offer(
        id=draw(_ids),
        role_id="r",
        market_id=draw(_ids),
        currency=draw(_currency),
        base=draw(_amounts),
        guaranteed_months=draw(st.sampled_from([Decimal(0), Decimal(12)])),
        bonus_kind=kind,
        bonus_value=draw(st.sampled_from([Decimal(0), limit])),
        equity_grant=draw(_amounts),
        vesting_years=draw(_years),
        sign_on=draw(_amounts),
        sign_on_amortisation_years=draw(_years),
        housing_allowance=draw(_amounts),
        research_budget=draw(_amounts),
        competing=draw(
            st.none()
            | st.builds(
                CompetingPackage,
                currency=_currency,
                base=_amounts,
                equity_per_year=_amounts,
                unvested_equity_forfeited=_amounts,
            )
        ),
    )


@st.composite
def _benchmarks(draw: st.DrawFn) -> Benchmark:
    values = sorted(draw(st.lists(_amounts, min_size=4, max_size=4)))
    return Benchmark(
        id=draw(st.text("xyz", min_size=1, max_size=3)),
        market_id=draw(_ids),
        job_family="Research",
        level=draw(st.none() | st.sampled_from(Level)),
        currency=draw(_currency),
        period=draw(st.sampled_from(PayPeriod)),
        months_per_year=draw(st.sampled_from([Decimal(1), Decimal(12), Decimal("13.5"), Decimal(24)])),
        base_p25=values[0],
        base_p50=values[1],
        base_p75=values[2],
        base_p90=values[3],
        as_of=draw(_dates),
        sample_size=draw(st.none() | st.sampled_from([1, 10_000_000])),
    )


@st.composite
def _bands(draw: st.DrawFn) -> PayBand:
    low, mid, high = sorted(draw(st.lists(_amounts, min_size=3, max_size=3)))
    return PayBand(
        market_id=draw(_ids),
        job_family="Research",
        level=draw(st.none() | st.sampled_from(Level)),
        currency=draw(_currency),
        basis=draw(st.sampled_from(PayBasis)),
        months_per_year=draw(st.sampled_from([Decimal(1), Decimal(12), Decimal(24)])),
        minimum=low,
        midpoint=mid,
        maximum=high,
    )


@st.composite
def _roles(draw: st.DrawFn) -> Role:
    low, high = sorted(draw(st.lists(_amounts, min_size=2, max_size=2)))
    return Role(
        id="r",
        title="Role",
        job_family="Research",
        level=draw(st.sampled_from(Level)),
        research=True,
        headcount=draw(st.sampled_from([1, 10_000])),
        market_id=draw(st.none() | _ids),
        planned_currency=draw(st.none() | _currency),
        planned_cost_per_hire=low,
        planned_cost_per_hire_max=draw(st.none() | st.just(high)),
    )


@st.composite
def _rates(draw: st.DrawFn) -> ExchangeRate:
    base, quote = draw(st.permutations(CURRENCIES))[:2]
    return ExchangeRate(base=base, quote=quote, rate=draw(_ratios), as_of=draw(_dates))


limit_plans = st.builds(
    Plan,
    title=st.sampled_from(["Limits", "x" * 500]),
    reporting_currency=_currency,
    created=_dates,
    settings=st.builds(
        PlanSettings,
        below_market_threshold=st.sampled_from([Decimal("0.0001"), Decimal(2)]),
        expected_retention_grant_pct=st.sampled_from([Decimal(0), Decimal(500)]),
    ),
    markets=st.lists(
        st.builds(Market, id=_ids, name=st.just("M"), currency=_currency), min_size=1, max_size=3
    ),
    roles=st.lists(_roles(), min_size=1, max_size=1),
    pay_bands=st.lists(_bands(), max_size=2),
    benchmarks=st.lists(_benchmarks(), max_size=3),
    offers=st.lists(_offers(), max_size=3),
    exchange_rates=st.lists(_rates(), max_size=5),
    ppp_factors=st.lists(st.builds(PppFactor, currency=_currency, factor=_ratios, as_of=_dates), max_size=3),
).map(make_whole)
