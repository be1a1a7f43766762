"""Typed, immutable results of analysing a plan.

The GUI, the exports and ``hireplan check`` read these and nothing else, so a figure is
computed once, here, and shown the same way everywhere. No Qt, no I/O.
Amounts are unrounded ``Decimal``; round only when showing them (see ``hireplan.analysis.format``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, Literal

from hireplan.model import Acknowledgement, ChecklistItem, Step
from hireplan.model.kinds import KINDS, REF_KINDS, Kind


class Severity(StrEnum):
    """How urgently a flag needs attention; ``rank`` orders high before medium before low."""

    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()


_SEVERITY_RANK = {Severity.HIGH: 0, Severity.MEDIUM: 1, Severity.LOW: 2}


@dataclass(frozen=True, slots=True, order=True)
class Ref:
    """A pointer to a plan object a flag is about, so the app can jump to it."""

    kind: Kind
    id: str


_TARGET_RANK: dict[str, int] = {kind: KINDS[kind].jump_rank for kind in REF_KINDS}
"""Which object a jump from a flag shows first: the one a person would edit to clear it
(:attr:`hireplan.model.kinds.KindInfo.jump_rank`)."""

MAX_FLAG_KEY = 200
"""Keys longer than this are shortened with a hash so they fit ``Acknowledgement.flag_key``."""


def flag_key(rule: str, refs: tuple[Ref, ...], subject: str = "") -> str:
    """The key an acknowledgement stores: rule id and the sorted ids of the objects involved,
    plus the subject when one rule can say two things about the same objects."""
    key = f"{rule}:{','.join(sorted(ref.id for ref in refs))}"
    if subject:
        key = f"{key}|{subject}"
    if len(key) <= MAX_FLAG_KEY:
        return key
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    return f"{rule}:#{digest}"


@dataclass(frozen=True, slots=True)
class Flag:
    """A problem the plan raises by itself, with what to do about it and where it comes from."""

    rule: str
    """Stable rule id such as ``offer-below-market``."""
    severity: Severity
    category: str
    title: str
    message: str
    """What is wrong and why it matters."""
    mitigation: str
    rationale: str
    """The guide step or common mistake the rule comes from."""
    refs: tuple[Ref, ...] = ()
    acknowledged: bool = False
    acknowledgement: Acknowledgement | None = None
    subject: str = ""
    """Tells apart flags of one rule about the same objects (e.g. which rate is missing)."""

    @property
    def key(self) -> str:
        return flag_key(self.rule, self.refs, self.subject)

    @property
    def target(self) -> Ref | None:
        """The object a "go to" should show: the most specific one (an item before its step, an
        offer before its role or market), the earliest of equals, or the plan itself."""
        if not self.refs:
            return None
        return min(self.refs, key=lambda ref: _TARGET_RANK.get(ref.kind, len(_TARGET_RANK)))

    @property
    def sort_key(self) -> tuple[int, str]:
        """Severity (high first), then rule id.

        Flags of one rule keep the order the rule made them in, which follows the plan (steps,
        offers, roles in their plan order), so the order is the same on every run and reads
        like the plan.
        """
        return (_SEVERITY_RANK[self.severity], self.rule)


ConversionKind = Literal["nominal", "ppp"]


@dataclass(frozen=True, slots=True)
class Converted:
    """An amount converted into another currency, saying which rate(s) it used.

    ``rate`` is the effective factor: ``amount == from_amount * rate`` (up to Decimal precision).
    For PPP conversions ``currency`` is ``"INT$"`` (international dollars).
    ``as_of`` is the oldest date among the rates used; ``source`` names them.
    """

    amount: Decimal
    currency: str
    rate: Decimal
    as_of: date | None
    source: str
    kind: ConversionKind = "nominal"
    from_amount: Decimal = Decimal(0)
    from_currency: str = ""


@dataclass(frozen=True, slots=True)
class MissingRate:
    """A conversion that could not be made; shown to the user, never replaced by 1.0."""

    from_currency: str
    to_currency: str
    kind: ConversionKind
    message: str


Conversion = Converted | MissingRate


@dataclass(frozen=True, slots=True)
class OfferFigures:
    """An offer's package worked out in its own currency, per year unless stated."""

    currency: str
    base: Decimal
    bonus: Decimal
    equity_per_year: Decimal
    sign_on_per_year: Decimal
    allowances: Decimal
    annual_total: Decimal
    """base + bonus + equity/vesting + sign-on/amortisation + allowances."""
    relocation: Decimal
    """One-off; part of the first year, not of annual pay."""
    first_year_value: Decimal
    """What the candidate receives in year one: base + bonus + a year of equity + the whole sign-on
    + allowances + relocation."""
    first_year_cost: Decimal
    """What the hire costs in year one: first-year value + research budget + compute budget."""
    research_budget: Decimal
    compute_budget: Decimal


