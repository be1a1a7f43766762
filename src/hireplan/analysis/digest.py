"""Short forms of an analysis for a reader in a hurry: flags grouped by kind, one line per role.

A brief for leadership cannot list 500 flags or 300 offers; it lists each kind of flag once with
its count, and each role once with its headcount, offered cost, median compa-ratio and its worst
market position. The figures are the analysis' own, only gathered. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from hireplan.analysis.results import BandPosition, Flag, PlanAnalysis, Position, Severity
from hireplan.analysis.rules import RULES_BY_ID
from hireplan.i18n import _
from hireplan.model import Plan


@dataclass(frozen=True, slots=True)
class FlagGroup:
    """Every open flag of one kind: one rule at one severity."""

    rule: str
    title: str
    """The flags' title when they share one, else the rule's own (``Risk from the register``)."""
    severity: Severity
    flags: tuple[Flag, ...]
    """In the analysis' order."""

    @property
    def count(self) -> int:
        return len(self.flags)


HOUSEKEEPING_RULES = frozenset(
    {"items-overdue", "items-blocked", "items-unassigned", "critical-item-no-due-date"}
)
"""Checklist upkeep: a brief reports these in its verdict and exceptions, not among the risks."""


def group_flags(
    flags: Sequence[Flag], *, include_acknowledged: bool = False, without: frozenset[str] = frozenset()
) -> list[FlagGroup]:
    """Open flags grouped by rule and severity, most severe group first, then the larger group.

    A rule that raises the same flag for 60 offers gives one group of 60, so a "top flags" list
    made from groups never shows five copies of one flag. Rules in ``without`` are left out.
    """
    groups: dict[tuple[str, Severity], list[Flag]] = {}
    for flag in flags:
        if (flag.acknowledged and not include_acknowledged) or flag.rule in without:
            continue
        groups.setdefault((flag.rule, flag.severity), []).append(flag)
    out = []
    for (rule, severity), members in groups.items():
        titles = {flag.title for flag in members}
        rule_title = _(RULES_BY_ID[rule].title) if rule in RULES_BY_ID else members[0].title
        title = members[0].title if len(titles) == 1 else rule_title
        out.append(FlagGroup(rule, title, severity, tuple(members)))
    out.sort(key=lambda g: (g.severity.rank, -g.count, g.rule))
    return out


@dataclass(frozen=True, slots=True)
class RoleSummary:
    """One role in a line: what it costs with the offers made and where those offers sit."""

    role_id: str
    title: str
    headcount: int
    offer_ids: tuple[str, ...]
    offered_cost: Decimal | None
    """Year-one cost of the role as offered (the budget's figure); None when unpriced."""
    median_compa: Decimal | None
    """Median own-market compa-ratio of the role's offers that have one."""
    worst: Position | None
    """The lowest own-market position among the role's offers."""
    worst_offer_id: str | None
    planned_cost: Decimal | None = None
    """Planned year-one cost of the role (per hire x headcount); None when not planned."""
    over_plan: bool = False
    """The offers made cost more than the plan allowed for their seats."""
    indicative: bool = False
    """Some of the role's compa-ratios come from a benchmark for another level (or all levels)."""


def role_summaries(plan: Plan, analysis: PlanAnalysis) -> list[RoleSummary]:
    """One summary per role in plan order (roles without offers included)."""
    by_role: dict[str, list[str]] = {}
    for offer_id, result in analysis.offers.items():
        by_role.setdefault(result.role_id, []).append(offer_id)
    costs = {cost.role_id: cost for cost in analysis.budget.roles}
    out = []
    for role in plan.roles:
        offer_ids = tuple(by_role.get(role.id, ()))
        positions: list[tuple[Position, str]] = []
        indicative = False
        for offer_id in offer_ids:
            own = analysis.offers[offer_id].own_market
            if own is not None and own.nominal is not None:
                positions.append((own.nominal, offer_id))
                indicative = indicative or own.indicative
        ratios = [position.compa_ratio for position, _ in positions]
        worst = min(positions, key=lambda pair: pair[0].compa_ratio) if positions else None
        out.append(
            RoleSummary(
                role_id=role.id,
                title=role.title,
                headcount=role.headcount,
                offer_ids=offer_ids,
                offered_cost=cost.total if (cost := costs.get(role.id)) is not None else None,
                median_compa=Decimal(median(ratios)) if ratios else None,
                worst=worst[0] if worst else None,
                worst_offer_id=worst[1] if worst else None,
                planned_cost=cost.planned_total if cost is not None else None,
                over_plan=cost.over_plan if cost is not None else False,
                indicative=indicative,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class OfferStanding:
    """An offer that needs a look: below its market's median, or outside the internal pay band."""

    offer_id: str
    position: Position | None
    """Against the own market's benchmark; None without one."""
    indicative: bool
    """The benchmark is for another level or all levels: a pointer, not a verdict."""
    band: BandPosition | None

    @property
    def below_market(self) -> bool:
        return self.position is not None and self.position.compa_ratio < 1

    @property
    def out_of_band(self) -> str:
        """``below`` or ``above`` the band, empty inside it or without one."""
        return self.band.outside if self.band is not None else ""


def offers_to_review(analysis: PlanAnalysis) -> list[OfferStanding]:
    """Offers below their market's median or outside their pay band: out of band first, then the
    lowest compa-ratio; verdicts (exact-level benchmarks) before indicative comparisons."""
    found = []
    for offer_id, result in analysis.offers.items():
        own = result.own_market
        position = own.nominal if own is not None else None
        standing = OfferStanding(
            offer_id, position, bool(own is not None and own.indicative), result.pay_band
        )
        if standing.below_market or standing.out_of_band:
            found.append(standing)
    found.sort(
        key=lambda s: (
            not s.out_of_band,
            s.indicative,
            s.position.compa_ratio if s.position is not None else Decimal(9),
        )
    )
    return found


def below_market_offers(
    analysis: PlanAnalysis, threshold: Decimal = Decimal(1)
) -> list[tuple[str, Position]]:
    """(offer id, own-market position) of the offers under ``threshold`` x the median, lowest first."""
    found = []
    for offer_id, result in analysis.offers.items():
        own = result.own_market
        if own is not None and own.nominal is not None and own.nominal.compa_ratio < threshold:
            found.append((offer_id, own.nominal))
    found.sort(key=lambda pair: pair[1].compa_ratio)
    return found
