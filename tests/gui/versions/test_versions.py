"""Approve this version, see it in the title, compare and restore earlier versions from the File menu."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.cli.main import main
from hireplan.gui.versions.approve_dialog import ApproveDialog
from hireplan.gui.versions.restore_dialog import RestoreDialog
from hireplan.storage.approvals import approved_copy
from hireplan.storage.plan_file import load_plan, save_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.hireplan"
    save_plan(checklist_plan(), path)
    return path


def _answer_approve(monkeypatch: pytest.MonkeyPatch, role: str = "Head of People") -> None:
    def exec_(dialog: ApproveDialog) -> int:
        assert dialog.name.text(), "the user name from Settings is filled in"
        dialog.role.setText(role)
        dialog.note.setPlainText("Approved for the Q1 hiring round.")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ApproveDialog, "exec", exec_)


def test_approve_then_edit_the_title_and_the_cli_follow(
    make_window: Any,
    prompter: FakePrompter,
    plan_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = make_window()
    window.settings.set_user_name("Li Na")
    assert window.files.load(plan_path)
    _answer_approve(monkeypatch)
    assert window.versions.approve()
    saved = load_plan(plan_path)
    assert saved.approval is not None
    assert (saved.approval.approved_by, saved.approval.role) == ("Li Na", "Head of People")
    assert approved_copy(plan_path, saved) is not None, "the approved copy is kept in the backups"
    assert "Approved on" in window.windowTitle() and "by Li Na" in window.windowTitle()

    item = window.document.plan.steps[0].items[0]
    window.document.set_field("item", item.id, "owner", "Wang Lei")
    window._update_title()
    assert "Changed since approval" in window.windowTitle()
    assert window.files.save()

    assert window.versions.compare_with_approved()
    shown = window.versions.last_compare
    assert shown is not None and any("Its owner changed from" in line for line in shown.lines())

    assert main(["diff", str(plan_path), "--since-approved"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Item “") and out[0].endswith("was changed.")
    assert out[1].strip().startswith("Its owner changed from")
    assert "Wang Lei" in out[1]
    assert len([line for line in out if not line.startswith("  ")]) == 1, "exactly the one edit"


def test_a_read_only_window_cannot_approve(make_window: Any, prompter: FakePrompter, plan_path: Path) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    second = make_window(FakePrompter())
    assert second.files.load(plan_path)
    assert second.document.read_only
    assert not second.versions.approve_action.isEnabled()


def test_restore_an_earlier_version_as_unsaved_changes(
    make_window: Any, prompter: FakePrompter, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    for number in range(3):
        window.document.set_field("plan", window.document.plan.id, "notes", f"save {number}")
        assert window.files.save()

    def exec_(dialog: RestoreDialog) -> int:
        assert [b.describe().startswith("Saved") for b in dialog.backups] == [True, True, True]
        dialog.list.setCurrentRow(1)  # the second newest: the file as it was after "save 0"
        dialog._finish("restore")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(RestoreDialog, "exec", exec_)
    assert window.versions.restore()
    assert window.document.plan.notes == "save 0"
    assert window.document.is_modified()
    assert load_plan(plan_path).notes == "save 2", "nothing on disk changes until Save"


def test_compare_dialog_lists_the_changes_between_two_versions(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    other = load_plan(plan_path)
    other.title = "Renamed elsewhere"
    other_path = tmp_path / "other.hireplan"
    save_plan(other, other_path)
    prompter.open_path = other_path
    assert window.versions.compare_with_file()
    dialog = window.versions.last_compare
    assert dialog is not None
    lines = dialog.lines()
    assert "The plan was changed." in lines
    assert any("Its title changed from Renamed elsewhere to" in line for line in lines)
    same = window.versions.compare(window.document.plan, window.document.plan, "a", "b")
    assert same.summary.text() == "The two versions are the same." and same.lines() == []


def test_the_compare_tree_is_a_sound_item_model_over_the_diff(plan_path: Path, qtmodeltester: Any) -> None:
    """Groups hold their sentences and a changed object its fields, in a model views can trust."""
    from hireplan.analysis.plan_diff import diff_plans
    from hireplan.gui.versions.diff_tree_model import DiffTreeModel

    old = load_plan(plan_path)
    new = load_plan(plan_path)
    new.title = "Renamed elsewhere"
    model = DiffTreeModel(diff_plans(old, new))
    qtmodeltester.check(model)
    groups = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert groups == ["Plan contents"]
    contents = model.index(0, 0)
    changed = [model.index(row, 0, contents) for row in range(model.rowCount(contents))]
    fields = [model.index(row, 0, line).data() for line in changed for row in range(model.rowCount(line))]
    assert any("title changed" in text for text in fields)
    assert model.lines()[0] == "Plan contents"


def test_publish_twice_then_upgrade_a_running_plan_in_one_undo_step(
    make_window: Any, prompter: FakePrompter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from hireplan.gui.template_library.upgrade_dialog import UpgradeDialog
    from hireplan.model import Status
    from hireplan.model.template_plans import new_plan_from_template
    from hireplan.storage.team_library import TeamLibrary
    from hireplan.storage.templates import TemplateLibrary

    library = TeamLibrary(tmp_path / "share" / "team-templates")
    v1 = library.publish(TemplateLibrary().get("ai-talent-attract-retain"), by="Zhao Min")
    window = make_window()
    window.settings.set_team_library(library.folder)
    window.settings.set_user_name("Li Na")
    window.files.show_untitled(new_plan_from_template(v1, today=date(2026, 12, 1)))
    first = window.document.plan.steps[0].items[0]
    window.document.set_field("item", first.id, "status", Status.DONE)

    prompter.confirm = True
    assert window.team.publish()  # version 2, from the running plan, published by Li Na
    (entry,) = library.list()
    assert (entry.version, entry.published_by) == ("2", "Li Na")

    edited = library.get(v1.name)
    assert edited is not None
    edited.plan.steps[0].items = edited.plan.steps[0].items[1:]  # v3 drops the item this plan has done
    edited.plan.steps[0].items.append(
        edited.plan.steps[0]
        .items[0]
        .model_copy(update={"id": "new-item", "text": "Agree the interview loop"})
    )
    library.publish(edited, by="Zhao Min")
    assert window.document.plan.template_origin.version == "2", "the plan is the version it published"

    shown: list[list[str]] = []

    def exec_(dialog: UpgradeDialog) -> int:
        shown.append(dialog.lines())
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(UpgradeDialog, "exec", exec_)
    steps_before = window.document.undo_stack.count()
    assert window.team.upgrade()
    assert any("is kept" in line for line in shown[0])
    texts = [item.text for item in window.document.plan.steps[0].items]
    assert first.text in texts, "the done item is kept"
    assert "Agree the interview loop" in texts
    assert window.document.plan.template_origin.version == "3"
    assert window.document.undo_stack.count() == steps_before + 1, "one undo step"
    window.document.undo_stack.undo()
    assert "Agree the interview loop" not in [item.text for item in window.document.plan.steps[0].items]


def test_the_overview_says_approved_then_changed_since_approval(make_window: Any, plan_path: Path) -> None:
    from datetime import UTC, datetime

    from hireplan.storage.approvals import approve

    window = make_window()
    assert window.files.load(plan_path)
    signed = approve(window.document.plan, by="Li Na", role="CHRO", now=datetime(2026, 12, 1, 9, tzinfo=UTC))
    window.document.set_field("plan", window.document.plan.id, "approval", signed.approval)
    overview = window.overview
    overview.refresh()
    assert "Approved on 1 Dec 2026 by Li Na (CHRO)." in overview.summary_label.text()
    window.document.set_field("plan", window.document.plan.id, "notes", "An edit after approval")
    overview.refresh()
    assert "Changed since approval on 1 Dec 2026 by Li Na (CHRO)." in overview.summary_label.text()
