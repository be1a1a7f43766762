"""Plans for the storage tests: one with every field of every model set, and hypothesis strategies.

The check in this file keeps the round-trip tests honest: when someone adds a field to a model
and forgets it here, ``full_plan`` no longer sets every field and the test below says which.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st
from pydantic import BaseModel

from hireplan.model import (
    Acknowledgement,
    Benchmark,
    BonusKind,
    ChecklistItem,
    CompetingKind,
    CompetingPackage,
    ExchangeRate,
    Level,
    Market,
    Offer,
    PayPeriod,
    Plan,
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Relocation,
    Risk,
    RiskStatus,
    Role,
    Settings,
    Status,
    Step,
    Template,
)


def full_plan() -> Plan:
    """A plan in which every field of every model holds a non-default, awkward value."""
    sv = Market(id="mkt-sv", name="Silicon Valley", country="US", currency="USD")
    hz = Market(id="mkt-hz", name="杭州 Hangzhou", country="CN", currency="CNY")
    role = Role(
        id="role-llm",
        title="Senior LLM researcher — pre-training",
        job_family="LLM research",
        level=Level.STAFF,
        domain="LLM",
        research=True,
        headcount=3,
        market_id=hz.id,
        relocation=Relocation.RETURNEE,
        growth_path="Lead a pre-training team within two years",
        notes='Quotes "inside", a backslash \\ and a tab\t and 中文',
    )
    return Plan(
        schema_version=1,
        id="plan-1",
        title="LLM team: 杭州 & Silicon Valley",
        organisation="Example Co.",
        owner="王磊",
        created=date(2026, 9, 15),
        start_date=date(2026, 10, 1),
        target_date=date(2027, 3, 31),
        reporting_currency="EUR",
        settings=Settings(
            below_market_threshold=Decimal("0.85"),
            policy_check_days=14,
            stale_data_days=90,
            reference_market_id=sv.id,
            risk_medium_from=6,
            risk_high_from=12,
            expected_retention_grant_pct=Decimal("12.5"),
        ),
        steps=[
            Step(
                id="step-1",
                key="motivations",
                title="Understand motivations",
                purpose="Why people move",
                best_practices=["Ask early", "Ask again"],
                common_mistakes=["Assuming pay is everything"],
                items=[
                    ChecklistItem(
                        id="item-1",
                        text="Interview five returnees",
                        status=Status.BLOCKED,
                        owner="Li Na",
                        due=date(2026, 12, 1),
                        priority=Priority.CRITICAL,
                        notes='=HYPERLINK("x") must stay text\nsecond line',
                        tags=["culture", "living-standards"],
                    )
                ],
            )
        ],
        markets=[sv, hz],
        roles=[role],
        benchmarks=[
            Benchmark(
                id="bm-1",
                market_id=hz.id,
                job_family="LLM research",
                level=Level.SENIOR,
                currency="CNY",
                period=PayPeriod.MONTH,
                months_per_year=Decimal("14"),
                base_p25=Decimal("40000.00"),
                base_p50=Decimal("50000.10"),
                base_p75=Decimal("60000"),
                base_p90=Decimal("1E+5"),
                total_p25=Decimal("45000"),
                total_p50=Decimal("55000"),
                total_p75=Decimal("65000"),
                total_p90=Decimal("120000.000"),
                source="Survey 2026",
                as_of=date(2026, 6, 30),
                sample_size=42,
                is_example=True,
                notes="monthly",
            )
        ],
        offers=[
            Offer(
                id="offer-1",
                role_id=role.id,
                market_id=hz.id,
                candidate="张伟",
                currency="CNY",
                base=Decimal("1234567.89"),
                bonus_kind=BonusKind.MONTHS,
                bonus_value=Decimal("2.5"),
                equity_grant=Decimal("4000000"),
                vesting_years=Decimal("3"),
                sign_on=Decimal("200000"),
                sign_on_amortisation_years=Decimal("2"),
                relocation=Decimal("50000"),
                housing_allowance=Decimal("120000"),
                living_allowance=Decimal("0.01"),
                research_budget=Decimal("300000"),
                compute_budget=Decimal("999999999999.99"),
                compute_note="64 H800 shared",
                competing=CompetingPackage(
                    kind=CompetingKind.RIVAL_OFFER,
                    employer="Rival Lab",
                    currency="USD",
                    base=Decimal("450000"),
                    bonus=Decimal("50000"),
                    equity_per_year=Decimal("250000"),
                    allowances=Decimal("10000"),
                    unvested_equity_forfeited=Decimal("800000"),
                    expected_retention_grant=Decimal("100000"),
                    notes="verbal",
                ),
                notes="first offer",
            )
        ],
        exchange_rates=[
            ExchangeRate(
                id="fx-1",
                base="USD",
                quote="CNY",
                rate=Decimal("7.1234"),
                as_of=date(2026, 9, 1),
                source="Central bank",
            )
        ],
        ppp_factors=[
            PppFactor(
                id="ppp-1",
                currency="CNY",
                country="CN",
                factor=Decimal("3.5"),
                as_of=date(2025, 12, 31),
                source="World Bank",
            )
        ],
        risks=[
            Risk(
                id="risk-1",
                title="Travel approval delays",
                category="policy",
                likelihood=4,
                impact=5,
                mitigation="Plan conferences early",
                owner="HR lead",
                review_date=date(2026, 12, 15),
                status=RiskStatus.MITIGATING,
            )
        ],
        policy_watch=[
            PolicyWatchEntry(
                id="pw-1",
                jurisdiction="CN",
                topic="Travel approval for senior AI staff",
                summary="Senior staff need approval",
                owner="Legal",
                last_checked=date(2026, 9, 1),
                source="news",
            )
        ],
        acknowledgements=[
            Acknowledgement(
                flag_key="below-market:offer-1",
                reason="Equity compensates",
                review_date=date(2026, 12, 31),
                acknowledged_on=date(2026, 9, 20),
            )
        ],
        notes="Free notes 🚀",
        is_example=True,
    )


def full_template() -> Template:
    return Template(
        schema_version=1,
        name="full-template",
        title="Full template",
        description="Everything set",
        region_tags=["China", "Silicon Valley"],
        version="2.3",
        plan=full_plan(),
    )


def unset_fields(model: BaseModel, where: str = "plan") -> list[str]:
    """Places where ``model`` (recursively) leaves a field at its default or a list empty."""
    missing: list[str] = []
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        default: Any = field.get_default(call_default_factory=True)
        if name != "schema_version" and value == default:
            missing.append(f"{where}.{name}")
        children = value if isinstance(value, list) else [value]
        for index, child in enumerate(children):
            if isinstance(child, BaseModel):
                suffix = f"[{index}]" if isinstance(value, list) else ""
                missing += unset_fields(child, f"{where}.{name}{suffix}")
    return missing


def test_full_plan_sets_every_field_so_round_trips_cover_the_whole_model() -> None:
    """Round-trip tests prove nothing about a field left at its default; this lists any such field."""
    assert unset_fields(full_plan()) == []
    assert unset_fields(full_template(), "template") == []


# --- hypothesis strategies ---------------------------------------------------------------------

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
        Settings,
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
)
