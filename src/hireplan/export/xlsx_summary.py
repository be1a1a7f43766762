"""Summary and Checklist sheets: where the plan stands, and every item to work through."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hireplan.analysis import Converted, PlanAnalysis, Severity
from hireplan.analysis.names import PlanNames
from hireplan.analysis.progress import is_overdue
from hireplan.analysis.verdict import plan_verdict
from hireplan.export import words
from hireplan.export.xlsx_base import (
    DATE,
    INT,
    NOTE,
    OVERDUE_FILL,
    PERCENT,
    PLAIN,
    SEVERITY_FONT,
    SUBTITLE,
    TITLE,
    SheetWriter,
    Style,
    day,
    header_row,
    money_format,
    number,
    table_ref,
    text,
)
from hireplan.i18n import N_, _, ngettext
from hireplan.model import STATUS_LABELS, Plan

TOP_FLAGS = 10


@dataclass
class Book:
    """What every sheet needs: the plan, its analysis, lookups, the date and the warnings list."""

    plan: Plan
    analysis: PlanAnalysis
    index: PlanNames
    today: date
    warnings: list[str]
    rate_rows: dict[str, int] = field(default_factory=dict)
    """Exchange rate id -> its row on the Assumptions sheet (the rate is in column SheetCell)."""
    benchmark_rows: dict[str, int] = field(default_factory=dict)
    """Benchmark id -> its row on the Assumptions sheet."""


def summary_sheet(book: Book, writer: SheetWriter) -> None:
    plan, analysis = book.plan, book.analysis
    writer.add([text(plan.title, TITLE)], "plan title")
    writer.add([text(_("Organisation"), NOTE), text(plan.organisation or "—")], "organisation")
    writer.add([text(_("Owner"), NOTE), text(plan.owner or "—")], "owner")
    writer.add([text(_("Exported on"), NOTE), day(book.today)])
    writer.add([text(_("Plan period"), NOTE), day(plan.start_date), day(plan.target_date)])
    writer.add([text(_("Reporting currency"), NOTE), text(plan.reporting_currency)])
    if plan.is_example:
        writer.add(
            [
                text(
                    _("Example plan: the market figures are public examples to replace with your own data."),
                    NOTE,
                )
            ]
        )
    writer.skip()

    verdict = plan_verdict(analysis.progress, plan.start_date, plan.target_date, book.today)
    writer.add([text(verdict.sentence, Style(bold=True, spill=True))], "verdict")
    writer.skip()

    writer.add([text(_("Progress by step"), SUBTITLE)])
    header_row(
        writer,
        [
            N_("Step"),
            N_("Done"),
            N_("Applicable"),
            N_("Progress"),
            N_("Overdue"),
            N_("Blocked"),
            N_("No owner"),
            N_("Items"),
        ],
    )
    for step in analysis.progress.steps:
        writer.add(
            [
                text(step.title),
                number(step.done),
                number(step.applicable),
                number(step.ratio, PERCENT),
                number(step.overdue),
                number(step.blocked),
                number(step.unassigned),
                number(step.total),
            ],
            "step title",
        )
    steps = analysis.progress.steps
    bold = Style(bold=True)
    writer.add(
        [
            text(_("All steps"), bold),
            number(analysis.progress.done, style=bold),
            number(analysis.progress.applicable, style=bold),
            number(analysis.progress.overall, PERCENT, bold),
            number(sum(s.overdue for s in steps), style=bold),
            number(sum(s.blocked for s in steps), style=bold),
            number(sum(s.unassigned for s in steps), style=bold),
            number(sum(s.total for s in steps), style=bold),
        ]
    )
    writer.skip()

    budget = analysis.budget
    writer.add([text(_("Year-one budget ({currency})").format(currency=budget.currency), SUBTITLE)])
    header_row(
        writer,
        [N_("Role"), N_("Headcount"), N_("Planned"), N_("Offered"), N_("Dearest offer per hire"), N_("Note")],
    )
    money = money_format(budget.currency)
    for cost in budget.roles:
        per_hire = cost.per_hire.amount if isinstance(cost.per_hire, Converted) else None
        notes = []
        if cost.over_plan:
            notes.append(_("offers over plan"))
        if cost.total is None:
            notes.append(
                _("no plan and no offer yet")
                if cost.per_hire is None
                else _("not priced: {reason}").format(reason=getattr(cost.per_hire, "message", ""))
            )
        writer.add(
            [
                text(book.index.role_title(cost.role_id)),
                number(cost.headcount),
                number(cost.planned_total, money),
                number(cost.total, money, Style(colour=SEVERITY_FONT["high"]) if cost.over_plan else PLAIN),
                number(per_hire, money),
                text("; ".join(notes), NOTE),
            ],
            "role title",
        )
    writer.add(
        [
            text(_("Total"), bold),
            None,
            number(budget.planned_total, money, bold),
            number(budget.total, money, bold),
            None,
            text(
                ngettext(
                    "{count} role not priced", "{count} roles not priced", len(budget.unpriced_role_ids)
                ).format(count=len(budget.unpriced_role_ids))
                if budget.unpriced_role_ids
                else "",
                NOTE,
            ),
        ]
    )
    writer.skip()

    writer.add([text(_("Flags by severity"), SUBTITLE)])
    header_row(writer, ["", N_("High"), N_("Medium"), N_("Low")])
    open_counts = {s: 0 for s in Severity}
    ack_counts = {s: 0 for s in Severity}
    for flag in analysis.flags:
        (ack_counts if flag.acknowledged else open_counts)[flag.severity] += 1
    writer.add(
        [
            text(_("Open")),
            *[
                number(open_counts[s], style=Style(bold=True, colour=SEVERITY_FONT[s.value]))
                for s in Severity
            ],
        ]
    )
    writer.add([text(_("Acknowledged")), *[number(ack_counts[s]) for s in Severity]])
    writer.skip()

    writer.add(
        [
            text(
                _("Top {count} open flags (all flags are on the Risks sheet)").format(count=TOP_FLAGS),
                SUBTITLE,
            )
        ]
    )
    header_row(writer, [N_("Flag and what to do"), N_("Severity")])
    shown = [flag for flag in analysis.flags if not flag.acknowledged][:TOP_FLAGS]
    for flag in shown:
        writer.add(
            [
                text(
                    _("{title}: {message}\nWhat to do: {mitigation}").format(
                        title=flag.title, message=flag.message, mitigation=flag.mitigation
                    )
                ),
                text(flag.severity.label, Style(bold=True, colour=SEVERITY_FONT[flag.severity.value])),
            ],
            "flag",
        )
    if not shown:
        writer.add([text(_("No open flags."), NOTE)])
    writer.max_width = {1: 60, 2: 24, 5: 40}
    writer.print_rows = None  # a page of facts and small tables, not one table


CHECKLIST_HEADER = [
    N_("Step"),
    N_("No."),
    N_("Item"),
    N_("Status"),
    N_("Owner"),
    N_("Due"),
    N_("Priority"),
    N_("Overdue"),
    N_("Notes"),
    N_("Tags"),
    N_("Id"),
]


def checklist_sheet(book: Book, writer: SheetWriter) -> None:
    """Every item, filterable; the status column offers the five statuses as a drop-down."""
    header_row(writer, CHECKLIST_HEADER)
    overdue_style = Style(fill=OVERDUE_FILL)
    overdue_date = Style(fill=OVERDUE_FILL, number_format=DATE)
    overdue_int = Style(fill=OVERDUE_FILL, number_format=INT)
    for step in book.plan.steps:
        for number_in_step, item in enumerate(step.items, start=1):
            late = is_overdue(item, book.today)
            st = overdue_style if late else Style()
            writer.add(
                [
                    text(step.title, st),
                    number(number_in_step, style=overdue_int if late else Style()),
                    text(item.text, st),
                    text(words.status(item.status), st),
                    text(item.owner, st),
                    day(item.due, overdue_date if late else Style()),
                    text(words.priority(item.priority), st),
                    text(
                        _("overdue") if late else "",
                        Style(fill=OVERDUE_FILL, colour="B03A2E") if late else st,
                    ),
                    text(item.notes, st),
                    text(", ".join(item.tags), st),
                    text(
                        item.id, Style(colour="8A94A3", fill=OVERDUE_FILL) if late else Style(colour="8A94A3")
                    ),
                ],
                f"item {item.id}",
            )
    last = writer.next_row - 1
    columns = len(CHECKLIST_HEADER)
    writer.freeze = "A2"
    writer.autofilter = table_ref(1, last, columns)
    status_col = get_column_letter(CHECKLIST_HEADER.index("Status") + 1)
    statuses = [words.status(status) for status in STATUS_LABELS]
    labels = ",".join(statuses)
    validation = DataValidation(type="list", formula1=f'"{labels}"', allow_blank=True, showDropDown=False)
    validation.error = _("Choose one of: {statuses}").format(statuses=_(", ").join(statuses))
    validation.errorTitle = _("Status")
    validation.prompt = _("Pick the item's status")
    validation.add(f"{status_col}2:{status_col}{max(2, last)}")
    writer.validations.append(validation)
    writer.max_width = {1: 40, 3: 60, 5: 20, 9: 60, 10: 30, 11: 14}
