"""Upgrading a running plan to a newer version of the template it came from.

A plan's steps are matched to the template's by ``key``; its items to the template's by text
(a new plan gets fresh ids, so text is what the two share).  Knowing the version the plan came
from (``old``) tells apart what the template changed from what the team changed since:

- an item the new version adds is added (unless the plan already has that text);
- an item the new version changed (same id in both versions, other text or priority) is changed
  in the plan, keeping its status, owner, dates and notes;
- an item the new version removed is removed from the plan **only when it is still to do**:
  items already started or done are kept, and the preview says so;
- guidance (purpose, best practices, common mistakes) and settings follow the new version where
  the plan still holds the old version's value.

Without the old version only additions and guidance are proposed (nothing is removed).  The
result is a preview (:class:`Upgrade.changes`, one sentence each) and the edits to make, which
the window applies as one undo step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from hireplan.i18n import N_, _
from hireplan.model.approval import TemplateOrigin
from hireplan.model.base import new_id
from hireplan.model.checklist import ChecklistItem, Status, Step
from hireplan.model.edits import FieldChange, apply_changes
from hireplan.model.field_wording import FIELD_LABELS
from hireplan.model.plan import Plan
from hireplan.model.template import Template

Area = Literal["step", "item", "guidance", "settings"]
_ITEM_FIELDS = ("text", "priority", "tags")
_GUIDANCE_FIELDS = ("purpose", "best_practices", "common_mistakes")
_GUIDANCE_WORDING = {
    "purpose": N_("The purpose of “{step}” will change."),
    "best_practices": N_("The best practices of “{step}” will change."),
    "common_mistakes": N_("The common mistakes of “{step}” will change."),
}
_KEPT_WORDING = {
    Status.IN_PROGRESS: N_(
        "Item “{item}” is no longer in the template but is kept: it is already in progress."
    ),
    Status.DONE: N_("Item “{item}” is no longer in the template but is kept: it is already done."),
    Status.BLOCKED: N_("Item “{item}” is no longer in the template but is kept: it is already blocked."),
    Status.NOT_APPLICABLE: N_(
        "Item “{item}” is no longer in the template but is kept: it is already marked not applicable."
    ),
}


def _setting_label(name: str) -> str:
    """A plan setting's name as a person reads it (the field labels of model.field_wording)."""
    label = FIELD_LABELS.get(name)
    return _(label) if label else name.replace("_", " ")


@dataclass(frozen=True)
class UpgradeChange:
    area: Area
    change: Literal["added", "changed", "removed", "kept"]
    sentence: str


@dataclass
class Upgrade:
    """What upgrading to ``new`` would do: the preview and the edits."""

    new: Template
    changes: list[UpgradeChange] = field(default_factory=list)
    fields: list[FieldChange] = field(default_factory=list)
    inserts: list[tuple[str, int, ChecklistItem]] = field(default_factory=list)
    """(step id, row, item) to insert."""
    removals: list[str] = field(default_factory=list)
    new_steps: list[Step] = field(default_factory=list)
    """Steps the new version adds: listed in the preview, not added (see the sentence)."""

    @property
    def empty(self) -> bool:
        return not (self.fields or self.inserts or self.removals)


def _steps_by_key(plan: Plan) -> dict[str, Step]:
    return {step.key: step for step in plan.steps}


def _fresh_item(item: ChecklistItem) -> ChecklistItem:
    return item.model_copy(
        update={"id": new_id(), "status": Status.TODO, "owner": "", "due": None, "notes": ""}
    )


