"""Model-level edits of the plan: find objects by id, check and set field values, change the checklist.

Plain Python over a :class:`~hireplan.model.plan.Plan`, no Qt. Two kinds of function live here:

* **Checks and plans**, which read the plan and say what to do: :func:`check_changes` (try field
  values on copies), :func:`runs_of` (which rows a removal takes), :func:`plan_moves` (the
  single-item moves of a drag).
* **Primitives**, which change it: :func:`assign` (one checked value), :func:`insert_run`,
  :func:`remove_run`, :func:`move_item` (one contiguous run of rows each, which the window maps
  one-to-one onto Qt's begin/end row notifications).

The open plan in the window (``hireplan.gui.document``) plans with the first, then pushes an undo
command that calls the second, so undo and redo do exactly what a headless caller does with
:func:`apply_changes`. Its module docstring draws the whole path once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from hireplan import i18n
from hireplan.i18n import N_
from hireplan.model.base import HireplanModel, new_id
from hireplan.model.checklist import ChecklistItem, Step
from hireplan.model.kinds import kind_info, objects_of
from hireplan.model.plan import Plan


class NotFoundError(LookupError):
    """No object of that kind has that id (it was deleted, or the id is wrong)."""


# --------------------------------------------------------------------------- finding objects


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
    raise NotFoundError(_no_item(item_id))


def _no_item(item_id: str) -> str:
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


# --------------------------------------------------------------------------- setting a field


FIELD_LABELS: dict[str, str] = {
    "text": N_("Text"),
    "status": N_("Status"),
    "owner": N_("Owner"),
    "due": N_("Due date"),
    "priority": N_("Priority"),
    "notes": N_("Notes"),
    "tags": N_("Tags"),
    "title": N_("Title"),
    "organisation": N_("Organisation"),
    "reporting_currency": N_("Reporting currency"),
    "start_date": N_("Start date"),
    "target_date": N_("Target date"),
    "summary": N_("Summary"),
    "name": N_("Name"),
    "country": N_("Country"),
    "currency": N_("Currency"),
    "job_family": N_("Job family"),
    "level": N_("Level"),
    "domain": N_("Domain"),
    "headcount": N_("Headcount"),
    "kind": N_("Hire"),
    "research": N_("Research"),
    "growth_path": N_("Growth path"),
    "planned_currency": N_("Budget currency"),
    "planned_cost_per_hire": N_("Planned per hire"),
    "planned_cost_per_hire_max": N_("Planned per hire (top)"),
    "role_id": N_("Role"),
    "market_id": N_("Market"),
    "candidate": N_("Candidate"),
    "base": N_("Base"),
    "bonus_kind": N_("Bonus as"),
    "bonus_value": N_("Bonus"),
    "equity_grant": N_("Equity grant"),
    "vesting_years": N_("Vesting years"),
    "sign_on": N_("Sign-on"),
    "sign_on_amortisation_years": N_("Sign-on spread over years"),
    "relocation": N_("Relocation"),
    "housing_allowance": N_("Housing allowance"),
    "living_allowance": N_("Living allowance"),
    "research_budget": N_("Research budget"),
    "compute_budget": N_("Compute budget"),
    "compute_note": N_("Compute note"),
    "period": N_("Pay period"),
    "months_per_year": N_("Months per year"),
    "base_p25": N_("Base P25"),
    "base_p50": N_("Base P50"),
    "base_p75": N_("Base P75"),
    "base_p90": N_("Base P90"),
    "total_p25": N_("Total P25"),
    "total_p50": N_("Total P50"),
    "total_p75": N_("Total P75"),
    "total_p90": N_("Total P90"),
    "total_basis": N_("Totals measure"),
    "source": N_("Source"),
    "as_of": N_("As of"),
    "sample_size": N_("Sample size"),
    "category": N_("Category"),
    "likelihood": N_("Likelihood"),
    "impact": N_("Impact"),
    "mitigation": N_("Mitigation"),
    "review_date": N_("Review date"),
    "jurisdiction": N_("Where"),
    "topic": N_("Topic"),
    "last_checked": N_("Last checked"),
    "rate": N_("Rate"),
    "quote": N_("Quote"),
    "factor": N_("Factor"),
    "minimum": N_("Band minimum"),
    "midpoint": N_("Band midpoint"),
    "maximum": N_("Band maximum"),
    "basis": N_("Basis"),
    "employer": N_("Employer"),
    "unvested_equity_forfeited": N_("Forfeited unvested equity"),
    "expected_retention_grant": N_("Expected retention grant"),
    "expected_retention_grant_pct": N_("Expected retention grant (% of base)"),
    "reference_market_id": N_("Reference market"),
    "below_market_threshold": N_("Below-market threshold"),
    "stale_data_days": N_("Days before market data is out of date"),
    "policy_check_days": N_("Days between policy checks"),
    "risk_high_from": N_("High risk from score"),
    "risk_medium_from": N_("Medium risk from score"),
    "is_example": N_("Example data"),
    "reason": N_("Reason"),
    "competing": N_("Competing package"),
    "created": N_("Created"),
    "purpose": N_("Purpose"),
    "best_practices": N_("Best practices"),
    "common_mistakes": N_("Common mistakes"),
    "key": N_("Key"),
}
"""How a person reads each field's name (the English; messages show it through gettext)."""


