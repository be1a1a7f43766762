"""Finding the benchmark for a role in a market, and placing a figure among its percentiles."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from hireplan.analysis.results import Position, PositionBasis
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
    """Total pay when the benchmark has a total median, else base; None when it has neither."""
    if benchmark.total_p50 is not None:
        return "total"
    if benchmark.base_p50 is not None:
        return "base"
    return None


def percentile_points(benchmark: Benchmark, basis: PositionBasis) -> tuple[tuple[int, Decimal], ...]:
    """The known (percentile, annual value) points on one basis, lowest first."""
    points = []
    for pct in PERCENTILES:
        value = getattr(benchmark, f"{basis}_p{pct}")
        if value is not None:
            points.append((pct, annual(benchmark, value)))
    return tuple(points)


def interpolate(value: Decimal, points: tuple[tuple[int, Decimal], ...]) -> tuple[Decimal | None, str]:
    """Percentile position of ``value`` among ``points``, linear between neighbours.

    Outside the known range the position is None and the label says "below P25" / "above P90"
    (or whichever percentiles the benchmark has).
    """
    if not points:
        return None, "no percentiles"
    low_pct, low_value = points[0]
    high_pct, high_value = points[-1]
    if value < low_value:
        return None, f"below P{low_pct}"
    if value > high_value:
        return None, f"above P{high_pct}"
    for (lo_pct, lo), (hi_pct, hi) in itertools.pairwise(points):
        if lo <= value <= hi:
            position = Decimal(lo_pct) if hi == lo else lo_pct + (value - lo) / (hi - lo) * (hi_pct - lo_pct)
            return position, percentile_label(position)
    return Decimal(low_pct), percentile_label(Decimal(low_pct))


def percentile_label(position: Decimal) -> str:
    return f"P{position.quantize(Decimal(1), rounding=ROUND_HALF_UP)}"


def position(
    value: Decimal, points: tuple[tuple[int, Decimal], ...], p50: Decimal, scale: Decimal = Decimal(1)
) -> Position:
    """Place ``value`` against percentiles scaled by ``scale`` (1 nominal, 1/PPP factor in PPP terms)."""
    if scale != 1:
        points = tuple((pct, amount * scale) for pct, amount in points)
        p50 = p50 * scale
    percentile, label = interpolate(value, points)
    gap = value - p50
    return Position(
        value=value,
        p50=p50,
        compa_ratio=value / p50 if p50 else Decimal(0),
        percentile=percentile,
        label=label,
        gap_to_p50=gap,
        gap_pct=gap / p50 * HUNDRED if p50 else Decimal(0),
    )


def _level_rank(benchmark: Benchmark, level: Level) -> int:
    return 0 if benchmark.level is level else 1


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
        """The benchmark for a role: same market and family, same level or all levels.

        An exact level wins over an all-levels benchmark; then one with a usable median;
        then the most recent; then the first in the plan.
        """
        family = family_key(job_family)
        key = (market_id, family, level)
        if key in self._cache:
            return self._cache[key]
        found: Benchmark | None = None
        if family:
            candidates = [
                b for b in self._index.get((market_id, family), ()) if b.level is None or b.level is level
            ]
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
