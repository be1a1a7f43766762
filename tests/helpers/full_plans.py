"""A plan in which every field of every model is set, for the round-trip tests (storage, schema, templates).

It is built field by field on purpose (not from ``make_plan``): awkward values everywhere, non-default
each, so a round trip that drops or bends a field shows. ``test_storage_builders`` fails when a model
gains a field this plan leaves at its default: set the new field here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from hireplan.model import (
    SCHEMA_VERSION,
    Acknowledgement,
    Approval,
    Benchmark,
    BonusKind,
    ChecklistItem,
    CompetingKind,
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
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Relocation,
    Risk,
    RiskStatus,
    Role,
    Status,
    Step,
    Template,
    TemplateOrigin,
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
        planned_currency="CNY",
        planned_cost_per_hire=Decimal("2500000"),
        planned_cost_per_hire_max=Decimal("3000000.50"),
        notes='Quotes "inside", a backslash \\ and a tab\t and 中文',
    )
    return Plan(
        schema_version=SCHEMA_VERSION,
        id="plan-1",
        title="LLM team: 杭州 & Silicon Valley",
        organisation="Example Co.",
        owner="王磊",
        created=date(2026, 9, 15),
        start_date=date(2026, 10, 1),
        target_date=date(2027, 3, 31),
        reporting_currency="EUR",
        settings=PlanSettings(
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
                total_basis=PayBasis.TOTAL_CASH,
                source="Survey 2026",
                as_of=date(2026, 6, 30),
                sample_size=42,
                is_example=True,
                notes="monthly",
            )
        ],
        pay_bands=[
            PayBand(
                id="band-1",
                market_id=hz.id,
                job_family="LLM research",
                level=Level.STAFF,
                currency="CNY",
                basis=PayBasis.TOTAL_CASH,
                months_per_year=Decimal("14"),
                minimum=Decimal("1200000"),
                midpoint=Decimal("1500000.5"),
                maximum=Decimal("1800000"),
                notes="Approved by the comp committee, 2026",
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
                guaranteed_months=Decimal("2.5"),
                bonus_kind=BonusKind.AMOUNT,
                bonus_value=Decimal("150000"),
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
                acknowledged_by="陈静",
                severity="medium",
                figure=Decimal("0.93"),
            )
        ],
        notes="Free notes 🚀",
        is_example=True,
        template_origin=TemplateOrigin(name="ai-talent-attract-retain", version="3", title="AI talent"),
        approval=Approval(
            approved_by="李娜",
            role="CHRO",
            approved_on=datetime(2026, 9, 30, 9, 0, tzinfo=UTC),
            note="Approved for Q4",
            content_hash="0" * 64,
        ),
    )


def full_template() -> Template:
    return Template(
        schema_version=SCHEMA_VERSION,
        name="full-template",
        title="Full template",
        description="Everything set",
        region_tags=["China", "Silicon Valley"],
        version="2.3",
        published_by="王磊",
        published_on=datetime(2026, 9, 1, 8, 0, tzinfo=UTC),
        plan=full_plan(),
    )
