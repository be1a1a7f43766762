"""Plan rows to and from a spreadsheet: checklist items, roles, offers, benchmarks and risks.

One column list per kind (:data:`FORMATS`) says what a copied row holds and how a pasted cell is
read, so all five tables copy and paste alike:

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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from hireplan.i18n import CHINESE, N_, _, ngettext, using_language
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem, Priority, Status
from hireplan.model.field_wording import describe_problem
from hireplan.model.market import Benchmark, PayBasis, PayPeriod
from hireplan.model.plan import Plan
from hireplan.model.risk import Risk, RiskStatus
from hireplan.model.roles import BonusKind, Level, Offer, Relocation, Role
from hireplan.storage.benchmark_cells import RowError, parse_amount
from hireplan.storage.benchmark_cells import parse_date as parse_survey_date
from hireplan.storage.tsv import parse_tsv, to_tsv

MAX_PASTED_ROWS = 10_000
"""More rows than any plan list holds; a bigger paste is refused."""
MAX_PASTED_CHARS = 5_000_000
"""Ten thousand full rows fit well within this; a bigger clipboard is refused before it is read
(the reader goes character by character, so a stray 100 MB paste would freeze the window)."""


class CellError(ValueError):
    """A cell that cannot become a field value; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a copied row: its header, how a value is written and how a cell is read."""

    field: str
    """The model field; the header alone for a column written for the reader only."""
    header: str
    """English, marked for translation; written in the current language."""
    show: Callable[[Plan, Any], str]
    read: Callable[[Plan, str], object] | None = None
    """Cell text (never empty) to the field's value; raises :class:`CellError`. None: not pasted."""


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


@dataclass(frozen=True, slots=True)
class Pasted:
    """What pasted text would add: the objects read from good rows, and the problems of bad ones."""

    objects: tuple[HireplanModel, ...] = ()
    problems: tuple[CellProblem, ...] = ()
    had_header: bool = False


# --------------------------------------------------------------------------- reading one cell


def _money(_plan: Plan, text: str) -> Decimal:
    """An amount as a sheet may show it (``1,200,000``, ``¥1,200,000``, ``250k``), never negative."""
    try:
        value = parse_amount(text, "")
    except RowError:
        value = None
    if value is None:
        raise CellError(_("'{text}' is not an amount; write digits such as 250000.").format(text=text[:40]))
    return value


def _number(_plan: Plan, text: str) -> Decimal:
    cleaned = text.replace(",", "").replace("\u00a0", "").replace(" ", "").rstrip("%")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        value = Decimal("NaN")
    if not value.is_finite() or len(cleaned) > 40:
        raise CellError(_("'{text}' is not a number.").format(text=text[:40]))
    return value


def _whole(plan: Plan, text: str) -> int:
    value = _number(plan, text)
    if value != value.to_integral_value() or abs(value) > 10**9:
        raise CellError(_("'{text}' is not a whole number.").format(text=text[:40]))
    return int(value)


_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1
    )
}


def _day(_plan: Plan, text: str) -> date:
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


def _text(_plan: Plan, text: str) -> str:
    return text.strip()


_YES = {"yes", "y", "true", "1", "是", "✓"}
_NO = {"no", "n", "false", "0", "否"}


def _yes_no(_plan: Plan, text: str) -> bool:
    word = text.strip().casefold()
    if word in _YES or word == _("Yes").casefold():
        return True
    if word in _NO or word == _("No").casefold():
        return False
    raise CellError(_("'{text}' should be Yes or No.").format(text=text[:40]))


def _tags(_plan: Plan, text: str) -> list[str]:
    return [tag.strip() for tag in re.split(r"[,;，；]", text) if tag.strip()]


def _words_for(label: str) -> set[str]:
    """The English label and its Chinese translation, as a person may type either."""
    with using_language(CHINESE):
        chinese = _(label)
    return {label.casefold(), chinese.casefold()}


