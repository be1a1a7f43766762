"""A rule's flags on a test plan, and the one change that puts the clean plan's offer below market.

The rule tests (``tests/unit/analysis/test_analysis_rules_*.py``) start from ``plans.clean_plan()``,
which raises nothing, change one thing and look for one rule's flags with these.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Flag
from hireplan.model import Plan


def flags(plan: Plan, rule: str, today: date = TODAY) -> list[Flag]:
    """Every flag ``rule`` raises on ``plan`` analysed on ``today``."""
    return [flag for flag in run(plan, today).flags if flag.rule == rule]


def only(plan: Plan, rule: str, today: date = TODAY) -> Flag:
    """The one flag ``rule`` raises on ``plan``; fails, listing them, when there is none or several."""
    found = flags(plan, rule, today)
    assert len(found) == 1, [f.message for f in found]
    return found[0]


def set_hz_offer_total(plan: Plan, annual_total: int) -> None:
    """Make the Hangzhou offer's annual total exactly ``annual_total`` CNY (base only)."""
    offer = plan.offers[0]
    offer.bonus_value = Decimal(0)
    offer.equity_grant = Decimal(0)
    offer.housing_allowance = Decimal(0)
    offer.living_allowance = Decimal(0)
    offer.relocation = Decimal(50_000)
    offer.base = Decimal(annual_total)


def below_market_plan() -> Plan:
    """The clean plan with its Hangzhou offer well under the market (a high below-market flag)."""
    plan = clean_plan()
    set_hz_offer_total(plan, 500_000)
    return plan
