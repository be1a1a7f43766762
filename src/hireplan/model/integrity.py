"""What a plan must hold together, beyond each field's own bounds: unique ids and resolved references.

Every object list keys its objects by id (edits, undo, exports and flags find them that way), so
two objects sharing an id in one collection would let an edit land on the wrong one.  Every
reference (an offer's role and market, a benchmark's market...) must name an object the plan
holds.  Files are checked when they are read (``hireplan.storage``); a plan held in memory may be
incomplete while someone edits it, and the analysis reports a broken reference as a flag.

Each problem names its place, e.g. ``offers[3].role_id: no role 'x'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from hireplan.i18n import N_, _
from hireplan.model.plan import Plan

ID_COLLECTIONS: tuple[tuple[str, str], ...] = (
    ("steps", N_("step")),
    ("markets", N_("market")),
    ("roles", N_("role")),
    ("benchmarks", N_("benchmark")),
    ("pay_bands", N_("pay band")),
    ("offers", N_("offer")),
    ("exchange_rates", N_("exchange rate")),
    ("ppp_factors", N_("PPP factor")),
    ("risks", N_("risk")),
    ("policy_watch", N_("policy entry")),
)
"""The plan's lists whose objects carry an ``id``, with the noun a message uses (an English msgid)."""

REFERENCES: tuple[tuple[str, str, str, bool], ...] = (
    ("offers", "role_id", "roles", False),
    ("offers", "market_id", "markets", False),
    ("benchmarks", "market_id", "markets", False),
    ("pay_bands", "market_id", "markets", False),
    ("roles", "market_id", "markets", True),
)
"""(list, field, list it points into, may be empty): every reference between top-level objects."""

_NOUN = dict(ID_COLLECTIONS)


def _duplicates(where: str, objs: Sequence[Any], attr: str, noun: str) -> list[str]:
    seen: set[str] = set()
    problems: list[str] = []
    message = (
        _("{place}: another step already has the key {value}")
        if attr == "key"
        else _("{place}: another {noun} already has the id {value}")
    )
    for index, obj in enumerate(objs):
        value = getattr(obj, attr)
        if value in seen:
            problems.append(message.format(place=f"{where}[{index}].{attr}", noun=_(noun), value=repr(value)))
        seen.add(value)
    return problems


def duplicate_ids(plan: Plan) -> list[str]:
    """Places where an id is used a second time in its collection (checklist items: plan-wide)."""
    problems: list[str] = []
    for name, noun in ID_COLLECTIONS:
        problems += _duplicates(name, getattr(plan, name), "id", noun)
    problems += _duplicates("steps", plan.steps, "key", "step")
    seen: set[str] = set()
    for step_index, step in enumerate(plan.steps):
        for item_index, item in enumerate(step.items):
            if item.id in seen:
                problems.append(
                    _("{place}: another checklist item already has the id {value}").format(
                        place=f"steps[{step_index}].items[{item_index}].id", value=repr(item.id)
                    )
                )
            seen.add(item.id)
    return problems


def _ids(objs: Iterable[Any]) -> set[str]:
    return {obj.id for obj in objs}


def broken_references(plan: Plan) -> list[str]:
    """Places where a reference names nothing the plan holds."""
    problems: list[str] = []
    known = {name: _ids(getattr(plan, name)) for name in {target for _, _, target, _ in REFERENCES}}
    for source, field, target, optional in REFERENCES:
        ids = known[target]
        noun = _NOUN[target]
        for index, obj in enumerate(getattr(plan, source)):
            value = getattr(obj, field)
            if value is None and optional:
                continue
            if value not in ids:
                problems.append(
                    _("{place}: no {noun} {value}").format(
                        place=f"{source}[{index}].{field}", noun=_(noun), value=repr(value)
                    )
                )
    reference = plan.settings.reference_market_id
    if reference is not None and reference not in known["markets"]:
        problems.append(
            _("{place}: no {noun} {value}").format(
                place="settings.reference_market_id", noun=_("market"), value=repr(reference)
            )
        )
    return problems


def integrity_problems(plan: Plan) -> list[str]:
    """Every duplicate id and broken reference in ``plan``; empty when it holds together."""
    return duplicate_ids(plan) + broken_references(plan)
