"""The checklist panel: filters, bulk edits, keyboard actions, jumping to objects and step guidance."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from helpers.plans import item_ids
from helpers.screen_probes import make_panel, visible_item_ids
from hireplan.gui.checklist.checklist_cells import Column, ItemRole
from hireplan.gui.checklist.checklist_filter import UNASSIGNED
from hireplan.gui.checklist.checklist_panel import ChecklistPanel
from hireplan.model import Status


def _select(panel: ChecklistPanel, *ids: str) -> None:
    selection = panel.tree.selectionModel()
    selection.clearSelection()
    for n, item_id in enumerate(ids):
        index = panel.proxy.mapFromSource(panel.model.item_index(item_id))
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        if n == 0:
            selection.setCurrentIndex(index, flags)
        else:
            selection.select(index, flags)


def test_filters_by_text_status_owner_tag_and_overdue(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    panel = make_panel(qtbot)
    assert visible_item_ids(panel) == ["a", "b", "c", "d", "e"]
    assert panel.proxy.rowCount() == 3  # every step, the empty one too

    qtbot.keyClicks(panel.filter_bar.filter_edit, "SURVEY")  # matches d's notes, any case
    assert visible_item_ids(panel) == ["d"]
    assert panel.proxy.rowCount() == 1  # only the step holding a match stays
    qtmodeltester.check(panel.proxy)
    panel.filter_bar.filter_edit.clear()

    panel.filter_bar.status_filter.setCurrentIndex(panel.filter_bar.status_filter.findData(Status.DONE))
    assert visible_item_ids(panel) == ["c"]
    panel.filter_bar.status_filter.setCurrentIndex(0)

    panel.filter_bar.owner_filter.setCurrentIndex(panel.filter_bar.owner_filter.findData("Mei Lin"))
    assert visible_item_ids(panel) == ["a", "c"]
    panel.filter_bar.owner_filter.setCurrentIndex(panel.filter_bar.owner_filter.findData(UNASSIGNED))
    assert visible_item_ids(panel) == ["d", "e"]
    panel.filter_bar.owner_filter.setCurrentIndex(0)

    panel.filter_bar.tag_filter.setCurrentIndex(panel.filter_bar.tag_filter.findData("hubs"))
    assert visible_item_ids(panel) == ["b"]
    panel.filter_bar.tag_filter.setCurrentIndex(0)

    panel.filter_bar.overdue_filter.setChecked(True)  # the analysis decides: b is open and past due
    assert visible_item_ids(panel) == ["b"]
    panel.clear_filters()
    assert visible_item_ids(panel) == ["a", "b", "c", "d", "e"]


def test_filtered_list_follows_edits(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.filter_bar.status_filter.setCurrentIndex(panel.filter_bar.status_filter.findData(Status.DONE))
    panel.model.document.set_field("item", "a", "status", Status.DONE)
    assert visible_item_ids(panel) == ["a", "c"]


def test_show_step_limits_the_tree_to_one_step(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.show_step("compensation")
    assert visible_item_ids(panel) == ["d", "e"]
    assert panel.guidance.title.text() == "Offer competitive compensation"
    panel.show_step(None)
    assert visible_item_ids(panel) == ["a", "b", "c", "d", "e"]


def test_bulk_status_and_owner_are_one_undo_step_each(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    doc = panel.model.document
    before = doc.plan.model_dump()
    _select(panel, "a", "b", "d")
    assert panel.selected_item_ids() == ["a", "b", "d"]
    panel.item_actions.status_actions[list(Status).index(Status.DONE)].trigger()
    assert [doc.plan.steps[s].items[r].status for s, r in ((0, 0), (0, 1), (1, 0))] == [Status.DONE] * 3
    assert doc.undo_stack.count() == 1
    panel.ask_text = lambda parent, title, label, text: "Ana Silva"
    panel.item_actions.set_owner_action.trigger()
    assert {doc.plan.steps[s].items[r].owner for s, r in ((0, 0), (0, 1), (1, 0))} == {"Ana Silva"}
    assert doc.undo_stack.count() == 2
    # the owner filter learns the new name just after the edit is on screen
    qtbot.waitUntil(lambda: panel.filter_bar.owner_filter.findData("Ana Silva") >= 0, timeout=2000)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_keyboard_actions_add_duplicate_move_and_delete(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    panel = make_panel(qtbot, show=True)
    doc = panel.model.document
    before = doc.plan.model_dump()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    _select(panel, "a")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert item_ids(doc.plan)[0] == ["b", "a", "c"]
    qtbot.keyClick(panel.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(item_ids(doc.plan)[0]) == 4 and item_ids(doc.plan)[0][1] == "a"
    copy_id = item_ids(doc.plan)[0][2]
    assert panel.selected_item_ids() == [copy_id]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    assert item_ids(doc.plan)[0] == ["b", "a", "c"]
    _select(panel, "c")
    qtbot.keyClick(panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # off the end: next step
    assert item_ids(doc.plan)[:2] == [["b", "a"], ["c", "d", "e"]]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # and back
    assert item_ids(doc.plan)[0] == ["b", "a", "c"]
    qtbot.keyClick(panel.tree, Qt.Key.Key_Insert)  # insert above c, its text editor opens
    assert len(item_ids(doc.plan)[0]) == 4 and doc.plan.steps[0].items[2].text == "New item"
    assert panel.tree.state() == panel.tree.State.EditingState
    qtmodeltester.check(panel.proxy)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_actions_carry_the_documented_shortcuts(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    shortcuts = {action.text(): action.shortcut().toString() for action in panel.actions()}
    assert shortcuts["&Add item"] == "Ctrl+Shift+N"
    assert shortcuts["&Insert item"] == "Ins"
    assert shortcuts["&Delete"] == "Del"
    assert shortcuts["D&uplicate"] == "Ctrl+D"
    assert shortcuts["Move u&p"] == "Alt+Up"
    assert shortcuts["Move do&wn"] == "Alt+Down"
    assert all(
        action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
        for action in panel.actions()
    )


def test_select_object_jumps_to_an_item_even_when_filtered_out(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.filter_bar.status_filter.setCurrentIndex(panel.filter_bar.status_filter.findData(Status.DONE))
    assert panel.select_object("item", "d")
    assert panel.tree.currentIndex().data(ItemRole.ID) == "d"
    assert panel.guidance.title.text() == "Offer competitive compensation"
    assert not panel.select_object("item", "missing")


def test_guidance_shows_the_selected_steps_purpose_practices_and_mistakes(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    panel.select_object("item", "b")
    text = panel.guidance.text.toPlainText()
    assert "Find out what the people we want care about." in text
    assert "Survey candidates who said no." in text
    assert "Assuming pay is the only reason people move." in text
    progress = panel.model.document.analysis().progress.steps[0]
    assert panel.guidance.progress.value() == progress.done
    assert panel.guidance.progress.maximum() == progress.applicable
    step_cell = panel.proxy.mapFromSource(panel.model.step_index("s1", Column.STATUS))
    assert step_cell.data(ItemRole.PROGRESS) == progress


def test_dropping_on_the_tree_moves_items_between_steps(qtbot: QtBot) -> None:
    """A drop event on the view goes through the filter proxy to the model: one undo step."""
    panel = make_panel(qtbot, show=True)
    doc = panel.model.document
    before = doc.plan.model_dump()
    source = panel.proxy.mapFromSource(panel.model.item_index("a"))
    data = panel.proxy.mimeData([source])
    target = panel.tree.visualRect(panel.proxy.mapFromSource(panel.model.item_index("e")))
    point = QPointF(target.center().x(), target.bottom() - 2)  # lower edge of e: drop below it
    viewport = panel.tree.viewport()
    move = Qt.DropAction.MoveAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, move, data, buttons, modifiers))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, move, data, buttons, modifiers))
    drop = QDropEvent(point, move, data, buttons, modifiers)
    QApplication.sendEvent(viewport, drop)
    assert item_ids(doc.plan)[:2] == [["b", "c"], ["d", "e", "a"]]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_tab_goes_from_the_filters_to_the_tree(qtbot: QtBot) -> None:
    """Keyboard users reach every filter, then the checklist, in reading order."""
    panel = make_panel(qtbot, show=True)
    panel.focus_filter()
    qtbot.waitUntil(panel.filter_bar.filter_edit.hasFocus)
    order = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [
        panel.filter_bar.status_filter,
        panel.filter_bar.owner_filter,
        panel.filter_bar.tag_filter,
        panel.filter_bar.overdue_filter,
        panel.filter_bar.clear_filters_button,
        panel.tree,
    ]


def test_moving_several_items_keeps_them_selected(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    panel = make_panel(qtbot)
    doc = panel.model.document
    _select(panel, "a", "b")
    panel.item_actions.move_down_action.trigger()  # a and b move together below c
    assert item_ids(doc.plan)[0] == ["c", "a", "b"]
    assert panel.selected_item_ids() == ["a", "b"]
    panel.item_actions.move_down_action.trigger()  # off the end of the step: to the top of the next one
    assert item_ids(doc.plan)[:2] == [["c"], ["a", "b", "d", "e"]]
    assert panel.selected_item_ids() == ["a", "b"]
    qtmodeltester.check(panel.proxy)
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert item_ids(doc.plan)[0] == ["c", "a", "b"]
    assert panel.selected_item_ids() == ["a", "b"]  # undo keeps the selection on the same items


def test_every_step_is_open_when_all_steps_show_and_after_the_plan_is_replaced(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, show=True)
    steps = [panel.proxy.index(row, 0) for row in range(panel.proxy.rowCount())]
    assert steps and all(panel.tree.isExpanded(step) for step in steps)

    panel.tree.collapse(steps[0])  # the person closes a step, then asks for All steps again
    panel.show_step(None)
    assert all(panel.tree.isExpanded(panel.proxy.index(row, 0)) for row in range(panel.proxy.rowCount()))

    panel.show_step("motivations")  # one step on its own, then every step
    panel.show_step(None)
    assert all(panel.tree.isExpanded(panel.proxy.index(row, 0)) for row in range(panel.proxy.rowCount()))
    assert visible_item_ids(panel) == ["a", "b", "c", "d", "e"]

    panel.tree.collapse(panel.proxy.index(0, 0))
    document = panel.model.document
    document.replace(document.plan.model_copy(deep=True), None)
    assert all(panel.tree.isExpanded(panel.proxy.index(row, 0)) for row in range(panel.proxy.rowCount()))
