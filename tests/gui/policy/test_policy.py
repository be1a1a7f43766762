"""Policy watch screen: entries editable, "Checked today" stamps the date as one undo step."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from hireplan.gui.document.document import PlanDocument
from hireplan.gui.policy.policy_model import POLICY_RULE, PolicyModel
from hireplan.gui.policy.policy_panel import PolicyPanel
from hireplan.storage.builtin_templates import sample_plan


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def panel(qtbot: QtBot, doc: PlanDocument) -> PolicyPanel:
    widget = PolicyPanel(doc)
    qtbot.addWidget(widget)
    widget.model.set_live(True)
    return widget


def select_rows(panel: PolicyPanel, rows: list[int]) -> None:
    selection = panel.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            panel.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def overdue_policy_ids(doc: PlanDocument) -> set[str]:
    return {
        ref.id
        for f in doc.analysis().flags
        if f.rule == POLICY_RULE
        for ref in f.refs
        if ref.kind == "policy"
    }


def test_checked_today_sets_the_date_clears_due_and_undoes(panel: PolicyPanel, doc: PlanDocument) -> None:
    for entry in doc.plan.policy_watch:
        entry.last_checked = date.today() - timedelta(days=400)
    doc.replace(doc.plan, None)
    panel.model.set_live(True)
    before = doc.plan.model_dump()
    assert overdue_policy_ids(doc) == {e.id for e in doc.plan.policy_watch}
    assert "due" in panel.model.index(0, 4).data()
    select_rows(panel, [0, 2])
    assert panel.checked_action.isEnabled()
    panel.checked_action.trigger()
    today = date.today()
    assert [e.last_checked == today for e in doc.plan.policy_watch][:3] == [True, False, True]
    assert doc.undo_stack.count() == 1
    assert doc.plan.policy_watch[0].id not in overdue_policy_ids(doc)
    assert panel.model.index(0, 4).data() == today.isoformat()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    assert "due" in panel.model.index(0, 4).data()


def test_add_edit_delete_entries_with_undo(panel: PolicyPanel, doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    new_id = panel.add_entry()
    assert panel.selected_ids() == [new_id]
    row = panel.model.row_of(new_id)
    assert panel.model.setData(panel.model.index(row, 0), "PRC")
    assert panel.model.setData(panel.model.index(row, 4), "2026-05-01")
    assert doc.plan.policy_watch[-1].jurisdiction == "PRC"
    assert doc.plan.policy_watch[-1].last_checked == date(2026, 5, 1)
    assert not panel.model.setData(panel.model.index(row, 4), "01/05/2026")
    assert "2026-03-31" in panel.message.text()
    assert panel.delete_selected() == 1
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_jump_to_an_entry(panel: PolicyPanel, doc: PlanDocument) -> None:
    target = doc.plan.policy_watch[-1].id
    assert panel.select_object("policy", target)
    assert panel.selected_ids() == [target]
    assert not panel.select_object("risk", target)


def test_model_passes_the_model_tester(qtmodeltester: object, doc: PlanDocument) -> None:
    model = PolicyModel(doc)
    model.set_live(True)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    doc.duplicate_objects("policy", [doc.plan.policy_watch[0].id])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_delete_key_on_the_table_deletes_the_selection(
    panel: PolicyPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    panel.show()
    panel.activateWindow()
    qtbot.waitActive(panel)
    count = len(doc.plan.policy_watch)
    select_rows(panel, [1])
    panel.view.setFocus()
    qtbot.waitUntil(panel.view.hasFocus)
    QTest.keyClick(panel.view, Qt.Key.Key_Delete)
    assert len(doc.plan.policy_watch) == count - 1
