"""Typed, immutable results of analysing a plan.

The GUI, the exports and ``hireplan check`` read these and nothing else, so a figure is
computed once, here, and shown the same way everywhere. No Qt, no I/O.
Amounts are unrounded ``Decimal``; round only when showing them (see ``hireplan.analysis.format``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from hireplan.analysis.benchmark_figures import PositionBasis, PreparedBenchmark
from hireplan.analysis.budget_figures import Budget, RoleCost
from hireplan.analysis.flag import Flag, Ref, Severity, flag_key
from hireplan.analysis.level_fit import LevelFit
from hireplan.analysis.money import Conversion, ConversionKind, Converted, MissingRate
from hireplan.analysis.offer_results import (
    BandPosition,
    Comparisons,
    CompetingComparison,
    OfferAnalysis,
    OfferComparison,
    OfferFigures,
    Position,
)
from hireplan.model import ChecklistItem, Step
from hireplan.model.kinds import REF_KINDS, Kind

__all__ = [
    "REF_KINDS",
    "BandPosition",
    "Budget",
    "Comparisons",
    "CompetingComparison",
    "Conversion",
    "ConversionKind",
    "Converted",
    "Flag",
    "LevelFit",
    "MissingRate",
    "OfferAnalysis",
    "OfferComparison",
    "OfferFigures",
    "PlanAnalysis",
    "Position",
    "PositionBasis",
    "PreparedBenchmark",
    "Progress",
    "Ref",
    "RiskAssessment",
    "RoleCost",
    "Severity",
    "StaleData",
    "StepItems",
    "StepProgress",
    "flag_key",
]


@dataclass(frozen=True, slots=True)
class StepProgress:
    step_id: str
    key: str
    title: str
    done: int
    applicable: int
    """Items not marked not-applicable."""
    total: int
    overdue: int
    unassigned: int
    blocked: int

    @property
    def ratio(self) -> float:
        """done / applicable, 0.0 when nothing applies."""
        return self.done / self.applicable if self.applicable else 0.0


@dataclass(frozen=True, slots=True)
class Progress:
    steps: tuple[StepProgress, ...]

    @property
    def done(self) -> int:
        return sum(step.done for step in self.steps)

    @property
    def applicable(self) -> int:
        return sum(step.applicable for step in self.steps)

    @property
    def overall(self) -> float:
        """All done items / all applicable items across the steps, 0.0 when nothing applies."""
        applicable = self.applicable
        return self.done / applicable if applicable else 0.0


@dataclass(frozen=True, slots=True)
class RiskAssessment:
    """A manual risk placed on the 5 x 5 likelihood x impact matrix."""

    risk_id: str
    likelihood: int
    impact: int
    score: int
    band: Severity
    review_overdue: bool


@dataclass(frozen=True, slots=True)
class StaleData:
    """A benchmark, exchange rate or PPP factor that is old or undated."""

    ref: Ref
    as_of: date | None
    age_days: int | None


@dataclass(frozen=True, slots=True)
class StepItems:
    """A step's open items sorted once into the groups progress and the checklist rule both need."""

    step: Step
    done: int
    applicable: int
    overdue: tuple[ChecklistItem, ...]
    blocked: tuple[ChecklistItem, ...]
    unassigned: tuple[ChecklistItem, ...]
    critical_undated: tuple[ChecklistItem, ...]


@dataclass(frozen=True)
class PlanAnalysis:
    """Everything computed from one plan on one day."""

    plan_id: str
    today: date
    reporting_currency: str
    progress: Progress
    offers: Mapping[str, OfferAnalysis]
    """By offer id, in plan order."""
    budget: Budget
    risks: tuple[RiskAssessment, ...]
    stale: tuple[StaleData, ...]
    flags: tuple[Flag, ...] = field(default=())
    """Ordered by severity, then rule id, then refs."""
    raised: tuple[tuple[Flag, ...], ...] = field(default=(), compare=False, repr=False)
    """Each rule's flags before acknowledgements, kept so a re-analysis can reuse them."""
    step_items: tuple[StepItems, ...] = field(default=(), compare=False, repr=False)
    """The checklist sorted for progress, kept so a re-analysis can reuse it."""
    context: object = field(default=None, compare=False, repr=False)
    """The lookups this analysis was worked out with (a :class:`hireplan.analysis.context.Context`,
    which sits above this module), kept so a re-analysis can reuse them."""

    @property
    def unacknowledged_high(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.severity is Severity.HIGH and not f.acknowledged)

    def flags_for(self, kind: Kind, object_id: str) -> tuple[Flag, ...]:
        """Flags that refer to one plan object, e.g. to badge a row in a table."""
        # Plain loops comparing the id first: the offer form asks after every edit, and comparing
        # Ref objects took six times as long on a large plan's 2,400 references.
        found: list[Flag] = []
        for flag in self.flags:
            for ref in flag.refs:
                if ref.id == object_id and ref.kind == kind:
                    found.append(flag)
                    break
        return tuple(found)