PositionBasis = Literal["total", "base"]


@dataclass(frozen=True, slots=True)
class Position:
    """Where a figure sits against a benchmark's percentiles (in one unit: nominal or PPP).

    Only the inputs are stored; the ratios are properties, so building thousands of these
    for the cross-market view stays cheap.
    """

    value: Decimal
    p50: Decimal
    percentile: Decimal | None
    """Interpolated between the known percentiles; None outside them (see ``label``)."""
    outside: str = ""
    """``below P25`` / ``above P90`` (or the benchmark's lowest / highest known percentile) when the
    value lies outside the known range, else empty."""

    @property
    def compa_ratio(self) -> Decimal:
        """value / p50."""
        return self.value / self.p50 if self.p50 else Decimal(0)

    @property
    def label(self) -> str:
        """``P62``, ``below P25``, ``above P90``."""
        if self.percentile is None:
            return self.outside or "no percentiles"
        return f"P{self.percentile.quantize(_ONE, rounding=ROUND_HALF_UP)}"

    @property
    def gap_to_p50(self) -> Decimal:
        """value - p50; negative means below the median."""
        return self.value - self.p50

    @property
    def gap_pct(self) -> Decimal:
        """The gap as a percentage of p50."""
        return (self.value - self.p50) / self.p50 * 100 if self.p50 else Decimal(0)


_ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class OfferComparison:
    """One offer against one market's benchmark, nominal (benchmark currency) and in PPP terms."""

    market_id: str
    market_name: str
    benchmark_id: str
    basis: PositionBasis
    currency: str
    """The benchmark's currency; ``nominal`` figures are in it."""
    p50: Decimal
    """Annualised benchmark median in ``currency`` on ``basis``."""
    offer_in_market: Conversion
    """The offer's figure on ``basis`` converted to ``currency`` (rate 1 when the same)."""
    nominal: Position | None
    ppp: Position | None
    """Offer and benchmark both in international dollars."""
    p50_reporting: Conversion
    is_own_market: bool
    is_example: bool
    problems: tuple[str, ...] = ()
    known_percentiles: tuple[int, ...] = ()
    """The percentiles the benchmark gives on ``basis``, e.g. (25, 50, 90)."""
    points: tuple[tuple[int, Decimal], ...] = ()
    """The benchmark's known (percentile, annual value) points in ``currency``, lowest first."""
    points_ppp: tuple[tuple[int, Decimal], ...] = ()
    """The same points in international dollars; empty without a PPP factor."""
    points_reporting: tuple[tuple[int, Decimal], ...] = ()
    """The same points in the reporting currency; empty when the rate is missing."""
    offer_reporting: Conversion | None = None
    """The offer's figure on ``basis`` in the reporting currency, to chart every market on one axis."""


@dataclass(frozen=True, slots=True)
class CompetingComparison:
    """Our offer against the candidate's current package or a rival offer, in the offer's currency."""

    kind: str
    employer: str
    currency: str
    conversion: Conversion | None
    """Competing currency -> offer currency; None when they are the same."""
    annual_total: Decimal | None
    """Competing base + bonus + equity per year + allowances."""
    forfeited_equity: Decimal | None
    retention_grant: Decimal | None
    retention_assumed: bool
    """True when the grant comes from settings.expected_retention_grant_pct."""
    hurdle: Decimal | None
    """First-year value our offer must beat: annual total + forfeited equity + retention grant."""
    annual_gap: Decimal | None
    """Our annual total - their annual total."""
    first_year_gap: Decimal | None
    """Our first-year value - hurdle."""
    problem: str | None = None

    @property
    def beats(self) -> bool | None:
        return None if self.first_year_gap is None else self.first_year_gap > 0


