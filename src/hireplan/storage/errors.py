"""One error type for every file problem, and plain-English wording for pydantic's errors.

A person opening a plan should read *which* file is wrong and *where* in the plan, e.g.
``offers[2].base: must not be negative``, never a traceback or pydantic's internal jargon.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hireplan.i18n import N_, _, ngettext
from hireplan.model.base import TAG_PATTERN

MAX_PROBLEMS_SHOWN = 10
"""Longer lists are cut to this many lines plus "and N more"."""


class PlanFileError(Exception):
    """A plan or template file could not be read, validated or written.

    ``path`` is the file concerned (None for bytes that came from elsewhere), ``problems`` the
    individual reasons, each a short sentence, most naming a place in the plan.
    """

    def __init__(
        self,
        problems: str | Sequence[str],
        *,
        path: Path | None = None,
        source: str | None = None,
        action: str = "read",
    ) -> None:
        self.path = path
        self.problems: list[str] = [problems] if isinstance(problems, str) else list(problems)
        self.source = source if source is not None else (str(path) if path is not None else "")
        self.action = action
        super().__init__(self.message)

    @property
    def headline(self) -> str:
        """First line: what failed on which file, e.g. ``Could not read plan.hireplan``."""
        if not self.source:
            return _(_HEADLINES_NO_SOURCE.get(self.action, N_("Could not read the data")))
        return _(_HEADLINES.get(self.action, N_("Could not read {source}"))).format(source=self.source)

    @property
    def message(self) -> str:
        shown = self.problems[:MAX_PROBLEMS_SHOWN]
        hidden = len(self.problems) - len(shown)
        if len(self.problems) == 1:
            return _("{headline}: {problem}").format(headline=self.headline, problem=shown[0])
        count = len(self.problems)
        lines = [
            ngettext("{headline}: {count} problem", "{headline}: {count} problems", count).format(
                headline=self.headline, count=count
            )
        ]
        lines += [f"  - {problem}" for problem in shown]
        if hidden:
            lines.append(
                ngettext("  ... and {count} more", "  ... and {count} more", hidden).format(count=hidden)
            )
        return "\n".join(lines)

    def __str__(self) -> str:
        return str(self.args[0])  # in the language spoken when the error was raised

    def with_source(self, *, path: Path | None = None, source: str | None = None) -> PlanFileError:
        """The same problems attributed to a file (used when bytes were read from ``path``)."""
        return PlanFileError(self.problems, path=path, source=source, action=self.action)


_HEADLINES = {
    "read": N_("Could not read {source}"),
    "save": N_("Could not save {source}"),
    "import": N_("Could not import {source}"),
    "export": N_("Could not export {source}"),
    "write": N_("Could not write {source}"),
    "find": N_("Could not find {source}"),
    "rename": N_("Could not rename {source}"),
    "delete": N_("Could not delete {source}"),
}
"""The first line of a file error per action; each a whole sentence so it translates."""
_HEADLINES_NO_SOURCE = {
    "read": N_("Could not read the data"),
    "save": N_("Could not save the data"),
    "import": N_("Could not import the data"),
    "export": N_("Could not export the data"),
    "write": N_("Could not write the data"),
    "find": N_("Could not find the data"),
    "rename": N_("Could not rename the data"),
    "delete": N_("Could not delete the data"),
}


def format_location(loc: Iterable[int | str]) -> str:
    """``('offers', 2, 'base')`` -> ``offers[2].base``; an empty location is the whole file."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or _("the file")


def _number(value: Any) -> str:
    """A bound from pydantic's error context, written the way a person reads numbers."""
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return format(number.normalize(), "f")


_PATTERN_WORDING: dict[str, str] = {
    r"^[A-Z]{3}$": N_("must be a three-letter currency code in capitals, such as USD or CNY"),
    r"^[A-Za-z0-9_.:-]+$": N_("may only contain letters, digits and the characters . _ : -"),
    TAG_PATTERN: N_(
        "must be letters (lower-case in Latin script), digits and hyphens, such as career-path or 文化"
    ),
    r"^[a-z0-9][a-z0-9-]{0,63}$": N_(
        "must be lower-case letters, digits and hyphens (at most 64), such as my-template"
    ),
}


