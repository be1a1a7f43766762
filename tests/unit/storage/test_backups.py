"""Earlier versions of a plan are kept beside it, the last N, and the approved one always."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from helpers.plans import checklist_plan
from hireplan.storage.approvals import (
    approve,
    approved_copy,
    changed_since_approval,
    keep_approved,
    plan_hash,
)
from hireplan.storage.backups import (
    BACKUP_DIR,
    keep_backup,
    list_backups,
)
from hireplan.storage.plan_file import load_plan, plan_to_bytes


def test_backups_rotate_keeping_the_last_n(tmp_path: Path) -> None:
    plan = tmp_path / "plan.hireplan"
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    for version in range(8):
        plan.write_text(f"version {version}")
        keep_backup(plan, keep=3, now=start + timedelta(minutes=version))
    kept = list_backups(plan)
    assert [b.path.read_text() for b in kept] == ["version 7", "version 6", "version 5"]
    assert all(b.path.parent == tmp_path / BACKUP_DIR for b in kept)


def test_a_plan_not_yet_saved_has_nothing_to_back_up(tmp_path: Path) -> None:
    assert keep_backup(tmp_path / "new.hireplan") is None
    assert not (tmp_path / BACKUP_DIR).exists()


def test_other_plans_backups_are_left_alone(tmp_path: Path) -> None:
    (tmp_path / "a.hireplan").write_text("a")
    (tmp_path / "b.hireplan").write_text("b")
    for minute in range(3):
        keep_backup(tmp_path / "a.hireplan", keep=1, now=datetime(2026, 1, 1, 0, minute, tzinfo=UTC))
        keep_backup(tmp_path / "b.hireplan", keep=2, now=datetime(2026, 1, 1, 0, minute, tzinfo=UTC))
    assert len(list_backups(tmp_path / "a.hireplan")) == 1
    assert len(list_backups(tmp_path / "b.hireplan")) == 2


def test_a_hostile_plan_name_never_writes_outside_the_backups_folder(tmp_path: Path) -> None:
    plan = tmp_path / "..hireplan"
    plan.write_text("x")
    copy = keep_backup(plan)
    assert copy is not None and copy.parent == tmp_path / BACKUP_DIR


def test_the_approved_copy_survives_rotation_and_is_found_by_its_hash(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    plan = checklist_plan()
    approved = approve(plan, by="Li Na", role="CHRO", now=datetime(2026, 12, 1, tzinfo=UTC))
    assert approved.approval is not None and approved.approval.content_hash == plan_hash(plan)
    path.write_bytes(plan_to_bytes(approved))
    kept = keep_approved(path, approved)
    for minute in range(4):
        keep_backup(path, keep=1, now=datetime(2026, 12, 2, 0, minute, tzinfo=UTC))
    assert approved_copy(path, approved) == kept
    assert load_plan(kept) == approved
    assert changed_since_approval(approved) is False
    edited = approved.model_copy(update={"title": "Edited"})
    assert changed_since_approval(edited) is True
    assert changed_since_approval(plan) is None
