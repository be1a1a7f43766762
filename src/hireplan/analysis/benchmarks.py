"""Finding the benchmark for a role in a market, and placing a figure among its percentiles."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hireplan.analysis.benchmark_figures import PositionBasis, PreparedBenchmark
from hireplan.analysis.convert import PppTable, RateTable
from hireplan.analysis.results import Converted, Position
from hireplan.model import Benchmark, Level, PayPeriod

PERCENTILES: tuple[int, ...] = (25, 50, 75, 90)
HUNDRED = Decimal(100)


def family_key(text: str) -> str:
    """Job families match case-insensitively and ignoring surrounding spaces."""
    return " ".join(text.split()).casefold()


def annual(benchmark: Benchmark, value: Decimal) -> Decimal:
    """A benchmark figure per year: monthly figures times ``months_per_year``."""
    if benchmark.period is PayPeriod.MONTH:
        return value * benchmark.months_per_year
    return value


def basis_of(benchmark: Benchmark) -> PositionBasis | None:
    """The benchmark's total basis when it has a total median, else base; None when it has neither."""
    if benchmark.total_p50 is not None:
        return benchmark.total_basis.value
    if benchmark.base_p50 is not None:
        return "base"
    return None


def percentile_points(benchmark: Benchmark, basis: PositionBasis) -> tuple[tuple[int, Decimal], ...]:
    """The known (percentile, annual value) points on one basis, lowest first."""
    column = "base" if basis == "base" else "total"
    points = []
    for pct in PERCENTILES:
        value = getattr(benchmark, f"{column}_p{pct}")
        if value is not None:
            points.append((pct, annual(benchmark, value)))
    return tuple(points)


def interpolate(value: Decimal, points: tuple[tuple[int, Decimal], ...]) -> tuple[Decimal | None, str]:
    """Percentile position of ``value`` among ``points``, linear between neighbours.

    Outside the known range the position is None and the second item says "below P25" /
    "above P90" (or whichever percentiles the benchmark has); inside it is empty.
    """
    if not points:
        return None, "no percentiles"
    low_pct, low_value = points[0]
    if value < low_value:
        return None, f"below P{low_pct}"
    high_pct, high_value = points[-1]
    if value > high_value:
        return None, f"above P{high_pct}"
    for (lo_pct, lo), (hi_pct, hi) in itertools.pairwise(points):
        if lo <= value <= hi:
            if hi == lo:
                return Decimal(lo_pct), ""
            return lo_pct + (value - lo) / (hi - lo) * (hi_pct - lo_pct), ""
    return Decimal(low_pct), ""


def percentile_label(position: Decimal) -> str:
    return f"P{position.quantize(Decimal(1), rounding=ROUND_HALF_UP)}"


def position(value: Decimal, points: tuple[tuple[int, Decimal], ...], p50: Decimal) -> Position:
    """Place ``value`` among ``points`` and against ``p50`` (all in one unit, nominal or PPP)."""
    percentile, outside = interpolate(value, points)
    return Position(value, p50, percentile, outside)


def prepare(
    benchmark: Benchmark,
    market_id: str,
    *,
    market_name: str,
    country: str,
    rates: RateTable,
    ppp: PppTable,
    reporting_currency: str,
    plan_is_example: bool,
) -> PreparedBenchmark | None:
    """None when the benchmark has no median to compare with."""
    basis = basis_of(benchmark)
    if basis is None:
        return None
    points = percentile_points(benchmark, basis)
    p50 = next(value for pct, value in points if pct == 50)
    p50_ppp = ppp.to_international(p50, benchmark.currency, country)
    factor = ppp.find(benchmark.currency, country)
    points_ppp: tuple[tuple[int, Decimal], ...] = ()
    if factor is not None:
        points_ppp = tuple((pct, amount / factor.factor) for pct, amount in points)
    p50_reporting = rates.convert(p50, benchmark.currency, reporting_currency)
    points_reporting: tuple[tuple[int, Decimal], ...] = ()
    if isinstance(p50_reporting, Converted):
        points_reporting = tuple((pct, amount * p50_reporting.rate) for pct, amount in points)
    return PreparedBenchmark(
        benchmark=benchmark,
        market_id=market_id,
        market_name=market_name,
        currency=benchmark.currency,
        basis=basis,
        points=points,
        p50=p50,
        p50_ppp=p50_ppp,
        points_ppp=points_ppp,
        p50_reporting=p50_reporting,
        is_example=benchmark.is_example or plan_is_example,
        percentiles=tuple(pct for pct, _ in points),
        points_reporting=points_reporting,
        months_per_year=benchmark.months_per_year,
    )


LEVEL_ORDER: tuple[Level, ...] = tuple(Level)


def _level_rank(benchmark: Benchmark, level: Level) -> int:
    """Exact level first, then all levels, then the nearest other level (the lower of two equally near)."""
    if benchmark.level is level:
        return 0
    if benchmark.level is None:
        return 1
    distance = abs(LEVEL_ORDER.index(benchmark.level) - LEVEL_ORDER.index(level))
    return 2 * distance + (1 if LEVEL_ORDER.index(benchmark.level) > LEVEL_ORDER.index(level) else 0)


def _newest(benchmark: Benchmark) -> date:
    return benchmark.as_of or date.min


class BenchmarkIndex:
    """Benchmarks of one plan indexed by (market id, job family) for fast matching."""

    def __init__(self, benchmarks: Iterable[Benchmark]) -> None:
        self._index: dict[tuple[str, str], list[Benchmark]] = {}
        self.market_ids: list[str] = []
        for benchmark in benchmarks:
            key = (benchmark.market_id, family_key(benchmark.job_family))
            self._index.setdefault(key, []).append(benchmark)
            if benchmark.market_id not in self.market_ids:
                self.market_ids.append(benchmark.market_id)
        self._cache: dict[tuple[str, str, Level], Benchmark | None] = {}

    def match(self, market_id: str, job_family: str, level: Level) -> Benchmark | None:
        """The benchmark for a role: same market and family, the best level fit.

        An exact level wins over an all-levels benchmark, which wins over another level (the
        nearest); then one with a usable median; then the most recent; then the first in the plan.
        """
        key = (market_id, job_family, level)
        if key in self._cache:
            return self._cache[key]
        family = family_key(job_family)
        found: Benchmark | None = None
        if family:
            candidates = self._index.get((market_id, family), ())
            if candidates:

                def ranked(b: Benchmark) -> tuple[int, int, int]:
                    return (
                        _level_rank(b, level),
                        0 if basis_of(b) is not None else 1,
                        -_newest(b).toordinal(),
                    )

                found = min(candidates, key=ranked)
        self._cache[key] = found
        return found

    def has_family(self, job_family: str) -> bool:
        family = family_key(job_family)
        return any(key[1] == family for key in self._index)
