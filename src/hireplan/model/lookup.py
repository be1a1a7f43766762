"""Finding a plan's objects by kind and id, for every edit and every "go to" in the window.

Plain Python over a :class:`~hireplan.model.plan.Plan`, no Qt. A missing object is a
:class:`NotFoundError` whose message names the kind as a person reads it.
"""

from __future__ import annotations

from collections.abc import Iterable

from hireplan import i18n
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem, Step
from hireplan.model.kinds import kind_info, objects_of
from hireplan.model.plan import Plan


class NotFoundError(LookupError):
    """No object of that kind has that id (it was deleted, or the id is wrong)."""


def find_step(plan: Plan, step_id: str) -> tuple[int, Step]:
    """The row and the step with ``step_id``."""
    for row, step in enumerate(plan.steps):
        if step.id == step_id:
            return row, step
    raise NotFoundError(i18n._("There is no step with id {id} in this plan.").format(id=repr(step_id)))


def find_item(plan: Plan, item_id: str) -> tuple[Step, int, ChecklistItem]:
    """The step holding the item, the item's row in it, and the item."""
    for step in plan.steps:
        for row, item in enumerate(step.items):
            if item.id == item_id:
                return step, row, item
    raise NotFoundError(no_item_message(item_id))


def no_item_message(item_id: str) -> str:
    """``There is no checklist item with id 'x' in this plan.``"""
    return i18n._("There is no checklist item with id {id} in this plan.").format(id=repr(item_id))


def _no_object(noun: str, obj_id: str) -> str:
    """``There is no offer with id 'x' in this plan.``: the noun names the kind (``kinds.KindInfo.noun``)."""
    return i18n._("There is no {kind} with id {id} in this plan.").format(kind=i18n._(noun), id=repr(obj_id))


def find_object(plan: Plan, kind: str, obj_id: str) -> HireplanModel:
    """The object of ``kind`` with ``obj_id``; for ``plan`` and ``settings`` the id is ignored."""
    if kind == "plan":
        return plan
    if kind == "settings":
        return plan.settings
    if kind == "step":
        return find_step(plan, obj_id)[1]
    if kind == "item":
        return find_item(plan, obj_id)[2]
    info = kind_info(kind)
    for obj in objects_of(plan, info.kind):
        if getattr(obj, "id", None) == obj_id:
            return obj
    raise NotFoundError(_no_object(info.noun, obj_id))


def find_objects(plan: Plan, kind: str, ids: Iterable[str]) -> dict[str, HireplanModel]:
    """The objects of ``kind`` with ``ids``, by id, found in one pass (bulk edits of many items)."""
    wanted = set(ids)
    info = kind_info(kind)
    if kind in ("plan", "settings"):
        return {obj_id: find_object(plan, kind, obj_id) for obj_id in wanted}
    found: dict[str, HireplanModel] = {}
    for obj in objects_of(plan, info.kind):
        obj_id = getattr(obj, "id", None)
        if obj_id in wanted:
            found[obj_id] = obj
            if len(found) == len(wanted):
                break
    missing = wanted - found.keys()
    if missing:
        raise NotFoundError(_no_object(info.noun, sorted(missing)[0]))
    return found