def _choice(labels: dict[Any, str]) -> tuple[Callable[[Any], str], Callable[[Plan, str], object]]:
    """Show a choice by its label; read its stored value, label or Chinese label."""

    def read(_plan: Plan, text: str) -> object:
        word = text.strip().casefold()
        for member, label in labels.items():
            if word == str(member.value).casefold() or word in _words_for(label):
                return member
        choices = ", ".join(_(label) for label in labels.values())
        raise CellError(_("'{text}' is not one of: {choices}.").format(text=text[:40], choices=choices))

    def show(value: Any) -> str:
        return "" if value is None else _(labels[value])

    return show, read


def _reference(kind: str) -> Callable[[Plan, str], str]:
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


def _market_name(plan: Plan, market_id: str | None) -> str:
    return next((m.name for m in plan.markets if m.id == market_id), market_id or "")


def _role_title(plan: Plan, role_id: str) -> str:
    return next((r.title for r in plan.roles if r.id == role_id), role_id)


def _step_title(plan: Plan, item: ChecklistItem) -> str:
    return next((step.title for step in plan.steps if any(i.id == item.id for i in step.items)), "")


# --------------------------------------------------------------------------- columns per kind


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def text(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: getattr(o, field), _text)


def money(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), _money)


def number(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), _number)


def whole(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), _whole)


def day(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), _day)


def choice(field: str, header: str, labels: dict[Any, str]) -> Column:
    show, read = _choice(labels)
    return Column(field, header, lambda _p, o: show(getattr(o, field)), read)


def market(field: str = "market_id") -> Column:
    return Column(field, N_("Market"), lambda p, o: _market_name(p, getattr(o, field)), _reference("market"))


STATUS_WORDS = {
    Status.TODO: N_("To do"),
    Status.IN_PROGRESS: N_("In progress"),
    Status.DONE: N_("Done"),
    Status.BLOCKED: N_("Blocked"),
    Status.NOT_APPLICABLE: N_("Not applicable"),
}
PRIORITY_WORDS = {
    Priority.LOW: N_("Low"),
    Priority.NORMAL: N_("Normal"),
    Priority.HIGH: N_("High"),
    Priority.CRITICAL: N_("Critical"),
}
LEVEL_WORDS = {
    Level.JUNIOR: N_("Junior"),
    Level.MID: N_("Mid"),
    Level.SENIOR: N_("Senior"),
    Level.STAFF: N_("Staff"),
    Level.PRINCIPAL: N_("Principal"),
    Level.EXECUTIVE: N_("Executive"),
}
RELOCATION_WORDS = {
    Relocation.NONE: N_("Local hire"),
    Relocation.RELOCATING: N_("Relocating"),
    Relocation.RETURNEE: N_("Returnee"),
}
BONUS_WORDS = {
    BonusKind.PERCENT: N_("% of base"),
    BonusKind.AMOUNT: N_("Yearly amount"),
    BonusKind.MONTHS: N_("Extra months"),
}
PERIOD_WORDS = {PayPeriod.YEAR: N_("Year"), PayPeriod.MONTH: N_("Month")}
BASIS_WORDS = {
    PayBasis.BASE: N_("Base salary"),
    PayBasis.TOTAL_CASH: N_("Total cash"),
    PayBasis.TOTAL_DIRECT: N_("Total direct"),
}
RISK_STATUS_WORDS = {
    RiskStatus.OPEN: N_("Open"),
    RiskStatus.MITIGATING: N_("Mitigating"),
    RiskStatus.ACCEPTED: N_("Accepted"),
    RiskStatus.CLOSED: N_("Closed"),
}


def _tags_column() -> Column:
    return Column("tags", N_("Tags"), lambda _p, o: ", ".join(o.tags), _tags)


def _research_column() -> Column:
    return Column("research", N_("Research"), lambda _p, o: _("Yes") if o.research else _("No"), _yes_no)