def _found(value: Any) -> str:
    """`` (found -5)`` for a short scalar input, nothing for lists, objects or long text."""
    if isinstance(value, bool) or value is None:
        shown = {True: "true", False: "false", None: "null"}[value]
    elif isinstance(value, int | float | Decimal):
        shown = str(value)
        if len(shown) > 30:
            return _(" (found a number with {count} characters)").format(count=len(shown))
    elif isinstance(value, str):
        if len(value) > 40:
            return ""
        shown = repr(value)
    else:
        return ""
    return _(" (found {value})").format(value=shown)


def _wording(kind: str, ctx: Mapping[str, Any], message: str) -> str:
    """Plain words for one pydantic error type; falls back to pydantic's own message."""
    if kind == "missing":
        return _("is required")
    if kind == "extra_forbidden":
        return _("is not a field hireplan knows (was the file made by a newer version?)")
    if kind == "greater_than_equal":
        bound = _number(ctx.get("ge"))
        return (
            _("must not be negative") if bound == "0" else _("must be at least {bound}").format(bound=bound)
        )
    if kind == "greater_than":
        bound = _number(ctx.get("gt"))
        return (
            _("must be more than zero")
            if bound == "0"
            else _("must be more than {bound}").format(bound=bound)
        )
    if kind == "less_than_equal":
        return _("must be at most {bound}").format(bound=_number(ctx.get("le")))
    if kind == "less_than":
        return _("must be less than {bound}").format(bound=_number(ctx.get("lt")))
    if kind == "string_too_long":
        return _("is too long (at most {count} characters)").format(count=_number(ctx.get("max_length")))
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return _("must not be empty")
        return _("is too short (at least {count} characters)").format(count=_number(ctx.get("min_length")))
    if kind == "string_pattern_mismatch":
        return _(_PATTERN_WORDING.get(str(ctx.get("pattern")), N_("is not written in the expected form")))
    if kind == "enum":
        return _("must be one of {choices}").format(choices=ctx.get("expected", _("the listed values")))
    if kind == "literal_error":
        return _("must be {choices}").format(choices=ctx.get("expected", _("one of the listed values")))
    if kind in ("int_type", "int_parsing", "int_from_float", "int_parsing_size"):
        return _("must be a whole number")
    if kind in ("decimal_type", "decimal_parsing", "float_type", "float_parsing", "decimal_max_digits"):
        return _("must be a number")
    if kind == "decimal_max_places":
        places = _number(ctx.get("decimal_places"))
        return _("has more decimal places than hireplan keeps (at most {count})").format(count=places)
    if kind in ("finite_number", "decimal_whole_digits"):
        return _("must be an ordinary finite number")
    if kind in ("bool_type", "bool_parsing"):
        return _("must be true or false")
    if kind in ("string_type", "string_unicode"):
        return _("must be text")
    if kind in ("list_type", "tuple_type", "set_type"):
        return _("must be a list")
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return _("must be an object (a group of named fields)")
    if kind.startswith("date") or kind.startswith("datetime"):
        return _("must be a date written as YYYY-MM-DD")
    if kind in ("value_error", "assertion_error"):
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        return message
    if kind == "recursion_loop":
        return _("is nested too deeply")
    return message[:1].lower() + message[1:]


def describe_validation_error(error: ValidationError, *, prefix: Sequence[int | str] = ()) -> list[str]:
    """Each pydantic error as ``place: what is wrong (found X)``, in the order pydantic found them."""
    problems: list[str] = []
    for item in error.errors(include_url=False):
        kind = item["type"]
        ctx = item.get("ctx") or {}
        where = format_location([*prefix, *item["loc"]])
        text = _wording(kind, ctx, item["msg"])
        if kind not in ("missing", "extra_forbidden", "model_type", "dict_type", "list_type"):
            text += _found(item.get("input"))
        problems.append(_("{place}: {problem}").format(place=where, problem=text))
    return problems
