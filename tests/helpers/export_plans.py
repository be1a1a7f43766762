"""The export tests' plan: realistic, four markets, every kind of object, hostile text in every text field.

Built with the one plan builder (``helpers.plans``); what it shares with the clean plan comes from there.
Market figures are the public ones in shared/reference-data.md (San Francisco ML engineers,
Beijing wage guidance, London ML jobs, Fed exchange rates, World Bank PPP factors).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from helpers.plans import hz_market, llm_role, make_plan, ppp_cn, ppp_us, sv_benchmark, sv_market, usd_cny
from hireplan.model import (
    Acknowledgement,
    Benchmark,
    BonusKind,
    ChecklistItem,
    CompetingPackage,
    ExchangeRate,
    Level,
    Market,
    Offer,
    PayPeriod,
    Plan,
    PlanSettings,
    PolicyWatchEntry,
    PppFactor,
    Priority,
    Relocation,
    Risk,
    Role,
    Status,
    Step,
)

TODAY = date(2026, 11, 23)
LONG_TEXT = "x" * 40_000
HOSTILE: tuple[str, ...] = (
    '=HYPERLINK("http://x","y")',
    "+1",
    "-1",
    "@SUM(A1)",
    "pasted from Word\x0bsecond line",
    "R&D <b> x<y",
    "<img src='/etc/passwd'/>",
    "招聘大模型研究员，杭州",
    "Team offsite 🎉 in Shenzhen",
)
CHINESE_NOTE = "请与候选人确认住房补贴和家属安置"


def sample_plan(*, items_per_step: int = 4, offers: int = 3) -> Plan:
    """A plan with every kind of object the exports show, and hostile text in every text field kind."""
    sv = sv_market()
    bj = Market(id="bj", name="北京 Beijing", country="CN", currency="CNY")
    hz = hz_market()
    ldn = Market(id="ldn", name="London", country="GB", currency="GBP")
    steps = []
    titles = [
        ("motivations", "Understand the motivations"),
        ("compensation", "Offer competitive compensation"),
        ("research", "Invest in research and development"),
        ("environment", "Foster a supportive work environment"),
        ("hubs", "Highlight regional hubs"),
    ]
    counter = 0
    for key, title in titles:
        items = []
        for n in range(items_per_step):
            text = HOSTILE[counter % len(HOSTILE)] if counter < len(HOSTILE) else f"{title}: task {n + 1}"
            status = list(Status)[counter % len(Status)]
            items.append(
                ChecklistItem(
                    id=f"i{counter}",
                    text=text,
                    status=status,
                    owner="李娜" if counter % 3 == 0 else ("" if counter % 3 == 1 else "Sam Carter"),
                    due=TODAY + timedelta(days=(counter % 7) * 9 - 30),
                    priority=list(Priority)[counter % len(Priority)],
                    notes=CHINESE_NOTE if counter == 2 else ("R&D <b> x<y\nline two" if counter == 3 else ""),
                    tags=["culture"] if counter == 1 else (["policy"] if counter == 4 else []),
                )
            )
            counter += 1
        steps.append(Step(id=f"s-{key}", key=key, title=title, items=items))
    roles = [
        llm_role(
            id="r-llm",
            domain="LLM",
            research=True,
            headcount=2,
            relocation=Relocation.RETURNEE,
            growth_path="Lead a pre-training team within two years",
        ),
        Role(
            id="r-infra",
            title="Training infrastructure engineer",
            job_family="ML engineer",
            level=Level.MID,
            domain="infra",
            headcount=3,
            market_id="bj",
        ),
        Role(
            id="r-ldn",
            title="Applied ML engineer",
            job_family="ML engineer",
            level=Level.MID,
            market_id="ldn",
        ),
    ]
    benchmarks = [
        sv_benchmark(
            total_p75=None,
            source="landed.jobs, advertised total pay, San Francisco (38 job ads)",
            as_of=date(2026, 1, 1),
            sample_size=38,
        ),
        Benchmark(
            id="b-bj",
            market_id="bj",
            job_family="ML engineer",
            currency="CNY",
            total_p50=Decimal(312_684),
            source="Beijing HRSS 2024 wage guidance, as reported by udn.com",
            as_of=date(2025, 9, 29),
        ),
        Benchmark(
            id="b-ldn",
            market_id="ldn",
            job_family="ML engineer",
            currency="GBP",
            total_p25=Decimal(68_375),
            total_p50=Decimal(90_000),
            total_p75=Decimal(120_000),
            total_p90=Decimal(150_000),
            source="itjobswatch.co.uk, London machine learning",
            as_of=date(2025, 12, 29),
            sample_size=347,
        ),
        Benchmark(
            id="b-hz",
            market_id="hz",
            job_family="ML engineer",
            currency="CNY",
            period=PayPeriod.MONTH,
            months_per_year=Decimal(12),
            base_p50=Decimal(61_475),
            source="Maimai talent report (AI job ads, China), as reported",
            as_of=date(2025, 7, 31),
        ),
    ]
    all_offers = [
        Offer(
            id="o-llm",
            role_id="r-llm",
            market_id="hz",
            candidate="张伟",
            currency="CNY",
            base=Decimal(900_000),
            guaranteed_months=Decimal(2),
            equity_grant=Decimal(1_200_000),
            vesting_years=Decimal(4),
            sign_on=Decimal(100_000),
            sign_on_amortisation_years=Decimal(2),
            relocation=Decimal(50_000),
            housing_allowance=Decimal(60_000),
            research_budget=Decimal(300_000),
            compute_note="64 GPUs shared",
            notes="<img src='/etc/passwd'/> " + CHINESE_NOTE,
            competing=CompetingPackage(
                employer="Big Tech SV",
                currency="USD",
                base=Decimal(230_000),
                bonus=Decimal(30_000),
                equity_per_year=Decimal(80_000),
                unvested_equity_forfeited=Decimal(150_000),
            ),
        ),
        Offer(
            id="o-infra",
            role_id="r-infra",
            market_id="bj",
            candidate="=1+1",
            currency="CNY",
            base=Decimal(400_000),
            bonus_kind=BonusKind.PERCENT,
            bonus_value=Decimal(15),
        ),
        Offer(
            id="o-ldn",
            role_id="r-ldn",
            market_id="ldn",
            currency="GBP",
            base=Decimal(85_000),
            bonus_kind=BonusKind.AMOUNT,
            bonus_value=Decimal(10_000),
            equity_grant=Decimal(40_000),
        ),
    ][:offers]
    return make_plan(
        id="p-export",
        title="AI talent plan 2027 — 杭州 & Silicon Valley",
        organisation="R&D <Labs> Ltd",
        owner="王磊",
        created=date(2026, 9, 1),
        start_date=date(2026, 10, 1),
        target_date=date(2027, 3, 31),
        reporting_currency="USD",
        settings=PlanSettings(),
        steps=steps,
        markets=[sv, bj, hz, ldn],
        roles=roles,
        benchmarks=benchmarks,
        offers=all_offers,
        exchange_rates=[
            usd_cny(id="fx-cny", source="US Federal Reserve, monthly mean June 2026"),
            ExchangeRate(
                id="fx-gbp",
                base="USD",
                quote="GBP",
                rate=Decimal("0.7497"),
                as_of=date(2026, 6, 30),
                source="US Federal Reserve, monthly mean June 2026",
            ),
        ],
        ppp_factors=[
            ppp_us(source="World Bank WDI PA.NUS.PPP"),
            ppp_cn(source="World Bank WDI PA.NUS.PPP"),
            PppFactor(
                id="ppp-gb",
                currency="GBP",
                country="GB",
                factor=Decimal("0.664153"),
                as_of=date(2024, 12, 31),
                source="World Bank WDI PA.NUS.PPP",
            ),
        ],
        risks=[
            Risk(
                id="k1",
                title="Travel approval for senior staff delays conferences",
                category="policy",
                likelihood=4,
                impact=4,
                mitigation="Plan conference travel a quarter ahead",
                owner="王磊",
                review_date=TODAY - timedelta(days=3),
            ),
            Risk(
                id="k2",
                title="@SUM(A1)",
                category="=cmd",
                likelihood=2,
                impact=5,
                mitigation="+1",
                owner="-1",
                review_date=TODAY + timedelta(days=20),
            ),
            Risk(
                id="k3",
                title="Counteroffer from current employer",
                likelihood=3,
                impact=3,
                mitigation="Retention grant ready",
                owner="Sam Carter",
            ),
        ],
        policy_watch=[
            PolicyWatchEntry(
                id="pw1",
                jurisdiction="China",
                topic="Travel approval for senior AI staff",
                summary="Senior researchers at private firms reportedly need approval before "
                "travelling abroad.",
                owner="李娜",
                last_checked=TODAY - timedelta(days=45),
                source="Bloomberg, re-reported, May 2026",
            ),
            PolicyWatchEntry(
                id="pw2",
                jurisdiction="United States",
                topic="H-1B petition fee",
                summary="USD 100,000 fee on new H-1B petitions for workers outside the US.",
                owner="Sam Carter",
                last_checked=TODAY - timedelta(days=5),
                source="US proclamation, effective 2025-09-21",
            ),
        ],
        acknowledgements=[
            Acknowledgement(
                flag_key="x:y", reason="known", review_date=TODAY + timedelta(days=10), acknowledged_on=TODAY
            ),
        ],
        notes="Plan notes with <b>markup</b> & an ampersand.\n" + "Long paragraph. " * 10,
    )
