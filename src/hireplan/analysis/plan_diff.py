"""What changed between two versions of a plan: objects, fields, offer figures and flags.

Objects are matched by id, kind by kind (:mod:`hireplan.model.kinds`): an object is added,
removed, moved (to another step, or out of its order: the fewest objects that explain the new
order, found with a longest increasing subsequence) or changed field by field.  Offer figures
(annual total, compa-ratio against the own market) and flags come from :func:`analyse` on both
versions on the same day, so a plan compared with itself shows no change at all.  Rendering
(sentences, JSON) lives in :mod:`hireplan.analysis.diff_report`.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from hireplan.analysis.engine import analyse
from hireplan.analysis.flag import Ref
from hireplan.analysis.format import format_money, format_ratio
from hireplan.analysis.names import PlanNames
from hireplan.analysis.results import PlanAnalysis
from hireplan.i18n import _
from hireplan.model import Plan
from hireplan.model.base import HireplanModel
from hireplan.model.kinds import KINDS, Kind, objects_of

ChangeKind = Literal["added", "removed", "moved", "changed"]

_LIST_KINDS: tuple[Kind, ...] = (
    "step",
    "item",
    "market",
    "role",
    "benchmark",
    "band",
    "offer",
    "rate",
    "ppp",
    "risk",
    "policy",
)
_PLAN_SKIPPED: frozenset[str] = frozenset(
    {"schema_version", "settings", "steps"}
    | {str(info.list_attr) for info in KINDS.values() if info.list_attr}
)
"""Plan fields compared as objects of their own (lists, settings) or not at all (format version)."""


@dataclass(frozen=True)
class FieldChange:
    field: str
    before: Any
    """The field's value in JSON form (text, number, list...); None when it had none."""
    after: Any


@dataclass(frozen=True)
class ObjectChange:
    kind: Kind
    id: str
    name: str
    change: ChangeKind
    fields: tuple[FieldChange, ...] = ()
    moved_from: str = ""
    """For an item moved to another step: the step it was in (empty when only its order changed)."""
    moved_to: str = ""


@dataclass(frozen=True)
class FigureChange:
    offer_id: str
    offer: str
    figure: Literal["annual total", "compa-ratio"]
    before: str
    """As shown to people (``CNY 1,200,000``, ``0.95``); empty when the offer had no such figure."""
    after: str


@dataclass(frozen=True)
class FlagChange:
    key: str
    rule: str
    severity: str
    title: str
    message: str


@dataclass(frozen=True)
class PlanDiff:
    objects: tuple[ObjectChange, ...] = ()
    figures: tuple[FigureChange, ...] = ()
    raised: tuple[FlagChange, ...] = ()
    """Open flags the new version has and the old one did not."""
    cleared: tuple[FlagChange, ...] = ()
    """Open flags of the old version that the new one no longer has open (fixed or acknowledged)."""
    notes: tuple[str, ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.objects or self.figures or self.raised or self.cleared)


def _json(model: HireplanModel) -> dict[str, Any]:
    return model.model_dump(mode="json")


def _fields(kind: Kind, old: dict[str, Any], new: dict[str, Any]) -> tuple[FieldChange, ...]:
    skipped: frozenset[str] = frozenset()
    if kind == "step":
        skipped = frozenset({"items"})
    elif kind == "plan":
        skipped = _PLAN_SKIPPED
    changes = []
    for name in dict.fromkeys([*old, *new]):
        if name in skipped:
            continue
        before, after = old.get(name), new.get(name)
        if before != after:
            changes.append(FieldChange(name, before, after))
    return tuple(changes)


def _moved_ids(old_order: Sequence[str], new_order: Sequence[str]) -> set[str]:
    """Ids (present in both) whose relative order changed: all but a longest increasing run."""
    position = {key: index for index, key in enumerate(old_order)}
    common = [key for key in new_order if key in position]
    seq = [position[key] for key in common]
    tails: list[int] = []
    tails_at: list[int] = []
    parent = [-1] * len(seq)
    for index, value in enumerate(seq):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tails_at.append(index)
        else:
            tails[slot] = value
            tails_at[slot] = index
        parent[index] = tails_at[slot - 1] if slot else -1
    kept: set[str] = set()
    at = tails_at[-1] if tails_at else -1
    while at >= 0:
        kept.add(common[at])
        at = parent[at]
    return {key for key in common if key not in kept}


