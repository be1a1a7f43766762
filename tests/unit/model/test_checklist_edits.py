"""The checklist's structure behind undo: what a user relies on when they move, delete and undo items."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.edit_plans import edit_plan
from hireplan.model import ChecklistItem, Plan, Step, checklist_edits


def _layout(plan: Plan) -> list[str]:
    return ["".join(item.id for item in step.items) for step in plan.steps]


def _remove_items(plan: Plan, ids: list[str]) -> list[checklist_edits.Run]:
    """What the window's delete does: plan the runs, remove them last-first."""
    runs = checklist_edits.runs_of(plan, ids)
    for run in reversed(runs):
        checklist_edits.remove_run(plan, run.step_id, run.row, len(run.items))
    return runs


def _restore_runs(plan: Plan, runs: list[checklist_edits.Run]) -> None:
    """What its undo does: put the runs back first-first."""
    for run in runs:
        checklist_edits.insert_run(plan, run.step_id, run.row, run.items)


def _move_items(plan: Plan, ids: list[str], dest: str, row: int) -> list[checklist_edits.ItemMove]:
    """What a drag does: plan the single-item moves, make them in order."""
    moves = checklist_edits.plan_moves(plan, ids, dest, row)
    for move in moves:
        checklist_edits.move_item(plan, move)
    return moves


def _undo_moves(plan: Plan, moves: list[checklist_edits.ItemMove]) -> None:
    for move in checklist_edits.inverse_moves(moves):
        checklist_edits.move_item(plan, move)


def test_remove_and_restore_puts_every_item_back_in_place() -> None:
    plan = edit_plan()
    before = plan.model_dump()
    runs = _remove_items(plan, ["d", "a", "b", "x"])
    assert _layout(plan) == ["c", "y", ""]
    assert [(run.step_id, run.row, len(run.items)) for run in runs] == [
        ("s1", 0, 2),
        ("s1", 3, 1),
        ("s2", 0, 1),
    ]
    _restore_runs(plan, runs)
    assert plan.model_dump() == before


@pytest.mark.parametrize(
    ("ids", "dest", "row", "expected"),
    [
        (["a"], "s1", 3, ["bcad", "xy", ""]),  # down within a step: row counts before the move
        (["d"], "s1", 0, ["dabc", "xy", ""]),  # up to the top
        (["b", "d"], "s2", 1, ["ac", "xbdy", ""]),  # two items into another step, order kept
        (["a", "c"], "s1", 2, ["bacd", "xy", ""]),  # around an item that stays
        (["x"], "s3", -1, ["abcd", "y", "x"]),  # onto an empty step
        (["a", "b"], "s1", 1, ["abcd", "xy", ""]),  # onto itself: nothing to do
    ],
)
def test_move_items_and_undo(ids: list[str], dest: str, row: int, expected: list[str]) -> None:
    plan = edit_plan()
    before = plan.model_dump()
    moves = _move_items(plan, ids, dest, row)
    assert _layout(plan) == expected
    _undo_moves(plan, moves)
    assert plan.model_dump() == before


def test_duplicate_gets_a_new_id_and_independent_tags() -> None:
    item = ChecklistItem(id="a", text="t", tags=["culture"])
    copy = checklist_edits.duplicate_item(item)
    assert copy.id != item.id and copy.text == item.text
    copy.tags.append("policy")
    assert item.tags == ["culture"]


def test_insert_refuses_an_id_already_in_theedit_plan() -> None:
    plan = edit_plan()
    with pytest.raises(ValueError, match="already"):
        checklist_edits.insert_run(plan, "s2", 0, [ChecklistItem(id="a", text="again")])
    assert _layout(plan) == ["abcd", "xy", ""]


@settings(max_examples=200, deadline=None)
@given(
    layout=st.lists(st.integers(min_value=0, max_value=5), min_size=1, max_size=4),
    data=st.data(),
)
def test_any_move_keeps_every_item_and_undoes_exactly(layout: list[int], data: st.DataObject) -> None:
    """Whatever a user drags where, no item is lost or duplicated and undo restores the order."""
    steps = [
        Step(
            id=f"s{n}",
            key=f"k{n}",
            title=f"Step {n}",
            items=[ChecklistItem(id=f"i{n}-{r}", text="t") for r in range(size)],
        )
        for n, size in enumerate(layout)
    ]
    plan = Plan(title="P", steps=steps)
    all_ids = [item.id for step in plan.steps for item in step.items]
    if not all_ids:
        return
    moving = data.draw(st.lists(st.sampled_from(all_ids), min_size=1, unique=True))
    dest = data.draw(st.sampled_from(plan.steps))
    row = data.draw(st.integers(min_value=-1, max_value=len(dest.items)))
    before = plan.model_dump()
    ahead = [item.id for item in dest.items[row:]] if row >= 0 else []
    anchor = next((i for i in ahead if i not in moving), None)  # the item the drop lands above
    moves = _move_items(plan, moving, dest.id, row)
    after_ids = [item.id for step in plan.steps for item in step.items]
    assert sorted(after_ids) == sorted(all_ids)
    landed = [item.id for item in dest.items]
    in_plan_order = [i for i in all_ids if i in moving]
    start = landed.index(in_plan_order[0])
    assert landed[start : start + len(moving)] == in_plan_order  # together, in their old order
    following = landed[start + len(moving)] if start + len(moving) < len(landed) else None
    assert following == anchor  # right where the drop indicator was
    _undo_moves(plan, moves)
    assert plan.model_dump() == before
