"""Typed, immutable results about offers: the package worked out, its place against each market's
benchmark and the internal band, and the competing package.

No Qt, no I/O. :mod:`hireplan.analysis.results` re-exports these with the plan-wide results.
Amounts are unrounded ``Decimal``; round only when showing them (see ``hireplan.analysis.format``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Literal, NamedTuple

from hireplan.analysis.benchmark_figures import PositionBasis, PreparedBenchmark
from hireplan.analysis.level_fit import LevelFit, fit_reason
from hireplan.analysis.money import Conversion, Converted, MissingRate
from hireplan.i18n import _
from hireplan.model import Level

UncomparedReason = Literal["", "no_base", "no_benchmark", "no_median", "no_rate"]
"""Why an offer has no position in its own market: no base yet, no benchmark for its role there,
a benchmark with no median, or no rate from its currency into the benchmark's ("" when it has one)."""


@dataclass(frozen=True, slots=True)
class OfferFigures:
    """An offer's package worked out in its own currency, per year unless stated."""

    currency: str
    base: Decimal
    bonus: Decimal
    """Paid in cash a year on top of twelve months of base: the target bonus plus the guaranteed
    extra months (base / 12 each) of a 13-, 14- or 15-month package."""
    equity_per_year: Decimal
    sign_on_per_year: Decimal
    """Shown beside pay; never in a survey basis nor in the annual total."""
    allowances: Decimal
    """Housing + living, yearly; never in a survey basis nor in the annual total."""
    annual_total: Decimal
    """Total direct pay, the survey definition: base + bonus + equity per year."""
    relocation: Decimal
    """One-off; part of the first year, not of annual pay."""
    first_year_value: Decimal
    """What the candidate receives in year one: base + bonus + a year of equity + the whole sign-on
    + allowances + relocation."""
    first_year_cost: Decimal
    """What the hire costs in year one: first-year value + research budget + compute budget."""
    research_budget: Decimal
    compute_budget: Decimal
    extra_months: Decimal = Decimal(0)
    """Guaranteed extra months of base (2 for a 14-month package)."""
    extra_month_pay: Decimal = Decimal(0)
    """Their pay a year (base / 12 x ``extra_months``); part of ``bonus``."""

    @property
    def target_bonus(self) -> Decimal:
        """The target (performance) bonus alone: ``bonus`` without the guaranteed extra months."""
        return self.bonus - self.extra_month_pay

    @property
    def total_cash(self) -> Decimal:
        """Base + target bonus (guaranteed extra months included)."""
        return self.base + self.bonus


class Position(NamedTuple):
    """Where a figure sits against a benchmark's percentiles (in one unit: nominal or PPP).

    Only the inputs are stored; the ratios are properties, and it is an (immutable) named tuple,
    so building thousands of these for the cross-market view stays cheap.
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
        """``P62``, ``below P25``, ``above P90``, in the current language (``低于 P25``)."""
        if self.percentile is None:
            side, _space, percentile = self.outside.partition(" P")
            if side == "below" and percentile:
                return _("below P{percentile}").format(percentile=percentile)
            if side == "above" and percentile:
                return _("above P{percentile}").format(percentile=percentile)
            return _("no percentiles")
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
    """One offer against one market's benchmark, nominal (benchmark currency) and in PPP terms.

    The benchmark's own figures (market, basis, percentiles...) are read from ``prepared``, shared
    by every offer compared with it, so building one of these for each offer and market stays cheap.
    """

    prepared: PreparedBenchmark
    offer_in_market: Conversion
    """The offer's figure on ``basis`` converted to ``currency`` (rate 1 when the same)."""
    nominal: Position | None
    ppp: Position | None
    """Offer and benchmark both in international dollars."""
    is_own_market: bool
    problems: tuple[str, ...] = ()
    offer_reporting: Conversion | None = None
    """The offer's figure on ``basis`` in the reporting currency, to chart every market on one axis."""
    level_fit: LevelFit = "exact"
    role_level: Level | None = None

    @property
    def market_id(self) -> str:
        return self.prepared.market_id

    @property
    def market_name(self) -> str:
        return self.prepared.market_name

    @property
    def benchmark_id(self) -> str:
        return self.prepared.benchmark.id

    @property
    def basis(self) -> PositionBasis:
        return self.prepared.basis

    @property
    def currency(self) -> str:
        """The benchmark's currency; ``nominal`` figures are in it."""
        return self.prepared.currency

    @property
    def p50(self) -> Decimal:
        """Annualised benchmark median in ``currency`` on ``basis``."""
        return self.prepared.p50

    @property
    def p50_reporting(self) -> Conversion:
        return self.prepared.p50_reporting

    @property
    def is_example(self) -> bool:
        return self.prepared.is_example

    @property
    def known_percentiles(self) -> tuple[int, ...]:
        """The percentiles the benchmark gives on ``basis``, e.g. (25, 50, 90)."""
        return self.prepared.percentiles

    @property
    def points(self) -> tuple[tuple[int, Decimal], ...]:
        """The benchmark's known (percentile, annual value) points in ``currency``, lowest first."""
        return self.prepared.points

    @property
    def points_ppp(self) -> tuple[tuple[int, Decimal], ...]:
        """The same points in international dollars; empty without a PPP factor."""
        return self.prepared.points_ppp

    @property
    def points_reporting(self) -> tuple[tuple[int, Decimal], ...]:
        """The same points in the reporting currency; empty when the rate is missing."""
        return self.prepared.points_reporting

    @property
    def months_per_year(self) -> Decimal:
        """The benchmark's months per year: the offer's guaranteed extra months count as base up to it."""
        return self.prepared.months_per_year

    @property
    def fit_reason(self) -> str:
        """Why the comparison is only indicative (a sentence), empty for an exact level."""
        return "" if self.level_fit == "exact" else fit_reason(self.prepared.benchmark.level, self.role_level)

    @property
    def indicative(self) -> bool:
        """True when the benchmark is not for the role's level: a pointer, never a verdict."""
        return self.level_fit != "exact"


