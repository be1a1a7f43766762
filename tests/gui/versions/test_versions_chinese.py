"""The versions dialogs speak Chinese: approving, restoring an earlier version and comparing two
versions (the change sentences come from the core's catalogue), with only the plan's own words and
file names left as typed; the English summary of a comparison counts each kind of change properly
("1 object changed, 0 figures moved, ...")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget

from helpers.plans import checklist_plan
from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.versions.approve_dialog import ApproveDialog
from hireplan.gui.versions.compare_dialog import CompareDialog
from hireplan.gui.versions.restore_dialog import RestoreDialog
from hireplan.storage.backups import keep_backup
from hireplan.storage.plan_file import save_plan


def _shown(qtbot: Any, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _no_english(dialog: QWidget, allowed: Allowed) -> None:
    found = english_texts(dialog, allowed)
    assert not found, report(found, allowed)


def test_approve_and_restore_dialogs_show_no_english(qapp: QApplication, qtbot: Any, tmp_path: Path) -> None:
    plan = checklist_plan()
    path = tmp_path / "team.hireplan"
    save_plan(plan, path)
    keep_backup(path)  # one earlier version to list
    allowed = Allowed.for_plan(plan, phrases=[".hireplan-backups"])  # the folder's name
    with in_chinese(qapp):
        approve = _shown(qtbot, ApproveDialog(plan.title, "Li Na", None))
        _no_english(approve, allowed.plus(phrases=["Li Na"]))
        restore = _shown(qtbot, RestoreDialog(path))
        assert isinstance(restore, RestoreDialog) and restore.list.count() == 1
        assert restore.list.item(0).text().startswith("保存于 ")
        _no_english(restore, allowed)
        empty = _shown(qtbot, RestoreDialog(tmp_path / "never-saved.hireplan"))
        _no_english(empty, allowed)


def test_compare_dialog_heading_summary_and_groups_are_chinese(qapp: QApplication, qtbot: Any) -> None:
    old = checklist_plan()
    new = old.model_copy(deep=True)
    new.notes = "Agreed with finance."
    allowed = Allowed.for_plan(old).plus(phrases=list(Allowed.for_plan(new).phrases))
    with in_chinese(qapp):
        same = _shown(qtbot, CompareDialog(old, old, "已审批版本", "当前计划"))
        _no_english(same, allowed)
        assert isinstance(same, CompareDialog) and same.summary.text() == "两个版本完全相同。"
        changed = CompareDialog(old, new, "已审批版本", "当前计划")
        qtbot.addWidget(changed)
        assert (
            changed.summary.text()
            == "1 个对象有变更，0 项录用方案数据有变动，新增 0 条风险提示，消除 0 条风险提示。"
        )
        assert changed.lines()[0] == "计划内容"

        new.title = "Renamed elsewhere"
        new.steps[0].items[0].owner = "Wang Lei"
        allowed = allowed.plus(phrases=["Renamed elsewhere", "Wang Lei"])
        edited = _shown(qtbot, CompareDialog(old, new, "已审批版本", "当前计划"))
        _no_english(edited, allowed)  # the core's sentences too: kinds and fields in Chinese
        assert "计划已修改。" in edited.lines() and any(
            line.startswith("负责人由 ") for line in edited.lines()
        )


def test_the_english_summary_counts_each_kind_of_change(qtbot: Any) -> None:
    old = checklist_plan()
    new = old.model_copy(deep=True)
    new.notes = "Agreed with finance."
    new.owner = "Wang Lei"
    dialog = CompareDialog(old, new, "the approved version", "this plan")
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "1 object changed, 0 figures moved, 0 flags raised, 0 flags cleared."
