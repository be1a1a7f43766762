"""Properties that must hold for any plan, not just the hand-picked ones."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Converted, Severity
from hireplan.analysis.acknowledge import make_acknowledgement
from hireplan.analysis.convert import RateTable
from hireplan.model import (
    BonusKind,
    ChecklistItem,
    ExchangeRate,
    Level,
    PayBasis,
    Plan,
    Priority,
    Relocation,
    Risk,
    Status,
)

PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

amounts = st.decimals(
    min_value=Decimal(0), max_value=Decimal("1e12"), places=2, allow_nan=False, allow_infinity=False
)
rates = st.decimals(
    min_value=Decimal("0.0001"), max_value=Decimal(10_000), places=4, allow_nan=False, allow_infinity=False
).filter(lambda r: r > 0)


def _below_market_rank(plan: Plan) -> int:
    """3 when there is no below-market flag, else the flag's rank (0 = high)."""
    found = [f.severity.rank for f in run(plan).flags if f.rule == "offer-below-market"]
    return min(found) if found else 3


@PROPS
@given(
    base=st.integers(min_value=1, max_value=3_000_000),
    raise_by=st.integers(min_value=0, max_value=2_000_000),
    bonus_kind=st.sampled_from(list(BonusKind)),
    bonus_value=st.integers(min_value=0, max_value=12),
    equity=st.integers(min_value=0, max_value=4_000_000),
)
def test_raising_base_never_makes_below_market_worse(
    base: int, raise_by: int, bonus_kind: BonusKind, bonus_value: int, equity: int
) -> None:
    """HR raising an offer must never see its below-market flag get more severe (from a base of 1:
    an offer with no base yet is not judged at all, docs/calculations.md section 11)."""
    plan = clean_plan()
    offer = plan.offers[0]
    offer.bonus_kind = bonus_kind
    offer.bonus_value = Decimal(bonus_value)
    offer.equity_grant = Decimal(equity)
    offer.base = Decimal(base)
    before = _below_market_rank(plan)
    offer.base = Decimal(base + raise_by)
    assert _below_market_rank(plan) >= before


@PROPS
@given(amount=amounts, rate=rates)
def test_converting_there_and_back_returns_the_amount(amount: Decimal, rate: Decimal) -> None:
    table = RateTable([ExchangeRate(base="USD", quote="CNY", rate=rate)])
    there = table.convert(amount, "USD", "CNY")
    assert isinstance(there, Converted)
    back = table.convert(there.amount, "CNY", "USD")
    assert isinstance(back, Converted)
    assert abs(back.amount - amount) <= abs(amount) * Decimal("1e-24") + Decimal("1e-24")


@PROPS
@given(amount=amounts, first=rates, second=rates)
def test_cross_rate_round_trip_returns_the_amount(amount: Decimal, first: Decimal, second: Decimal) -> None:
    table = RateTable(
        [
            ExchangeRate(base="USD", quote="CNY", rate=first),
            ExchangeRate(base="USD", quote="GBP", rate=second),
        ]
    )
    there = table.convert(amount, "CNY", "GBP")
    assert isinstance(there, Converted)
    back = table.convert(there.amount, "GBP", "CNY")
    assert isinstance(back, Converted)
    assert abs(back.amount - amount) <= abs(amount) * Decimal("1e-22") + Decimal("1e-22")


changes = st.lists(
    st.sampled_from(
        [
            "low-offer",
            "no-research",
            "no-culture",
            "no-policy",
            "late-items",
            "no-growth",
            "relocating",
            "old-data",
            "risks",
            "no-rates",
            "no-benchmarks",
            "second-offer",
        ]
    ),
    unique=True,
)


