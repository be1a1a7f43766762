"""The risk register (the team's risks by score, on a 5 x 5 heat map) and the flags the plan raises."""

from __future__ import annotations

from functools import partial
from typing import Any

from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from hireplan.analysis import Flag, RiskAssessment
from hireplan.analysis.names import PlanNames
from hireplan.analysis.risks import risk_band
from hireplan.export import fmt
from hireplan.export.pdf_charts import heat_map
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import BAND_FILLS, OVERDUE_BG, SEVERITY_COLOURS
from hireplan.model import RiskStatus


def ranked_risks(assessments: tuple[RiskAssessment, ...]) -> list[RiskAssessment]:
    """Highest score first; ties keep the plan's order."""
    return sorted(assessments, key=lambda a: -a.score)


def heat_counts(brief: Brief) -> dict[tuple[int, int], int]:
    """Open (not closed) risks per (likelihood, impact) cell, from the analysis' assessments."""
    closed = {risk.id for risk in brief.plan.risks if risk.status is RiskStatus.CLOSED}
    counts: dict[tuple[int, int], int] = {}
    for assessment in brief.analysis.risks:
        if assessment.risk_id not in closed:
            cell = (assessment.likelihood, assessment.impact)
            counts[cell] = counts.get(cell, 0) + 1
    return counts


def _register(brief: Brief) -> Flowable:
    risks = {risk.id: risk for risk in brief.plan.risks}
    rows = []
    extra = []
    for row, assessment in enumerate(ranked_risks(brief.analysis.risks), start=1):
        risk = risks.get(assessment.risk_id)
        if risk is None:
            continue
        title = f"{risk.title}\n{risk.category}" if risk.category else risk.title
        review = fmt.day(risk.review_date) + (" overdue" if assessment.review_overdue else "")
        rows.append(
            [
                str(assessment.score),
                assessment.band.label,
                title,
                f"{assessment.likelihood}×{assessment.impact}",
                risk.mitigation or "—",
                risk.owner or "—",
                review,
                risk.status.label,
            ]
        )
        extra.append(("BACKGROUND", (1, row), (1, row), BAND_FILLS[assessment.band.value]))
        if assessment.review_overdue:
            extra.append(("BACKGROUND", (6, row), (6, row), OVERDUE_BG))
    return brief.table(
        ["Score", "Band", "Risk", "L×I", "Mitigation", "Owner", "Review", "Status"],
        rows,
        [0.06, 0.08, 0.22, 0.06, 0.25, 0.11, 0.11, 0.11],
        "risk register",
        right=(0,),
        extra=extra,
        zebra=False,
    )


def flag_rows(
    brief: Brief, index: PlanNames, flags: tuple[Flag, ...]
) -> tuple[list[list[object]], list[Any]]:
    """Rows of the flag table as plain text (fast to lay out for hundreds of flags), and the colours."""
    rows: list[list[object]] = []
    extra: list[Any] = []
    for row, flag in enumerate(flags, start=1):
        about = "; ".join(index.describe(ref) for ref in flag.refs[:4])
        if len(flag.refs) > 4:
            about += f"; and {len(flag.refs) - 4} more"
        text = f"{flag.title}\n{brief.scrub(flag.message)}" + (f"\nAbout: {about}" if about else "")
        if flag.acknowledged and flag.acknowledgement is not None:
            ack = flag.acknowledgement
            state = f"Acknowledged until {fmt.day(ack.review_date)}: {ack.reason}"
        else:
            state = "Open"
        rows.append([flag.severity.label, text, brief.scrub(flag.mitigation), state])
        extra.append(("TEXTCOLOR", (0, row), (0, row), SEVERITY_COLOURS[flag.severity.value]))
    return rows, extra


def risks(brief: Brief) -> list[Flowable]:
    st = brief.st
    index = PlanNames(brief.plan)
    settings = brief.plan.settings
    out: list[Flowable] = [Bookmark("risks", "Risk register"), Paragraph("Risk register", st.h1)]
    out.append(
        Paragraph(
            f"The team's own risks, scored likelihood × impact (1–5 each). "
            f"A score of {settings.risk_high_from} or more is high, "
            f"{settings.risk_medium_from} or more medium.",
            st.small,
        )
    )
    out.append(heat_map(heat_counts(brief), partial(risk_band, settings=settings)))
    out.append(Spacer(1, 6))
    if brief.plan.risks:
        out.append(_register(brief))
    else:
        out.append(Paragraph("No risks entered by the team yet.", st.body))
    out.append(Bookmark("flags", "Flags the plan raises", level=1))
    out.append(Paragraph("Flags the plan raises", st.h2))
    flags = brief.analysis.flags
    if flags:
        out.append(Paragraph("Computed from the plan each time it is analysed, most severe first.", st.small))
        rows, extra = flag_rows(brief, index, flags)
        out.append(
            brief.table(
                ["Severity", "Flag", "What to do", "Status"],
                rows,
                [0.09, 0.46, 0.3, 0.15],
                "flags",
                extra=extra,
            )
        )
    else:
        out.append(Paragraph("The plan raises no flags.", st.body))
    out.append(PageBreak())
    return out
