"""An offer against the market: own-market benchmark, every other market, and the competing package."""

from __future__ import annotations

from hireplan.analysis.benchmarks import basis_of, percentile_points, position
from hireplan.analysis.compensation import compare_competing, offer_figures
from hireplan.analysis.context import Context
from hireplan.analysis.results import (
    Converted,
    OfferAnalysis,
    OfferComparison,
    OfferFigures,
    Position,
)
from hireplan.model import Benchmark, Level, Offer


def compare(
    ctx: Context, offer: Offer, figures: OfferFigures, benchmark: Benchmark, market_id: str
) -> OfferComparison | None:
    """One offer against one benchmark, nominal and in PPP terms; None if the benchmark has no median."""
    basis = basis_of(benchmark)
    if basis is None:
        return None
    points = percentile_points(benchmark, basis)
    p50 = next(value for pct, value in points if pct == 50)
    offer_value = figures.annual_total if basis == "total" else figures.base
    problems: list[str] = []

    in_market = ctx.rates.convert(offer_value, offer.currency, benchmark.currency)
    nominal: Position | None = None
    if isinstance(in_market, Converted):
        nominal = position(in_market.amount, points, p50)
    else:
        problems.append(in_market.message)

    ppp: Position | None = None
    offer_ppp = ctx.ppp.to_international(offer_value, offer.currency, ctx.market_country(offer.market_id))
    bench_ppp = ctx.ppp.to_international(p50, benchmark.currency, ctx.market_country(market_id))
    if isinstance(offer_ppp, Converted) and isinstance(bench_ppp, Converted):
        ppp = position(offer_ppp.amount, points, p50, scale=bench_ppp.rate)
    else:
        for conversion in (offer_ppp, bench_ppp):
            if not isinstance(conversion, Converted) and conversion.message not in problems:
                problems.append(conversion.message)

    p50_reporting = ctx.rates.convert(p50, benchmark.currency, ctx.plan.reporting_currency)
    return OfferComparison(
        market_id=market_id,
        market_name=ctx.market_name(market_id),
        benchmark_id=benchmark.id,
        basis=basis,
        currency=benchmark.currency,
        p50=p50,
        offer_in_market=in_market,
        nominal=nominal,
        ppp=ppp,
        p50_reporting=p50_reporting,
        is_own_market=market_id == offer.market_id,
        is_example=benchmark.is_example or ctx.plan.is_example,
        problems=tuple(problems),
    )


def analyse_offer(ctx: Context, offer: Offer) -> OfferAnalysis:
    """Everything the app shows about one offer."""
    figures = offer_figures(offer)
    reporting = ctx.plan.reporting_currency
    problems: list[str] = []
    role = ctx.roles.get(offer.role_id)
    if role is None:
        problems.append(f"This offer points to a role that is not in the plan ({offer.role_id}).")
    if offer.market_id not in ctx.markets:
        problems.append(f"This offer points to a market that is not in the plan ({offer.market_id}).")

    own: OfferComparison | None = None
    cross: list[OfferComparison] = []
    if role is not None:
        family = role.job_family
        level: Level = role.level
        if not family.strip():
            problems.append(f"Role '{role.title}' has no job family, so no benchmark can be matched to it.")
        for market_id in ctx.market_order:
            benchmark = ctx.benchmarks.match(market_id, family, level)
            if benchmark is None:
                continue
            comparison = compare(ctx, offer, figures, benchmark, market_id)
            if comparison is None:
                continue
            cross.append(comparison)
            if market_id == offer.market_id:
                own = comparison

    competing = None
    if offer.competing is not None:
        competing = compare_competing(figures, offer.competing, ctx.rates, ctx.plan.settings)

    country = ctx.market_country(offer.market_id)
    analysis = OfferAnalysis(
        offer_id=offer.id,
        role_id=offer.role_id,
        market_id=offer.market_id,
        figures=figures,
        annual_reporting=ctx.rates.convert(figures.annual_total, offer.currency, reporting),
        first_year_reporting=ctx.rates.convert(figures.first_year_value, offer.currency, reporting),
        first_year_cost_reporting=ctx.rates.convert(figures.first_year_cost, offer.currency, reporting),
        annual_ppp=ctx.ppp.to_international(figures.annual_total, offer.currency, country),
        own_market=own,
        cross_market=tuple(cross),
        competing=competing,
        problems=tuple(problems),
    )
    return analysis


def reference_comparison(analysis: OfferAnalysis, market_id: str | None) -> OfferComparison | None:
    """The comparison against the plan's reference market (e.g. Silicon Valley), if there is one."""
    if market_id is None:
        return None
    for comparison in analysis.cross_market:
        if comparison.market_id == market_id:
            return comparison
    return None
