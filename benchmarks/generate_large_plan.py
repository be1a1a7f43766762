"""Build a large, deterministic plan to measure the app against: 2,000 checklist items, 300 roles,
300 offers, 10 markets x 4 levels of benchmarks and 200 risks.

The pay figures are synthetic (random around fixed centres) and marked as example data: this plan
exists to load the code, not to say anything about any market. Exchange rates and PPP factors are
the ones in the shared reference data.

    python benchmarks/generate_large_plan.py -o /tmp/large.hireplan
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hireplan.model import (
    STEP_KEYS,
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
    Plan,
    PlanSettings,
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Relocation,
    Risk,
    RiskStatus,
    Status,
    Step,
)
from hireplan.model.roles import Role
from hireplan.storage.plan_file import save_plan

TODAY = date(2026, 11, 23)

MARKETS: tuple[tuple[str, str, str, str], ...] = (
    ("m-sv", "Silicon Valley", "US", "USD"),
    ("m-sea", "Seattle", "US", "USD"),
    ("m-nyc", "New York", "US", "USD"),
    ("m-bj", "Beijing", "CN", "CNY"),
    ("m-sh", "Shanghai", "CN", "CNY"),
    ("m-sz", "Shenzhen", "CN", "CNY"),
    ("m-hz", "Hangzhou", "CN", "CNY"),
    ("m-gz", "Guangzhou", "CN", "CNY"),
    ("m-ldn", "London", "GB", "GBP"),
    ("m-sg", "Singapore", "SG", "SGD"),
)
"""Ten markets; currencies limited to those with a rate in the reference data."""

CENTRES = {"USD": 250_000, "CNY": 700_000, "GBP": 90_000, "SGD": 160_000}
"""Synthetic centre of yearly total pay per currency, only to give the numbers a plausible scale."""

LEVELS = (Level.JUNIOR, Level.MID, Level.SENIOR, Level.STAFF)
LEVEL_SCALE = {
    Level.JUNIOR: Decimal("0.6"),
    Level.MID: Decimal("0.85"),
    Level.SENIOR: Decimal("1.1"),
    Level.STAFF: Decimal("1.5"),
}
FAMILY = "ML/AI engineer"
TAGS = ("culture", "career-path", "policy", "research-budget", "engagement", "follow-up", "compensation")


def _money(rng: random.Random, centre: Decimal, spread: float = 0.25) -> Decimal:
    return (centre * Decimal(str(round(rng.uniform(1 - spread, 1 + spread), 4)))).quantize(Decimal(1))


def _steps(rng: random.Random, items_total: int) -> list[Step]:
    steps = []
    per_step = items_total // len(STEP_KEYS)
    statuses = list(Status)
    priorities = list(Priority)
    for number, key in enumerate(STEP_KEYS, start=1):
        items = []
        for index in range(per_step):
            due = TODAY + timedelta(days=rng.randint(-90, 180)) if rng.random() < 0.8 else None
            items.append(
                ChecklistItem(
                    id=f"i-{number}-{index}",
                    text=f"Step {number} task {index}: synthetic checklist item for performance tests",
                    status=rng.choice(statuses),
                    owner=rng.choice(("", "Alex", "Bo", "Chen", "Dana")),
                    due=due,
                    priority=rng.choice(priorities),
                    tags=rng.sample(TAGS, k=rng.randint(0, 2)),
                )
            )
        steps.append(Step(id=f"s-{key}", key=key, title=f"Step {number}: {key}", items=items))
    return steps


SMALL_KEEP = 20
"""Items per step and offers a small plan keeps."""


def make_large_plan(seed: int = 0, *, small: bool = False) -> Plan:
    """The large plan, identical for the same seed; ``small`` keeps 20 items per step and 20 offers
    (what a check that a benchmark script still runs measures)."""
    plan = _large_plan(seed)
    if small:
        for step in plan.steps:
            del step.items[SMALL_KEEP:]
        del plan.offers[SMALL_KEEP:]
    return plan


def _large_plan(seed: int) -> Plan:
    rng = random.Random(seed)
    markets = [
        Market(id=mid, name=name, country=country, currency=cur) for mid, name, country, cur in MARKETS
    ]
    benchmarks = []
    for mid, _name, _country, currency in MARKETS:
        for level in LEVELS:
            centre = Decimal(CENTRES[currency]) * LEVEL_SCALE[level]
            p50 = _money(rng, centre, 0.1)
            benchmarks.append(
                Benchmark(
                    id=f"b-{mid}-{level.value}",
                    market_id=mid,
                    job_family=FAMILY,
                    level=level,
                    currency=currency,
                    base_p50=(p50 * Decimal("0.7")).quantize(Decimal(1)),
                    total_p25=(p50 * Decimal("0.8")).quantize(Decimal(1)),
                    total_p50=p50,
                    total_p75=(p50 * Decimal("1.25")).quantize(Decimal(1)),
                    total_p90=(p50 * Decimal("1.6")).quantize(Decimal(1)),
                    source="Synthetic figures for performance tests; not market data.",
                    as_of=TODAY - timedelta(days=rng.randint(0, 400)),
                    is_example=True,
                )
            )
    roles = []
    for index in range(300):
        market = rng.choice(MARKETS)
        roles.append(
            Role(
                id=f"r-{index}",
                title=f"Role {index}",
                job_family=FAMILY,
                level=rng.choice((*LEVELS, Level.PRINCIPAL)),
                research=rng.random() < 0.4,
                headcount=rng.randint(1, 5),
                market_id=market[0],
                relocation=rng.choice(list(Relocation)),
                growth_path="" if rng.random() < 0.2 else "Senior to staff in two to three years.",
            )
        )
    offers = []
    for index, role in enumerate(roles):
        mid = role.market_id or MARKETS[0][0]
        currency = next(cur for m, _n, _c, cur in MARKETS if m == mid)
        centre = Decimal(CENTRES[currency]) * LEVEL_SCALE.get(role.level, Decimal("1.8"))
        base = _money(rng, centre * Decimal("0.7"), 0.3)
        # A third of the packages give guaranteed extra months (13 to 15 a year), the rest a target
        # bonus as a percentage or an amount; drawn as three kinds so the plan stays the same plan.
        # (Every figure is drawn, in this order, whichever is used.)
        package = rng.choice(("percent", "amount", "months"))
        percent, months, amount = (
            Decimal(rng.choice((0, 10, 15, 20))),
            Decimal(rng.choice((1, 2, 3))),
            _money(rng, base / 8),
        )
        guaranteed_months = months if package == "months" else Decimal(0)
        bonus_kind = BonusKind.AMOUNT if package == "amount" else BonusKind.PERCENT
        bonus_value = {"percent": percent, "months": Decimal(0), "amount": amount}[package]
        competing = None
        if rng.random() < 0.3:
            competing = CompetingPackage(
                kind=rng.choice(list(CompetingKind)),
                currency=rng.choice(("USD", currency)),
                base=_money(rng, Decimal(CENTRES["USD"]) * Decimal("0.6")),
                equity_per_year=_money(rng, Decimal(50_000)),
                unvested_equity_forfeited=_money(rng, Decimal(150_000)),
            )
        offers.append(
            Offer(
                id=f"o-{index}",
                role_id=role.id,
                market_id=mid,
                candidate=f"Candidate {index}",
                currency=currency,
                base=base,
                guaranteed_months=guaranteed_months,
                bonus_kind=bonus_kind,
                bonus_value=bonus_value,
                equity_grant=_money(rng, base * 2, 0.5),
                sign_on=_money(rng, base / 5, 0.5) if rng.random() < 0.5 else Decimal(0),
                relocation=_money(rng, base / 10) if rng.random() < 0.5 else Decimal(0),
                housing_allowance=_money(rng, base / 12) if rng.random() < 0.3 else Decimal(0),
                research_budget=_money(rng, base / 4) if rng.random() < 0.5 else Decimal(0),
                competing=competing,
            )
        )
    risks = [
        Risk(
            id=f"k-{index}",
            title=f"Synthetic risk {index}",
            likelihood=rng.randint(1, 5),
            impact=rng.randint(1, 5),
            review_date=TODAY + timedelta(days=rng.randint(-60, 120)),
            status=rng.choice(list(RiskStatus)),
        )
        for index in range(200)
    ]
    rates = [
        ExchangeRate(
            id="fx-cny",
            base="USD",
            quote="CNY",
            rate=Decimal("6.7758"),
            as_of=date(2026, 6, 30),
            source="US Federal Reserve, monthly mean June 2026",
        ),
        ExchangeRate(
            id="fx-gbp",
            base="USD",
            quote="GBP",
            rate=Decimal("0.7497"),
            as_of=date(2026, 6, 30),
            source="US Federal Reserve, monthly mean June 2026",
        ),
        ExchangeRate(
            id="fx-sgd",
            base="USD",
            quote="SGD",
            rate=Decimal("1.2878"),
            as_of=date(2026, 6, 30),
            source="US Federal Reserve, monthly mean June 2026",
        ),
    ]
    ppp = [
        PppFactor(
            id="ppp-usd",
            currency="USD",
            country="US",
            factor=Decimal(1),
            as_of=date(2024, 12, 31),
            source="World Bank WDI PA.NUS.PPP",
        ),
        PppFactor(
            id="ppp-cny",
            currency="CNY",
            country="CN",
            factor=Decimal("3.5325"),
            as_of=date(2024, 12, 31),
            source="World Bank WDI PA.NUS.PPP",
        ),
        PppFactor(
            id="ppp-gbp",
            currency="GBP",
            country="GB",
            factor=Decimal("0.664153"),
            as_of=date(2024, 12, 31),
            source="World Bank WDI PA.NUS.PPP",
        ),
        PppFactor(
            id="ppp-sgd",
            currency="SGD",
            country="SG",
            factor=Decimal("0.80405"),
            as_of=date(2024, 12, 31),
            source="World Bank WDI PA.NUS.PPP",
        ),
    ]
    policy = [
        PolicyWatchEntry(
            id=f"p-{index}",
            jurisdiction=rng.choice(("CN", "US")),
            topic=f"Topic {index}",
            last_checked=TODAY - timedelta(days=rng.randint(0, 90)),
        )
        for index in range(20)
    ]
    acknowledgements = [
        Acknowledgement(
            flag_key=f"offer-below-market:o-{index},r-{index},b-x",
            reason="synthetic",
            review_date=TODAY + timedelta(days=30),
            acknowledged_on=TODAY,
        )
        for index in range(0, 300, 10)
    ]
    return Plan(
        id="large-plan",
        title="Large synthetic plan (performance tests)",
        organisation="Benchmarks",
        reporting_currency="USD",
        settings=PlanSettings(reference_market_id="m-sv", expected_retention_grant_pct=Decimal(10)),
        steps=_steps(rng, 2000),
        markets=markets,
        roles=roles,
        benchmarks=benchmarks,
        offers=offers,
        exchange_rates=rates,
        ppp_factors=ppp,
        risks=risks,
        policy_watch=policy,
        acknowledgements=acknowledgements,
        is_example=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="where to write the .hireplan file")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    plan = make_large_plan(args.seed)
    save_plan(plan, args.output)
    items = sum(len(step.items) for step in plan.steps)
    print(
        f"wrote {args.output}: {items} items, {len(plan.roles)} roles, {len(plan.offers)} offers, "
        f"{len(plan.benchmarks)} benchmarks, {len(plan.risks)} risks"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
