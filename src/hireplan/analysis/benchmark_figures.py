"""A benchmark's figures worked out once per analysis and shared by every offer compared with it.

No Qt, no I/O. :mod:`hireplan.analysis.benchmarks` prepares them; comparisons read them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from hireplan.analysis.money import Conversion
from hireplan.model import MONTHS_IN_A_YEAR, Benchmark

PositionBasis = Literal["base", "total_cash", "total_direct"]
"""The values of :class:`hireplan.model.PayBasis`: what a benchmark figure measures."""


@dataclass(frozen=True, slots=True)
class PreparedBenchmark:
    """A benchmark's figures worked out once per analysis: basis, annual points, PPP and reporting P50."""

    benchmark: Benchmark
    market_id: str
    market_name: str
    currency: str
    basis: PositionBasis
    points: tuple[tuple[int, Decimal], ...]
    p50: Decimal
    p50_ppp: Conversion
    points_ppp: tuple[tuple[int, Decimal], ...]
    """Empty when there is no PPP factor for the benchmark's currency."""
    p50_reporting: Conversion
    is_example: bool
    percentiles: tuple[int, ...] = ()
    points_reporting: tuple[tuple[int, Decimal], ...] = ()
    """``points`` in the reporting currency; empty when the rate is missing."""
    months_per_year: Decimal = MONTHS_IN_A_YEAR
