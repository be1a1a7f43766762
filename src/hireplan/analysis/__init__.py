"""Pure analysis of a plan: compensation maths, progress and risk flags. No Qt.

The GUI, the exports and ``hireplan check`` call :func:`analyse` and read the typed
results in :mod:`hireplan.analysis.results`; no formula lives anywhere else.
"""

from __future__ import annotations

from hireplan.analysis.engine import analyse, reanalyse
from hireplan.analysis.results import (
    Budget,
    CompetingComparison,
    Conversion,
    Converted,
    Flag,
    MissingRate,
    OfferAnalysis,
    OfferComparison,
    OfferFigures,
    PlanAnalysis,
    Position,
    Progress,
    Ref,
    RiskAssessment,
    RoleCost,
    Severity,
    StaleData,
    StepProgress,
)

__all__ = [
    "Budget",
    "CompetingComparison",
    "Conversion",
    "Converted",
    "Flag",
    "MissingRate",
    "OfferAnalysis",
    "OfferComparison",
    "OfferFigures",
    "PlanAnalysis",
    "Position",
    "Progress",
    "Ref",
    "RiskAssessment",
    "RoleCost",
    "Severity",
    "StaleData",
    "StepProgress",
    "analyse",
    "reanalyse",
]
