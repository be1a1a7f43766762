"""Markets and what we know about them: pay benchmarks, exchange rates, PPP factors."""

from __future__ import annotations

import itertools
from decimal import Decimal
from enum import Enum

from pydantic import Field, model_validator

from hireplan.i18n import N_, _
from hireplan.model.base import (
    Amount,
    CurrencyCode,
    HireplanModel,
    LongText,
    ObjectId,
    PlanDate,
    Ratio,
    ShortText,
    new_id,
)
from hireplan.model.roles import Level

_ORDER_WORDING = {
    "base": N_("base {low} ({lo}) is above base {high} ({hi})"),
    "total": N_("total {low} ({lo}) is above total {high} ({hi})"),
}
"""Percentiles out of order, per kind of figure (p25 <= p50 <= p75 <= p90)."""


class Market(HireplanModel):
    """A labour market a plan compares, e.g. Silicon Valley or Hangzhou."""

    id: ObjectId = Field(default_factory=new_id)
    name: ShortText
    country: ShortText = ""
    """ISO 3166 alpha-2 code, used to pick the PPP factor."""
    currency: CurrencyCode


MONTHS_IN_A_YEAR = Decimal(12)
"""Monthly salaries in a year without extra months: the default months per year of a benchmark or
band, and the count that guaranteed extra months (13th, 14th...) are paid beyond."""


class PayPeriod(str, Enum):
    YEAR = "year"
    MONTH = "month"


class PayBasis(str, Enum):
    """What a pay figure measures; an offer is measured on the same basis before any comparison.

    None of them includes sign-on (amortised or not), housing or living allowances or relocation:
    surveys leave those out, so they stay in first-year value and first-year cost only.
    """

    BASE = "base"
    """Base salary, including the guaranteed extra months the figure's months per year cover."""
    TOTAL_CASH = "total_cash"
    """Base salary + target bonus, guaranteed extra months (13th, 14th...) included."""
    TOTAL_DIRECT = "total_direct"
    """Total cash + equity vesting per year."""

    @property
    def label(self) -> str:
        """``Total cash``, in the current language."""
        return _(PAY_BASIS_LABELS[self])

    @property
    def words(self) -> str:
        """How a sentence names the basis: "total direct pay (base, bonus and equity)", in the current
        language."""
        return _(PAY_BASIS_WORDS[self])


PAY_BASIS_WORDS: dict[PayBasis, str] = {
    PayBasis.BASE: N_("base salary"),
    PayBasis.TOTAL_CASH: N_("total cash (base and bonus)"),
    PayBasis.TOTAL_DIRECT: N_("total direct pay (base, bonus and equity)"),
}

PAY_BASIS_WORDS_BY_VALUE: dict[str, str] = {basis.value: words for basis, words in PAY_BASIS_WORDS.items()}
"""The same words by the basis' stored value ("total_cash"), for results that carry the value."""

PAY_BASIS_LABELS: dict[PayBasis, str] = {
    PayBasis.BASE: N_("Base salary"),
    PayBasis.TOTAL_CASH: N_("Total cash"),
    PayBasis.TOTAL_DIRECT: N_("Total direct"),
}


class Benchmark(HireplanModel):
    """Market pay percentiles for a job family (and optionally a level) in one market.

    Figures are per ``period``; monthly figures are annualised with ``months_per_year``
    (12, or 13-16 where a 13th month or more is customary). ``months_per_year`` also says how
    many monthly salaries a yearly base figure covers, so an offer's guaranteed extra months
    count as base where the benchmark's do. ``base_*`` figures are base salary; ``total_*``
    figures measure ``total_basis`` (total cash or total direct compensation).
    """

    id: ObjectId = Field(default_factory=new_id)
    market_id: ObjectId
    job_family: ShortText
    level: Level | None = None
    """None means the figures cover all levels."""
    currency: CurrencyCode
    period: PayPeriod = PayPeriod.YEAR
    months_per_year: Decimal = Field(
        default=MONTHS_IN_A_YEAR, ge=1, le=24, decimal_places=2, allow_inf_nan=False
    )
    base_p25: Amount | None = None
    base_p50: Amount | None = None
    base_p75: Amount | None = None
    base_p90: Amount | None = None
    total_p25: Amount | None = None
    total_p50: Amount | None = None
    total_p75: Amount | None = None
    total_p90: Amount | None = None
    total_basis: PayBasis = PayBasis.TOTAL_DIRECT
    """What the ``total_*`` figures measure: total cash or total direct compensation."""
    source: LongText = ""
    as_of: PlanDate | None = None
    sample_size: int | None = Field(default=None, ge=1, le=10_000_000)
    is_example: bool = False
    """Example figures shipped with the sample plan, to be replaced by the team's own survey data."""
    notes: LongText = ""

    @model_validator(mode="after")
    def _percentiles_in_order(self) -> Benchmark:
        for kind in ("base", "total"):
            known = [
                (name, value)
                for name in ("p25", "p50", "p75", "p90")
                if (value := getattr(self, f"{kind}_{name}")) is not None
            ]
            for (lo_name, lo), (hi_name, hi) in itertools.pairwise(known):
                if lo > hi:
                    raise ValueError(_(_ORDER_WORDING[kind]).format(low=lo_name, lo=lo, high=hi_name, hi=hi))
        if self.total_basis is PayBasis.BASE:
            raise ValueError(_("total figures measure total cash or total direct pay, not base salary"))
        return self


class PayBand(HireplanModel):
    """The employer's own pay range for a job family, level and market, on a stated basis.

    Optional: a plan without bands works as before. Amounts are yearly in ``currency``; on the
    base basis ``months_per_year`` says how many monthly salaries the band's base covers.
    """

    id: ObjectId = Field(default_factory=new_id)
    market_id: ObjectId
    job_family: ShortText
    level: Level | None = None
    """None means the band covers all levels."""
    currency: CurrencyCode
    basis: PayBasis = PayBasis.BASE
    months_per_year: Decimal = Field(
        default=MONTHS_IN_A_YEAR, ge=1, le=24, decimal_places=2, allow_inf_nan=False
    )
    minimum: Amount
    midpoint: Amount
    maximum: Amount
    notes: LongText = ""

    @model_validator(mode="after")
    def _in_order(self) -> PayBand:
        if not self.minimum <= self.midpoint <= self.maximum:
            raise ValueError(
                _(
                    "a band runs minimum <= midpoint <= maximum (found {minimum}, {midpoint}, {maximum})"
                ).format(minimum=self.minimum, midpoint=self.midpoint, maximum=self.maximum)
            )
        return self


class ExchangeRate(HireplanModel):
    """``rate`` units of ``quote`` buy one unit of ``base`` (e.g. base USD, quote CNY, 6.7758)."""

    id: ObjectId = Field(default_factory=new_id)
    base: CurrencyCode
    quote: CurrencyCode
    rate: Ratio
    as_of: PlanDate | None = None
    source: LongText = ""

    @model_validator(mode="after")
    def _distinct(self) -> ExchangeRate:
        if self.base == self.quote:
            raise ValueError(_("an exchange rate needs two different currencies"))
        return self


class PppFactor(HireplanModel):
    """Purchasing-power parity: ``factor`` units of ``currency`` buy what one international dollar buys."""

    id: ObjectId = Field(default_factory=new_id)
    currency: CurrencyCode
    country: ShortText = ""
    factor: Ratio
    as_of: PlanDate | None = None
    source: LongText = ""
