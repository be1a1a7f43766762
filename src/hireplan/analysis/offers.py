"""An offer against the market: own-market benchmark, every other market, and the competing package."""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.benchmark_figures import PreparedBenchmark
from hireplan.analysis.benchmarks import position
from hireplan.analysis.compensation import compare_competing, offer_figures, on_basis
from hireplan.analysis.context import Context
from hireplan.analysis.level_fit import level_fit
from hireplan.analysis.pay_bands import band_position
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
from hireplan.i18n import _
from hireplan.model import MONTHS_IN_A_YEAR, Level, Offer, Relocation

MOVING = (Relocation.RELOCATING, Relocation.RETURNEE)
"""Hires compared with the reference market (returnees and relocating hires, as the rules do)."""


def is_priced(offer: Offer) -> bool:
    """Whether the offer has a base yet. A new offer starts at 0 while the person types it in; no
    rule judges it until then (docs/calculations.md, section 11), or every new offer would open
    with a "far below the market" flag about a figure nobody has entered."""
    return offer.base > 0


class _OfferValues:
    """An offer's figure on each basis, converted once per currency however many markets compare it."""

    def __init__(self, ctx: Context, offer: Offer, figures: OfferFigures, level: Level | None) -> None:
        self.ctx = ctx
        self.level = level
        # Copied now: comparisons may be worked out later, after the offer object has changed.
        self.offer_id = offer.id
        self.currency = offer.currency
        self.market_id = offer.market_id
        self.country = ctx.market_country(offer.market_id)
        self.reporting = ctx.plan.reporting_currency
        self.figures = figures
        self._nominal: dict[tuple[object, str], Conversion] = {}
        self._ppp: dict[object, Conversion] = {}

    def _key(self, basis: PositionBasis, months: Decimal) -> object:
        """Months per year matter only to base pay with guaranteed extra months."""
        return (basis, months) if basis == "base" and self.figures.extra_months else basis

    def nominal(self, basis: PositionBasis, currency: str, months: Decimal = MONTHS_IN_A_YEAR) -> Conversion:
        key = (self._key(basis, months), currency)
        found = self._nominal.get(key)
        if found is None:
            amount = on_basis(self.figures, basis, months)
            found = self.ctx.rates.convert(amount, self.currency, currency)
            self._nominal[key] = found
        return found

    def ppp(self, basis: PositionBasis, months: Decimal = MONTHS_IN_A_YEAR) -> Conversion:
        key = self._key(basis, months)
        found = self._ppp.get(key)
        if found is None:
            amount = on_basis(self.figures, basis, months)
            found = self.ctx.ppp.to_international(amount, self.currency, self.country)
            self._ppp[key] = found
        return found


def compare(values: _OfferValues, prepared: PreparedBenchmark) -> OfferComparison:
    """One offer against one benchmark, nominal and in PPP terms."""
    problems: list[str] = []
    basis = prepared.basis
    months = prepared.months_per_year
    in_market = values.nominal(basis, prepared.currency, months)
    nominal: Position | None = None
    if isinstance(in_market, Converted):
        nominal = position(in_market.amount, prepared.points, prepared.p50)
    else:
        problems.append(in_market.message)

    ppp: Position | None = None
    offer_ppp = values.ppp(basis, months)
    bench_ppp = prepared.p50_ppp
    if isinstance(offer_ppp, Converted) and isinstance(bench_ppp, Converted):
        ppp = position(offer_ppp.amount, prepared.points_ppp, bench_ppp.amount)
    else:
        for conversion in (offer_ppp, bench_ppp):
            if not isinstance(conversion, Converted) and conversion.message not in problems:
                problems.append(conversion.message)

    fit = level_fit(prepared.benchmark.level, values.level) if values.level is not None else "exact"
    return OfferComparison(
        prepared=prepared,
        offer_in_market=in_market,
        nominal=nominal,
        ppp=ppp,
        is_own_market=prepared.market_id == values.market_id,
        problems=tuple(problems),
        offer_reporting=values.nominal(basis, values.reporting, months),
        level_fit=fit,
        role_level=values.level,
    )


def analyse_offer(ctx: Context, offer: Offer) -> OfferAnalysis:
    """Everything the app shows about one offer."""
    figures = offer_figures(offer)
    reporting = ctx.plan.reporting_currency
    problems: list[str] = []
    role = ctx.roles.get(offer.role_id)
    if role is None:
        problems.append(
            _("This offer points to a role that is not in the plan ({id}).").format(id=offer.role_id)
        )
    if offer.market_id not in ctx.markets:
        problems.append(
            _("This offer points to a market that is not in the plan ({id}).").format(id=offer.market_id)
        )

    values = _OfferValues(ctx, offer, figures, role.level if role is not None else None)
    matched: tuple[PreparedBenchmark, ...] = ()
    if role is not None:
        if not role.job_family.strip():
            problems.append(
                _("Role '{title}' has no job family, so no benchmark can be matched to it.").format(
                    title=role.title
                )
            )
        matched = ctx.matched(role.job_family, role.level)
    # The own market now, and the reference market for people who move (the rules read those);
    # every market when first read.
    reference_id = ctx.plan.settings.reference_market_id
    wanted = (
        (offer.market_id, reference_id)
        if role is not None and role.relocation in MOVING
        else (offer.market_id,)
    )
    early = {
        prepared.market_id: compare(values, prepared) for prepared in matched if prepared.market_id in wanted
    }
    missing = tuple(
        conversion
        for prepared in matched
        if prepared.currency != offer.currency
        and not ctx.rates.links(offer.currency, prepared.currency)
        and isinstance(
            conversion := values.nominal(prepared.basis, prepared.currency, prepared.months_per_year),
            MissingRate,
        )
    )

    unpriced = ""
    if role is not None and offer.market_id not in early:
        own = ctx.benchmarks.match(offer.market_id, role.job_family, role.level)
        unpriced = own.id if own is not None else ""

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
        own_benchmark_without_median=unpriced,
        priced=is_priced(offer),
        pay_band=band_position(ctx, offer, role, figures)
        if ctx.plan.pay_bands and role is not None
        else None,
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
