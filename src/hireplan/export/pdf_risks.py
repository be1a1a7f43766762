"""Top risks (the heat map, the team's highest risks and each kind of flag once, with its count) and
the optional full register (every team risk and every flag the plan raises)."""

from __future__ import annotations

from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from hireplan.analysis import Flag, Ref, RiskAssessment
from hireplan.analysis.digest import group_flags
from hireplan.analysis.heat_map import heat_map as risk_heat_map
from hireplan.analysis.heat_map import legend_entries
from hireplan.export import fmt, words
from hireplan.export.pdf_charts import heat_map
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import BAND_FILLS, OVERDUE_BG, SEVERITY_COLOURS
from hireplan.i18n import N_, _
from hireplan.model import RiskStatus


def ranked_risks(assessments: tuple[RiskAssessment, ...]) -> list[RiskAssessment]:
    """Highest score first; ties keep the plan's order."""
    return sorted(assessments, key=lambda a: -a.score)


TOP_TEAM_RISKS = 10
EXAMPLES = 3


def _register(brief: Brief, limit: int | None = None) -> Flowable:
    risks = {risk.id: risk for risk in brief.plan.risks}
    rows = []
    extra = []
    ranked = [a for a in ranked_risks(brief.analysis.risks) if limit is None or _is_open(brief, a.risk_id)]
    for row, assessment in enumerate(ranked[:limit], start=1):
        risk = risks.get(assessment.risk_id)
        if risk is None:
            continue
        title = f"{risk.title}\n{risk.category}" if risk.category else risk.title
        review = (
            _("{date}\noverdue").format(date=fmt.day(risk.review_date))
            if assessment.review_overdue
            else fmt.day(risk.review_date)
        )
        rows.append(
            [
                str(assessment.score),
                assessment.band.label,
                title,
                f"{assessment.likelihood}×{assessment.impact}",
                risk.mitigation or "—",
                risk.owner or "—",
                review,
                words.risk_status(risk.status),
            ]
        )
        extra.append(("BACKGROUND", (1, row), (1, row), BAND_FILLS[assessment.band.value]))
        if assessment.review_overdue:
            extra.append(("BACKGROUND", (6, row), (6, row), OVERDUE_BG))
    return brief.table(
        [
            N_("Score"),
            N_("Band"),
            N_("Risk"),
            N_("L×I"),
            N_("Mitigation"),
            N_("Owner"),
            N_("Review"),
            N_("Status"),
        ],
        rows,
        [0.06, 0.08, 0.22, 0.06, 0.25, 0.11, 0.11, 0.11],
        "risk register",
        right=(0,),
        extra=extra,
        zebra=False,
    )


def _is_open(brief: Brief, risk_id: str) -> bool:
    return any(risk.id == risk_id and risk.status is not RiskStatus.CLOSED for risk in brief.plan.risks)


def flag_rows(brief: Brief, flags: tuple[Flag, ...]) -> tuple[list[list[object]], list[Any]]:
    """Rows of the flag table as plain text (fast to lay out for hundreds of flags), and the colours."""
    rows: list[list[object]] = []
    extra: list[Any] = []
    for row, flag in enumerate(flags, start=1):
        about = _about(brief, flag.refs, 4)
        text = f"{flag.title}\n{brief.scrub(flag.message)}" + (f"\n{about}" if about else "")
        if flag.acknowledged and flag.acknowledgement is not None:
            ack = flag.acknowledgement
            state = _("Acknowledged until {date}: {reason}").format(
                date=fmt.day(ack.review_date), reason=ack.reason
            )
        else:
            state = _("Open")
        rows.append([flag.severity.label, text, brief.scrub(flag.mitigation), state])
        extra.append(("TEXTCOLOR", (0, row), (0, row), SEVERITY_COLOURS[flag.severity.value]))
    return rows, extra


def _about(brief: Brief, refs: tuple[Ref, ...], shown: int) -> str:
    """``About: offer …; step …; and 2 more``: what a flag or a kind of flag is about, or empty."""
    if not refs:
        return ""
    listed = _("; ").join(brief.describe(ref) for ref in refs[:shown])
    more = len(refs) - shown
    if more > 0:
        return _("About: {listed}; and {count} more").format(listed=listed, count=more)
    return _("About: {listed}").format(listed=listed)


