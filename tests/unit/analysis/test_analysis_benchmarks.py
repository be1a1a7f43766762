"""Benchmark matching and percentile position: where an offer sits in the market."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hireplan.analysis.benchmarks import BenchmarkIndex, annual, interpolate, percentile_points, position
from hireplan.model import Benchmark, Level, PayPeriod

POINTS = ((25, Decimal(200)), (50, Decimal(250)), (75, Decimal(400)), (90, Decimal(600)))


def _bench(**changes: object) -> Benchmark:
    data: dict[str, object] = {
        "market_id": "sv",
        "job_family": "ML engineer",
        "currency": "USD",
        "total_p50": Decimal(250),
    }
    data.update(changes)
    return Benchmark.model_validate(data)


def test_interpolation_between_known_percentiles() -> None:
    assert interpolate(Decimal(225), POINTS) == (Decimal("37.5"), "")
    assert interpolate(Decimal(500), POINTS) == (Decimal("82.5"), "")
    assert interpolate(Decimal(250), POINTS) == (Decimal(50), "")


def test_outside_the_known_range_is_named_not_extrapolated() -> None:
    assert interpolate(Decimal(199), POINTS) == (None, "below P25")
    assert interpolate(Decimal(601), POINTS) == (None, "above P90")
    only_median = ((50, Decimal(250)),)
    assert interpolate(Decimal(300), only_median) == (None, "above P50")
    assert interpolate(Decimal(250), only_median) == (Decimal(50), "")


def test_position_reports_ratio_gap_and_label() -> None:
    result = position(Decimal(225), POINTS, Decimal(250))
    assert result.compa_ratio == Decimal("0.9")
    assert result.gap_to_p50 == -25 and result.gap_pct == -10
    assert result.label == "P38"  # 37.5 rounds half up
    assert position(Decimal(700), POINTS, Decimal(250)).label == "above P90"


def test_monthly_benchmarks_are_annualised_with_months_per_year() -> None:
    bench = _bench(
        period=PayPeriod.MONTH,
        months_per_year=Decimal(14),
        total_p50=Decimal(40_000),
        total_p90=Decimal(110_000),
    )
    assert annual(bench, Decimal(40_000)) == 560_000
    assert percentile_points(bench, "total") == ((50, Decimal(560_000)), (90, Decimal(1_540_000)))


def test_matching_is_case_insensitive_and_prefers_the_exact_level() -> None:
    all_levels = _bench(id="all", job_family="ml engineer")
    senior = _bench(id="senior", job_family="  ML  Engineer ", level=Level.SENIOR)
    staff = _bench(id="staff", level=Level.STAFF)
    index = BenchmarkIndex([all_levels, senior, staff])
    assert index.match("sv", "ML Engineer", Level.SENIOR) is senior
    found = index.match("sv", "ml engineer", Level.MID)
    assert found is all_levels
    assert index.match("hz", "ML engineer", Level.SENIOR) is None
    assert index.match("sv", "", Level.SENIOR) is None


def test_matching_prefers_a_usable_then_a_newer_benchmark() -> None:
    empty = _bench(id="empty", total_p50=None, source="no figures")
    old = _bench(id="old", as_of=date(2024, 1, 1))
    new = _bench(id="new", as_of=date(2026, 1, 1))
    found = BenchmarkIndex([empty, old, new]).match("sv", "ML engineer", Level.MID)
    assert found is not None and found.id == "new"
