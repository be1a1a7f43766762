"""The rule engine: runs every rule, applies acknowledgements, and orders the flags.

Each rule is a small function in one of the ``rules_*`` modules with a stable id; this module
only lists them. Adding a rule means writing its function and adding it to :data:`RULE_FUNCTIONS`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from hireplan.analysis import rules_data, rules_pay, rules_plan, rules_work
from hireplan.analysis.results import Flag
from hireplan.analysis.rules_base import Facts, RuleFn, RuleInfo
from hireplan.model import Acknowledgement

RULE_FUNCTIONS: tuple[RuleFn, ...] = (
    rules_pay.offer_below_market,  # 1
    rules_pay.returnee_below_reference,  # 2
    rules_pay.returnees_without_reference,  # 2
    rules_pay.relocation_support_missing,  # 3
    rules_pay.research_infrastructure_missing,  # 4
    rules_pay.research_infrastructure_unplanned,  # 4
    rules_plan.career_path_missing,  # 5
    rules_plan.culture_not_addressed,  # 6
    rules_plan.policy_watch,  # 7
    rules_pay.counteroffer_exposure,  # 8
    rules_plan.relocation_engagement_missing,  # 9
    rules_work.checklist_items,  # 10
    rules_data.stale_data,  # 11
    rules_data.missing_benchmark,  # 11
    rules_data.missing_rate,  # 11
    rules_data.broken_references,
    rules_data.example_data,
    rules_work.manual_risks,  # 12
)

_PAY = frozenset({"offers"})
RULE_READS: dict[RuleFn, frozenset[str]] = {
    rules_pay.offer_below_market: _PAY,
    rules_pay.returnee_below_reference: _PAY,
    rules_pay.returnees_without_reference: _PAY,
    rules_pay.relocation_support_missing: _PAY,
    rules_pay.research_infrastructure_missing: _PAY,
    rules_pay.research_infrastructure_unplanned: frozenset({"offers", "checklist"}),
    rules_plan.career_path_missing: frozenset({"checklist"}),
    rules_plan.culture_not_addressed: frozenset({"checklist"}),
    rules_plan.policy_watch: frozenset({"checklist", "policy"}),
    rules_pay.counteroffer_exposure: _PAY,
    rules_plan.relocation_engagement_missing: frozenset({"checklist"}),
    rules_work.checklist_items: frozenset({"checklist"}),
    rules_data.stale_data: frozenset(),
    rules_data.missing_benchmark: _PAY,
    rules_data.missing_rate: _PAY,
    rules_data.broken_references: _PAY,
    rules_data.example_data: frozenset(),
    rules_work.manual_risks: frozenset({"risks"}),
}
"""Which of the plan's parts (see :data:`hireplan.analysis.engine.PARTS`) each rule reads, beyond
roles, markets, benchmarks, rates, PPP factors and settings: a change to any of those is a full
analysis. A re-analysis reruns only the rules that read a touched part."""

PER_OFFER: frozenset[RuleFn] = frozenset(
    {
        rules_pay.offer_below_market,
        rules_pay.returnee_below_reference,
        rules_pay.relocation_support_missing,
        rules_pay.research_infrastructure_missing,
        rules_pay.counteroffer_exposure,
    }
)
"""Rules whose flags each concern one offer (their first ref) and read nothing of the other
offers: after an offer edit only the edited offers' flags are worked out again."""

RULES: tuple[RuleInfo, ...] = (
    *rules_pay.RULES,
    *rules_plan.RULES,
    *rules_work.RULES,
    *rules_data.RULES,
)
"""Every rule the engine knows, for a settings page or documentation."""

RULES_BY_ID: dict[str, RuleInfo] = {rule.id: rule for rule in RULES}


def active_acknowledgements(
    acknowledgements: Iterable[Acknowledgement], today: date
) -> dict[str, Acknowledgement]:
    """Acknowledgements still in force by flag key; an acknowledgement lasts through its review date."""
    active: dict[str, Acknowledgement] = {}
    for ack in acknowledgements:
        if ack.review_date < today:
            continue
        current = active.get(ack.flag_key)
        if current is None or ack.review_date > current.review_date:
            active[ack.flag_key] = ack
    return active


def order_flags(flags: Iterable[Flag]) -> tuple[Flag, ...]:
    """Severity first (high, medium, low), then rule id, then plan order (a stable sort)."""
    return tuple(sorted(flags, key=lambda flag: flag.sort_key))


def raise_flags(
    facts: Facts,
    previous: Sequence[tuple[Flag, ...]] = (),
    touched: frozenset[str] | None = None,
    redo_offer_ids: frozenset[str] | None = None,
) -> tuple[tuple[Flag, ...], ...]:
    """Each rule's flags, before acknowledgements, in :data:`RULE_FUNCTIONS` order.

    With ``previous`` (this function's earlier result) and ``touched`` (the parts changed since),
    a rule that reads none of the touched parts keeps its earlier flags, and a per-offer rule
    works out only the offers in ``redo_offer_ids`` (None: every offer) again.
    """
    if touched is None or len(previous) != len(RULE_FUNCTIONS):
        return tuple(tuple(rule(facts)) for rule in RULE_FUNCTIONS)
    raised: list[tuple[Flag, ...]] = []
    for before, rule in zip(previous, RULE_FUNCTIONS, strict=True):
        if not RULE_READS[rule] & touched:
            raised.append(before)
        elif rule in PER_OFFER and redo_offer_ids is not None:
            raised.append(_redo_offers(rule, facts, before, redo_offer_ids))
        else:
            raised.append(tuple(rule(facts)))
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
    """The flags with acknowledgements in force marked, in a stable order."""
    active = active_acknowledgements(facts.ctx.plan.acknowledgements, facts.ctx.today)
    acked_rules = {key.split(":", 1)[0] for key in active}
    flags: list[Flag] = []
    for rule_flags in raised:
        for flag in rule_flags:
            # Working out a key costs a sort; only do it for rules someone has acknowledged.
            ack = active.get(flag.key) if flag.rule in acked_rules else None
            flags.append(replace(flag, acknowledged=True, acknowledgement=ack) if ack else flag)
    return order_flags(flags)


def run_rules(facts: Facts) -> tuple[Flag, ...]:
    """Every flag the plan raises, acknowledged ones marked, in a stable order."""
    return acknowledge_and_order(raise_flags(facts), facts)
