"""Setting field values of the plan: check them on copies, then store them.

Plain Python over a :class:`~hireplan.model.plan.Plan`, no Qt. :func:`check_changes` tries field
values on copies and says what would change (the one validation of an edit); :func:`assign`
stores one checked value. The checklist's structure (insert, remove, move rows) has its own
module, :mod:`hireplan.model.checklist_edits`; the flat lists theirs,
:mod:`hireplan.model.collection_edits`.

The open plan in the window (``hireplan.gui.document``) checks with the first, then pushes an undo
command that calls the second, so undo and redo do exactly what a headless caller does with
:func:`apply_changes`. Its module docstring draws the whole path once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ValidationError

from hireplan import i18n
from hireplan.model.field_wording import describe_field_error, field_label
from hireplan.model.lookup import find_object, find_objects
from hireplan.model.plan import Plan


def _try(probe: BaseModel, field: str, value: Any) -> None:
    """Assign through pydantic's validation on an object that may be thrown away.

    pydantic keeps a value a model-level check rejects on the object itself, so this is only
    ever done on a copy; raises ``ValueError`` with a readable message when the value is refused.
    """
    if field not in type(probe).model_fields or field == "id":
        raise ValueError(i18n._("{label} cannot be edited here.").format(label=field_label(field)))
    try:
        setattr(probe, field, value)
    except ValidationError as error:
        raise ValueError(describe_field_error(field, error)) from None


def set_field(obj: BaseModel, field: str, value: Any) -> Any:
    """Assign ``value`` to ``obj.field`` through pydantic's validation; return the old value.

    The value is first tried on a shallow copy, so a refused value never reaches the plan.
    Raises ``ValueError`` with a readable message when the value is refused.
    """
    old = getattr(obj, field) if field in type(obj).model_fields else None
    probe = obj.model_copy()
    _try(probe, field, value)
    setattr(obj, field, getattr(probe, field))
    return old


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of one object set to one value: what every edit of a value is made of.

    The named edits in :mod:`hireplan.model.operations` return lists of these; a headless caller
    makes them with :func:`apply_changes`, the open plan in the window as one undo step.
    """

    kind: str
    obj_id: str
    field: str
    value: Any


@dataclass(frozen=True, slots=True)
class CheckedChange:
    """A change the model accepted, with the value as the model stores it and the one it replaces."""

    change: FieldChange
    old: Any


def check_changes(plan: Plan, changes: Iterable[FieldChange]) -> list[CheckedChange]:
    """Try ``changes``, in order, on copies of the objects they change; the plan is not touched.

    Returns each change with the value as stored and the value it replaces, leaving out those
    that change nothing. Raises ``ValueError`` with a readable message for a refused value, so a
    set of changes is made whole or not at all. This is the one validation of an edit: the
    values it returns can be stored with :func:`assign` (on redo, too) without trying again.
    """
    wanted = list(changes)
    ids: dict[str, list[str]] = {}
    for change in wanted:
        ids.setdefault(change.kind, []).append(change.obj_id)
    found = {kind: find_objects(plan, kind, kind_ids) for kind, kind_ids in ids.items()}
    probes: dict[tuple[str, str], BaseModel] = {}
    checked: list[CheckedChange] = []
    for change in wanted:
        key = (change.kind, change.obj_id)
        probe = probes.get(key)
        if probe is None:
            probe = probes[key] = found[change.kind][change.obj_id].model_copy()
        old = getattr(probe, change.field, None)
        _try(probe, change.field, change.value)
        new = getattr(probe, change.field)
        if new != old:
            checked.append(CheckedChange(replace(change, value=new), old))
    return checked


def assign(obj: BaseModel, field: str, value: Any) -> None:
    """Store a value :func:`check_changes` accepted for this object as it is now: no probe copy."""
    setattr(obj, field, value)


def apply_changes(plan: Plan, changes: Iterable[FieldChange]) -> list[CheckedChange]:
    """Make ``changes`` to the plan, all or none (headless: the CLI, scripts, tests).

    Returns what changed with the old values, so a caller can put them back in reverse order.
    """
    checked = check_changes(plan, changes)
    for item in checked:
        change = item.change
        assign(find_object(plan, change.kind, change.obj_id), change.field, change.value)
    return checked