def _label(field: str) -> str:
    label = FIELD_LABELS.get(field)
    return i18n._(label) if label else field.replace("_", " ").capitalize()


def describe_field_error(field: str, error: ValidationError) -> str:
    """One readable sentence per problem pydantic found with a value typed into ``field``."""
    sentences = [describe_problem(field, problem) for problem in error.errors(include_url=False)]
    joined = i18n._(" ").join(dict.fromkeys(sentences))
    return joined or i18n._("{label}: not an accepted value.").format(label=_label(field))


def describe_problem(field: str, problem: ErrorDetails, *, label: str | None = None) -> str:
    """One of pydantic's problems with ``field`` as a sentence; ``label`` names the field in it
    (a pasted column's header), else the field's own label."""
    label = label or _label(field)
    kind = problem.get("type", "")
    value = problem.get("input")
    ctx = problem.get("ctx") or {}
    if field == "tags" and kind == "string_pattern_mismatch":
        return i18n._(
            "{value} is not a valid tag: use letters (lower-case in Latin script), digits and dashes, "
            "with no spaces (for example career-path or 文化)."
        ).format(value=repr(value))
    if field == "tags" and kind == "string_too_short":
        return i18n._("A tag cannot be empty.")
    if kind == "string_too_long":
        too_long = i18n._("{label} is too long: at most {count} characters.")
        return too_long.format(label=label, count=ctx.get("max_length"))
    if kind == "string_too_short":
        return i18n._("{label} cannot be empty.").format(label=label)
    if kind == "string_pattern_mismatch" and field.endswith("currency"):
        return i18n._("{label} must be a three-letter currency code such as USD or CNY.").format(label=label)
    if kind == "string_pattern_mismatch":
        return i18n._("{value} is not an accepted value for {label}.").format(value=repr(value), label=label)
    if kind == "enum":
        choices = ctx.get("expected", i18n._("the listed choices"))
        return i18n._("{label} must be one of: {choices}.").format(label=label, choices=choices)
    if kind.startswith(("date_", "datetime_")):
        return i18n._("{label} must be a date such as 2026-03-31.").format(label=label)
    if kind in _LIMIT_WORDING:
        limit = next(iter(ctx.values()), "")
        return i18n._(_LIMIT_WORDING[kind]).format(label=label, limit=limit)
    if kind.startswith(("decimal_", "int_", "float_")):
        return i18n._("{label} must be a number.").format(label=label)
    if kind == "value_error":
        message = str(ctx.get("error") or problem.get("msg", ""))
        message = message[:1].upper() + message[1:]
        return message if message.endswith((".", "。")) else i18n._("{sentence}.").format(sentence=message)
    detail = problem.get("msg", i18n._("not an accepted value"))
    return i18n._("{label}: {problem}.").format(label=label, problem=detail)


_LIMIT_WORDING = {
    "greater_than": N_("{label} must be above {limit}."),
    "greater_than_equal": N_("{label} must be at least {limit}."),
    "less_than": N_("{label} must be below {limit}."),
    "less_than_equal": N_("{label} must be at most {limit}."),
}


def _try(probe: BaseModel, field: str, value: Any) -> None:
    """Assign through pydantic's validation on an object that may be thrown away.

    pydantic keeps a value a model-level check rejects on the object itself, so this is only
    ever done on a copy; raises ``ValueError`` with a readable message when the value is refused.
    """
    if field not in type(probe).model_fields or field == "id":
        raise ValueError(i18n._("{label} cannot be edited here.").format(label=_label(field)))
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


# --------------------------------------------------------------------------- structure primitives


