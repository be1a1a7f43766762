"""Currency conversion with the plan's own exchange rates and PPP factors.

A missing rate is a :class:`MissingRate` the user sees, never a silent 1.0. Rates may be
used inverted and chained through a common currency (CNY -> USD -> GBP); the effective rate,
the oldest as-of date and the sources used travel with every converted figure.
"""

from __future__ import annotations

import itertools
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from hireplan.analysis.results import Conversion, Converted, MissingRate
from hireplan.i18n import _
from hireplan.model import ExchangeRate, PppFactor

PPP_UNIT = "INT$"
"""International dollars: the unit PPP-converted figures are shown in."""

ONE = Decimal(1)


@dataclass(frozen=True, slots=True)
class _Leg:
    multiply: Decimal
    divide: Decimal
    as_of: date | None
    source: str


@dataclass(frozen=True, slots=True)
class _Path:
    """amount x multiply / divide: kept as two products so a rate used inverted stays exact."""

    multiply: Decimal
    divide: Decimal
    as_of: date | None
    source: str

    @property
    def factor(self) -> Decimal:
        return self.multiply / self.divide


def _older(a: date | None, b: date | None) -> date | None:
    """The older of two dates; an undated rate makes the whole chain undated."""
    if a is None or b is None:
        return None
    return min(a, b)


def _newer_first(rate: ExchangeRate) -> tuple[int, date]:
    return (rate.as_of is not None, rate.as_of or date.min)


class RateTable:
    """Exchange rates of one plan, indexed once; paths are found on demand and cached."""

    def __init__(self, rates: Iterable[ExchangeRate]) -> None:
        best: dict[frozenset[str], ExchangeRate] = {}
        for rate in rates:
            pair = frozenset((rate.base, rate.quote))
            current = best.get(pair)
            # Several rates for one pair: the most recent wins (undated ones lose to dated).
            if current is None or _newer_first(rate) > _newer_first(current):
                best[pair] = rate
        self._edges: dict[str, dict[str, _Leg]] = {}
        self.rate_ids: dict[frozenset[str], str] = {}
        for pair, rate in best.items():
            self.rate_ids[pair] = rate.id
            source = rate.source.strip() or _("no source given")
            self._edges.setdefault(rate.base, {})[rate.quote] = _Leg(rate.rate, ONE, rate.as_of, source)
            self._edges.setdefault(rate.quote, {})[rate.base] = _Leg(ONE, rate.rate, rate.as_of, source)
        self._cache: dict[tuple[str, str], _Path | None] = {}
        self._chains: dict[tuple[str, str], tuple[str, ...]] = {}

    @property
    def currencies(self) -> frozenset[str]:
        return frozenset(self._edges)

    def _path(self, source: str, target: str) -> _Path | None:
        key = (source, target)
        if key in self._cache:
            return self._cache[key]
        found = self._search(source, target)
        self._cache[key] = found
        return found

    def _search(self, source: str, target: str) -> _Path | None:
        """Shortest chain of rates (fewest legs), neighbours visited in sorted order for determinism."""
        if source not in self._edges or target not in self._edges:
            return None
        previous: dict[str, str] = {source: source}
        queue = deque([source])
        while queue:
            here = queue.popleft()
            if here == target:
                break
            for there in sorted(self._edges[here]):
                if there not in previous:
                    previous[there] = here
                    queue.append(there)
        if target not in previous:
            return None
        chain = [target]
        while chain[-1] != source:
            chain.append(previous[chain[-1]])
        chain.reverse()
        self._chains[(source, target)] = tuple(chain)
        multiply = divide = ONE
        as_of: date | None = date.max
        sources: list[str] = []
        for a, b in itertools.pairwise(chain):
            leg = self._edges[a][b]
            multiply *= leg.multiply
            divide *= leg.divide
            as_of = _older(as_of, leg.as_of)
            if leg.source not in sources:
                sources.append(leg.source)
        if len(chain) > 2:
            sources.insert(0, _("via {currencies}").format(currencies=" -> ".join(chain)))
        return _Path(multiply, divide, as_of, "; ".join(sources))

    def legs(self, source: str, target: str) -> tuple[tuple[str, bool], ...] | None:
        """The rates a conversion uses, as (rate id, used inverted), in order; () for the same currency.

        Lets the workbook rebuild a conversion as a live formula over the rates it shows.
        """
        if source == target:
            return ()
        if self._path(source, target) is None:
            return None
        chain = self._chains[(source, target)]
        return tuple(
            (self.rate_ids[frozenset((a, b))], self._edges[a][b].divide != ONE)
            for a, b in itertools.pairwise(chain)
        )

    def links(self, source: str, target: str) -> bool:
        """Whether a chain of rates converts ``source`` into ``target`` (cheap: the path is cached)."""
        return source == target or self._path(source, target) is not None

    def factor(self, source: str, target: str) -> Decimal | None:
        """Units of ``target`` one unit of ``source`` buys, or None when no chain of rates links them."""
        if source == target:
            return ONE
        path = self._path(source, target)
        return None if path is None else path.factor

    def convert(self, amount: Decimal, source: str, target: str) -> Conversion:
        if source == target:
            return Converted(amount, target, ONE, None, "same currency", "nominal", amount, source)
        path = self._path(source, target)
        if path is None:
            return MissingRate(
                source,
                target,
                "nominal",
                _(
                    "No exchange rate links {source} to {target}: add one under Exchange rates "
                    "so this figure can be compared."
                ).format(source=source, target=target),
            )
        if not MIN_CHAIN_FACTOR <= path.factor <= MAX_CHAIN_FACTOR:
            return MissingRate(
                source,
                target,
                "nominal",
                _(
                    "The exchange rates linking {source} to {target} ({rates}) multiply to a factor "
                    "no real pair of currencies has: check them under Exchange rates."
                ).format(source=source, target=target, rates=path.source),
            )
        return Converted(
            amount * path.multiply / path.divide,
            target,
            path.factor,
            path.as_of,
            path.source,
            "nominal",
            amount,
            source,
        )


