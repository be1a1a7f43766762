"""A plan diff in words (one whole sentence per change) and as JSON (the shape in README.md).

The words are in the current language (:mod:`hireplan.i18n`): kinds and fields by their translated
names, each sentence whole with named placeholders. The JSON keeps the stable keys.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, get_args, get_origin

from hireplan.analysis.plan_diff import FigureChange, FlagChange, ObjectChange, PlanDiff, value_text
from hireplan.i18n import N_, _, prose_date
from hireplan.locale_figures import format_number
from hireplan.model.field_wording import FIELD_LABELS
from hireplan.model.kinds import KINDS

DIFF_FORMAT = 1
"""Version of the JSON shape of ``hireplan diff --format json``."""


_FIGURES = {"annual total": N_("annual total"), "compa-ratio": N_("compa-ratio")}
_SEVERITIES = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}


def _lower_first(text: str) -> str:
    """``Due date`` -> ``due date`` inside a sentence; ``PPP factor`` stays as it is."""
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _field_name(name: str) -> str:
    return _lower_first(_(FIELD_LABELS.get(name, name.replace("_", " "))))


def object_sentence(change: ObjectChange) -> str:
    if change.kind == "plan":
        return _("The plan was changed.")
    if change.kind == "settings":
        return _("The settings were changed.")
    kind = _upper_first(_(KINDS[change.kind].noun))
    if change.change == "added":
        message = _("{kind} “{name}” was added.")
    elif change.change == "removed":
        message = _("{kind} “{name}” was removed.")
    elif change.change == "moved" and change.moved_from:
        message = _("{kind} “{name}” was moved from step “{before}” to step “{after}”.")
    elif change.change == "moved":
        message = _("{kind} “{name}” was moved to another place in its list.")
    else:
        message = _("{kind} “{name}” was changed.")
    return message.format(kind=kind, name=change.name, before=change.moved_from, after=change.moved_to)


def _annotation_types(annotation: Any) -> set[Any]:
    """The plain types a field's annotation admits: ``Decimal`` for ``Amount | None``."""
    args = get_args(annotation)
    if not args:
        return {annotation}
    if get_origin(annotation) is Annotated:
        return _annotation_types(args[0])
    return {found for arg in args for found in _annotation_types(arg)}


def _shown(kind: str, name: str, value: Any) -> str:
    """A changed value as the screens show it: figures grouped (``1,600,000``), dates in prose
    (``5 Jan 2027`` / ``2027年1月5日``); anything else as :func:`value_text` says it."""
    info = KINDS[kind].model.model_fields.get(name) if kind in KINDS else None
    if info is None or value is None or value == "":
        return value_text(value)
    types = _annotation_types(info.annotation)
    if types & {Decimal, int, float} and not isinstance(value, bool):
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            return value_text(value)
        exponent = number.normalize().as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return format_number(number, places)
    if date in types and isinstance(value, str):
        try:
            return prose_date(date.fromisoformat(value))
        except ValueError:
            return value_text(value)
    return value_text(value)


def field_sentence(change: ObjectChange, index: int) -> str:
    field = change.fields[index]
    before = _shown(change.kind, field.field, field.before)
    after = _shown(change.kind, field.field, field.after)
    return _("Its {field} changed from {before} to {after}.").format(
        field=_field_name(field.field), before=before, after=after
    )


def figure_sentence(change: FigureChange) -> str:
    figure = _(_FIGURES.get(change.figure, change.figure))
    if not change.before:
        message = _("The {figure} of {offer} is now {after}.")
    elif not change.after:
        message = _("The {figure} of {offer} was {before} and is no longer worked out.")
    else:
        message = _("The {figure} of {offer} went from {before} to {after}.")
    return message.format(figure=figure, offer=change.offer, before=change.before, after=change.after)


def flag_sentence(flag: FlagChange, *, raised: bool) -> str:
    severity = _(_SEVERITIES.get(flag.severity, flag.severity))
    message = _("Flag raised ({severity}): {title}.") if raised else _("Flag cleared ({severity}): {title}.")
    return message.format(severity=severity, title=flag.title)


def diff_lines(diff: PlanDiff) -> list[str]:
    """The diff as text lines: each object's sentence, its fields indented under it."""
    if diff.empty:
        return [_("No changes.")]
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
