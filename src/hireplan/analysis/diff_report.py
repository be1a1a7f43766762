"""A plan diff in words (one whole sentence per change) and as JSON (the shape in README.md)."""

from __future__ import annotations

from typing import Any

from hireplan.analysis.plan_diff import FigureChange, FlagChange, ObjectChange, PlanDiff, value_text
from hireplan.model.kinds import KINDS

DIFF_FORMAT = 1
"""Version of the JSON shape of ``hireplan diff --format json``."""


def _field_name(name: str) -> str:
    return name.replace("_", " ")


def object_sentence(change: ObjectChange) -> str:
    label = KINDS[change.kind].label
    if change.kind == "plan":
        subject = "The plan"
    elif change.kind == "settings":
        subject = "The settings"
    else:
        subject = f"{label} “{change.name}”"
    if change.change == "added":
        return f"{subject} was added."
    if change.change == "removed":
        return f"{subject} was removed."
    if change.change == "moved" and change.moved_from:
        return f"{subject} was moved from step “{change.moved_from}” to step “{change.moved_to}”."
    if change.change == "moved":
        return f"{subject} was moved to another place in its list."
    return f"{subject} was changed."


def field_sentence(change: ObjectChange, index: int) -> str:
    field = change.fields[index]
    before, after = value_text(field.before), value_text(field.after)
    return f"Its {_field_name(field.field)} changed from {before} to {after}."


def figure_sentence(change: FigureChange) -> str:
    if not change.before:
        return f"The {change.figure} of {change.offer} is now {change.after}."
    if not change.after:
        return f"The {change.figure} of {change.offer} was {change.before} and is no longer worked out."
    return f"The {change.figure} of {change.offer} went from {change.before} to {change.after}."


def flag_sentence(flag: FlagChange, *, raised: bool) -> str:
    if raised:
        return f"Flag raised ({flag.severity}): {flag.title}."
    return f"Flag cleared ({flag.severity}): {flag.title}."


def diff_lines(diff: PlanDiff) -> list[str]:
    """The diff as text lines: each object's sentence, its fields indented under it."""
    if diff.empty:
        return ["No changes."]
    lines: list[str] = []
    for change in diff.objects:
        lines.append(object_sentence(change))
        lines.extend(f"  {field_sentence(change, index)}" for index in range(len(change.fields)))
    lines.extend(figure_sentence(change) for change in diff.figures)
    lines.extend(flag_sentence(flag, raised=True) for flag in diff.raised)
    lines.extend(flag_sentence(flag, raised=False) for flag in diff.cleared)
    return lines


def _flag_json(flag: FlagChange) -> dict[str, Any]:
    return {"key": flag.key, "rule": flag.rule, "severity": flag.severity, "title": flag.title}


def diff_json(diff: PlanDiff, *, old: str, new: str) -> dict[str, Any]:
    """The diff as the JSON object README.md documents."""
    return {
        "format": DIFF_FORMAT,
        "old": old,
        "new": new,
        "changed": not diff.empty,
        "objects": [
            {
                "kind": change.kind,
                "id": change.id,
                "name": change.name,
                "change": change.change,
                **(
                    {"moved_from": change.moved_from, "moved_to": change.moved_to}
                    if change.moved_from
                    else {}
                ),
                "fields": [{"field": f.field, "before": f.before, "after": f.after} for f in change.fields],
            }
            for change in diff.objects
        ],
        "figures": [
            {
                "offer_id": change.offer_id,
                "offer": change.offer,
                "figure": change.figure,
                "before": change.before or None,
                "after": change.after or None,
            }
            for change in diff.figures
        ],
        "flags": {
            "raised": [_flag_json(flag) for flag in diff.raised],
            "cleared": [_flag_json(flag) for flag in diff.cleared],
        },
    }
