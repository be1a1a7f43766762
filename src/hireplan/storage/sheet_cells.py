"""One spreadsheet cell to a field value: amounts, numbers, dates, yes/no, tags, choices, references.

Each reader takes the plan (a reference is looked up in it) and a cell's text (never empty) and
returns the value the model field takes, or raises :class:`CellError` with a message that says, in
the person's language, what the cell should hold; a paste reports it as a :class:`CellProblem`
naming the row and column. Choices and headers are read in English or Chinese
(:func:`words_for`), whichever language the window speaks. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from hireplan.i18n import CHINESE, _, using_language
from hireplan.model.plan import Plan
from hireplan.storage.benchmark_cells import RowError, parse_amount
from hireplan.storage.benchmark_cells import parse_date as parse_survey_date


class CellError(ValueError):
    """A cell that cannot become a field value; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class CellProblem:
    """A pasted cell (or a whole row when ``column`` is empty) that could not be taken."""

    row: int
    """The row's number among the pasted data rows, from 1 (a header row is not counted)."""
    column: str
    message: str

    def describe(self) -> str:
        if self.column:
            return _("Row {row}, {column}: {message}").format(
                row=self.row, column=self.column, message=self.message
            )
        return _("Row {row}: {message}").format(row=self.row, message=self.message)


def read_money(_plan: Plan, text: str) -> Decimal:
    """An amount as a sheet may show it (``1,200,000``, ``¥1,200,000``, ``250k``), never negative."""
    try:
        value = parse_amount(text, "")
    except RowError:
        value = None
    if value is None:
        raise CellError(_("'{text}' is not an amount; write digits such as 250000.").format(text=text[:40]))
    return value


def read_number(_plan: Plan, text: str) -> Decimal:
    cleaned = text.replace(",", "").replace("\u00a0", "").replace(" ", "").rstrip("%")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or len(cleaned) > 40:
        raise CellError(_("'{text}' is not a number.").format(text=text[:40]))
    return value


def read_whole(plan: Plan, text: str) -> int:
    value = read_number(plan, text)
    if value != value.to_integral_value() or abs(value) > 10**9:
        raise CellError(_("'{text}' is not a whole number.").format(text=text[:40]))
    return int(value)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}


def read_day(_plan: Plan, text: str) -> date:
    """ISO and what surveys write (``2026/3/31``, ``2026年3月31日``), a date and time as LibreOffice
    copies it, and hireplan's own prose style (``1 Dec 2026``)."""
    text = re.sub(r"[ T]00:00(:00)?$", "", text.strip())
    prose = re.match(r"^(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$", text)
    try:
        if prose and prose.group(2).casefold() in _MONTHS:
            return date(int(prose.group(3)), _MONTHS[prose.group(2).casefold()], int(prose.group(1)))
        found = parse_survey_date(text)
    except (RowError, ValueError):
        found = None
    if found is None:
        raise CellError(_("'{text}' is not a date; write it as 2026-03-31.").format(text=text[:40]))
    return found


def read_text(_plan: Plan, text: str) -> str:
    return text.strip()


_YES = {"yes", "y", "true", "1", "是", "✓"}
_NO = {"no", "n", "false", "0", "否"}


def read_yes_no(_plan: Plan, text: str) -> bool:
    word = text.strip().casefold()
    if word in _YES or word == _("Yes").casefold():
        return True
    if word in _NO or word == _("No").casefold():
        return False
    raise CellError(_("'{text}' should be Yes or No.").format(text=text[:40]))


def read_tags(_plan: Plan, text: str) -> list[str]:
    return [tag.strip() for tag in re.split(r"[,;，；]", text) if tag.strip()]


def words_for(label: str) -> set[str]:
    """The English label and its Chinese translation, as a person may type either."""
    with using_language(CHINESE):
        chinese = _(label)
    return {label.casefold(), chinese.casefold()}


def choice_codec(labels: dict[Any, str]) -> tuple[Callable[[Any], str], Callable[[Plan, str], object]]:
    """Show a choice by its label; read its stored value, label or Chinese label."""

    def read(_plan: Plan, text: str) -> object:
        word = text.strip().casefold()
        for member, label in labels.items():
            if word == str(member.value).casefold() or word in words_for(label):
                return member
        choices = ", ".join(_(label) for label in labels.values())
        raise CellError(_("'{text}' is not one of: {choices}.").format(text=text[:40], choices=choices))

    def show(value: Any) -> str:
        return "" if value is None else _(labels[value])

    return show, read


def reference_reader(kind: str) -> Callable[[Plan, str], str]:
    """A market or role named in a cell, by name (or id), case-insensitively."""

    def read(plan: Plan, text: str) -> str:
        wanted = text.strip().casefold()
        if kind == "market":
            pairs = [(market.id, market.name) for market in plan.markets]
        else:
            pairs = [(role.id, role.title) for role in plan.roles]
        for obj_id, name in pairs:
            if wanted in (name.strip().casefold(), obj_id.casefold()):
                return obj_id
        if kind == "market":
            message = _("'{name}' is not a market in this plan; add it under Market data first.")
        else:
            message = _("'{name}' is not a role in this plan; add the role first.")
        raise CellError(message.format(name=text[:60]))

    return read