def insert_run(plan: Plan, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
    """Insert ``items`` as one contiguous run at ``row`` of the step (``row`` may equal its length)."""
    _, step = find_step(plan, step_id)
    if not 0 <= row <= len(step.items):
        raise IndexError(f"row {row} is outside step {step_id!r} ({len(step.items)} items)")
    known = {item.id for s in plan.steps for item in s.items}
    for item in items:
        if item.id in known:
            raise ValueError(i18n._("An item with id {id} is already in the plan.").format(id=repr(item.id)))
        known.add(item.id)
    step.items[row:row] = list(items)


def remove_run(plan: Plan, step_id: str, row: int, count: int) -> list[ChecklistItem]:
    """Remove ``count`` items starting at ``row`` of the step; return them."""
    _, step = find_step(plan, step_id)
    if count < 1 or row < 0 or row + count > len(step.items):
        raise IndexError(f"rows {row}..{row + count - 1} are outside step {step_id!r}")
    removed = step.items[row : row + count]
    del step.items[row : row + count]
    return removed


@dataclass(frozen=True, slots=True)
class ItemMove:
    """One item moving from ``src_row`` of one step to ``dst_row`` of another (or the same).

    ``dst_row`` is the item's row once the move is done.
    """

    src_step_id: str
    src_row: int
    dst_step_id: str
    dst_row: int

    def inverse(self) -> ItemMove:
        return ItemMove(self.dst_step_id, self.dst_row, self.src_step_id, self.src_row)


def inverse_moves(moves: Sequence[ItemMove]) -> list[ItemMove]:
    """The moves that undo ``moves``: each one's inverse, last first."""
    return [move.inverse() for move in reversed(moves)]


def move_item(plan: Plan, move: ItemMove) -> None:
    """Apply one :class:`ItemMove`."""
    _, src = find_step(plan, move.src_step_id)
    _, dst = find_step(plan, move.dst_step_id)
    item = src.items.pop(move.src_row)
    if not 0 <= move.dst_row <= len(dst.items):
        src.items.insert(move.src_row, item)
        raise IndexError(f"row {move.dst_row} is outside step {move.dst_step_id!r}")
    dst.items.insert(move.dst_row, item)


# --------------------------------------------------------------------------- planning structure edits


@dataclass(frozen=True, slots=True)
class Run:
    """A contiguous run of items in one step."""

    step_id: str
    row: int
    items: tuple[ChecklistItem, ...]


def _positions(plan: Plan, ids: Iterable[str]) -> list[tuple[int, int, str]]:
    """(step row, item row, step id) of each id, in plan order, without duplicates.

    One pass over the plan, so selecting thousands of items stays linear.
    """
    wanted = set(ids)
    positions = [
        (step_row, row, step.id)
        for step_row, step in enumerate(plan.steps)
        for row, item in enumerate(step.items)
        if item.id in wanted
    ]
    if len(positions) != len(wanted):
        found = {plan.steps[s].items[r].id for s, r, _ in positions}
        missing = sorted(wanted - found)
        raise NotFoundError(_no_item(missing[0]))
    return positions


def runs_of(plan: Plan, ids: Iterable[str]) -> list[Run]:
    """The items with ``ids`` grouped into contiguous runs, in plan order."""
    runs: list[Run] = []
    for step_row, row, step_id in _positions(plan, ids):
        item = plan.steps[step_row].items[row]
        if runs and runs[-1].step_id == step_id and runs[-1].row + len(runs[-1].items) == row:
            last = runs[-1]
            runs[-1] = Run(step_id, last.row, (*last.items, item))
        else:
            runs.append(Run(step_id, row, (item,)))
    return runs


def plan_moves(plan: Plan, ids: Iterable[str], dest_step_id: str, dest_row: int) -> list[ItemMove]:
    """The single-item moves that put the items with ``ids`` at ``dest_row`` of the destination step.

    ``dest_row`` counts rows as they are before the move (as a drop indicator between two rows
    does); -1 or a row past the end means "at the end". Moved items keep their plan order.
    The returned moves are meant to be applied in order with :func:`move_item`.
    """
    _, dest = find_step(plan, dest_step_id)
    if dest_row < 0 or dest_row > len(dest.items):
        dest_row = len(dest.items)
    positions = _positions(plan, ids)
    # Work on a scratch copy of the row layout: lists of ids per step.
    layout = {step.id: [item.id for item in step.items] for step in plan.steps}
    moving = [layout[step_id][row] for _, row, step_id in positions]
    # The item before which the moved block lands, if any, that is not itself moving.
    anchor: str | None = None
    for item_id in layout[dest_step_id][dest_row:]:
        if item_id not in moving:
            anchor = item_id
            break
    moves: list[ItemMove] = []
    for offset, item_id in enumerate(moving):
        src_step_id = next(s for s, rows in layout.items() if item_id in rows)
        src_row = layout[src_step_id].index(item_id)
        layout[src_step_id].pop(src_row)
        target = layout[dest_step_id]
        final = len(target) if anchor is None else target.index(anchor)
        # Keep the block together and in order: each one goes after the previous one.
        if offset:
            final = target.index(moving[offset - 1]) + 1
        target.insert(final, item_id)
        if (src_step_id, src_row) != (dest_step_id, final):
            moves.append(ItemMove(src_step_id, src_row, dest_step_id, final))
    return moves


def duplicate_item(item: ChecklistItem) -> ChecklistItem:
    """A copy of ``item`` with a new id, ready to insert next to it."""
    return item.model_copy(update={"id": new_id(), "tags": list(item.tags)}, deep=True)


def new_item(text: str = "New item") -> ChecklistItem:
    """A fresh to-do item."""
    return ChecklistItem(text=text)
