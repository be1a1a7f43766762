"""The rule engine: runs every rule, applies acknowledgements, and orders the flags.

Each rule is a small function in one of the ``rules_*`` modules with a stable id; this module
only lists them. Adding a rule means writing its function and adding it to :data:`ENGINE_RULES`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from hireplan.analysis import rules_budget, rules_data, rules_pay, rules_plan, rules_work
from hireplan.analysis.acknowledge import active_acknowledgements, reopened_because
from hireplan.analysis.results import Flag
from hireplan.analysis.rules_base import Facts, RuleFn, RuleInfo


@dataclass(frozen=True)
class EngineRule:
    """A rule function, the parts of the plan it reads, and whether it works offer by offer."""

    fn: RuleFn
    reads: frozenset[str]
    """The parts (see :data:`hireplan.analysis.parts.PARTS`) it reads beyond roles, markets,
    benchmarks, rates, PPP factors and settings, a change to which is a full analysis anyway.
    A re-analysis reruns only the rules that read a touched part."""
    per_offer: bool = False
    """Each flag concerns one offer (its first ref) and reads nothing of the other offers, so
    after an offer edit only the edited offers' flags are worked out again."""


_CHECKLIST = frozenset({"checklist"})
_OFFERS = frozenset({"offers"})

ENGINE_RULES: tuple[EngineRule, ...] = (
    EngineRule(rules_pay.offer_below_market, _OFFERS, per_offer=True),  # 1
    EngineRule(rules_pay.returnee_below_reference, _OFFERS, per_offer=True),  # 2
    EngineRule(rules_pay.returnees_without_reference, _OFFERS),  # 2, plan-wide
    EngineRule(rules_pay.relocation_support_missing, _OFFERS, per_offer=True),  # 3
    EngineRule(rules_pay.research_infrastructure_missing, _OFFERS, per_offer=True),  # 4
    EngineRule(rules_pay.research_infrastructure_unplanned, _OFFERS | _CHECKLIST),  # 4, plan-wide
    EngineRule(rules_plan.career_path_missing, _CHECKLIST),  # 5
    EngineRule(rules_plan.culture_not_addressed, _CHECKLIST),  # 6
    EngineRule(rules_plan.policy_watch, frozenset({"checklist", "policy"})),  # 7
    EngineRule(rules_pay.counteroffer_exposure, _OFFERS, per_offer=True),  # 8
    EngineRule(rules_plan.relocation_engagement_missing, _CHECKLIST),  # 9
    EngineRule(rules_work.checklist_items, _CHECKLIST),  # 10
    EngineRule(rules_data.stale_data, frozenset()),  # 11
    EngineRule(rules_data.missing_benchmark, _OFFERS),  # 11
    EngineRule(rules_data.missing_rate, _OFFERS),  # 11
    EngineRule(rules_data.broken_references, _OFFERS),
    EngineRule(rules_data.example_data, frozenset()),
    EngineRule(rules_work.manual_risks, frozenset({"risks"})),  # 12
    EngineRule(rules_budget.offer_outside_band, _OFFERS, per_offer=True),
    EngineRule(rules_budget.offers_over_plan, _OFFERS),
)
"""Every rule in the order the engine runs them; adding a rule means one line here."""

RULES: tuple[RuleInfo, ...] = (
    *rules_pay.RULES,
    *rules_plan.RULES,
    *rules_work.RULES,
    *rules_data.RULES,
    *rules_budget.RULES,
)
"""Every rule the engine knows, for a settings page or documentation."""

RULES_BY_ID: dict[str, RuleInfo] = {rule.id: rule for rule in RULES}


def order_flags(flags: Iterable[Flag]) -> tuple[Flag, ...]:
    """Severity first (high, medium, low), then rule id, then plan order (a stable sort)."""
    return tuple(sorted(flags, key=lambda flag: flag.sort_key))


def raise_flags(
    facts: Facts,
    previous: Sequence[tuple[Flag, ...]] = (),
    touched: frozenset[str] | None = None,
    redo_offer_ids: frozenset[str] | None = None,
) -> tuple[tuple[Flag, ...], ...]:
    """Each rule's flags, before acknowledgements, in :data:`ENGINE_RULES` order.

    With ``previous`` (this function's earlier result) and ``touched`` (the parts changed since),
    a rule that reads none of the touched parts keeps its earlier flags, and a per-offer rule
    works out only the offers in ``redo_offer_ids`` (None: every offer) again.
    """
    if touched is None or len(previous) != len(ENGINE_RULES):
        return tuple(tuple(rule.fn(facts)) for rule in ENGINE_RULES)
    raised: list[tuple[Flag, ...]] = []
    for before, rule in zip(previous, ENGINE_RULES, strict=True):
        if not rule.reads & touched:
            raised.append(before)
        elif rule.per_offer and redo_offer_ids is not None:
            raised.append(_redo_offers(rule.fn, facts, before, redo_offer_ids))
        else:
            raised.append(tuple(rule.fn(facts)))
    return tuple(raised)


def _redo_offers(
    rule: RuleFn, facts: Facts, before: tuple[Flag, ...], redo: frozenset[str]
) -> tuple[Flag, ...]:
    """A per-offer rule's flags: the earlier ones for untouched offers, fresh ones for the rest."""
    rows = tuple(row for row in facts.offer_rows if row[0].id in redo)
    fresh = _by_offer(rule(replace(facts, offer_rows=rows)))
    kept = _by_offer(before)
    flags: list[Flag] = []
    for offer, _analysis, _role in facts.offer_rows:
        flags.extend((fresh if offer.id in redo else kept).get(offer.id, ()))
    return tuple(flags)


def _by_offer(flags: Iterable[Flag]) -> dict[str, list[Flag]]:
    grouped: dict[str, list[Flag]] = {}
    for flag in flags:
        grouped.setdefault(flag.refs[0].id, []).append(flag)
    return grouped


def acknowledge_and_order(raised: Iterable[tuple[Flag, ...]], facts: Facts) -> tuple[Flag, ...]:
    """The flags with acknowledgements in force marked, in a stable order.

    An acknowledgement whose flag has since got worse (higher severity, or a figure past the one
    accepted) no longer marks it: the flag counts again, saying what was accepted and what it is now.
    """
    active = active_acknowledgements(facts.ctx.plan.acknowledgements, facts.ctx.today)
    acked_rules = {key.split(":", 1)[0] for key in active}
    flags: list[Flag] = []
    for rule_flags in raised:
        for flag in rule_flags:
            # Working out a key costs a sort; only do it for rules someone has acknowledged.
            ack = active.get(flag.key) if flag.rule in acked_rules else None
            if ack is None:
                flags.append(flag)
                continue
            reopened = reopened_because(ack, flag)
            if reopened:
                flags.append(replace(flag, acknowledgement=ack, reopened=reopened))
            else:
                flags.append(replace(flag, acknowledged=True, acknowledgement=ack))
    return order_flags(flags)
