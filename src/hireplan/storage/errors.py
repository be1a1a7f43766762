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
        self.source = source if source is not None else (str(path) if path is not None else "the data")
        self.action = action
        super().__init__(self.message)

    @property
    def headline(self) -> str:
        """First line: what failed on which file, e.g. ``Could not read plan.hireplan``."""
        return f"Could not {self.action} {self.source}"

    @property
    def message(self) -> str:
        shown = self.problems[:MAX_PROBLEMS_SHOWN]
        hidden = len(self.problems) - len(shown)
        if len(self.problems) == 1:
            return f"{self.headline}: {shown[0]}"
        lines = [f"{self.headline}: {len(self.problems)} problems"]
        lines += [f"  - {problem}" for problem in shown]
        if hidden:
            lines.append(f"  ... and {hidden} more")
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.message

    def with_source(self, *, path: Path | None = None, source: str | None = None) -> PlanFileError:
        """The same problems attributed to a file (used when bytes were read from ``path``)."""
        return PlanFileError(self.problems, path=path, source=source, action=self.action)


def format_location(loc: Iterable[int | str]) -> str:
    """``('offers', 2, 'base')`` -> ``offers[2].base``; an empty location is the whole file."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "the file"


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
    r"^[A-Z]{3}$": "must be a three-letter currency code in capitals, such as USD or CNY",
    r"^[A-Za-z0-9_.:-]+$": "may only contain letters, digits and the characters . _ : -",
    TAG_PATTERN: (
        "must be letters (lower-case in Latin script), digits and hyphens, such as career-path or 文化"
    ),
    r"^[a-z0-9][a-z0-9-]{0,63}$": (
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
            return f" (found a number with {len(shown)} characters)"
    elif isinstance(value, str):
        if len(value) > 40:
            return ""
        shown = repr(value)
    else:
        return ""
    return f" (found {shown})"


def _wording(kind: str, ctx: Mapping[str, Any], message: str) -> str:
    """Plain words for one pydantic error type; falls back to pydantic's own message."""
    if kind == "missing":
        return "is required"
    if kind == "extra_forbidden":
        return "is not a field hireplan knows (was the file made by a newer version?)"
    if kind == "greater_than_equal":
        bound = ctx.get("ge")
        return "must not be negative" if _number(bound) == "0" else f"must be at least {_number(bound)}"
    if kind == "greater_than":
        bound = ctx.get("gt")
        return "must be more than zero" if _number(bound) == "0" else f"must be more than {_number(bound)}"
    if kind == "less_than_equal":
        return f"must be at most {_number(ctx.get('le'))}"
    if kind == "less_than":
        return f"must be less than {_number(ctx.get('lt'))}"
    if kind == "string_too_long":
        return f"is too long (at most {_number(ctx.get('max_length'))} characters)"
    if kind == "string_too_short":
        if ctx.get("min_length") == 1:
            return "must not be empty"
        return f"is too short (at least {_number(ctx.get('min_length'))} characters)"
    if kind == "string_pattern_mismatch":
        return _PATTERN_WORDING.get(str(ctx.get("pattern")), "is not written in the expected form")
    if kind == "enum":
        return f"must be one of {ctx.get('expected', 'the listed values')}"
    if kind == "literal_error":
        return f"must be {ctx.get('expected', 'one of the listed values')}"
    if kind in ("int_type", "int_parsing", "int_from_float", "int_parsing_size"):
        return "must be a whole number"
    if kind in ("decimal_type", "decimal_parsing", "float_type", "float_parsing", "decimal_max_digits"):
        return "must be a number"
    if kind == "decimal_max_places":
        return f"has more decimal places than hireplan keeps (at most {_number(ctx.get('decimal_places'))})"
    if kind in ("finite_number", "decimal_whole_digits"):
        return "must be an ordinary finite number"
    if kind in ("bool_type", "bool_parsing"):
        return "must be true or false"
    if kind in ("string_type", "string_unicode"):
        return "must be text"
    if kind in ("list_type", "tuple_type", "set_type"):
        return "must be a list"
    if kind in ("dict_type", "model_type", "model_attributes_type", "dataclass_type"):
        return "must be an object (a group of named fields)"
    if kind.startswith("date") or kind.startswith("datetime"):
        return "must be a date written as YYYY-MM-DD"
    if kind in ("value_error", "assertion_error"):
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        return message
    if kind == "recursion_loop":
        return "is nested too deeply"
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
        problems.append(f"{where}: {text}")
    return problems
