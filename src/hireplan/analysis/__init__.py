"""Pure analysis of a plan: compensation maths, progress and risk flags. No Qt.

The GUI, the exports and ``hireplan check`` call :func:`analyse` and read the typed
results in :mod:`hireplan.analysis.results`; no formula lives anywhere else.

This face is light: importing ``hireplan.analysis`` (or one of its small modules such as
``format`` or ``results``) loads no engine and no rule. The names below resolve on first use,
so ``from hireplan import analysis`` at the top of a module and ``analysis.analyse(plan)`` in
a function costs start-up nothing until the plan is analysed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what a type checker sees; at run time __getattr__ loads the same names
    from hireplan.analysis.engine import analyse as analyse
    from hireplan.analysis.engine import reanalyse as reanalyse
    from hireplan.analysis.results import Budget as Budget
    from hireplan.analysis.results import CompetingComparison as CompetingComparison
    from hireplan.analysis.results import Conversion as Conversion
    from hireplan.analysis.results import Converted as Converted
    from hireplan.analysis.results import Flag as Flag
    from hireplan.analysis.results import MissingRate as MissingRate
    from hireplan.analysis.results import OfferAnalysis as OfferAnalysis
    from hireplan.analysis.results import OfferComparison as OfferComparison
    from hireplan.analysis.results import OfferFigures as OfferFigures
    from hireplan.analysis.results import PlanAnalysis as PlanAnalysis
    from hireplan.analysis.results import Position as Position
    from hireplan.analysis.results import Progress as Progress
    from hireplan.analysis.results import Ref as Ref
    from hireplan.analysis.results import RiskAssessment as RiskAssessment
    from hireplan.analysis.results import RoleCost as RoleCost
    from hireplan.analysis.results import Severity as Severity
    from hireplan.analysis.results import StaleData as StaleData
    from hireplan.analysis.results import StepProgress as StepProgress

_RESULTS = (
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
)
_HOME = {"analyse": "engine", "reanalyse": "engine", **dict.fromkeys(_RESULTS, "results")}

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


def __getattr__(name: str) -> Any:
    """Load the module a public name lives in when someone first asks for it."""
    home = _HOME.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
