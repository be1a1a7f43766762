"""The one plan builder for tests: ``make_plan(**overrides)`` and the pieces it is made of.

``make_plan()`` with no arguments is the clean plan: every rule satisfied (items done and owned, data
fresh, the offer competitive and supported), so a test breaks one thing at a time and names it. Any
``Plan`` field can be replaced by keyword; the piece builders (``sv_market``, ``llm_role``,
``offer_a``...) take keyword overrides the same way, so a variant says only what it changes. The
screen and export plans (``screen_plans``, ``export_plans``) are built from these pieces.

The pay figures here are test data for the rules, not market data; the USD/CNY rate and the PPP
factors are the sample plan's sourced ones (see resources/sample and shared reference data).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

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
    PlanSettings,
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Relocation,
    Risk,
    Status,
    Step,
)
from hireplan.model.roles import Role

TODAY = date(2026, 7, 1)
"""The day the clean plan is analysed on (``run``)."""
RECENT = date(2026, 6, 30)
"""When the clean plan's market data was last checked: the day before TODAY, so nothing is stale."""

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
"""One step per checklist step key, each item tagged so the tag-driven rules find what they look for."""


# --- pieces, each with keyword overrides ------------------------------------------------------------


def sv_market(**overrides: Any) -> Market:
    return Market(**{"id": "sv", "name": "Silicon Valley", "country": "US", "currency": "USD", **overrides})


def hz_market(**overrides: Any) -> Market:
    return Market(**{"id": "hz", "name": "Hangzhou", "country": "CN", "currency": "CNY", **overrides})


def llm_role(**overrides: Any) -> Role:
    """A senior LLM researcher hired in Hangzhou."""
    fields: dict[str, Any] = {
        "id": "llm",
        "title": "LLM research scientist",
        "job_family": "ML engineer",
        "level": Level.SENIOR,
        "market_id": "hz",
    }
    return Role(**{**fields, **overrides})


def sv_benchmark(**overrides: Any) -> Benchmark:
    """Silicon Valley ML engineers, total pay in USD, any level."""
    fields: dict[str, Any] = {
        "id": "b-sv",
        "market_id": "sv",
        "job_family": "ML engineer",
        "currency": "USD",
        "total_p25": Decimal(205_000),
        "total_p50": Decimal(250_000),
        "total_p75": Decimal(400_000),
        "total_p90": Decimal(600_000),
        "as_of": RECENT,
        "source": "test data",
    }
    return Benchmark(**{**fields, **overrides})


def hz_benchmark(**overrides: Any) -> Benchmark:
    """Hangzhou senior ML engineers, total pay in CNY."""
    fields: dict[str, Any] = {
        "id": "b-hz",
        "market_id": "hz",
        "job_family": "ML engineer",
        "level": Level.SENIOR,
        "currency": "CNY",
        "total_p25": Decimal(400_000),
        "total_p50": Decimal(600_000),
        "total_p75": Decimal(900_000),
        "total_p90": Decimal(1_200_000),
        "as_of": RECENT,
        "source": "test data",
    }
    return Benchmark(**{**fields, **overrides})


def offer_a(**overrides: Any) -> Offer:
    """Candidate A's offer for the LLM role in Hangzhou, above the market's median."""
    fields: dict[str, Any] = {
        "id": "offer-a",
        "role_id": "llm",
        "market_id": "hz",
        "candidate": "Candidate A",
        "currency": "CNY",
        "base": Decimal(1_000_000),
        "bonus_kind": BonusKind.PERCENT,
        "bonus_value": Decimal(10),
        "equity_grant": Decimal(400_000),
        "vesting_years": Decimal(4),
        "housing_allowance": Decimal(60_000),
        "research_budget": Decimal(200_000),
    }
    return Offer(**{**fields, **overrides})


def usd_cny(**overrides: Any) -> ExchangeRate:
    """The Federal Reserve's June 2026 monthly mean, as in the sample plan."""
    fields: dict[str, Any] = {
        "id": "usd-cny",
        "base": "USD",
        "quote": "CNY",
        "rate": Decimal("6.7758"),
        "as_of": RECENT,
        "source": "US Federal Reserve",
    }
    return ExchangeRate(**{**fields, **overrides})


def ppp_us(**overrides: Any) -> PppFactor:
    fields: dict[str, Any] = {
        "id": "ppp-us",
        "currency": "USD",
        "country": "US",
        "factor": Decimal(1),
        "as_of": date(2024, 12, 31),
        "source": "World Bank",
    }
    return PppFactor(**{**fields, **overrides})