def _heat(brief: Brief) -> list[Flowable]:
    """The heat map with its legend, the window's definition and sentences: each band's sentence
    beside its swatch, then what a cell's number is and the closed risks left out."""
    heat = risk_heat_map(brief.plan.risks, brief.plan.settings)
    entries = legend_entries(heat)
    key = {severity: sentence for severity, sentence in entries if severity is not None}
    return [
        heat_map(heat.counts(), heat.band_of_score, key),
        *(Paragraph(escape(line), brief.st.small) for severity, line in entries if severity is None),
        Spacer(1, 6),
    ]


def _groups(brief: Brief) -> Flowable:
    rows = []
    extra = []
    for row, group in enumerate(group_flags(brief.analysis.flags), start=1):
        refs = [ref for flag in group.flags for ref in flag.refs[:1]]
        about = _about(brief, tuple(refs), EXAMPLES)
        text = group.title + (f"\n{about}" if about else "")
        rows.append([group.severity.label, text, str(group.count), brief.scrub(group.flags[0].mitigation)])
        extra.append(("TEXTCOLOR", (0, row), (0, row), SEVERITY_COLOURS[group.severity.value]))
    return brief.table(
        [N_("Severity"), N_("Kind of flag"), N_("Open"), N_("What to do")],
        rows,
        [0.09, 0.45, 0.06, 0.4],
        "flag kinds",
        right=(2,),
        extra=extra,
    )


def risks(brief: Brief) -> list[Flowable]:
    """The default brief's risk section: each kind of flag once, and the team's highest risks."""
    st = brief.st
    out: list[Flowable] = [Bookmark("risks", _("Top risks")), Paragraph(_("Top risks"), st.h1)]
    out.append(Paragraph(_("Flags the plan raises, one line per kind"), st.h2))
    if group_flags(brief.analysis.flags):
        out.append(
            Paragraph(
                _(
                    "Open flags computed from the plan, grouped by kind with how many are open, most severe "
                    "first. Each flag is listed in the risk register appendix and the workbook."
                ),
                st.small,
            )
        )
        out.append(_groups(brief))
    else:
        out.append(Paragraph(_("The plan raises no open flags."), st.body))
    out.append(KeepTogether([Paragraph(_("The team's highest risks"), st.h2), *_heat(brief)]))
    open_count = sum(1 for a in brief.analysis.risks if _is_open(brief, a.risk_id))
    if open_count:
        out.append(_register(brief, TOP_TEAM_RISKS))
        if open_count > TOP_TEAM_RISKS:
            out.append(
                Paragraph(
                    _(
                        "The {shown} highest of {count} open risks; the rest are in the risk register "
                        "appendix and the workbook."
                    ).format(shown=TOP_TEAM_RISKS, count=open_count),
                    st.small,
                )
            )
    else:
        out.append(Paragraph(_("No open risks entered by the team."), st.body))
    out.append(PageBreak())
    return out


def register(brief: Brief) -> list[Flowable]:
    """The full register: every team risk by score and every flag the plan raises."""
    st = brief.st
    title = _("Appendix: risk register and every flag")
    out: list[Flowable] = [Bookmark("register", title), Paragraph(title, st.h1)]
    out.extend(_heat(brief))
    if brief.plan.risks:
        out.append(_register(brief))
    else:
        out.append(Paragraph(_("No risks entered by the team yet."), st.body))
    out.append(Bookmark("flags", _("Flags the plan raises"), level=1))
    out.append(Paragraph(_("Flags the plan raises"), st.h2))
    flags = brief.analysis.flags
    if flags:
        out.append(
            Paragraph(_("Computed from the plan each time it is analysed, most severe first."), st.small)
        )
        rows, extra = flag_rows(brief, flags)
        out.append(
            brief.table(
                [N_("Severity"), N_("Flag"), N_("What to do"), N_("Status")],
                rows,
                [0.09, 0.46, 0.3, 0.15],
                "flags",
                extra=extra,
            )
        )
    else:
        out.append(Paragraph(_("The plan raises no flags."), st.body))
    out.append(PageBreak())
    return out
