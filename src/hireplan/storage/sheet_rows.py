"""Plan rows to and from a spreadsheet: checklist items, roles, offers, benchmarks and risks.

One column list per kind (:data:`hireplan.storage.sheet_columns.FORMATS`) says what a copied row
holds and how a pasted cell is read (:mod:`hireplan.storage.sheet_cells`), so all five tables copy
and paste alike:

* :func:`copy_rows` writes a header row and one row per object as tab-separated text
  (:mod:`hireplan.storage.tsv`), which a spreadsheet pastes into cells. Money is written as plain
  digits, dates as ISO, choices and references (an offer's role and market) by their names.
* :func:`read_rows` reads such text back into new objects, with or without the header row (English
  or Chinese headers; columns are then matched by name, else taken in the copied order). Money may
  carry separators and symbols (``¥1,200,000``, ``250k``), dates may be written as a spreadsheet
  does (``2026/3/31``, ``2026年3月31日``, ``1 Dec 2026``). Every cell it cannot read, and every value
  the model refuses, is a :class:`CellProblem` naming the row and column in words.

The caller decides what a problem means; the window adds nothing while any cell is bad. Roles and
markets are matched by name (or id), case-insensitively; an unknown one is a problem, never created
on the fly. Pasted objects get fresh ids; an offer's competing package and a benchmark's example mark
are not copied. A checklist item's Step column is written for the reader and ignored on paste (the
items go to the step the person chose). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pydantic import ValidationError

from hireplan.i18n import _, ngettext
from hireplan.model.base import HireplanModel
from hireplan.model.field_wording import describe_problem
from hireplan.model.plan import Plan
from hireplan.storage.sheet_cells import CellError, CellProblem, words_for
from hireplan.storage.sheet_columns import FORMATS, Column, columns_of
from hireplan.storage.tsv import parse_tsv, to_tsv

MAX_PASTED_ROWS = 10_000
"""More rows than any plan list holds; a bigger paste is refused."""
MAX_PASTED_CHARS = 5_000_000
"""Ten thousand full rows fit well within this; a bigger clipboard is refused before it is read
(the reader goes character by character, so a stray 100 MB paste would freeze the window)."""


@dataclass(frozen=True, slots=True)
class Pasted:
    """What pasted text would add: the objects read from good rows, and the problems of bad ones."""

    objects: tuple[HireplanModel, ...] = ()
    problems: tuple[CellProblem, ...] = ()
    had_header: bool = False


# --------------------------------------------------------------------------- copy


def copy_rows(plan: Plan, kind: str, objects: Sequence[HireplanModel]) -> str:
    """A header row and one row per object, as tab-separated text a spreadsheet pastes into cells."""
    columns = columns_of(kind)
    rows = [[_(column.header) for column in columns]]
    rows.extend([str(column.show(plan, obj) or "") for column in columns] for obj in objects)
    return to_tsv(rows)


# --------------------------------------------------------------------------- paste


def _header_key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().casefold())


def _header_columns(columns: Sequence[Column], cells: Sequence[str]) -> list[Column | None] | None:
    """The column each cell of a header row names (None: one hireplan does not read), or None when
    the row is not a header (fewer than half its filled cells name a column)."""
    names: dict[str, Column] = {}
    for column in columns:
        for word in (*words_for(column.header), _(column.header).casefold(), column.field.casefold()):
            names.setdefault(_header_key(word), column)
    found = [names.get(_header_key(cell)) for cell in cells]
    filled = sum(1 for cell in cells if cell.strip())
    matched = sum(1 for column in found if column is not None)
    return found if matched and matched * 2 >= filled else None


def read_rows(plan: Plan, kind: str, text: str, *, defaults: Mapping[str, object] | None = None) -> Pasted:
    """The objects pasted ``text`` describes (fresh ids), and every cell or row that cannot be taken.

    ``defaults`` fill fields a row leaves empty (or has no column for): the offers of the role on
    screen take that role and its market.
    """
    model, columns = FORMATS.get(kind, (None, ()))
    if model is None:
        raise ValueError(f"Rows of kind {kind!r} cannot be pasted.")
    if len(text) > MAX_PASTED_CHARS:
        message = _("The pasted text is {size:,} characters long; paste fewer rows at a time.")
        raise ValueError(message.format(size=len(text)))
    rows = parse_tsv(text)
    if len(rows) > MAX_PASTED_ROWS + 1:
        message = _("The pasted text has {count} rows; paste at most {limit} at a time.")
        raise ValueError(message.format(count=len(rows), limit=MAX_PASTED_ROWS))
    layout: list[Column | None] = list(columns)
    had_header = False
    if rows:
        named = _header_columns(columns, rows[0])
        if named is not None:
            layout, rows, had_header = named, rows[1:], True
    objects: list[HireplanModel] = []
    problems: list[CellProblem] = []
    for number, cells in enumerate(rows, start=1):
        built = _read_row(plan, kind, layout, cells, number=number, defaults=defaults or {})
        if isinstance(built, list):
            problems.extend(built)
        else:
            objects.append(built)
    return Pasted(tuple(objects), tuple(problems), had_header)


def _read_row(
    plan: Plan,
    kind: str,
    layout: Sequence[Column | None],
    cells: Sequence[str],
    *,
    number: int,
    defaults: Mapping[str, object],
) -> HireplanModel | list[CellProblem]:
    model = FORMATS[kind][0]
    values: dict[str, object] = {}
    problems: list[CellProblem] = []
    headers: dict[str, str] = {}
    for column, cell in zip(layout, cells, strict=False):
        if column is None or column.read is None or not cell.strip():
            continue
        headers[column.field] = _(column.header)
        try:
            values[column.field] = column.read(plan, cell)
        except CellError as error:
            problems.append(CellProblem(number, _(column.header), str(error)))
    if problems:
        return problems
    for field, value in defaults.items():
        if value is not None:
            values.setdefault(field, value)
    if kind in ("offer", "benchmark") and "currency" not in values and "market_id" in values:
        values["currency"] = next(m.currency for m in plan.markets if m.id == values["market_id"])
    try:
        return model(**values)
    except ValidationError as error:
        for problem in error.errors(include_url=False):
            loc = problem.get("loc", ())
            field = str(loc[0]) if loc else ""
            label = headers.get(field) or next(
                (_(c.header) for c in FORMATS[kind][1] if c.field == field), ""
            )
            if problem.get("type") == "missing":
                message = _("A value is needed.")
            else:
                message = describe_problem(field, problem, label=label or None)
            problems.append(CellProblem(number, label, message))
        return problems


def describe_problems(problems: Sequence[CellProblem], *, limit: int = 8) -> str:
    """The first ``limit`` problems, one a line, and how many more there are."""
    lines = [problem.describe() for problem in problems[:limit]]
    if len(problems) > limit:
        more = len(problems) - limit
        words = ngettext("…and {count} more problem.", "…and {count} more problems.", more)
        lines.append(words.format(count=more))
    return "\n".join(lines)


__all__ = [
    "CellProblem",
    "Pasted",
    "copy_rows",
    "describe_problems",
    "read_rows",
]
