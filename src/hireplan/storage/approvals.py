"""Approving a version of a plan: who, role, when, note, and the hash of what was approved.

The hash covers the plan's file as it would be saved *without* the approval record, so it can be
recomputed at any time to tell "approved on … by …" from "changed since approval".  The approved
copy is kept in the backups folder as ``NAME.approved-HASH.hireplan``, outside rotation, so
``hireplan diff FILE --since-approved`` can always find it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hireplan.atomic import write_bytes as atomic_write_bytes
from hireplan.i18n import _, prose_date
from hireplan.model import Approval, Plan
from hireplan.storage.backups import backup_stem, backups_dir, content_hash, writable_folder
from hireplan.storage.plan_file import load_plan, plan_to_bytes


def plan_hash(plan: Plan) -> str:
    """The hash of ``plan`` as saved, without its approval record (what an approval signs)."""
    return content_hash(plan_to_bytes(plan.model_copy(update={"approval": None})))


def changed_since_approval(plan: Plan) -> bool | None:
    """None when the plan was never approved; else whether its content differs from what was approved."""
    if plan.approval is None:
        return None
    return plan_hash(plan) != plan.approval.content_hash


def approve(plan: Plan, *, by: str, role: str = "", note: str = "", now: datetime | None = None) -> Plan:
    """``plan`` with a new approval record signing its current content."""
    record = Approval(
        approved_by=by,
        role=role,
        approved_on=(now or datetime.now(UTC)).replace(microsecond=0),
        note=note,
        content_hash=plan_hash(plan),
    )
    return plan.model_copy(update={"approval": record})


def approval_summary(plan: Plan) -> str:
    """``Approved on 2026-12-01 by Li Na (CHRO).`` / ``Changed since approval by …`` / empty."""
    record = plan.approval
    if record is None:
        return ""
    when = prose_date(record.approved_on.astimezone().date())
    who = (
        _("{name} ({role})").format(name=record.approved_by, role=record.role)
        if record.role
        else record.approved_by
    )
    if changed_since_approval(plan):
        return _("Changed since approval on {date} by {who}.").format(date=when, who=who)
    return _("Approved on {date} by {who}.").format(date=when, who=who)


def keep_approved(plan_path: Path, plan: Plan) -> Path:
    """Keep the approved version of ``plan`` in the backups folder, named by its approval hash."""
    assert plan.approval is not None
    folder = writable_folder(plan_path)
    target = folder / f"{backup_stem(plan_path)}.approved-{plan.approval.content_hash[:16]}.hireplan"
    atomic_write_bytes(target, plan_to_bytes(plan))
    return target


def approved_copy(plan_path: Path, plan: Plan) -> Path | None:
    """Where the approved version of ``plan`` was kept, if it still is."""
    if plan.approval is None:
        return None
    path = (
        backups_dir(plan_path)
        / f"{backup_stem(plan_path)}.approved-{plan.approval.content_hash[:16]}.hireplan"
    )
    return path if path.is_file() else None


def approved_version(plan_path: Path, plan: Plan) -> Plan | None:
    """The approved version of ``plan`` read from its kept copy; None when never approved or not kept."""
    path = approved_copy(plan_path, plan)
    return load_plan(path) if path is not None else None
