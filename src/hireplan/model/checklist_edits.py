"""Changing the checklist's structure: insert, remove and move runs of items, and plan those edits.

Plain Python over a :class:`~hireplan.model.plan.Plan`, no Qt. Two kinds of function live here:

* **Plans**, which read the plan and say what to do: :func:`runs_of` (which rows a removal
  takes), :func:`plan_moves` (the single-item moves of a drag).
* **Primitives**, which change it: :func:`insert_run`, :func:`remove_run`, :func:`move_item` (one
  contiguous run of rows each, which the window maps one-to-one onto Qt's begin/end row
  notifications).

Field values of items are set like any other object's, with :mod:`hireplan.model.edits`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from hireplan import i18n
from hireplan.model.base import new_id
from hireplan.model.checklist import ChecklistItem
from hireplan.model.lookup import NotFoundError, find_step, no_item_message
from hireplan.model.plan import Plan


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
        raise NotFoundError(no_item_message(missing[0]))
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
