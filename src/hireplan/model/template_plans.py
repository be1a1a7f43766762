"""Turning a plan into a template's skeleton and a template into a fresh plan: pure edits, no files.

A template carries a plan's structure (steps, items, guidance, settings, markets, roles, benchmarks,
rates, risk and policy topics); what belongs to one hiring round (owners, dates, progress,
acknowledgements, approvals, candidates) is cleared both ways.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from hireplan.model.base import new_id
from hireplan.model.plan import Plan
from hireplan.model.template import Template


def _clear_people_dates_statuses(data: dict[str, Any]) -> None:
    """Remove what belongs to one hiring round: owners, dates, progress, acknowledgements."""
    data["owner"] = ""
    data["created"] = None
    data["start_date"] = None
    data["target_date"] = None
    data["acknowledgements"] = []
    for step in data["steps"]:
        for item in step["items"]:
            item["owner"] = ""
            item["due"] = None
            item["status"] = "todo"
    for risk in data["risks"]:
        risk["owner"] = ""
        risk["review_date"] = None
        risk["status"] = "open"
    for entry in data["policy_watch"]:
        entry["owner"] = ""
        entry["last_checked"] = None
    for offer in data["offers"]:
        offer["candidate"] = ""


def plan_skeleton(plan: Plan, *, include_offers: bool = False) -> Plan:
    """``plan`` reduced to what a template carries.

    Kept: steps and items (text, priority, notes, tags), guidance, settings, markets, roles,
    benchmarks, rates, risks and policy-watch topics.  Cleared: owners, dates, statuses and
    acknowledgements.  Offers are dropped unless ``include_offers`` (they name candidates).
    """
    data = plan.model_dump(mode="python")
    _clear_people_dates_statuses(data)
    if not include_offers:
        data["offers"] = []
    data["is_example"] = False
    data["approval"] = None  # an approval belongs to the plan approved, never to a template
    return Plan.model_validate(data)


def _fresh(ids: Iterable[dict[str, Any]]) -> dict[str, str]:
    """Give each object a new id; returns old id -> new id."""
    mapping: dict[str, str] = {}
    for obj in ids:
        old = obj["id"]
        obj["id"] = new_id()
        mapping.setdefault(old, obj["id"])
    return mapping


def new_plan_from_template(template: Template, *, today: date) -> Plan:
    """A new plan to work on: the template's content with fresh ids everywhere (references between
    markets, roles, benchmarks, offers and settings kept consistent), owners, dates and statuses
    cleared, ``created`` set to ``today``."""
    data = template.plan.model_dump(mode="python")
    _clear_people_dates_statuses(data)
    data["id"] = new_id()
    data["created"] = today
    data["is_example"] = False
    data["approval"] = None
    data["template_origin"] = {"name": template.name, "version": template.version, "title": template.title}
    markets = _fresh(data["markets"])
    roles = _fresh(data["roles"])
    for step in data["steps"]:
        step["id"] = new_id()
        _fresh(step["items"])
    for key in ("benchmarks", "offers", "exchange_rates", "ppp_factors", "risks", "policy_watch"):
        _fresh(data[key])
    for role in data["roles"]:
        if role["market_id"] is not None:
            role["market_id"] = markets.get(role["market_id"], role["market_id"])
    for benchmark in data["benchmarks"]:
        benchmark["market_id"] = markets.get(benchmark["market_id"], benchmark["market_id"])
    for offer in data["offers"]:
        offer["market_id"] = markets.get(offer["market_id"], offer["market_id"])
        offer["role_id"] = roles.get(offer["role_id"], offer["role_id"])
    reference = data["settings"]["reference_market_id"]
    if reference is not None:
        data["settings"]["reference_market_id"] = markets.get(reference, reference)
    return Plan.model_validate(data)