MAX_CHAIN_FACTOR = Decimal("1e12")
MIN_CHAIN_FACTOR = Decimal("1e-12")
"""Each rate lies within 10^-6..10^6, but a chain of them could multiply beyond any real pair;
such a conversion is reported as missing instead of yielding figures too large to show or export."""


class PppTable:
    """PPP factors of one plan: ``factor`` units of a currency buy what one international dollar buys."""

    def __init__(self, factors: Iterable[PppFactor]) -> None:
        # Copies: figures worked out later (see results.Comparisons) must not see later edits.
        self._by_currency: dict[str, list[PppFactor]] = {}
        for factor in factors:
            self._by_currency.setdefault(factor.currency, []).append(factor.model_copy())
        for entries in self._by_currency.values():
            entries.sort(key=lambda f: (f.as_of is not None, f.as_of or date.min), reverse=True)
        self._found: dict[tuple[str, str], PppFactor | None] = {}

    def find(self, currency: str, country: str = "") -> PppFactor | None:
        """The factor for ``currency``, preferring one for ``country``, then the most recent."""
        key = (currency, country)
        if key not in self._found:
            self._found[key] = self._search(currency, country)
        return self._found[key]

    def _search(self, currency: str, country: str) -> PppFactor | None:
        entries = self._by_currency.get(currency)
        if not entries:
            return None
        if country:
            wanted = country.strip().casefold()
            for entry in entries:
                if entry.country.strip().casefold() == wanted:
                    return entry
        return entries[0]

    def to_international(self, amount: Decimal, currency: str, country: str = "") -> Conversion:
        entry = self.find(currency, country)
        if entry is None:
            return MissingRate(
                currency,
                PPP_UNIT,
                "ppp",
                _(
                    "No purchasing-power (PPP) factor for {currency}: add one so this figure "
                    "can be compared in what it buys."
                ).format(currency=currency),
            )
        rate = ONE / entry.factor
        return Converted(
            amount / entry.factor,
            PPP_UNIT,
            rate,
            entry.as_of,
            entry.source.strip() or _("no source given"),
            "ppp",
            amount,
            currency,
        )
