"""Indexes built once per analysis run, so every rule and comparison looks things up in O(1)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from hireplan.analysis.benchmark_figures import PreparedBenchmark
from hireplan.analysis.benchmarks import BenchmarkIndex, prepare
from hireplan.analysis.convert import PppTable, RateTable
from hireplan.analysis.names import PlanNames
from hireplan.analysis.tag_synonyms import SYNONYMS
from hireplan.model import Benchmark, ChecklistItem, Market, Plan, Status, Step
from hireplan.model.roles import Level, Role


def covers(item: ChecklistItem) -> bool:
    """Whether a tagged item counts for a coverage rule (culture, engagement, career path, policy).

    An item marked not applicable counts only when its notes say why: a team that decided a
    topic does not apply has covered it; one that ticked it away has not.
    """
    return item.status is not Status.NOT_APPLICABLE or bool(item.notes.strip())


@dataclass
class Context:
    """One plan on one day, with lookups the analysis shares."""

    plan: Plan
    today: date
    rates: RateTable
    ppp: PppTable
    benchmarks: BenchmarkIndex
    markets: dict[str, Market]
    roles: dict[str, Role]
    market_order: list[str]
    """Markets to compare across: the plan's markets, then markets only benchmarks mention."""
    benchmark_by_id: dict[str, Benchmark] = field(default_factory=dict)
    tags: dict[str, list[tuple[Step, ChecklistItem]]] = field(default_factory=dict)
    """Items by tag, a Chinese synonym filed under the rules' English key (``文化`` under ``culture``)."""
    """Checklist items that count for coverage rules, by tag, with their step (see :func:`covers`)."""
    names: PlanNames = field(init=False)
    """How results name the plan's objects (:mod:`hireplan.analysis.names`)."""
    _prepared: dict[tuple[str, str], PreparedBenchmark | None] = field(default_factory=dict)
    _matched: dict[tuple[str, Level], tuple[PreparedBenchmark, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.names = PlanNames(self.plan)

    @classmethod
    def build(cls, plan: Plan, today: date) -> Context:
        markets = {market.id: market for market in plan.markets}
        index = BenchmarkIndex(plan.benchmarks)
        order = list(markets)
        order.extend(market_id for market_id in index.market_ids if market_id not in markets)
        tags = _tagged_items(plan)
        return cls(
            plan=plan,
            today=today,
            rates=RateTable(plan.exchange_rates),
            ppp=PppTable(plan.ppp_factors),
            benchmarks=index,
            markets=markets,
            roles={role.id: role for role in plan.roles},
            market_order=order,
            benchmark_by_id={benchmark.id: benchmark for benchmark in plan.benchmarks},
            tags=tags,
        )

    def carried_over(self, *, checklist_changed: bool) -> Context:
        """This context for a re-analysis of the same plan on the same day.

        :func:`hireplan.analysis.engine.reanalyse` runs only after edits to the checklist, offers,
        risks or policy watch; markets, roles, benchmarks, rates and PPP factors are as they were, so
        their lookups and the benchmarks already prepared carry over instead of being built again
        for every edit. The tagged items are gathered again when the checklist changed.
        """
        tags = _tagged_items(self.plan) if checklist_changed else self.tags
        return replace(self, tags=tags)  # the names are worked out afresh (__post_init__)

    def prepared(self, benchmark: Benchmark, market_id: str) -> PreparedBenchmark | None:
        """The benchmark's figures, worked out on first use and shared by every offer."""
        key = (benchmark.id, market_id)
        if key not in self._prepared:
            self._prepared[key] = prepare(
                benchmark,
                market_id,
                market_name=self.market_name(market_id),
                country=self.market_country(market_id),
                rates=self.rates,
                ppp=self.ppp,
                reporting_currency=self.plan.reporting_currency,
                plan_is_example=self.plan.is_example,
            )
        return self._prepared[key]

    def matched(self, family: str, level: Level) -> tuple[PreparedBenchmark, ...]:
        """Each market's benchmark for a job family and level, in market order (shared by offers)."""
        key = (family, level)
        found = self._matched.get(key)
        if found is None:
            found = tuple(
                prepared
                for market_id in self.market_order
                if (benchmark := self.benchmarks.match(market_id, family, level)) is not None
                and (prepared := self.prepared(benchmark, market_id)) is not None
            )
            self._matched[key] = found
        return found

    def market_name(self, market_id: str) -> str:
        """The market's name; a market known only from benchmarks is named by its id."""
        return self.names.market_name(market_id, unknown=market_id)

    def market_country(self, market_id: str) -> str:
        market = self.markets.get(market_id)
        return market.country if market is not None else ""

    def has_tag(self, *tags: str, step_keys: tuple[str, ...] | None = None) -> bool:
        """Whether any checklist item (optionally only in the given steps) carries one of ``tags``."""
        for tag in tags:
            for step, _item in self.tags.get(tag, ()):
                if step_keys is None or step.key in step_keys:
                    return True
        return False


def _tagged_items(plan: Plan) -> dict[str, list[tuple[Step, ChecklistItem]]]:
    """The checklist items that count for coverage rules, by tag (see :attr:`Context.tags`)."""
    tags: dict[str, list[tuple[Step, ChecklistItem]]] = {}
    for step in plan.steps:
        for item in step.items:
            # covers(item), inlined: this runs for every item on every analysis.
            if item.tags and (item.status is not Status.NOT_APPLICABLE or item.notes.strip()):
                for tag in item.tags:
                    tags.setdefault(SYNONYMS.get(tag, tag), []).append((step, item))
    return tags
