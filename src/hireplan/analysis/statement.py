"""What an offer pays year by year, for the candidate's total-rewards statement. No Qt.

The yearly figures are the analysis' own (:class:`OfferFigures`); this module only lays them out
over time: equity vests evenly over its vesting years (a part-year last), the whole sign-on and the
relocation support are paid in year one, and base, target bonus and allowances recur every year.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from hireplan.analysis.results import OfferFigures
from hireplan.model import Offer

SCHEDULE_YEARS_MAX = 10
"""Longer vesting is rare; the statement lists at most this many years."""


@dataclass(frozen=True, slots=True)
class StatementYear:
    year: int
    cash: Decimal
    """Base + target bonus + allowances."""
    equity: Decimal
    """Equity vesting in that year."""
    one_off: Decimal
    """Sign-on and relocation support (year one only)."""
    equity_vested: Decimal
    """Equity vested by the end of that year."""

    @property
    def total(self) -> Decimal:
        return self.cash + self.equity + self.one_off


def yearly_schedule(offer: Offer, figures: OfferFigures) -> list[StatementYear]:
    """Year by year until the equity has vested (at least one year).

    Example: a grant of 400,000 over 4 years vests 100,000 a year; over 2.5 years it vests
    160,000, 160,000 and 80,000. Year one also holds the whole sign-on and the relocation.
    """
    cash = figures.base + figures.bonus + figures.allowances
    years = max(1, min(SCHEDULE_YEARS_MAX, math.ceil(offer.vesting_years))) if offer.equity_grant else 1
    per_year = offer.equity_grant / offer.vesting_years if offer.equity_grant else Decimal(0)
    out: list[StatementYear] = []
    vested = Decimal(0)
    for year in range(1, years + 1):
        equity = min(per_year, offer.equity_grant - vested)
        vested += equity
        one_off = offer.sign_on + offer.relocation if year == 1 else Decimal(0)
        out.append(StatementYear(year, cash, equity, one_off, vested))
    return out