def ppp_cn(**overrides: Any) -> PppFactor:
    """The World Bank's 2024 PPP conversion factor for China, as in the sample plan."""
    fields: dict[str, Any] = {
        "id": "ppp-cn",
        "currency": "CNY",
        "country": "CN",
        "factor": Decimal("3.5325"),
        "as_of": date(2024, 12, 31),
        "source": "World Bank",
    }
    return PppFactor(**{**fields, **overrides})


def tagged_steps() -> list[Step]:
    """The clean plan's checklist: TAGGED_ITEMS, every item done, owned and due after TODAY."""
    return [
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


# --- the builder ----------------------------------------------------------------------------------


def make_plan(**overrides: Any) -> Plan:
    """The clean plan, with any ``Plan`` field replaced by keyword (``make_plan(offers=[])``)."""
    fields: dict[str, Any] = {
        "id": "plan-clean",
        "title": "Clean plan",
        "reporting_currency": "USD",
        "settings": PlanSettings(reference_market_id="sv"),
        "steps": tagged_steps(),
        "markets": [sv_market(), hz_market()],
        "roles": [
            llm_role(
                research=True,
                headcount=2,
                relocation=Relocation.RETURNEE,
                growth_path="Staff scientist in three years; leads a team.",
            )
        ],
        # Hangzhou's family is written in another case: benchmark matching ignores case.
        "benchmarks": [sv_benchmark(), hz_benchmark(job_family="ML Engineer")],
        "offers": [
            offer_a(
                relocation=Decimal(50_000),
                competing=CompetingPackage(
                    kind=CompetingKind.CURRENT_EMPLOYER, currency="USD", base=Decimal(100_000)
                ),
            )
        ],
        "exchange_rates": [usd_cny()],
        "ppp_factors": [ppp_us(), ppp_cn()],
        "risks": [Risk(id="risk-1", title="Minor", likelihood=1, impact=2, review_date=date(2026, 9, 1))],
        "policy_watch": [
            PolicyWatchEntry(id="pw-1", jurisdiction="CN", topic="Travel approval", last_checked=RECENT)
        ],
    }
    return Plan(**{**fields, **overrides})


def clean_plan() -> Plan:
    """Every rule satisfied: items done and owned, data fresh, offers competitive and supported."""
    return make_plan()


def run(plan: Plan, today: date = TODAY) -> PlanAnalysis:
    """The analysis of ``plan`` on ``today`` (the clean plan's day unless told)."""
    return analyse(plan, today=today)


# --- a checklist-only plan --------------------------------------------------------------------------


def checklist_plan() -> Plan:
    """Two steps with items covering every status, owners, tags, due dates and an empty step.

    Nothing but a checklist (no markets, roles or offers), for the checklist, document and window tests.
    """
    return Plan(
        title="Test plan",
        owner="Mei Lin",
        steps=[
            Step(
                id="s1",
                key="motivations",
                title="Understand the motivations",
                purpose="Find out what the people we want care about.",
                best_practices=["Talk to recent hires.", "Survey candidates who said no."],
                common_mistakes=["Assuming pay is the only reason people move."],
                items=[
                    ChecklistItem(
                        id="a", text="Interview five researchers", owner="Mei Lin", tags=["culture"]
                    ),
                    ChecklistItem(
                        id="b",
                        text="Map living costs in Hangzhou",
                        status=Status.IN_PROGRESS,
                        owner="Sam Ortiz",
                        due=date(2000, 1, 3),
                        priority=Priority.HIGH,
                        tags=["living-costs", "hubs"],
                    ),
                    ChecklistItem(id="c", text="Summarise findings", status=Status.DONE, owner="Mei Lin"),
                ],
            ),
            Step(
                id="s2",
                key="compensation",
                title="Offer competitive compensation",
                purpose="Pay at or above both markets.",
                items=[
                    ChecklistItem(
                        id="d", text="Collect benchmarks", status=Status.BLOCKED, notes="Waiting on survey"
                    ),
                    ChecklistItem(id="e", text="Draft offer bands", status=Status.NOT_APPLICABLE),
                ],
            ),
            Step(id="s3", key="research", title="Invest in research", items=[]),
        ],
    )


def item_ids(plan: Plan) -> list[list[str]]:
    """The item ids of each step, in order: compact to compare layouts."""
    return [[item.id for item in step.items] for step in plan.steps]
