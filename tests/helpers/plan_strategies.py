"""Hypothesis strategies that generate plans the model accepts, for the property tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import strategies as st

from helpers.plan_repair import make_whole
from hireplan.model import (
    BonusKind,
    ChecklistItem,
    CompetingKind,
    CompetingPackage,
    ExchangeRate,
    Level,
    Market,
    Offer,
    Plan,
    PlanSettings,
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Risk,
    RiskStatus,
    Role,
    Status,
    Step,
)

_text = st.text(st.characters(codec="utf-8"), max_size=12)
_ids = st.from_regex(r"[A-Za-z0-9_.:-]{1,12}", fullmatch=True)
_tags = st.from_regex(r"[a-z0-9][a-z0-9-]{0,10}", fullmatch=True)
_dates = st.none() | st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))
_currencies = st.sampled_from(["USD", "CNY", "EUR", "HKD", "SGD"])
_amounts = st.decimals(
    min_value=0, max_value=Decimal("1e12"), places=2, allow_nan=False, allow_infinity=False
)
_any_amounts = _amounts | st.sampled_from(
    [Decimal("1E+3"), Decimal("0.000"), Decimal("-0"), Decimal("12.50")]
)
_years = st.decimals(min_value=Decimal("0.5"), max_value=20, places=1)
_ratios = st.decimals(min_value=Decimal("0.0001"), max_value=1000, places=4)

items = st.builds(
    ChecklistItem,
    id=_ids,
    text=_text,
    status=st.sampled_from(Status),
    owner=_text,
    due=_dates,
    priority=st.sampled_from(Priority),
    notes=_text,
    tags=st.lists(_tags, max_size=3),
)
steps = st.builds(
    Step,
    id=_ids,
    key=_ids,
    title=_text,
    purpose=_text,
    best_practices=st.lists(_text, max_size=2),
    common_mistakes=st.lists(_text, max_size=2),
    items=st.lists(items, max_size=4),
)
competing = st.builds(
    CompetingPackage,
    kind=st.sampled_from(CompetingKind),
    employer=_text,
    currency=_currencies,
    base=_any_amounts,
    bonus=_amounts,
    equity_per_year=_amounts,
    unvested_equity_forfeited=_amounts,
)
offers = st.builds(
    Offer,
    id=_ids,
    role_id=_ids,
    market_id=_ids,
    candidate=_text,
    currency=_currencies,
    base=_any_amounts,
    bonus_kind=st.just(BonusKind.AMOUNT),
    bonus_value=_amounts,
    equity_grant=_amounts,
    vesting_years=_years,
    sign_on=_amounts,
    sign_on_amortisation_years=_years,
    research_budget=_amounts,
    competing=st.none() | competing,
)
risks = st.builds(
    Risk,
    id=_ids,
    title=_text,
    likelihood=st.integers(1, 5),
    impact=st.integers(1, 5),
    owner=_text,
    review_date=_dates,
    status=st.sampled_from(RiskStatus),
)
plans = st.builds(
    Plan,
    id=_ids,
    title=_text,
    owner=_text,
    created=_dates,
    reporting_currency=_currencies,
    settings=st.builds(
        PlanSettings,
        below_market_threshold=st.decimals(min_value=Decimal("0.01"), max_value=2, places=2),
        policy_check_days=st.integers(1, 3650),
    ),
    steps=st.lists(steps, max_size=3),
    markets=st.lists(st.builds(Market, id=_ids, name=_text, currency=_currencies), max_size=3),
    roles=st.lists(
        st.builds(Role, id=_ids, title=_text, level=st.sampled_from(Level), headcount=st.integers(1, 10_000)),
        max_size=3,
    ),
    offers=st.lists(offers, max_size=3),
    exchange_rates=st.lists(
        st.builds(
            ExchangeRate, id=_ids, base=st.just("USD"), quote=st.just("CNY"), rate=_ratios, as_of=_dates
        ),
        max_size=2,
    ),
    ppp_factors=st.lists(st.builds(PppFactor, id=_ids, currency=_currencies, factor=_ratios), max_size=2),
    risks=st.lists(risks, max_size=3),
    policy_watch=st.lists(
        st.builds(PolicyWatchEntry, id=_ids, jurisdiction=_text, topic=_text, last_checked=_dates), max_size=2
    ),
    notes=_text,
    is_example=st.booleans(),
).map(make_whole)
