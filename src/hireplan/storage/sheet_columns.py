"""The columns of each copyable kind: header, how a value is written, how a cell is read.

:data:`FORMATS` holds one column list per kind (checklist items, roles, offers, benchmarks, risks),
in the order a copied row writes them and a header-less paste reads them. Money is written as plain
digits, dates as ISO, choices by their words (the ``*_WORDS`` tables, whose msgids the exports share)
and references (an offer's role and market) by their names. A checklist item's Step column is
written for the reader and never read back. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from hireplan.i18n import N_, _
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem, Priority, Status
from hireplan.model.market import Benchmark, PayBasis, PayPeriod
from hireplan.model.plan import Plan
from hireplan.model.risk import Risk, RiskStatus
from hireplan.model.roles import BonusKind, Level, Offer, Relocation, Role
from hireplan.storage.sheet_cells import (
    choice_codec,
    read_day,
    read_money,
    read_number,
    read_tags,
    read_text,
    read_whole,
    read_yes_no,
    reference_reader,
)


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a copied row: its header, how a value is written and how a cell is read."""

    field: str
    """The model field; the header alone for a column written for the reader only."""
    header: str
    """English, marked for translation; written in the current language."""
    show: Callable[[Plan, Any], str]
    read: Callable[[Plan, str], object] | None = None
    """Cell text (never empty) to the field's value; raises ``sheet_cells.CellError``. None: not pasted."""


def _market_name(plan: Plan, market_id: str | None) -> str:
    return next((m.name for m in plan.markets if m.id == market_id), market_id or "")


def _role_title(plan: Plan, role_id: str) -> str:
    return next((r.title for r in plan.roles if r.id == role_id), role_id)


def _step_title(plan: Plan, item: ChecklistItem) -> str:
    return next((step.title for step in plan.steps if any(i.id == item.id for i in step.items)), "")


def _plain(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def text(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: getattr(o, field), read_text)


def money(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), read_money)


def number(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), read_number)


def whole(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), read_whole)


def day(field: str, header: str) -> Column:
    return Column(field, header, lambda _p, o: _plain(getattr(o, field)), read_day)


def choice(field: str, header: str, labels: dict[Any, str]) -> Column:
    show, read = choice_codec(labels)
    return Column(field, header, lambda _p, o: show(getattr(o, field)), read)


def market(field: str = "market_id") -> Column:
    return Column(
        field, N_("Market"), lambda p, o: _market_name(p, getattr(o, field)), reference_reader("market")
    )


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
    return Column("tags", N_("Tags"), lambda _p, o: ", ".join(o.tags), read_tags)


def _research_column() -> Column:
    return Column("research", N_("Research"), lambda _p, o: _("Yes") if o.research else _("No"), read_yes_no)


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
            Column("role_id", N_("Role"), lambda p, o: _role_title(p, o.role_id), reference_reader("role")),
            market(),
            text("candidate", N_("Candidate")),
            text("currency", N_("Currency")),
            money("base", N_("Base")),
            number("guaranteed_months", N_("Guaranteed extra months")),
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
