"""The checklist item model: a valid Qt model after every edit, precise change signals, drag-and-drop."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from helpers.plans import checklist_plan, item_ids
from hireplan.gui.checklist.checklist_cells import Column, ItemRole
from hireplan.gui.checklist.checklist_dnd import MIME_TYPE
from hireplan.gui.checklist.checklist_filter import ChecklistFilterProxy
from hireplan.gui.checklist.checklist_model import ChecklistModel
from hireplan.gui.document.document import PlanDocument
from hireplan.model import ChecklistItem, Status


@pytest.fixture
def model(qtbot: QtBot) -> ChecklistModel:
    document = PlanDocument(checklist_plan())
    document.analysis()
    return ChecklistModel(document)


def _drop(model: ChecklistModel, ids: list[str], step_id: str, row: int) -> bool:
    indexes = [model.item_index(i) for i in ids]
    data = model.mimeData(indexes)
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, model.step_index(step_id))


def test_model_stays_valid_through_inserts_moves_and_removals(
    model: ChecklistModel, qtmodeltester: ModelTester
) -> None:
    doc = model.document
    proxy = ChecklistFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    doc.insert_items("s3", -1, [ChecklistItem(id="n1", text="New"), ChecklistItem(id="n2", text="Newer")])
    doc.move_items(["a", "n2"], "s2", 1)
    doc.move_items(["e"], "s1", 0)
    doc.duplicate_items(["b", "d"])
    doc.remove_items(["c", "n1"])
    proxy.set_status(Status.TODO)
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    qtmodeltester.check(model)
    qtmodeltester.check(proxy)
    assert item_ids(doc.plan) == item_ids(checklist_plan())


def test_field_edit_signals_only_the_changed_row(model: ChecklistModel, qtbot: QtBot) -> None:
    changes: list[tuple[QModelIndex, QModelIndex]] = []
    model.dataChanged.connect(lambda tl, br, roles=(): changes.append((tl, br)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.document.set_field("item", "b", "owner", "Ana Silva")
    item_changes = [(tl, br) for tl, br in changes if tl.parent().isValid()]
    assert len(item_changes) == 1
    top_left, bottom_right = item_changes[0]
    assert (top_left.row(), bottom_right.row(), top_left.parent().row()) == (1, 1, 0)
    assert top_left.data(ItemRole.ID) == "b"
    assert model.index(1, Column.OWNER, model.index(0, 0)).data() == "Ana Silva"
    assert not resets


def test_structure_edits_use_row_signals_not_resets(model: ChecklistModel) -> None:
    seen: list[tuple[str, Any]] = []
    model.rowsInserted.connect(
        lambda parent, first, last: seen.append(("insert", (parent.row(), first, last)))
    )
    model.rowsRemoved.connect(
        lambda parent, first, last: seen.append(("remove", (parent.row(), first, last)))
    )
    model.rowsMoved.connect(lambda sp, s, e, dp, d: seen.append(("move", (sp.row(), s, dp.row(), d))))
    model.modelReset.connect(lambda: seen.append(("reset", None)))
    doc = model.document
    doc.insert_items("s2", 1, [ChecklistItem(id="n", text="x")])
    doc.remove_items(["n"])
    doc.move_items(["a"], "s2", 0)
    assert seen == [("insert", (1, 1, 1)), ("remove", (1, 1, 1)), ("move", (0, 0, 1, 0))]


def test_drag_and_drop_moves_items_as_one_undo_step(
    model: ChecklistModel, qtmodeltester: ModelTester
) -> None:
    doc = model.document
    before = doc.plan.model_dump()
    assert Qt.ItemFlag.ItemIsDragEnabled in model.flags(model.item_index("a"))
    assert Qt.ItemFlag.ItemIsDropEnabled in model.flags(model.step_index("s2"))
    assert MIME_TYPE in model.mimeTypes()
    assert _drop(model, ["a", "c"], "s2", 1)
    assert item_ids(doc.plan) == [["b"], ["d", "a", "c", "e"], []]
    assert _drop(model, ["e"], "s1", 0)  # within reach of a second drag
    assert _drop(model, ["b"], "s3", -1)  # onto an empty step: appended
    assert item_ids(doc.plan) == [["e"], ["d", "a", "c"], ["b"]]
    # After a move-drop the view asks the model to remove the dragged source rows; the move is
    # already done, so that clean-up must remove nothing.
    assert not model.removeRows(0, 1, model.step_index("s2"))
    assert item_ids(doc.plan) == [["e"], ["d", "a", "c"], ["b"]]
    qtmodeltester.check(model)
    assert doc.undo_stack.count() == 3
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_drop_is_refused_outside_a_step_and_from_another_plan(model: ChecklistModel) -> None:
    data = model.mimeData([model.item_index("a")])
    move = Qt.DropAction.MoveAction
    assert not model.canDropMimeData(data, move, 0, 0, QModelIndex())  # between steps
    assert not model.canDropMimeData(data, move, 0, 0, model.item_index("b"))  # onto an item
    assert not model.canDropMimeData(data, Qt.DropAction.CopyAction, 0, 0, model.step_index("s2"))
    foreign = QMimeData()
    foreign.setData(MIME_TYPE, b'{"plan": "another-plan", "ids": ["a"]}')
    assert not model.dropMimeData(foreign, move, 0, 0, model.step_index("s2"))
    garbage = QMimeData()
    garbage.setData(MIME_TYPE, b"not json")
    assert not model.dropMimeData(garbage, move, 0, 0, model.step_index("s2"))
    assert item_ids(model.document.plan) == item_ids(checklist_plan())


def test_set_data_refuses_a_bad_tag_with_a_message(model: ChecklistModel, qtbot: QtBot) -> None:
    before = model.document.plan.model_dump()
    index = model.item_index("a", Column.TAGS)
    with qtbot.waitSignal(model.editRejected) as rejected:
        assert not model.setData(index, "culture, career path")
    assert "career path" in rejected.args[0] and "not a valid tag" in rejected.args[0]
    assert model.document.plan.model_dump() == before
    assert model.document.undo_stack.count() == 0


def test_steps_show_progress_from_the_analysis(model: ChecklistModel) -> None:
    progress = model.step_index("s1").data(ItemRole.PROGRESS)
    expected = model.document.analysis().progress.steps[0]
    assert progress == expected
    assert model.step_index("s1", Column.STATUS).data() == f"{expected.done} of {expected.applicable} done"
    assert model.item_index("b").data(ItemRole.OVERDUE) is True  # open and due in 2000
    assert model.item_index("c").data(ItemRole.OVERDUE) is False


def test_progress_appears_without_blocking_first_paint(qtbot: QtBot) -> None:
    document = PlanDocument(checklist_plan())
    model = ChecklistModel(document)
    assert model.step_index("s1").data(ItemRole.PROGRESS) is None  # not computed during the paint
    with qtbot.waitSignal(model.dataChanged):
        pass
    assert model.step_index("s1").data(ItemRole.PROGRESS) is not None
