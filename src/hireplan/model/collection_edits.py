"""Adding, removing and copying objects in the plan's top-level lists (roles, offers, markets...).

The checklist has its own structure edits in :mod:`hireplan.model.checklist_edits`; the other
lists are flat, so one set of functions serves them all, keyed by kind
(:data:`hireplan.model.kinds.KIND_LISTS`). Like the checklist edits they come as plans
(:func:`runs_of`, :func:`dependents`) and primitives that change one contiguous run of rows
(:func:`insert_run`, :func:`remove_run`), which the window maps one-to-one onto Qt's begin/end
row notifications. Plain Python, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from hireplan.i18n import _
from hireplan.model.base import HireplanModel, new_id
from hireplan.model.kinds import KINDS, kind_info
from hireplan.model.lookup import NotFoundError
from hireplan.model.plan import Plan


def list_of(plan: Plan, kind: str) -> list[HireplanModel]:
    """The plan's list holding objects of ``kind`` (the list itself, not a copy)."""
    name = kind_info(kind).list_attr if kind in KINDS else None
    if name is None:
        raise ValueError(f"Objects of kind {kind!r} are not kept in a list of the plan.")
    return cast("list[HireplanModel]", getattr(plan, name))


def row_of(plan: Plan, kind: str, obj_id: str) -> int:
    """The row of the object with ``obj_id`` in its list."""
    for row, obj in enumerate(list_of(plan, kind)):
        if getattr(obj, "id", None) == obj_id:
            return row
    raise NotFoundError(
        _("There is no {kind} with id {id} in this plan.").format(
            kind=_(kind_info(kind).noun), id=repr(obj_id)
        )
    )


# --------------------------------------------------------------------------- primitives


def insert_run(plan: Plan, kind: str, row: int, objs: Sequence[HireplanModel]) -> None:
    """Insert ``objs`` as one contiguous run at ``row`` (``row`` may equal the list's length)."""
    target = list_of(plan, kind)
    if not 0 <= row <= len(target):
        raise IndexError(f"row {row} is outside the {kind} list ({len(target)} rows)")
    _check_new(target, kind, objs)
    target[row:row] = list(objs)


def _check_new(target: Sequence[HireplanModel], kind: str, objs: Sequence[HireplanModel]) -> None:
    """Refuse an object of another class, or one whose id the list (or the run) already has."""
    info = kind_info(kind)
    known = {getattr(obj, "id", None) for obj in target}
    for obj in objs:
        if not isinstance(obj, info.model):
            raise TypeError(f"a {type(obj).__name__} cannot go into the {kind} list")
        obj_id = getattr(obj, "id", None)
        if obj_id in known:
            already = _("The id {id} is already taken by another {kind} in the plan.")
            raise ValueError(already.format(kind=_(info.noun), id=repr(obj_id)))
        known.add(obj_id)


def remove_run(plan: Plan, kind: str, row: int, count: int) -> list[HireplanModel]:
    """Remove ``count`` objects starting at ``row``; return them."""
    target = list_of(plan, kind)
    if count < 1 or row < 0 or row + count > len(target):
        raise IndexError(f"rows {row}..{row + count - 1} are outside the {kind} list")
    removed = target[row : row + count]
    del target[row : row + count]
    return removed


# --------------------------------------------------------------------------- planning list edits


@dataclass(frozen=True, slots=True)
class ObjectRun:
    """A contiguous run of objects of one kind, starting at ``row`` of its list."""

    kind: str
    row: int
    objs: tuple[HireplanModel, ...]


def plan_insert(plan: Plan, kind: str, row: int, objs: Sequence[HireplanModel]) -> ObjectRun:
    """The run that inserts ``objs`` at ``row`` (-1 or past the end: at the end), checked first.

    Raises ``TypeError`` / ``ValueError`` for an object that cannot go there, so nothing is tried.
    """
    target = list_of(plan, kind)
    if row < 0 or row > len(target):
        row = len(target)
    _check_new(target, kind, objs)
    return ObjectRun(kind, row, tuple(objs))


def runs_of(plan: Plan, kind: str, ids: Iterable[str]) -> list[ObjectRun]:
    """The objects with ``ids`` grouped into contiguous runs, in list order.

    Raises :class:`NotFoundError` for an unknown id.
    """
    target = list_of(plan, kind)
    rows = sorted({row_of(plan, kind, obj_id) for obj_id in ids})
    runs: list[ObjectRun] = []
    for row in rows:
        last = runs[-1] if runs else None
        if last is not None and last.row + len(last.objs) == row:
            runs[-1] = ObjectRun(kind, last.row, (*last.objs, target[row]))
        else:
            runs.append(ObjectRun(kind, row, (target[row],)))
    return runs


def duplicate_object(obj: HireplanModel, **changes: Any) -> HireplanModel:
    """A deep copy of ``obj`` with a new id (and any ``changes``), ready to insert next to it."""
    update: dict[str, Any] = {"id": new_id(), **changes}
    copy = obj.model_copy(update=update, deep=True)
    # model_copy(update=...) skips validation: re-validate so a bad change is refused here.
    return type(obj).model_validate(copy.model_dump())


def dependents(plan: Plan, kind: str, ids: Iterable[str]) -> dict[str, list[str]]:
    """Objects that refer to the objects being removed and would be left dangling.

    Offers refer to a role; offers, roles, benchmarks and pay bands refer to a market. Returns
    ``{kind: [ids]}`` of the referring objects (only non-empty lists).
    """
    wanted = set(ids)
    found: dict[str, list[str]] = {}
    if kind == "role":
        found["offer"] = [offer.id for offer in plan.offers if offer.role_id in wanted]
    elif kind == "market":
        found["offer"] = [offer.id for offer in plan.offers if offer.market_id in wanted]
        found["role"] = [role.id for role in plan.roles if role.market_id in wanted]
        found["benchmark"] = [b.id for b in plan.benchmarks if b.market_id in wanted]
        found["band"] = [band.id for band in plan.pay_bands if band.market_id in wanted]
    return {k: v for k, v in found.items() if v}
