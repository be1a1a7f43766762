"""A small plan for the compensation, risks and overview screens: the clean plan's pieces, dated today.

The screens read the real clock, so this plan's dates follow it. The pay figures are test data for
the screens, not market data; the USD/CNY rate and the PPP factors are the sample plan's sourced ones.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from helpers.plans import (
    hz_benchmark,
    llm_role,
    make_plan,
    offer_a,
    ppp_cn,
    ppp_us,
    sv_benchmark,
    usd_cny,
)
from hireplan.model import (
    ChecklistItem,
    CompetingKind,
    CompetingPackage,
    Level,
    Offer,
    Plan,
    Risk,
    Status,
    Step,
)
from hireplan.model.roles import Role

TODAY = date.today()
RECENT = TODAY - timedelta(days=10)


def views_plan() -> Plan:
    """Two markets with full percentiles, two roles, two offers (one with a rival package), three risks."""
    return make_plan(
        id="plan-views",
        title="Views plan",
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
        roles=[
            llm_role(growth_path="Staff scientist in three years."),
            Role(id="infra", title="Infra engineer", job_family="Infra", market_id="sv"),
        ],
        # Both benchmarks at the senior role's own level, so the screens show verdicts, not pointers.
        benchmarks=[sv_benchmark(as_of=RECENT, level=Level.SENIOR), hz_benchmark(as_of=RECENT)],
        offers=[
            offer_a(
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
        exchange_rates=[usd_cny(as_of=RECENT, source="test")],
        ppp_factors=[ppp_us(as_of=RECENT, source="test"), ppp_cn(as_of=RECENT, source="test")],
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
        policy_watch=[],
    )
