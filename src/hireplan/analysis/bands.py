"""Which band a compa-ratio falls in, by the plan's own threshold, and what that band may say.

The screens colour ratios with :func:`verdict` and the below-market rules flag with
:func:`flag_severity`; both read :func:`compa_band`, so a red cell and a high flag always agree,
and a comparison with a benchmark for another level (or all levels) is never coloured as a
verdict nor flagged high. No Qt.
"""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.level_fit import LevelFit
from hireplan.analysis.results import Severity
from hireplan.model import PlanSettings

AT_MEDIAN = Decimal(1)

_ONE_STEP_DOWN = {Severity.HIGH: Severity.MEDIUM, Severity.MEDIUM: Severity.LOW, Severity.LOW: Severity.LOW}


def compa_band(ratio: Decimal, settings: PlanSettings) -> Severity:
    """HIGH under ``below_market_threshold``, MEDIUM under 1.0 (below P50), LOW at or above P50."""
    if ratio < settings.below_market_threshold:
        return Severity.HIGH
    if ratio < AT_MEDIAN:
        return Severity.MEDIUM
    return Severity.LOW


def verdict(ratio: Decimal, settings: PlanSettings, fit: LevelFit = "exact") -> Severity | None:
    """The band a screen colours a ratio by; None when the comparison is only indicative."""
    return compa_band(ratio, settings) if fit == "exact" else None


def flag_severity(ratio: Decimal, settings: PlanSettings, fit: LevelFit = "exact") -> Severity | None:
    """The severity of a below-market flag for ``ratio``; None at or above the median.

    An indicative comparison (another level, or all levels) is one step milder: never high.
    """
    band = compa_band(ratio, settings)
    if band is Severity.LOW:
        return None
    return band if fit == "exact" else _ONE_STEP_DOWN[band]
