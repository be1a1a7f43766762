"""The PDF brief for leadership: summary and red flags first, then the details.

Call :func:`write_pdf`; it never leaves a half-written file at the destination.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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
from hireplan.export.report import ExportError, ExportReport, write_export
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


def write_pdf(
    plan: Plan,
    analysis: PlanAnalysis,
    path: Path | str,
    options: PdfOptions | None = None,
    *,
    today: date,
    force: bool = False,
) -> ExportReport:
    """Write the brief for ``plan`` (with ``analysis`` from the same plan and day) to ``path``.

    Returns the warnings the user should see (characters the font cannot show). Raises
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
    for number, name in enumerate(options.sections):
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
            subject=f"Hiring plan brief as of {today.isoformat()}"
            + (" (offer amounts redacted)" if options.redact_offers else ""),
            language=options.language,
        )
        try:
            doc.build(story, canvasmaker=canvas_maker(footer))
        except LayoutError as exc:
            raise ExportError(f"The brief could not be laid out: {exc}") from exc
        pages.append(doc.page)

    write_export(target, produce, force=force)
    return ExportReport(path=target, warnings=brief.glyphs.warnings(), pages=pages[0] if pages else None)
