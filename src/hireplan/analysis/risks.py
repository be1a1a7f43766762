"""The team's own risks on a 5 x 5 likelihood x impact matrix."""

from __future__ import annotations

from datetime import date

from hireplan.analysis.results import RiskAssessment, Severity
from hireplan.model import PlanSettings, Risk, RiskStatus

CLOSED = (RiskStatus.CLOSED,)


def risk_band(score: int, settings: PlanSettings) -> Severity:
    """High at or above ``risk_high_from``, medium at or above ``risk_medium_from``, else low."""
    if score >= settings.risk_high_from:
        return Severity.HIGH
    if score >= settings.risk_medium_from:
        return Severity.MEDIUM
    return Severity.LOW


def assess_risk(risk: Risk, settings: PlanSettings, today: date) -> RiskAssessment:
    score = risk.likelihood * risk.impact
    overdue = risk.status not in CLOSED and risk.review_date is not None and risk.review_date < today
    return RiskAssessment(
        risk_id=risk.id,
        likelihood=risk.likelihood,
        impact=risk.impact,
        score=score,
        band=risk_band(score, settings),
        review_overdue=overdue,
    )
