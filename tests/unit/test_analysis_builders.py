"""A clean plan that raises no flag at all, for the analysis tests to break one thing at a time.

The pay figures here are test data for the rules, not market data; the rates and PPP factors are
the sample plan's sourced ones.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hireplan.analysis import PlanAnalysis, analyse
from hireplan.model import (
    Benchmark,
    BonusKind,
    ChecklistItem,
    CompetingKind,
    CompetingPackage,
    ExchangeRate,
    Level,
    Market,
    Offer,
    Plan,
    PolicyWatchEntry,
    PppFactor,
    Relocation,
    Risk,
    Settings,
    Status,
    Step,
)
from hireplan.model.roles import Role

TODAY = date(2026, 7, 1)
RECENT = date(2026, 6, 30)

TAGGED_ITEMS: dict[str, list[tuple[str, list[str]]]] = {
    "motivations": [("Map what candidates in each hub care about", ["culture"])],
    "compensation": [("Set pay bands per level", ["compensation"])],
    "research": [("Reserve compute per team", ["research-budget", "compute"])],
    "environment": [
        ("Publish the technical career ladder", ["career-path"]),
        ("Check in with relocated hires at 30/90/180 days", ["engagement", "follow-up"]),
    ],
    "hubs": [("Track travel-approval and visa rules", ["policy"])],
}


def clean_plan() -> Plan:
    """Every rule satisfied: items done and owned, data fresh, offers competitive and supported."""
    steps = [
        Step(
            id=f"step-{key}",
            key=key,
            title=f"Step {key}",
            items=[
                ChecklistItem(
                    id=f"item-{key}-{index}",
                    text=text,
                    status=Status.DONE,
                    owner="Mei",
                    due=date(2026, 9, 1),
                    tags=tags,
                )
                for index, (text, tags) in enumerate(items)
            ],
        )
        for key, items in TAGGED_ITEMS.items()
    ]
    return Plan(
        id="plan-clean",
        title="Clean plan",
        reporting_currency="USD",
        settings=Settings(reference_market_id="sv"),
        steps=steps,
        markets=[
            Market(id="sv", name="Silicon Valley", country="US", currency="USD"),
            Market(id="hz", name="Hangzhou", country="CN", currency="CNY"),
        ],
        roles=[
            Role(
                id="llm",
                title="LLM research scientist",
                job_family="ML engineer",
                level=Level.SENIOR,
                research=True,
                headcount=2,
                market_id="hz",
                relocation=Relocation.RETURNEE,
                growth_path="Staff scientist in three years; leads a team.",
            )
        ],
        benchmarks=[
            Benchmark(
                id="b-sv",
                market_id="sv",
                job_family="ML engineer",
                currency="USD",
                total_p25=Decimal(205_000),
                total_p50=Decimal(250_000),
                total_p75=Decimal(400_000),
                total_p90=Decimal(600_000),
                as_of=RECENT,
                source="test data",
            ),
            Benchmark(
                id="b-hz",
                market_id="hz",
                job_family="ML Engineer",
                level=Level.SENIOR,
                currency="CNY",
                total_p25=Decimal(400_000),
                total_p50=Decimal(600_000),
                total_p75=Decimal(900_000),
                total_p90=Decimal(1_200_000),
                as_of=RECENT,
                source="test data",
            ),
        ],
        offers=[
            Offer(
                id="offer-a",
                role_id="llm",
                market_id="hz",
                candidate="Candidate A",
                currency="CNY",
                base=Decimal(1_000_000),
                bonus_kind=BonusKind.PERCENT,
                bonus_value=Decimal(10),
                equity_grant=Decimal(400_000),
                vesting_years=Decimal(4),
                relocation=Decimal(50_000),
                housing_allowance=Decimal(60_000),
                research_budget=Decimal(200_000),
                competing=CompetingPackage(
                    kind=CompetingKind.CURRENT_EMPLOYER, currency="USD", base=Decimal(100_000)
                ),
            )
        ],
        exchange_rates=[
            ExchangeRate(
                id="usd-cny",
                base="USD",
                quote="CNY",
                rate=Decimal("6.7758"),
                as_of=RECENT,
                source="US Federal Reserve",
            ),
        ],
        ppp_factors=[
            PppFactor(
                id="ppp-us",
                currency="USD",
                country="US",
                factor=Decimal(1),
                as_of=date(2024, 12, 31),
                source="World Bank",
            ),
            PppFactor(
                id="ppp-cn",
                currency="CNY",
                country="CN",
                factor=Decimal("3.5325"),
                as_of=date(2024, 12, 31),
                source="World Bank",
            ),
        ],
        risks=[Risk(id="risk-1", title="Minor", likelihood=1, impact=2, review_date=date(2026, 9, 1))],
        policy_watch=[
            PolicyWatchEntry(id="pw-1", jurisdiction="CN", topic="Travel approval", last_checked=RECENT)
        ],
    )


def run(plan: Plan, today: date = TODAY) -> PlanAnalysis:
    return analyse(plan, today=today)


def rules_of(plan: Plan, today: date = TODAY) -> list[str]:
    return [flag.rule for flag in run(plan, today).flags]


def test_clean_plan_raises_no_flag() -> None:
    """The baseline every rule test perturbs must itself be silent, or those tests prove nothing."""
    analysis = run(clean_plan())
    assert [(f.rule, f.message) for f in analysis.flags] == []
    assert analysis.offers["offer-a"].own_market is not None
