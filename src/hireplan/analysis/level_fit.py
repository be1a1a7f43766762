"""How a benchmark's (or a band's) level fits a role's level, and why a comparison is only indicative.

An exact level gives a verdict; a figure for all levels, or for another level, gives a pointer.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from hireplan.i18n import _, current_language
from hireplan.model import Level

LevelFit = Literal["exact", "all_levels", "other_level"]
"""How a benchmark's level fits the role: its own level, a figure for all levels, another level."""


def level_fit(benchmark_level: Level | None, level: Level) -> LevelFit:
    """How a benchmark's (or band's) level fits a role's level."""
    if benchmark_level is level:
        return "exact"
    return "all_levels" if benchmark_level is None else "other_level"


def fit_reason(benchmark_level: Level | None, level: Level | None) -> str:
    """Why a comparison is only indicative, as a sentence in the current language; empty for an exact
    level."""
    return _fit_reason(benchmark_level, level, current_language())


@cache
def _fit_reason(benchmark_level: Level | None, level: Level | None, _language: str) -> str:
    if level is None or benchmark_level is level:
        return ""
    if benchmark_level is None:
        return _(
            "Indicative only: the benchmark covers all levels, and this is a {level} role. "
            "Add a benchmark for the role's level for a verdict."
        ).format(level=level.label.lower())
    return _(
        "Indicative only: the benchmark is for {benchmark_level} level, and this is a "
        "{level} role. Add a benchmark for the role's level for a verdict."
    ).format(benchmark_level=benchmark_level.label.lower(), level=level.label.lower())
