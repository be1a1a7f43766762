"""Editing each checklist column in place through its delegate, and undoing back to the original plan."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QPlainTextEdit, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from helpers.screen_probes import make_panel
from hireplan.gui.checklist.checklist_cells import Column
from hireplan.gui.checklist.checklist_delegates import DueDateEditor, PriorityCombo, StatusCombo
from hireplan.gui.checklist.checklist_panel import ChecklistPanel
from hireplan.model import Priority, Status


def _cell(panel: ChecklistPanel, item_id: str, column: Column) -> QModelIndex:
    return panel.proxy.mapFromSource(panel.model.item_index(item_id, column))


def _editor(panel: ChecklistPanel, index: QModelIndex) -> QWidget:
    delegate = panel.tree.itemDelegate()
    option = QStyleOptionViewItem()
    editor = delegate.createEditor(panel.tree.viewport(), option, index)
    delegate.setEditorData(editor, index)
    return editor


def _commit(panel: ChecklistPanel, editor: QWidget, index: QModelIndex) -> None:
    panel.tree.itemDelegate().setModelData(editor, panel.proxy, index)
    editor.deleteLater()


@pytest.mark.qt_log_ignore(
    "This plugin does not support (raise|grabbing|propagateSizeHints)"
)  # the calendar pop-up offscreen
def test_every_column_edits_through_its_delegate_and_undoes(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    doc = panel.model.document
    before = doc.plan.model_dump()

    index = _cell(panel, "a", Column.TEXT)
    editor = _editor(panel, index)
    assert isinstance(editor, QLineEdit) and editor.text() == "Interview five researchers"
    editor.setText("Interview eight researchers")
    _commit(panel, editor, index)

    index = _cell(panel, "a", Column.STATUS)
    combo = _editor(panel, index)
    assert isinstance(combo, StatusCombo) and combo.status() == "todo"
    combo.set_status(Status.BLOCKED.value)
    _commit(panel, combo, index)

    index = _cell(panel, "a", Column.OWNER)
    owner = _editor(panel, index)
    assert isinstance(owner, QLineEdit)
    completer = owner.completer()
    assert completer is not None and "Sam Ortiz" in completer.model().stringList()  # type: ignore[attr-defined]
    owner.setText("  Sam Ortiz ")
    _commit(panel, owner, index)

    index = _cell(panel, "a", Column.DUE)
    due = _editor(panel, index)
    assert isinstance(due, DueDateEditor) and not due.date().isValid()
    due.date_edit.keyPressEvent(
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    )
    calendar = due.date_edit.findChild(QCalendarWidget)
    assert calendar is not None and calendar.isVisible()  # Alt+Down opens a calendar
    calendar.close()
    due.set_date(QDate(2026, 4, 30))
    _commit(panel, due, index)

    index = _cell(panel, "a", Column.PRIORITY)
    priority = _editor(panel, index)
    assert isinstance(priority, PriorityCombo)
    priority.set_priority(Priority.CRITICAL.value)
    _commit(panel, priority, index)

    index = _cell(panel, "a", Column.TAGS)
    tags = _editor(panel, index)
    assert isinstance(tags, QLineEdit) and tags.text() == "culture"
    tags.setText("culture, Career-Path")
    _commit(panel, tags, index)

    index = _cell(panel, "a", Column.NOTES)
    notes = _editor(panel, index)
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Line one\nLine two")
    _commit(panel, notes, index)

    item = doc.plan.steps[0].items[0]
    assert item.text == "Interview eight researchers"
    assert item.status is Status.BLOCKED
    assert item.owner == "Sam Ortiz"
    assert item.due == date(2026, 4, 30)
    assert item.priority is Priority.CRITICAL
    assert item.tags == ["culture", "career-path"]
    assert item.notes == "Line one\nLine two"
    assert _cell(panel, "a", Column.NOTES).data() == "Line one"  # the cell shows the first line
    assert doc.undo_stack.count() == 7  # one undo step per edit
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_due_date_can_be_cleared_from_the_editor(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    doc = panel.model.document
    index = _cell(panel, "b", Column.DUE)
    editor = _editor(panel, index)
    assert isinstance(editor, DueDateEditor) and editor.date() == QDate(2000, 1, 3)
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    assert not editor.date().isValid()
    _commit(panel, editor, index)
    assert doc.plan.steps[0].items[1].due is None
    doc.undo_stack.undo()
    assert doc.plan.steps[0].items[1].due == date(2000, 1, 3)


def test_typing_into_an_open_editor_is_one_undo_step(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, show=True)
    doc = panel.model.document
    index = _cell(panel, "c", Column.TEXT)
    panel.tree.setCurrentIndex(index)
    opened: list[QWidget] = []
    panel.delegate.editorOpened.connect(opened.append)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_F2)
    assert opened and isinstance(opened[0], QLineEdit)
    editor = opened[0]
    editor.selectAll()
    qtbot.keyClicks(editor, "Write up what we heard")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on the next event-loop turn
    qtbot.waitUntil(lambda: doc.plan.steps[0].items[2].text == "Write up what we heard")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.steps[0].items[2].text == "Summarise findings"


def test_a_tag_with_spaces_shows_a_message_and_changes_nothing(qtbot: QtBot) -> None:
    panel = make_panel(qtbot, show=True)
    doc = panel.model.document
    before = doc.plan.model_dump()
    index = _cell(panel, "a", Column.TAGS)
    editor = _editor(panel, index)
    assert isinstance(editor, QLineEdit)
    editor.setText("culture, career path")
    _commit(panel, editor, index)
    assert panel.message.isVisible()
    assert "career path" in panel.message.text() and "tag" in panel.message.text()
    assert doc.plan.model_dump() == before
    assert not doc.is_modified()


def test_tag_editor_completes_the_tag_after_the_last_comma(qtbot: QtBot) -> None:
    panel = make_panel(qtbot)
    editor = _editor(panel, _cell(panel, "d", Column.TAGS))
    assert isinstance(editor, QLineEdit)
    completer = editor.completer()
    assert completer is not None
    editor.setText("policy, liv")
    completer.setCompletionPrefix(editor.text())  # what the line edit does on each key
    assert completer.currentIndex().data() == "living-costs"  # matched on the last tag only
    assert completer.currentCompletion() == "policy, living-costs"  # the tags before it are kept