def _values(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def plan_upgrade(plan: Plan, new: Template, old: Template | None = None) -> Upgrade:
    """The preview and edits that bring ``plan`` (from ``old``, when known) up to ``new``."""
    upgrade = Upgrade(new)
    mine, old_steps = _steps_by_key(plan), _steps_by_key(old.plan) if old else {}
    for new_step in new.plan.steps:
        step = mine.get(new_step.key)
        if step is None:
            upgrade.new_steps.append(new_step)
            upgrade.changes.append(
                UpgradeChange(
                    "step",
                    "added",
                    _(
                        "Step “{step}” is new in this version; it is not added for you (a plan "
                        "keeps its own steps), so copy what you need from the template."
                    ).format(step=new_step.title),
                )
            )
            continue
        _upgrade_step(upgrade, step, new_step, old_steps.get(new_step.key))
    if old is not None:
        _upgrade_settings(upgrade, plan, new, old)
    origin = TemplateOrigin(name=new.name, version=new.version, title=new.title)
    if upgrade.fields or upgrade.inserts or upgrade.removals:
        upgrade.fields.append(FieldChange("plan", plan.id, "template_origin", origin))
    return upgrade


def _upgrade_step(upgrade: Upgrade, step: Step, new_step: Step, old_step: Step | None) -> None:
    by_text = {item.text.strip().casefold(): item for item in step.items}
    old_by_id = {item.id: item for item in old_step.items} if old_step else {}
    new_ids = {item.id for item in new_step.items}
    row = len(step.items)
    for new_item in new_step.items:
        before = old_by_id.get(new_item.id)
        if before is not None:
            mine = by_text.get(before.text.strip().casefold())
            if mine is None:
                continue  # the team rewrote or removed it: theirs wins
            wanted = _values(new_item, _ITEM_FIELDS)
            if wanted != _values(before, _ITEM_FIELDS):
                for name, value in wanted.items():
                    if getattr(mine, name) != value:
                        upgrade.fields.append(FieldChange("item", mine.id, name, value))
                upgrade.changes.append(
                    UpgradeChange(
                        "item",
                        "changed",
                        _("Item “{item}” will read “{text}”.").format(item=before.text, text=new_item.text),
                    )
                )
            continue
        if new_item.text.strip().casefold() in by_text:
            continue
        upgrade.inserts.append((step.id, row, _fresh_item(new_item)))
        row += 1
        upgrade.changes.append(
            UpgradeChange(
                "item",
                "added",
                _("Item “{item}” will be added to “{step}”.").format(item=new_item.text, step=step.title),
            )
        )
    for old_item in old_by_id.values():
        if old_item.id in new_ids:
            continue
        mine = by_text.get(old_item.text.strip().casefold())
        if mine is None:
            continue
        if mine.status is Status.TODO:
            upgrade.removals.append(mine.id)
            removed = _("Item “{item}” will be removed.").format(item=mine.text)
            upgrade.changes.append(UpgradeChange("item", "removed", removed))
        else:
            upgrade.changes.append(
                UpgradeChange(
                    "item",
                    "kept",
                    _(_KEPT_WORDING.get(mine.status, _KEPT_WORDING[Status.IN_PROGRESS])).format(
                        item=mine.text
                    ),
                )
            )
    for name in _GUIDANCE_FIELDS:
        value, wanted = getattr(step, name), getattr(new_step, name)
        if value == wanted:
            continue
        if old_step is not None and value != getattr(old_step, name):
            continue  # the team edited this guidance: keep theirs
        upgrade.fields.append(FieldChange("step", step.id, name, wanted))
        upgrade.changes.append(
            UpgradeChange("guidance", "changed", _(_GUIDANCE_WORDING[name]).format(step=step.title))
        )


def _upgrade_settings(upgrade: Upgrade, plan: Plan, new: Template, old: Template) -> None:
    for name in type(plan.settings).model_fields:
        if name == "reference_market_id":
            continue  # market ids are the plan's own
        value, before, wanted = (
            getattr(s, name) for s in (plan.settings, old.plan.settings, new.plan.settings)
        )
        if wanted != before and value == before:
            upgrade.fields.append(FieldChange("settings", "", name, wanted))
            upgrade.changes.append(
                UpgradeChange(
                    "settings",
                    "changed",
                    _("The setting “{setting}” will go from {old} to {new}.").format(
                        setting=_setting_label(name), old=value, new=wanted
                    ),
                )
            )


def apply_upgrade(plan: Plan, upgrade: Upgrade) -> None:
    """Make the upgrade's edits on ``plan`` (headless; the window does the same as one undo step)."""
    apply_changes(plan, upgrade.fields)
    steps = {step.id: step for step in plan.steps}
    for step_id, _row, item in upgrade.inserts:
        steps[step_id].items.append(item)
    gone = set(upgrade.removals)
    for step in plan.steps:
        step.items[:] = [item for item in step.items if item.id not in gone]
