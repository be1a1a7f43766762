"""Which band a compa-ratio falls in, by the plan's own threshold.

The comparison screen colours ratios with this and the below-market rule flags with the same
limits, so a red cell and a high flag always agree. No Qt.
"""

from __future__ import annotations

from decimal import Decimal

from hireplan.analysis.results import Severity
from hireplan.model import Settings

AT_MEDIAN = Decimal(1)


def compa_band(ratio: Decimal, settings: Settings) -> Severity:
    """HIGH under ``below_market_threshold``, MEDIUM under 1.0 (below P50), LOW at or above P50."""
    if ratio < settings.below_market_threshold:
        return Severity.HIGH
    if ratio < AT_MEDIAN:
        return Severity.MEDIUM
    return Severity.LOW