@dataclass(frozen=True, slots=True)
class BandPosition:
    """An offer inside the employer's own pay band (band currency, on the band's basis)."""

    band_id: str
    basis: PositionBasis
    currency: str
    value: Conversion
    """The offer on the band's basis in the band's currency."""
    minimum: Decimal
    midpoint: Decimal
    maximum: Decimal
    level_fit: LevelFit = "exact"

    @property
    def amount(self) -> Decimal | None:
        return self.value.amount if isinstance(self.value, Converted) else None

    @property
    def position(self) -> Decimal | None:
        """(value - minimum) / (maximum - minimum): 0 at the minimum, 1 at the maximum."""
        amount = self.amount
        if amount is None or self.maximum == self.minimum:
            return None
        return (amount - self.minimum) / (self.maximum - self.minimum)

    @property
    def to_midpoint(self) -> Decimal | None:
        """value / midpoint."""
        amount = self.amount
        return amount / self.midpoint if amount is not None and self.midpoint else None

    @property
    def outside(self) -> Literal["below", "above", ""]:
        amount = self.amount
        if amount is None:
            return ""
        if amount < self.minimum:
            return "below"
        if amount > self.maximum:
            return "above"
        return ""


@dataclass(frozen=True, slots=True)
class CompetingComparison:
    """Our offer against the candidate's current package or a rival offer, in the offer's currency."""

    kind: str
    employer: str
    currency: str
    conversion: Conversion | None
    """Competing currency -> offer currency; None when they are the same."""
    annual_total: Decimal | None
    """Competing total direct pay: base + bonus + equity per year (allowances are in the hurdle)."""
    forfeited_equity: Decimal | None
    retention_grant: Decimal | None
    retention_assumed: bool
    """True when the grant comes from settings.expected_retention_grant_pct."""
    hurdle: Decimal | None
    """First-year value our offer must beat: their cash + allowances + the equity they give up
    (the unvested balance, which already holds the coming year's vesting, else a year of equity)
    + retention grant."""
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
    """Against the plan's reference market (settings), worked out at once for returnees and
    relocating hires (the rule that reads it); read it with ``offers.reference_comparison``, which
    finds it among the other markets for anyone else."""
    missing_market_rates: tuple[MissingRate, ...] = ()
    """Conversions into a benchmark's currency that have no rate, in market order."""
    pay_band: BandPosition | None = None
    """Against the employer's own band for the role in the offer's market; None without one."""
    own_benchmark_without_median: str = ""
    """The id of the offer's own-market benchmark when there is one for its role but it gives no
    median (P50) to compare with, as the sample's Hangzhou job-ad ceiling; empty otherwise. It says
    why ``own_market`` is None: the figures are missing, not the benchmark."""

    priced: bool = True
    """Whether the offer has a base yet (:func:`hireplan.analysis.offers.is_priced`); a position
    worked out from a base of 0 is no comparison, and tables say so instead of 0.00."""

    @property
    def compared(self) -> bool:
        """Whether the offer has a position in its own market to show: a base, a benchmark with a
        median there, and a rate from the offer's currency into the benchmark's."""
        return not self.uncompared_reason

    @property
    def uncompared_reason(self) -> UncomparedReason:
        """Why the offer has no position in its own market, as a code for scripts (``hireplan
        check --format json``); empty when it has one. :attr:`why_uncompared` words it."""
        if not self.priced:
            return "no_base"
        if self.own_market is None:
            return "no_median" if self.own_benchmark_without_median else "no_benchmark"
        return "no_rate" if self.own_market.nominal is None else ""

    @property
    def own_missing_rate(self) -> MissingRate | None:
        """The exchange rate the offer lacks to be set against its own market's benchmark (the
        offer's currency into the benchmark's); None when that benchmark is missing or converts."""
        own = self.own_market
        if own is None or isinstance(own.offer_in_market, Converted):
            return None
        return own.offer_in_market

    @property
    def why_uncompared(self) -> str:
        """What a table cell says in place of a compa-ratio when the offer is not :attr:`compared`:
        ``no base yet``, ``no median`` (the market's benchmark holds none), ``no USD-to-GBP rate``
        (the benchmark is there, the rate into its currency is not) or ``no benchmark``, in the
        current language."""
        reason = self.uncompared_reason
        missing = self.own_missing_rate
        if reason == "no_rate" and missing is not None:
            return _("no {source}-to-{target} rate").format(
                source=missing.from_currency, target=missing.to_currency
            )
        if reason == "no_base":
            return _("no base yet")
        return _("no median") if reason == "no_median" else _("no benchmark")
