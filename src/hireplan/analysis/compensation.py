"""Compensation maths for one offer: pay on each basis, first-year value and cost, competing package.

Every formula here is written out with a worked example in docs/calculations.md.
All figures stay unrounded Decimals in the offer's currency.
"""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.convert import RateTable
from hireplan.analysis.results import CompetingComparison, Converted, OfferFigures, PositionBasis
from hireplan.model import MONTHS_IN_A_YEAR, BonusKind, CompetingKind, CompetingPackage, Offer, PlanSettings

HUNDRED = Decimal(100)
ZERO = Decimal(0)


def target_bonus(offer: Offer) -> Decimal:
    """Yearly target (performance) bonus: a % of base or an amount."""
    if offer.bonus_kind is BonusKind.PERCENT:
        return offer.base * offer.bonus_value / HUNDRED
    return offer.bonus_value


def extra_month_pay(offer: Offer) -> Decimal:
    """The guaranteed extra months' pay a year (13th/14th-month pay): base / 12 for each."""
    return offer.base / MONTHS_IN_A_YEAR * offer.guaranteed_months if offer.guaranteed_months else ZERO


def offer_figures(offer: Offer) -> OfferFigures:
    """Work out an offer's package in its own currency.

    The annual total is total direct pay (base + bonus + equity per year), the survey definition;
    sign-on and allowances are paid too, but only first-year value and cost count them.
    """
    months = extra_month_pay(offer)
    bonus = target_bonus(offer) + months
    equity_per_year = offer.equity_grant / offer.vesting_years
    sign_on_per_year = offer.sign_on / offer.sign_on_amortisation_years
    allowances = offer.housing_allowance + offer.living_allowance
    annual_total = offer.base + bonus + equity_per_year
    first_year_value = offer.base + bonus + equity_per_year + offer.sign_on + allowances + offer.relocation
    first_year_cost = first_year_value + offer.research_budget + offer.compute_budget
    return OfferFigures(
        currency=offer.currency,
        base=offer.base,
        bonus=bonus,
        equity_per_year=equity_per_year,
        sign_on_per_year=sign_on_per_year,
        allowances=allowances,
        annual_total=annual_total,
        relocation=offer.relocation,
        first_year_value=first_year_value,
        first_year_cost=first_year_cost,
        research_budget=offer.research_budget,
        compute_budget=offer.compute_budget,
        extra_months=offer.guaranteed_months,
        extra_month_pay=months,
    )


def on_basis(
    figures: OfferFigures, basis: PositionBasis, months_per_year: Decimal = MONTHS_IN_A_YEAR
) -> Decimal:
    """The offer measured as a survey measures ``basis``, never with sign-on or allowances.

    base         = base + base / 12 x the guaranteed extra months the figure's months per year
                   cover (a 14-month benchmark covers two; a 12-month one none)
    total cash   = base + bonus (guaranteed extra months included)
    total direct = total cash + equity per year
    """
    if basis == "base":
        covered = min(figures.extra_months, max(months_per_year - MONTHS_IN_A_YEAR, ZERO))
        return figures.base + figures.base / MONTHS_IN_A_YEAR * covered if covered else figures.base
    if basis == "total_cash":
        return figures.base + figures.bonus
    return figures.base + figures.bonus + figures.equity_per_year


def competing_annual_total(package: CompetingPackage) -> Decimal:
    """The competing package's total direct pay a year (base + bonus + equity), its own currency."""
    return package.base + package.bonus + package.equity_per_year


def competing_equity_given_up(package: CompetingPackage) -> Decimal:
    """The equity a candidate gives up by leaving: the unvested balance, which already holds the
    coming year's vesting, or a year of equity when no balance is entered. Counted once."""
    return package.unvested_equity_forfeited if package.unvested_equity_forfeited else package.equity_per_year


def compare_competing(
    figures: OfferFigures, package: CompetingPackage, rates: RateTable, settings: PlanSettings
) -> CompetingComparison:
    """Our offer against the package the candidate would stay for or go to, in our offer's currency.

    The hurdle is what the other side is worth in year one: their cash (base + bonus) and
    allowances, plus their equity. For the current employer the equity is what the candidate
    gives up by leaving (the unvested balance, already holding the coming year's vesting, so a
    year of equity is not added to it again) and a retention grant the employer may add (the
    stated one, else the plan's assumed percentage of their annual total). For a rival offer the
    equity is a year of the rival's grant: the candidate forfeits the same unvested equity
    whichever new employer they join, and a rival pays no retention.
    """
    kind = package.kind.value
    own_annual = competing_annual_total(package)
    cash_own = package.base + package.bonus + package.allowances
    staying = package.kind is CompetingKind.CURRENT_EMPLOYER
    if staying:
        forfeited_own = package.unvested_equity_forfeited
        equity_own = competing_equity_given_up(package)
        assumed = package.expected_retention_grant == 0
        retention_own = (
            own_annual * settings.expected_retention_grant_pct / HUNDRED
            if assumed
            else package.expected_retention_grant
        )
    else:
        forfeited_own = ZERO
        equity_own = package.equity_per_year
        retention_own = ZERO
        assumed = False
    hurdle_own = cash_own + equity_own + retention_own
    conversion = None
    annual, forfeited, retention, hurdle = own_annual, forfeited_own, retention_own, hurdle_own
    if package.currency != figures.currency:
        converted = rates.convert(own_annual, package.currency, figures.currency)
        conversion = converted
        if not isinstance(converted, Converted):
            return CompetingComparison(
                kind=kind,
                employer=package.employer,
                currency=figures.currency,
                conversion=converted,
                annual_total=None,
                forfeited_equity=None,
                retention_grant=None,
                retention_assumed=assumed,
                hurdle=None,
                annual_gap=None,
                first_year_gap=None,
                problem=converted.message,
            )
        annual = converted.amount
        forfeited = _convert(rates, forfeited_own, package.currency, figures.currency)
        retention = _convert(rates, retention_own, package.currency, figures.currency)
        hurdle = _convert(rates, hurdle_own, package.currency, figures.currency)
    return CompetingComparison(
        kind=kind,
        employer=package.employer,
        currency=figures.currency,
        conversion=conversion,
        annual_total=annual,
        forfeited_equity=forfeited,
        retention_grant=retention,
        retention_assumed=assumed,
        hurdle=hurdle,
        annual_gap=figures.annual_total - annual,
        first_year_gap=figures.first_year_value - hurdle,
    )


def _convert(rates: RateTable, amount: Decimal, source: str, target: str) -> Decimal:
    """Convert along a chain already known to exist (the annual total was converted the same way)."""
    converted = rates.convert(amount, source, target)
    return converted.amount if isinstance(converted, Converted) else Decimal(0)
