"""An offer against the market: own-market benchmark, every other market, and the competing package."""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.benchmarks import PreparedBenchmark, position
from hireplan.analysis.compensation import compare_competing, offer_figures
from hireplan.analysis.context import Context
from hireplan.analysis.results import (
    Comparisons,
    Conversion,
    Converted,
    MissingRate,
    OfferAnalysis,
    OfferComparison,
    OfferFigures,
    Position,
    PositionBasis,
)
from hireplan.model import Offer


class _OfferValues:
    """An offer's figure on each basis, converted once per currency however many markets compare it."""

    def __init__(self, ctx: Context, offer: Offer, figures: OfferFigures) -> None:
        self.ctx = ctx
        # Copied now: comparisons may be worked out later, after the offer object has changed.
        self.offer_id = offer.id
        self.currency = offer.currency
        self.market_id = offer.market_id
        self.country = ctx.market_country(offer.market_id)
        self.reporting = ctx.plan.reporting_currency
        self.figures = figures
        self._nominal: dict[tuple[PositionBasis, str], Conversion] = {}
        self._ppp: dict[PositionBasis, Conversion] = {}

    def value(self, basis: PositionBasis) -> Decimal:
        return self.figures.annual_total if basis == "total" else self.figures.base

    def nominal(self, basis: PositionBasis, currency: str) -> Conversion:
        key = (basis, currency)
        found = self._nominal.get(key)
        if found is None:
            found = self.ctx.rates.convert(self.value(basis), self.currency, currency)
            self._nominal[key] = found
        return found

    def ppp(self, basis: PositionBasis) -> Conversion:
        found = self._ppp.get(basis)
        if found is None:
            found = self.ctx.ppp.to_international(self.value(basis), self.currency, self.country)
            self._ppp[basis] = found
        return found


def compare(values: _OfferValues, prepared: PreparedBenchmark) -> OfferComparison:
    """One offer against one benchmark, nominal and in PPP terms."""
    problems: list[str] = []
    basis = prepared.basis
    in_market = values.nominal(basis, prepared.currency)
    nominal: Position | None = None
    if isinstance(in_market, Converted):
        nominal = position(in_market.amount, prepared.points, prepared.p50)
    else:
        problems.append(in_market.message)

    ppp: Position | None = None
    offer_ppp = values.ppp(basis)
    bench_ppp = prepared.p50_ppp
    if isinstance(offer_ppp, Converted) and isinstance(bench_ppp, Converted):
        ppp = position(offer_ppp.amount, prepared.points_ppp, bench_ppp.amount)
    else:
        for conversion in (offer_ppp, bench_ppp):
            if not isinstance(conversion, Converted) and conversion.message not in problems:
                problems.append(conversion.message)

    return OfferComparison(
        market_id=prepared.market_id,
        market_name=prepared.market_name,
        benchmark_id=prepared.benchmark.id,
        basis=basis,
        currency=prepared.currency,
        p50=prepared.p50,
        offer_in_market=in_market,
        nominal=nominal,
        ppp=ppp,
        p50_reporting=prepared.p50_reporting,
        is_own_market=prepared.market_id == values.market_id,
        is_example=prepared.is_example,
        problems=tuple(problems),
        known_percentiles=prepared.percentiles,
        points=prepared.points,
        points_ppp=prepared.points_ppp,
        points_reporting=prepared.points_reporting,
        offer_reporting=values.nominal(basis, values.reporting),
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

    values = _OfferValues(ctx, offer, figures)
    matched: tuple[PreparedBenchmark, ...] = ()
    if role is not None:
        if not role.job_family.strip():
            problems.append(f"Role '{role.title}' has no job family, so no benchmark can be matched to it.")
        matched = ctx.matched(role.job_family, role.level)
    # The own and reference markets now (the rules read them); every market when first read.
    reference_id = ctx.plan.settings.reference_market_id
    early = {
        prepared.market_id: compare(values, prepared)
        for prepared in matched
        if prepared.market_id in (offer.market_id, reference_id)
    }
    missing = tuple(
        conversion
        for prepared in matched
        if prepared.currency != offer.currency
        and not ctx.rates.links(offer.currency, prepared.currency)
        and isinstance(conversion := values.nominal(prepared.basis, prepared.currency), MissingRate)
    )

    competing = None
    if offer.competing is not None:
        competing = compare_competing(figures, offer.competing, ctx.rates, ctx.plan.settings)

    country = ctx.market_country(offer.market_id)
    competing_annual: Conversion | None = None
    competing_gap: Conversion | None = None
    if competing is not None and competing.annual_total is not None and competing.first_year_gap is not None:
        competing_annual = ctx.rates.convert(competing.annual_total, offer.currency, reporting)
        competing_gap = ctx.rates.convert(competing.first_year_gap, offer.currency, reporting)
    analysis = OfferAnalysis(
        offer_id=offer.id,
        role_id=offer.role_id,
        market_id=offer.market_id,
        figures=figures,
        annual_reporting=ctx.rates.convert(figures.annual_total, offer.currency, reporting),
        first_year_reporting=ctx.rates.convert(figures.first_year_value, offer.currency, reporting),
        first_year_cost_reporting=ctx.rates.convert(figures.first_year_cost, offer.currency, reporting),
        annual_ppp=ctx.ppp.to_international(figures.annual_total, offer.currency, country),
        own_market=early.get(offer.market_id),
        cross_market=Comparisons(
            lambda: tuple(early.get(p.market_id) or compare(values, p) for p in matched)
        ),
        competing=competing,
        problems=tuple(problems),
        first_year_ppp=ctx.ppp.to_international(figures.first_year_value, offer.currency, country),
        competing_annual_reporting=competing_annual,
        competing_gap_reporting=competing_gap,
        reference_market=early.get(reference_id) if reference_id is not None else None,
        missing_market_rates=missing,
    )
    return analysis


def reference_comparison(analysis: OfferAnalysis, market_id: str | None) -> OfferComparison | None:
    """The comparison against the plan's reference market (e.g. Silicon Valley), if there is one."""
    if market_id is None:
        return None
    reference = analysis.reference_market
    if reference is not None and reference.market_id == market_id:
        return reference
    for comparison in analysis.cross_market:
        if comparison.market_id == market_id:
            return comparison
    return None