FORMATS: dict[str, tuple[type[HireplanModel], tuple[Column, ...]]] = {
    "item": (
        ChecklistItem,
        (
            Column("step", N_("Step"), _step_title),
            text("text", N_("Item")),
            choice("status", N_("Status"), STATUS_WORDS),
            text("owner", N_("Owner")),
            day("due", N_("Due date")),
            choice("priority", N_("Priority"), PRIORITY_WORDS),
            _tags_column(),
            text("notes", N_("Notes")),
        ),
    ),
    "role": (
        Role,
        (
            text("title", N_("Title")),
            text("job_family", N_("Job family")),
            choice("level", N_("Level"), LEVEL_WORDS),
            text("domain", N_("Domain")),
            _research_column(),
            whole("headcount", N_("Headcount")),
            market(),
            choice("relocation", N_("Hire"), RELOCATION_WORDS),
            text("planned_currency", N_("Budget currency")),
            money("planned_cost_per_hire", N_("Planned per hire")),
            money("planned_cost_per_hire_max", N_("Planned per hire (top)")),
            text("growth_path", N_("Growth path")),
            text("notes", N_("Notes")),
        ),
    ),
    "offer": (
        Offer,
        (
            Column("role_id", N_("Role"), lambda p, o: _role_title(p, o.role_id), _reference("role")),
            market(),
            text("candidate", N_("Candidate")),
            text("currency", N_("Currency")),
            money("base", N_("Base")),
            choice("bonus_kind", N_("Bonus as"), BONUS_WORDS),
            number("bonus_value", N_("Bonus")),
            money("equity_grant", N_("Equity grant")),
            number("vesting_years", N_("Vesting years")),
            money("sign_on", N_("Sign-on")),
            number("sign_on_amortisation_years", N_("Sign-on spread over years")),
            money("relocation", N_("Relocation")),
            money("housing_allowance", N_("Housing allowance")),
            money("living_allowance", N_("Living allowance")),
            money("research_budget", N_("Research budget")),
            money("compute_budget", N_("Compute budget")),
            text("compute_note", N_("Compute note")),
            text("notes", N_("Notes")),
        ),
    ),
    "benchmark": (
        Benchmark,
        (
            market(),
            text("job_family", N_("Job family")),
            choice("level", N_("Level"), LEVEL_WORDS),
            text("currency", N_("Currency")),
            choice("period", N_("Pay period"), PERIOD_WORDS),
            number("months_per_year", N_("Months per year")),
            money("base_p25", N_("Base P25")),
            money("base_p50", N_("Base P50")),
            money("base_p75", N_("Base P75")),
            money("base_p90", N_("Base P90")),
            money("total_p25", N_("Total P25")),
            money("total_p50", N_("Total P50")),
            money("total_p75", N_("Total P75")),
            money("total_p90", N_("Total P90")),
            choice("total_basis", N_("Totals measure"), BASIS_WORDS),
            text("source", N_("Source")),
            day("as_of", N_("As of")),
            whole("sample_size", N_("Sample size")),
            text("notes", N_("Notes")),
        ),
    ),
    "risk": (
        Risk,
        (
            text("title", N_("Title")),
            text("category", N_("Category")),
            whole("likelihood", N_("Likelihood")),
            whole("impact", N_("Impact")),
            text("mitigation", N_("Mitigation")),
            text("owner", N_("Owner")),
            day("review_date", N_("Review date")),
            choice("status", N_("Status"), RISK_STATUS_WORDS),
        ),
    ),
}
"""The columns each copyable kind writes, in order; a header-less paste is read in this order."""

COPYABLE_KINDS = tuple(FORMATS)


def columns_of(kind: str) -> tuple[Column, ...]:
    if kind not in FORMATS:
        raise ValueError(f"Rows of kind {kind!r} cannot be copied.")
    return FORMATS[kind][1]


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
        for word in (*_words_for(column.header), _(column.header).casefold(), column.field.casefold()):
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
    "COPYABLE_KINDS",
    "FORMATS",
    "CellProblem",
    "Column",
    "Pasted",
    "columns_of",
    "copy_rows",
    "describe_problems",
    "read_rows",
]