def _perturb(plan: Plan, chosen: list[str]) -> None:
    offer = plan.offers[0]
    for change in chosen:
        if change == "low-offer":
            offer.base = Decimal(300_000)
        elif change == "no-research":
            offer.research_budget = Decimal(0)
        elif change == "no-culture":
            plan.steps[0].items[0].tags = []
        elif change == "no-policy":
            plan.steps[4].items[0].tags = []
            plan.policy_watch.clear()
        elif change == "late-items":
            for index in range(3):
                plan.steps[index].items.append(
                    ChecklistItem(
                        text=f"late {index}",
                        due=TODAY - timedelta(days=index + 1),
                        priority=list(Priority)[index],
                        status=Status.BLOCKED,
                    )
                )
        elif change == "no-growth":
            plan.roles[0].growth_path = ""
        elif change == "relocating":
            plan.roles[0].relocation = Relocation.RELOCATING
            offer.relocation = Decimal(0)
            offer.housing_allowance = Decimal(0)
        elif change == "old-data":
            for benchmark in plan.benchmarks:
                benchmark.as_of = None
        elif change == "risks":
            plan.risks.extend(Risk(title=f"risk {i}", likelihood=i, impact=5) for i in range(1, 6))
        elif change == "no-rates":
            plan.exchange_rates.clear()
        elif change == "no-benchmarks":
            plan.benchmarks.clear()
        elif change == "second-offer":
            plan.offers.append(offer.model_copy(update={"id": "offer-b", "base": Decimal(100_000)}))


@PROPS
@given(chosen=changes)
def test_flag_list_is_deterministic_and_ordered_by_severity(chosen: list[str]) -> None:
    """The same plan gives the same flags in the same order, high before medium before low,
    also after a save-and-load round trip."""
    plan = clean_plan()
    _perturb(plan, chosen)
    first = run(plan).flags
    again = run(plan).flags
    reloaded = run(Plan.model_validate_json(plan.model_dump_json())).flags
    assert first == again == reloaded
    ranks = [flag.severity.rank for flag in first]
    assert ranks == sorted(ranks)
    assert len({flag.key for flag in first}) == len(first), "two flags share an acknowledgement key"
    assert all(flag.severity in Severity for flag in first)


CURRENCIES = ("USD", "CNY", "GBP", "JPY")
money = st.integers(min_value=0, max_value=5_000_000).map(Decimal)


@st.composite
def messy_plans(draw: st.DrawFn) -> Plan:
    """Valid but half-filled plans: unknown currencies and references, missing percentiles, no rates."""
    from hireplan.model import Benchmark, Market, Offer, PayPeriod
    from hireplan.model.roles import Role

    plan = clean_plan() if draw(st.booleans()) else Plan(title="messy")
    market_ids = ["sv", "hz", "ghost"]
    for index in range(draw(st.integers(0, 3))):
        plan.markets.append(
            Market(id=f"m{index}", name=f"M{index}", currency=draw(st.sampled_from(CURRENCIES)))
        )
        market_ids.append(f"m{index}")
    for index in range(draw(st.integers(0, 3))):
        known = sorted(draw(st.lists(money, min_size=1, max_size=4)))
        names = draw(st.permutations(["total_p25", "total_p50", "total_p75", "total_p90"]))[: len(known)]
        ordered = sorted(names, key=lambda name: int(name[-2:]))
        plan.benchmarks.append(
            Benchmark(
                id=f"b{index}",
                market_id=draw(st.sampled_from(market_ids)),
                job_family=draw(st.sampled_from(["ML engineer", "ml ENGINEER", "Research"])),
                level=draw(st.sampled_from([None, *list(Level)])),
                currency=draw(st.sampled_from(CURRENCIES)),
                period=draw(st.sampled_from(list(PayPeriod))),
                **dict(zip(ordered, known, strict=True)),
            )
        )
    role_ids = [role.id for role in plan.roles] + ["ghost"]
    for index in range(draw(st.integers(0, 2))):
        plan.roles.append(
            Role(
                id=f"r{index}",
                title=f"R{index}",
                job_family=draw(st.sampled_from(["", "Research"])),
                level=draw(st.sampled_from(list(Level))),
                research=draw(st.booleans()),
                relocation=draw(st.sampled_from(list(Relocation))),
            )
        )
        role_ids.append(f"r{index}")
    for index in range(draw(st.integers(0, 3))):
        plan.offers.append(
            Offer(
                id=f"o{index}",
                role_id=draw(st.sampled_from(role_ids)),
                market_id=draw(st.sampled_from(market_ids)),
                currency=draw(st.sampled_from(CURRENCIES)),
                base=draw(money),
                equity_grant=draw(money),
                sign_on=draw(money),
            )
        )
    if draw(st.booleans()):
        plan.exchange_rates.clear()
    if draw(st.booleans()):
        plan.ppp_factors.clear()
    return plan


