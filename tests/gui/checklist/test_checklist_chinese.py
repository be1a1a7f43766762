"""The checklist speaks Chinese: a Chinese-speaking HR professional sees the tree's headings, statuses
and priorities, the filter bar, the item actions, the cell editors and the guidance pane in Chinese,
and only the plan's own words (its step titles, items, owners, tags) stay as typed.

And the English window keeps its words, with real plurals ("Owner of 1 selected item:").
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from helpers.plans import checklist_plan
from helpers.screen_probes import make_panel
from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.checklist.checklist_cells import Column
from hireplan.gui.checklist.checklist_panel import ChecklistPanel


def _select_item(panel: ChecklistPanel, item_id: str) -> None:
    index = panel.proxy.mapFromSource(panel.model.item_index(item_id))
    panel.tree.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def _open_editor(qtbot: QtBot, panel: ChecklistPanel, item_id: str, column: Column) -> QWidget:
    opened: list[QWidget] = []
    panel.delegate.editorOpened.connect(opened.append)
    index = panel.proxy.mapFromSource(panel.model.item_index(item_id, column))
    panel.tree.setCurrentIndex(index)
    panel.tree.edit(index)
    qtbot.waitUntil(lambda: bool(opened))
    return opened[0]


def test_the_checklist_tree_filter_bar_actions_and_guidance_show_no_english(
    qapp: QApplication, qtbot: QtBot
) -> None:
    plan = checklist_plan()
    allowed = Allowed.for_plan(plan, words=("Ins", "Del"))  # key caps, as Qt names the keys
    with in_chinese(qapp):
        panel = make_panel(qtbot, plan, show=True)
        _select_item(panel, "b")  # actions enabled, guidance of step 1 with its progress
        found = english_texts(panel, allowed)
        assert not found, report(found, allowed)
        assert panel.model.headerData(Column.TEXT, Qt.Orientation.Horizontal) == "事项"
        assert panel.filter_bar.status_filter.itemText(0) == "全部状态"
        assert "推荐做法" in panel.guidance.text.toPlainText()

        editors = [_open_editor(qtbot, panel, "b", column) for column in (Column.TAGS, Column.OWNER)]
        texts = [e.placeholderText() for e in editors if isinstance(e, QLineEdit)]
        assert texts and all(not allowed.english_words(text) for text in texts), texts
        status = _open_editor(qtbot, panel, "b", Column.STATUS)
        assert isinstance(status, QComboBox)
        assert [status.itemText(i) for i in range(status.count())] == [
            "待办",
            "进行中",
            "已完成",
            "受阻",
            "不适用",
        ]
        notes = _open_editor(qtbot, panel, "d", Column.NOTES)
        assert isinstance(notes, QPlainTextEdit) and not allowed.english_words(notes.toolTip())

        panel.select_object("step", "s3")  # a step without guidance, and no step at all
        assert not allowed.english_words(panel.guidance.text.toPlainText())
        panel.guidance.show_step(None, None)
        assert panel.guidance.title.text() == "未选择步骤"


def test_a_refused_cell_says_why_in_chinese(qapp: QApplication, qtbot: QtBot) -> None:
    with in_chinese(qapp):
        panel = make_panel(qtbot)
        messages: list[str] = []
        panel.model.editRejected.connect(messages.append)
        index = panel.model.item_index("a", Column.STATUS)
        assert not panel.model.setData(index, "finished")
        assert messages == ["状态：“finished”不是有效状态，请从列表中选择。"]
        assert panel.model.setData(index, "已完成")  # a status typed as the window names it


def test_the_english_owner_question_counts_the_items(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    asked: list[str] = []
    panel.ask_text = lambda parent, title, label, text: asked.append(label)  # type: ignore[assignment,func-returns-value]
    for ids in (["a"], ["a", "b"]):
        selection = panel.tree.selectionModel()
        selection.clearSelection()
        for item_id in ids:
            index = panel.proxy.mapFromSource(panel.model.item_index(item_id))
            selection.select(
                index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            )
        panel.ask_owner_for_selection()
    assert asked == ["Owner of 1 selected item:", "Owner of 2 selected items:"]