def _step_of_items(plan: Plan) -> dict[str, str]:
    return {item.id: step.id for step in plan.steps for item in step.items}


def _object_changes(old: Plan, new: Plan) -> Iterator[ObjectChange]:
    old_names, new_names = PlanNames(old), PlanNames(new)
    plan_fields = _fields("plan", _json(old), _json(new))
    if plan_fields:
        yield ObjectChange("plan", new.id, new.title, "changed", plan_fields)
    settings_fields = _fields("settings", _json(old.settings), _json(new.settings))
    if settings_fields:
        yield ObjectChange("settings", "", "Settings", "changed", settings_fields)
    old_steps, new_steps = _step_of_items(old), _step_of_items(new)
    for kind in _LIST_KINDS:
        before = {str(getattr(obj, "id", "")): obj for obj in objects_of(old, kind)}
        after = {str(getattr(obj, "id", "")): obj for obj in objects_of(new, kind)}
        if kind == "item":
            moved: set[str] = set()
            for step in new.steps:
                old_step = next((s for s in old.steps if s.id == step.id), None)
                if old_step is not None:
                    moved |= _moved_ids([i.id for i in old_step.items], [i.id for i in step.items])
        else:
            moved = _moved_ids(list(before), list(after))
        for key in before:
            if key not in after:
                yield ObjectChange(kind, key, old_names.name(_ref(kind, key)), "removed")
        for key, obj in after.items():
            name = new_names.name(_ref(kind, key))
            if key not in before:
                yield ObjectChange(kind, key, name, "added")
                continue
            fields = _fields(kind, _json(before[key]), _json(obj))
            if kind == "item" and old_steps[key] != new_steps[key]:
                yield ObjectChange(
                    kind,
                    key,
                    name,
                    "moved",
                    fields,
                    moved_from=old_names.name(_ref("step", old_steps[key])),
                    moved_to=new_names.name(_ref("step", new_steps[key])),
                )
            elif key in moved:
                yield ObjectChange(kind, key, name, "moved", fields)
            elif fields:
                yield ObjectChange(kind, key, name, "changed", fields)


def _ref(kind: Kind, key: str) -> Ref:
    return Ref(kind, key)


def _offer_figures(analysis: PlanAnalysis) -> dict[str, dict[str, str]]:
    figures: dict[str, dict[str, str]] = {}
    for offer_id, offer in analysis.offers.items():
        own = offer.own_market.nominal if offer.own_market is not None else None
        figures[offer_id] = {
            "annual total": format_money(offer.figures.annual_total, offer.figures.currency),
            "compa-ratio": format_ratio(own.compa_ratio) if own is not None and own.p50 else "",
        }
    return figures


def _figure_changes(
    old: Plan, new: Plan, before: PlanAnalysis, after: PlanAnalysis
) -> Iterator[FigureChange]:
    old_figures, new_figures = _offer_figures(before), _offer_figures(after)
    old_names, new_names = PlanNames(old), PlanNames(new)
    for offer_id in dict.fromkeys([*old_figures, *new_figures]):
        names = new_names if offer_id in new_figures else old_names
        label = names.name(_ref("offer", offer_id))
        for figure in ("annual total", "compa-ratio"):
            was = old_figures.get(offer_id, {}).get(figure, "")
            now = new_figures.get(offer_id, {}).get(figure, "")
            if was != now:
                yield FigureChange(offer_id, label, figure, was, now)


def _open_flags(analysis: PlanAnalysis) -> dict[str, FlagChange]:
    return {
        flag.key: FlagChange(flag.key, flag.rule, str(flag.severity.value), flag.title, flag.message)
        for flag in analysis.flags
        if not flag.acknowledged
    }


def diff_plans(old: Plan, new: Plan, *, today: date | None = None) -> PlanDiff:
    """Everything that differs between ``old`` and ``new``, both analysed on ``today``."""
    today = today or date.today()
    before, after = analyse(old, today=today), analyse(new, today=today)
    old_flags, new_flags = _open_flags(before), _open_flags(after)
    return PlanDiff(
        objects=tuple(_object_changes(old, new)),
        figures=tuple(_figure_changes(old, new, before, after)),
        raised=tuple(flag for key, flag in new_flags.items() if key not in old_flags),
        cleared=tuple(flag for key, flag in old_flags.items() if key not in new_flags),
    )


def value_text(value: Any) -> str:
    """A JSON value as a person reads it inside a sentence."""
    if value is None or value in ("", []):
        return _("(none)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)