@PROPS
@given(plan=messy_plans())
def test_any_valid_plan_is_analysed_without_an_exception(plan: Plan) -> None:
    """Whatever state a plan is in, the app shows figures and flags, never a traceback."""
    analysis = run(plan)
    for flag in analysis.flags:
        assert flag.message and flag.mitigation
    for offer in analysis.offers.values():
        for comparison in offer.cross_market:
            assert comparison.nominal is not None or comparison.problems


_bases = st.decimals(min_value=Decimal(1), max_value=Decimal(10_000_000), places=0)


@PROPS
@given(
    base=_bases,
    raise_by=st.decimals(min_value=Decimal(0), max_value=Decimal(5_000_000), places=0),
    months=st.sampled_from([Decimal(12), Decimal(13), Decimal(14), Decimal(15)]),
    extra=st.sampled_from([Decimal(0), Decimal(1), Decimal(2), Decimal(3)]),
    basis=st.sampled_from(["base", "total_cash", "total_direct"]),
)
def test_raising_the_base_never_lowers_the_compa_ratio(
    base: Decimal, raise_by: Decimal, months: Decimal, extra: Decimal, basis: str
) -> None:
    """On any basis, with any months per year and extra months, more base is never less pay."""
    plan = clean_plan()
    bench = plan.benchmarks[1]
    bench.months_per_year = months
    if basis == "base":
        for name in ("total_p25", "total_p50", "total_p75", "total_p90"):
            setattr(bench, name, None)
        bench.base_p50 = Decimal(600_000)
    else:
        bench.total_basis = PayBasis(basis)
    offer = plan.offers[0]
    offer.guaranteed_months = extra
    offer.base = base
    before = run(plan).offers["offer-a"].own_market
    offer.base = base + raise_by
    after = run(plan).offers["offer-a"].own_market
    assert before is not None and after is not None and before.nominal and after.nominal
    assert after.nominal.compa_ratio >= before.nominal.compa_ratio


@PROPS
@given(
    accepted=st.decimals(min_value=Decimal("0.50"), max_value=Decimal("0.99"), places=2),
    cut=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("0.40"), places=2),
)
def test_an_acknowledged_flag_whose_figure_worsens_reopens(accepted: Decimal, cut: Decimal) -> None:
    plan = clean_plan()
    plan.settings.below_market_threshold = Decimal("0.10")  # keep the severity medium throughout
    offer = plan.offers[0]
    offer.bonus_value = Decimal(0)
    offer.equity_grant = Decimal(0)
    offer.base = Decimal(600_000) * accepted  # P50 600,000: compa-ratio == accepted
    (flag,) = [f for f in run(plan).flags if f.rule == "offer-below-market"]
    plan.acknowledgements.append(
        make_acknowledgement(flag, plan, reason="r", review_date=TODAY + timedelta(days=30), today=TODAY)
    )
    offer.base = Decimal(600_000) * max(accepted - cut, Decimal("0.11"))
    (after,) = [f for f in run(plan).flags if f.rule == "offer-below-market"]
    assert not after.acknowledged
    assert after.reopened.startswith(f"Acknowledged at {accepted:.2f}, now ")
