"""Markets and what we know about them: pay benchmarks, exchange rates, PPP factors."""

from __future__ import annotations

import itertools
from datetime import date
from decimal import Decimal
from enum import Enum

from pydantic import Field, model_validator

from hireplan.model.base import (
    Amount,
    CurrencyCode,
    HireplanModel,
    LongText,
    ObjectId,
    Ratio,
    ShortText,
    new_id,
)
from hireplan.model.roles import Level


class Market(HireplanModel):
    """A labour market a plan compares, e.g. Silicon Valley or Hangzhou."""

    id: ObjectId = Field(default_factory=new_id)
    name: ShortText
    country: ShortText = ""
    """ISO 3166 alpha-2 code, used to pick the PPP factor."""
    currency: CurrencyCode


class PayPeriod(str, Enum):
    YEAR = "year"
    MONTH = "month"


class Benchmark(HireplanModel):
    """Market pay percentiles for a job family (and optionally a level) in one market.

    Figures are per ``period``; monthly figures are annualised with ``months_per_year``
    (12, or 13-16 where a 13th month or more is customary).
    """

    id: ObjectId = Field(default_factory=new_id)
    market_id: ObjectId
    job_family: ShortText
    level: Level | None = None
    """None means the figures cover all levels."""
    currency: CurrencyCode
    period: PayPeriod = PayPeriod.YEAR
    months_per_year: Decimal = Field(default=Decimal(12), ge=1, le=24, allow_inf_nan=False)
    base_p25: Amount | None = None
    base_p50: Amount | None = None
    base_p75: Amount | None = None
    base_p90: Amount | None = None
    total_p25: Amount | None = None
    total_p50: Amount | None = None
    total_p75: Amount | None = None
    total_p90: Amount | None = None
    source: LongText = ""
    as_of: date | None = None
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
                    raise ValueError(f"{kind} {lo_name} ({lo}) is above {kind} {hi_name} ({hi})")
        return self


class ExchangeRate(HireplanModel):
    """``rate`` units of ``quote`` buy one unit of ``base`` (e.g. base USD, quote CNY, 6.7758)."""

    id: ObjectId = Field(default_factory=new_id)
    base: CurrencyCode
    quote: CurrencyCode
    rate: Ratio
    as_of: date | None = None
    source: LongText = ""

    @model_validator(mode="after")
    def _distinct(self) -> ExchangeRate:
        if self.base == self.quote:
            raise ValueError("an exchange rate needs two different currencies")
        return self


class PppFactor(HireplanModel):
    """Purchasing-power parity: ``factor`` units of ``currency`` buy what one international dollar buys."""

    id: ObjectId = Field(default_factory=new_id)
    currency: CurrencyCode
    country: ShortText = ""
    factor: Ratio
    as_of: date | None = None
    source: LongText = ""
