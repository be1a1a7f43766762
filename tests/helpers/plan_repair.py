"""Turning a generated plan into one that holds together: unique ids, every reference resolved.

Hypothesis builds each object on its own, so ids collide and offers point at roles that were never
drawn; a file like that is refused on load (:mod:`hireplan.model.integrity`). Strategies map their
plans through :func:`make_whole` so the properties test what a real file may hold.
"""

from __future__ import annotations

from typing import Any

from hireplan.model import Market, Plan, Role
from hireplan.model.integrity import ID_COLLECTIONS


def _unique(objs: list[Any], attr: str = "id") -> None:
    seen: set[str] = set()
    for index, obj in enumerate(objs):
        value = getattr(obj, attr)
        while value in seen:
            value = f"{value[:50]}-{index}"
        setattr(obj, attr, value)
        seen.add(value)


def make_whole(plan: Plan) -> Plan:
    """``plan`` with duplicate ids renamed and dangling references pointed at real objects."""
    for name, _noun in ID_COLLECTIONS:
        _unique(getattr(plan, name))
    _unique(plan.steps, "key")
    _unique([item for step in plan.steps for item in step.items])
    if plan.offers and not plan.roles:
        plan.roles.append(Role(id="role-for-offers", title="Role"))
    if (plan.offers or plan.benchmarks or plan.pay_bands) and not plan.markets:
        plan.markets.append(Market(id="market-for-offers", name="Market", currency="USD"))
    role_ids = [role.id for role in plan.roles]
    market_ids = [market.id for market in plan.markets]
    for index, offer in enumerate(plan.offers):
        if offer.role_id not in role_ids:
            offer.role_id = role_ids[index % len(role_ids)]
        if offer.market_id not in market_ids:
            offer.market_id = market_ids[index % len(market_ids)]
    for index, holder in enumerate([*plan.benchmarks, *plan.pay_bands]):
        if holder.market_id not in market_ids:
            holder.market_id = market_ids[index % len(market_ids)]
    for role in plan.roles:
        if role.market_id is not None and role.market_id not in market_ids:
            role.market_id = market_ids[0] if market_ids else None
    if plan.settings.reference_market_id not in (None, *market_ids):
        plan.settings.reference_market_id = market_ids[0] if market_ids else None
    return plan
