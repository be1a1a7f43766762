"""A small plan for the compensation, risks and overview screens, built in code so tests know its data.

The pay figures are test data for the screens, not market data; the USD/CNY rate and the PPP
factors are the sample plan's sourced ones (see resources/sample).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

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
    PppFactor,
    Risk,
    Settings,
    Status,
    Step,
)
from hireplan.model.roles import Role

TODAY = date.today()
RECENT = TODAY - timedelta(days=10)


def views_plan() -> Plan:
    """Two markets with full percentiles, one role, two offers (one with a rival package), three risks."""
    return Plan(
        id="plan-views",
        title="Views plan",
        reporting_currency="USD",
        settings=Settings(reference_market_id="sv"),
        steps=[
            Step(
                id="step-pay",
                key="compensation",
                title="Offer competitive compensation",
                items=[
                    ChecklistItem(id="it-1", text="Set pay bands", owner="Mei", status=Status.DONE),
                    ChecklistItem(
                        id="it-2", text="Approve offer budget", owner="Mei", due=TODAY + timedelta(days=3)
                    ),
                    ChecklistItem(id="it-3", text="Late task", owner="Ana", due=TODAY - timedelta(days=2)),
                ],
            )
        ],
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
                market_id="hz",
                growth_path="Staff scientist in three years.",
            ),
            Role(id="infra", title="Infra engineer", job_family="Infra", market_id="sv"),
        ],
        benchmarks=[
            Benchmark(
                id="b-sv",
                market_id="sv",
                job_family="ML engineer",
                level=Level.SENIOR,
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
                job_family="ML engineer",
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
                housing_allowance=Decimal(60_000),
                research_budget=Decimal(200_000),
                competing=CompetingPackage(
                    kind=CompetingKind.RIVAL_OFFER,
                    employer="Rival lab",
                    currency="USD",
                    base=Decimal(150_000),
                ),
            ),
            Offer(
                id="offer-b",
                role_id="llm",
                market_id="sv",
                candidate="Candidate B",
                currency="USD",
                base=Decimal(260_000),
                research_budget=Decimal(50_000),
            ),
        ],
        exchange_rates=[
            ExchangeRate(
                id="usd-cny", base="USD", quote="CNY", rate=Decimal("6.7758"), as_of=RECENT, source="test"
            ),
        ],
        ppp_factors=[
            PppFactor(
                id="ppp-us", currency="USD", country="US", factor=Decimal(1), as_of=RECENT, source="test"
            ),
            PppFactor(
                id="ppp-cn",
                currency="CNY",
                country="CN",
                factor=Decimal("3.5325"),
                as_of=RECENT,
                source="test",
            ),
        ],
        risks=[
            Risk(
                id="r-travel",
                title="Travel approval",
                likelihood=3,
                impact=4,
                review_date=TODAY + timedelta(30),
            ),
            Risk(
                id="r-counter",
                title="Counteroffer",
                likelihood=3,
                impact=4,
                review_date=TODAY + timedelta(30),
            ),
            Risk(
                id="r-minor", title="Minor delay", likelihood=1, impact=2, review_date=TODAY + timedelta(30)
            ),
        ],
    )


def listed_flags(panel: Any, rule: str) -> list[str]:
    """Keys of the flags of one rule the Risks screen lists, in its order."""
    from hireplan.gui.risks.flags_model import FlagRole

    model = panel.flags_model
    flags = [model.index(row, 0).data(FlagRole) for row in range(model.rowCount())]
    return [flag.key for flag in flags if flag.rule == rule]