class Comparisons(Sequence["OfferComparison"]):
    """An offer against every market, worked out the first time someone reads them.

    The Compensation screen and the exports read them; the rules need only the offer's own and
    the reference market (computed at once), so analysing a large plan skips most of this work.
    The computation reads only figures fixed when the analysis ran, so a late read gives what an
    early one would have. Compares equal to any sequence of the same comparisons.
    """

    __slots__ = ("_compute", "_items")

    def __init__(self, compute: Callable[[], tuple[OfferComparison, ...]]) -> None:
        self._compute = compute
        self._items: tuple[OfferComparison, ...] | None = None

    def _all(self) -> tuple[OfferComparison, ...]:
        items = self._items
        if items is None:
            items = self._items = self._compute()
        return items

    def __getitem__(self, index: int | slice) -> Any:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[OfferComparison]:
        return iter(self._all())

    def __bool__(self) -> bool:
        return bool(self._all())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Comparisons):
            return self._all() == other._all()
        if isinstance(other, tuple | list):
            return self._all() == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._all())

    def __repr__(self) -> str:
        return f"Comparisons({self._all()!r})" if self._items is not None else "Comparisons(<not yet read>)"


@dataclass(frozen=True, slots=True)
class OfferAnalysis:
    offer_id: str
    role_id: str
    market_id: str
    figures: OfferFigures
    annual_reporting: Conversion
    """Annual total in the plan's reporting currency."""
    first_year_reporting: Conversion
    first_year_cost_reporting: Conversion
    annual_ppp: Conversion
    """Annual total in international dollars."""
    own_market: OfferComparison | None
    """Against the benchmark of the offer's own market; None when there is none."""
    cross_market: Sequence[OfferComparison]
    """Against the matching benchmark of every market, own market included, in plan order
    (worked out when first read: see :class:`Comparisons`)."""
    competing: CompetingComparison | None
    problems: tuple[str, ...] = ()
    first_year_ppp: Conversion | None = None
    """First-year value in international dollars."""
    competing_annual_reporting: Conversion | None = None
    """The competing package's annual total in the reporting currency (None without one)."""
    competing_gap_reporting: Conversion | None = None
    """``competing.first_year_gap`` (our first year minus their hurdle) in the reporting currency."""
    reference_market: OfferComparison | None = None
    """Against the plan's reference market (settings), when it has a matching benchmark."""
    missing_market_rates: tuple[MissingRate, ...] = ()
    """Conversions into a benchmark's currency that have no rate, in market order."""


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
class RoleCost:
    """Year-one cost of filling a role: one hire's first-year cost x headcount."""

    role_id: str
    headcount: int
    offer_id: str | None
    """The offer priced (the dearest in reporting currency when a role has several)."""
    per_hire: Conversion | None
    """None when the role has no offer yet."""
    total: Decimal | None
    """per_hire x headcount in the reporting currency; None when it cannot be priced."""


@dataclass(frozen=True, slots=True)
class Budget:
    currency: str
    roles: tuple[RoleCost, ...]
    total: Decimal
    """Sum of the roles that could be priced."""
    unpriced_role_ids: tuple[str, ...]
    """Roles with no offer or a missing rate: the total leaves them out."""

    @property
    def complete(self) -> bool:
        return not self.unpriced_role_ids


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

    @property
    def unacknowledged_high(self) -> tuple[Flag, ...]:
        return tuple(f for f in self.flags if f.severity is Severity.HIGH and not f.acknowledged)

    def flags_for(self, kind: Kind, object_id: str) -> tuple[Flag, ...]:
        """Flags that refer to one plan object, e.g. to badge a row in a table."""
        return tuple(f for f in self.flags if Ref(kind, object_id) in f.refs)
