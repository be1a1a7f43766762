"""Market data that has aged past the plan's limit, or carries no date at all."""

from __future__ import annotations

from datetime import date

from hireplan.analysis.results import Ref, StaleData
from hireplan.model import Plan
from hireplan.model.kinds import Kind


def _check(kind: Kind, object_id: str, as_of: date | None, today: date, limit: int) -> StaleData | None:
    if as_of is None:
        return StaleData(Ref(kind, object_id), None, None)
    age = (today - as_of).days
    if age > limit:
        return StaleData(Ref(kind, object_id), as_of, age)
    return None


PPP_MIN_DAYS = 3 * 365
"""PPP factors come out once a year, a year or two late: only flag them after three years."""


def find_stale(plan: Plan, today: date) -> tuple[StaleData, ...]:
    """Benchmarks and exchange rates older than ``settings.stale_data_days``, PPP factors older than
    three years (or that limit if longer), and any of them without a date."""
    limit = plan.settings.stale_data_days
    found: list[StaleData] = []
    for benchmark in plan.benchmarks:
        if (entry := _check("benchmark", benchmark.id, benchmark.as_of, today, limit)) is not None:
            found.append(entry)
    for rate in plan.exchange_rates:
        if (entry := _check("rate", rate.id, rate.as_of, today, limit)) is not None:
            found.append(entry)
    for factor in plan.ppp_factors:
        if (entry := _check("ppp", factor.id, factor.as_of, today, max(limit, PPP_MIN_DAYS))) is not None:
            found.append(entry)
    return tuple(found)
