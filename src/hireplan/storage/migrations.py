"""Schema migrations: an explicit chain of functions over the raw JSON dict, run before validation.

Each step takes a dict written in format ``n`` and returns it in format ``n + 1``.  They work on
plain data, not on models, so an old file never has to be valid under today's models until the
whole chain has run; and they are tolerant: when a part of an old file has an unexpected shape they
leave it for validation to report by its place in the plan.

Format history
--------------
0
    Files written by the hireplan prototype.  No ``schema_version`` key (or ``0``); the plan's
    currency is ``currency``; the five steps live in ``checklist`` and each step has ``name``,
    ``guidance`` (best practices) and ``pitfalls`` (common mistakes); a checklist item has
    ``done: true/false`` and ``assignee`` instead of ``status`` and ``owner``; an offer's bonus is
    ``bonus_percent``; a risk's likelihood is ``probability``.
1
    Benchmarks' total figures had no stated basis (they were compared with an "annual total"
    that also counted amortised sign-on and allowances); acknowledgements did not record who
    accepted a flag, nor its severity or figure; no pay bands or planned budgets.
2
    A benchmark's ``total_basis``
    says whether its total figures are total cash or total direct pay; an acknowledgement has
    ``acknowledged_by``, ``severity`` and ``figure``; a plan may hold ``pay_bands``; a role may
    carry a planned budget.
3
    A plan may hold an ``approval`` (who approved which content) and a ``template_origin``
    (template name and version it came from); a template may name who published it and when.
    Only optional fields were added, so a format-2 file needs no change, but a format-2 app must
    refuse a file that has them.  An offer's bonus was one of a percentage of base, a yearly
    amount, or ``bonus_kind: "months"``: guaranteed extra months of base, so a 14-month package
    could not also carry a target bonus.
4
    The current format (:data:`hireplan.model.SCHEMA_VERSION`): an offer's guaranteed extra
    months are ``guaranteed_months``, beside a target bonus that is a percentage of base or a
    yearly amount.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from hireplan.i18n import N_, _
from hireplan.model import SCHEMA_VERSION
from hireplan.storage.errors import PlanFileError

RawPlan = dict[str, Any]
Migration = Callable[[RawPlan], RawPlan]


def _rename(obj: dict[str, Any], old: str, new: str) -> None:
    """Move ``old`` to ``new`` unless the object already has ``new`` (then validation complains)."""
    if old in obj and new not in obj:
        obj[new] = obj.pop(old)


def _v0_item(item: Any) -> Any:
    if not isinstance(item, dict):
        return item
    _rename(item, "assignee", "owner")
    if "done" in item and "status" not in item:
        done = item.pop("done")
        item["status"] = "done" if done is True else "todo" if done is False else done
    return item


def _v0_step(step: Any) -> Any:
    if not isinstance(step, dict):
        return step
    _rename(step, "name", "title")
    _rename(step, "guidance", "best_practices")
    _rename(step, "pitfalls", "common_mistakes")
    if isinstance(step.get("items"), list):
        step["items"] = [_v0_item(item) for item in step["items"]]
    return step


def _v0_offer(offer: Any) -> Any:
    if not isinstance(offer, dict):
        return offer
    if "bonus_percent" in offer and "bonus_kind" not in offer and "bonus_value" not in offer:
        offer["bonus_kind"] = "percent"
        offer["bonus_value"] = offer.pop("bonus_percent")
    return offer


def _v0_risk(risk: Any) -> Any:
    if isinstance(risk, dict):
        _rename(risk, "probability", "likelihood")
    return risk


def migrate_v0_to_v1(raw: RawPlan) -> RawPlan:
    """Prototype files -> format 1 (see the module docstring for what changed)."""
    _rename(raw, "currency", "reporting_currency")
    _rename(raw, "checklist", "steps")
    if isinstance(raw.get("steps"), list):
        raw["steps"] = [_v0_step(step) for step in raw["steps"]]
    if isinstance(raw.get("offers"), list):
        raw["offers"] = [_v0_offer(offer) for offer in raw["offers"]]
    if isinstance(raw.get("risks"), list):
        raw["risks"] = [_v0_risk(risk) for risk in raw["risks"]]
    return raw


def migrate_v1_to_v2(raw: RawPlan) -> RawPlan:
    """Format 1 -> format 2, keeping what each figure meant.

    Format 1 compared a benchmark's total figures with salary + bonus + equity (plus sign-on and
    allowances, which no survey counts), so its totals are read as total direct pay, the survey
    definition that includes equity. Acknowledgements are credited to the plan's owner; their
    severity and figure were not recorded then and stay unknown (such an acknowledgement holds
    until its review date, as it did).
    """
    benchmarks = raw.get("benchmarks")
    if isinstance(benchmarks, list):
        for benchmark in benchmarks:
            if isinstance(benchmark, dict) and "total_basis" not in benchmark:
                benchmark["total_basis"] = "total_direct"
    owner = raw.get("owner")
    acknowledgements = raw.get("acknowledgements")
    if isinstance(acknowledgements, list) and isinstance(owner, str):
        for ack in acknowledgements:
            if isinstance(ack, dict) and "acknowledged_by" not in ack:
                ack["acknowledged_by"] = owner
    return raw


def migrate_v2_to_v3(raw: RawPlan) -> RawPlan:
    """Format 2 -> format 3: nothing to convert (approval and template origin are new and optional)."""
    return raw


def migrate_v3_to_v4(raw: RawPlan) -> RawPlan:
    """Format 3 -> format 4: a bonus given as extra months becomes the offer's guaranteed extra
    months, with no target bonus beside it (what format 3 could say); the figures are unchanged."""
    offers = raw.get("offers")
    if isinstance(offers, list):
        for offer in offers:
            if (
                isinstance(offer, dict)
                and offer.get("bonus_kind") == "months"
                and "guaranteed_months" not in offer
            ):
                offer["guaranteed_months"] = offer.get("bonus_value", 0)
                offer["bonus_kind"] = "percent"
                offer["bonus_value"] = 0
    return raw


MIGRATIONS: dict[int, Migration] = {
    0: migrate_v0_to_v1,
    1: migrate_v1_to_v2,
    2: migrate_v2_to_v3,
    3: migrate_v3_to_v4,
}
"""``MIGRATIONS[n]`` turns format ``n`` into format ``n + 1``; the chain must reach SCHEMA_VERSION."""


def file_version(raw: RawPlan, *, what: str = "plan") -> int:
    """The format version a raw file declares (0 when it has none), or a PlanFileError."""
    version = raw.get("schema_version", 0)
    if isinstance(version, bool) or not isinstance(version, int):
        raise PlanFileError(
            _("schema_version: must be a whole number (found {value})").format(value=repr(version))
        )
    if version < 0:
        raise PlanFileError(_("schema_version: must not be negative (found {value})").format(value=version))
    if version > SCHEMA_VERSION:
        newer = (
            N_(
                "this template was saved by a newer version of hireplan (file format {version}; this "
                "version reads formats up to {current}). Update hireplan to open it; the file has "
                "not been changed."
            )
            if what == "template"
            else N_(
                "this plan was saved by a newer version of hireplan (file format {version}; this "
                "version reads formats up to {current}). Update hireplan to open it; the file has "
                "not been changed."
            )
        )
        raise PlanFileError(_(newer).format(version=version, current=SCHEMA_VERSION))
    return version


def migrate(raw: RawPlan) -> RawPlan:
    """``raw`` brought up to the current format.  Current files are returned as they are (not copied);
    older ones are migrated on a copy so the caller's dict is never half-changed."""
    version = file_version(raw)
    if version == SCHEMA_VERSION:
        return raw
    data = copy.deepcopy(raw)
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
        data["schema_version"] = version
    # Keep schema_version first, as the app writes it.
    return {"schema_version": SCHEMA_VERSION, **{k: v for k, v in data.items() if k != "schema_version"}}


def migrate_template(raw: RawPlan) -> RawPlan:
    """A raw template brought up to the current format, its embedded plan included."""
    version = file_version(raw, what="template")
    plan = raw.get("plan")
    if version == SCHEMA_VERSION and (not isinstance(plan, dict) or file_version(plan) == SCHEMA_VERSION):
        return raw
    data = dict(raw)
    if isinstance(plan, dict):
        if "schema_version" not in plan:
            plan = {**plan, "schema_version": version}
        data["plan"] = migrate(plan)
    data.pop("schema_version", None)
    return {"schema_version": SCHEMA_VERSION, **data}
