"""The rule engine: runs every rule, applies acknowledgements, and orders the flags.

Each rule is a small function in one of the ``rules_*`` modules with a stable id; this module
only lists them. Adding a rule means writing its function and adding it to :data:`RULE_FUNCTIONS`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from hireplan.analysis import rules_data, rules_pay, rules_plan, rules_work
from hireplan.analysis.results import Flag
from hireplan.analysis.rules_base import Facts, RuleFn, RuleInfo
from hireplan.model import Acknowledgement

RULE_FUNCTIONS: tuple[RuleFn, ...] = (
    rules_pay.offer_below_market,  # 1
    rules_pay.returnee_below_reference,  # 2
    rules_pay.relocation_support_missing,  # 3
    rules_pay.research_infrastructure_missing,  # 4
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


def run_rules(facts: Facts) -> tuple[Flag, ...]:
    """Every flag the plan raises, acknowledged ones marked, in a stable order."""
    active = active_acknowledgements(facts.ctx.plan.acknowledgements, facts.ctx.today)
    acked_rules = {key.split(":", 1)[0] for key in active}
    flags: list[Flag] = []
    for rule in RULE_FUNCTIONS:
        for flag in rule(facts):
            # Working out a key costs a sort; only do it for rules someone has acknowledged.
            ack = active.get(flag.key) if flag.rule in acked_rules else None
            flags.append(replace(flag, acknowledged=True, acknowledgement=ack) if ack else flag)
    return order_flags(flags)
