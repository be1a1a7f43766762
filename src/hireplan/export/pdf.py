"""The PDF brief for leadership: summary and red flags first, then the details.

Call :func:`write_pdf`; it never leaves a half-written file at the destination.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import CondPageBreak, Flowable, LayoutError, Spacer

from hireplan.analysis import PlanAnalysis
from hireplan.export.options import PdfOptions
from hireplan.export.pdf_changes import changes
from hireplan.export.pdf_checklist import checklist
from hireplan.export.pdf_comp import compensation
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import MARGIN, PAGE_SIZES, canvas_maker, fit_to_width, make_document
from hireplan.export.pdf_exceptions import exceptions
from hireplan.export.pdf_front import summary
from hireplan.export.pdf_reference import appendix, policy
from hireplan.export.pdf_risks import register, risks
from hireplan.export.pdf_roles import roles
from hireplan.export.printable import unprintable_in_brief
from hireplan.export.progress import Progress, Span, Step, no_progress
from hireplan.export.report import ExportError, ExportReport, write_export
from hireplan.i18n import _
from hireplan.model import Plan

SECTION_BUILDERS: dict[str, Callable[[Brief], list[Flowable]]] = {
    "summary": summary,
    "roles": roles,
    "exceptions": exceptions,
    "risks": risks,
    "policy": policy,
    "changes": changes,
    "appendix": appendix,
    "checklist": checklist,
    "compensation": compensation,
    "register": register,
}

FLOWING = frozenset({"roles", "exceptions", "risks", "policy"})
"""Sections that run on after one another; the summary and the appendices start on a new page."""

FOOTER_ROOM = 0.45
"""Share of the page width the plan title may take in the footer."""

BUILT, LAID_OUT, DRAWN = 0.4, 0.9, 0.95
"""Shares of the work done when the sections are built and when they are laid out on pages
and drawn (measured on the large plan's full brief; the rest is writing the file)."""


def _section_part(span: Span, number: int, count: int, step: Step, part: float) -> None:
    span((number + part) / count, step)


class _LayoutProgress:
    """reportlab's progress callback: flowables laid out of the story's size, and the page reached."""

    def __init__(self, span: Span) -> None:
        self.span, self.size, self.page = span, 1, 1

    def __call__(self, kind: str, value: int) -> None:
        if kind == "SIZE_EST":
            self.size = max(1, value)
        elif kind == "PAGE":
            self.page = value
        elif kind == "PROGRESS":
            self.span(value / self.size, Step("layout", number=self.page))


def write_pdf(
    plan: Plan,
    analysis: PlanAnalysis,
    path: Path | str,
    options: PdfOptions | None = None,
    *,
    today: date,
    force: bool = False,
    progress: Progress = no_progress,
) -> ExportReport:
    """Write the brief for ``plan`` (with ``analysis`` from the same plan and day) to ``path``.

    ``progress`` hears how far it is (see :mod:`hireplan.export.progress`): per section built, per
    flowable laid out and per page drawn. Returns the warnings the user should see (characters the
    fonts cannot show, and the fields holding them). Raises
    :class:`ExportError` with a readable message when the file cannot be written (a read-only
    ``path`` is refused unless ``force``; see :mod:`hireplan.atomic`).
    """
    options = options or PdfOptions()
    target = Path(path)
    width, height = PAGE_SIZES[options.page_size]
    brief = Brief(
        plan=plan,
        analysis=analysis,
        options=options,
        today=today,
        width=width - 2 * MARGIN,
        height=height - 2 * MARGIN,
    )
    story: list[Flowable] = []
    building = Span(progress, 0.0, BUILT)
    count = len(options.sections)
    for number, name in enumerate(options.sections):
        step = Step("section", name)
        building(number / count, step)
        brief.part_done = partial(_section_part, building, number, count, step)
        story.extend(SECTION_BUILDERS[name](brief))
        following = options.sections[number + 1] if number + 1 < len(options.sections) else ""
        if name in FLOWING and following in FLOWING and type(story[-1]).__name__ == "PageBreak":
            # short sections follow on the same page when at least a third of it is left
            story[-1] = CondPageBreak(brief.height / 3)
            story.insert(len(story) - 1, Spacer(1, 14))
    while story and type(story[-1]).__name__ == "PageBreak":
        story.pop()
    title = " ".join(brief.clean(plan.title, "plan title").split())  # one line for metadata and footer
    footer = fit_to_width(f"{title} · {today.isoformat()}", (width - 2 * MARGIN) * FOOTER_ROOM, 7.5)
    author = options.author if options.author is not None else plan.owner or plan.organisation
    pages: list[int] = []

    def produce(out: BinaryIO) -> None:
        doc = make_document(
            out,
            options.page_size,
            title=title,
            author=" ".join(brief.clean(author, "author").split()),
            subject=(
                _("Hiring plan brief as of {date} (offer amounts redacted)")
                if options.redact_offers
                else _("Hiring plan brief as of {date}")
            ).format(date=today.isoformat()),
            language=options.language,
        )
        doc.setProgressCallBack(_LayoutProgress(Span(progress, BUILT, LAID_OUT)))
        drawing = Span(progress, LAID_OUT, DRAWN)
        on_page = lambda page, total: drawing(page / total, Step("draw", number=page, total=total))  # noqa: E731
        try:
            doc.build(story, canvasmaker=canvas_maker(footer, on_page))
        except LayoutError as exc:
            raise ExportError(_("The brief could not be laid out: {reason}").format(reason=exc)) from exc
        pages.append(doc.page)

    write_export(target, produce, force=force)
    found = unprintable_in_brief(plan, options.sections, redact=options.redact_offers)
    return ExportReport(
        path=target,
        warnings=brief.glyphs.warnings("".join(item.characters for item in found)),
        pages=pages[0] if pages else None,
        unprintable=found,
    )
