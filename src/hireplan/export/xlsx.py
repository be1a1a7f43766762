"""The Excel workbook for finance: every figure as a number, every date as a date, user text as text.

Call :func:`write_workbook`; it never leaves a half-written file at the destination.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook

from hireplan.analysis import PlanAnalysis
from hireplan.analysis.names import PlanNames
from hireplan.export.progress import Progress, Span, Step, no_progress
from hireplan.export.report import ExportReport, write_export
from hireplan.export.text import strip_illegal
from hireplan.export.xlsx_base import SheetWriter
from hireplan.export.xlsx_comp import compensation_sheet
from hireplan.export.xlsx_risks import assumptions_sheet, policy_sheet, risks_sheet
from hireplan.export.xlsx_scenario import scenario_sheet
from hireplan.export.xlsx_summary import Book, checklist_sheet, summary_sheet
from hireplan.i18n import N_, _
from hireplan.model import Plan

SHEETS: tuple[tuple[str, Callable[[Book, SheetWriter], None]], ...] = (
    (N_("Summary"), summary_sheet),
    (N_("Checklist"), checklist_sheet),
    (N_("Compensation"), compensation_sheet),
    (N_("Scenario"), scenario_sheet),
    (N_("Assumptions"), assumptions_sheet),
    (N_("Risks"), risks_sheet),
    (N_("Policy watch"), policy_sheet),
)
"""Sheet names are fixed, valid Excel titles (no / \\ ? * [ ] :, at most 31 characters), in every
language: the keys are the English msgids, each sheet is titled with its translation."""

BUILT_FIRST = ("Assumptions",)
"""Sheets whose cell places others link to (Scenario's formulas read Assumptions' rates)."""

BUILT, WRITTEN = 0.5, 0.8
"""Shares of the work done when every sheet is built and when every sheet's rows are written out
(measured on the large plan; the rest is openpyxl saving the file)."""


def write_workbook(
    plan: Plan,
    analysis: PlanAnalysis,
    path: Path | str,
    *,
    today: date,
    page_size: str = "a4",
    force: bool = False,
    progress: Progress = no_progress,
) -> ExportReport:
    """Write the workbook for ``plan`` (with ``analysis`` from the same plan and day) to ``path``.

    Every sheet prints on ``page_size`` paper (``a4`` or ``letter``), one page wide, with its header
    row repeated and a footer naming the plan and the page. Returns warnings for the user, e.g. text
    cut at Excel's cell limit; ``progress`` hears of each sheet built and written (see
    :mod:`hireplan.export.progress`). Raises
    :class:`hireplan.export.ExportError` with a readable message if the file cannot be written
    (a read-only ``path`` is refused unless ``force``; see :mod:`hireplan.atomic`).
    """
    target = Path(path)
    warnings: list[str] = []
    book = Book(plan=plan, analysis=analysis, index=PlanNames(plan), today=today, warnings=warnings)
    workbook = Workbook(write_only=True)
    workbook.properties.title = strip_illegal(plan.title)[:250]
    workbook.properties.creator = strip_illegal(plan.owner or "hireplan")[:250]
    workbook.properties.subject = _("Hiring plan workbook as of {date}").format(date=today.isoformat())
    footer = " ".join(strip_illegal(plan.title).split())[:120].replace("&", "&&")
    writers = {
        title: SheetWriter(workbook, _(title), warnings, paper=page_size, footer=footer)
        for title, _builder in SHEETS
    }
    builders = dict(SHEETS)
    building, writing = Span(progress, 0.0, BUILT), Span(progress, BUILT, WRITTEN)
    order = (*BUILT_FIRST, *(t for t, _builder in SHEETS if t not in BUILT_FIRST))
    for number, title in enumerate(order):
        building(number / len(order), Step("sheet", title))
        builders[title](book, writers[title])

    def produce(out: BinaryIO) -> None:
        try:
            count = len(writers)
            for number, (title, writer) in enumerate(writers.items()):
                step = Step("sheet", title)
                writing(number / count, step)
                writer.write(partial(_sheet_part, writing, number, count, step))
            progress(WRITTEN, Step("save"))
            workbook.save(out)
        except BaseException:
            _close_quietly(workbook)
            raise

    write_export(target, produce, force=force)
    return ExportReport(path=target, warnings=warnings)


def _sheet_part(span: Span, number: int, count: int, step: Step, part: float) -> None:
    span((number + part) / count, step)


def _close_quietly(workbook: Workbook) -> None:
    """Release the temporary files write-only sheets hold when a save is abandoned half-way."""
    for sheet in workbook.worksheets:
        with contextlib.suppress(Exception):
            sheet.close()
