"""The brief's first pages: the cover and a one-page executive summary a director reads first."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer

from hireplan.analysis import Flag, Severity
from hireplan.analysis.names import PlanNames
from hireplan.export import fmt
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import HEADER_BG, MUTED, RULE, SEVERITY_COLOURS

TOP_FLAGS = 5
STALE_SHOWN = 6


def severity_counts(flags: tuple[Flag, ...]) -> dict[Severity, tuple[int, int]]:
    """Per severity: (open, acknowledged) counts, taken straight from the analysis' flags."""
    counts = {severity: [0, 0] for severity in Severity}
    for flag in flags:
        counts[flag.severity][1 if flag.acknowledged else 0] += 1
    return {severity: (pair[0], pair[1]) for severity, pair in counts.items()}


def top_flags(flags: tuple[Flag, ...], count: int = TOP_FLAGS) -> list[Flag]:
    """The first open flags in the analysis' order (severity first); acknowledged ones only to fill up."""
    open_flags = [flag for flag in flags if not flag.acknowledged]
    acknowledged = [flag for flag in flags if flag.acknowledged]
    return (open_flags + acknowledged)[:count]


def cover(brief: Brief) -> list[Flowable]:
    plan, st = brief.plan, brief.st
    analysis = brief.analysis
    counts = severity_counts(analysis.flags)
    out: list[Flowable] = [Bookmark("cover", "Cover"), Spacer(1, 45 * mm)]
    out.append(Paragraph("Hiring plan brief", st.subtitle))
    out.append(brief.text(plan.title, "plan title", st.title))
    if plan.organisation:
        out.append(brief.text(plan.organisation, "organisation", st.subtitle))
    out.append(Spacer(1, 14 * mm))
    rows: list[tuple[str, str]] = [
        ("Owner", plan.owner or "not set"),
        ("Prepared on", fmt.day(brief.today)),
    ]
    if plan.start_date or plan.target_date:
        rows.append(("Plan period", f"{fmt.day(plan.start_date)} to {fmt.day(plan.target_date)}"))
    rows.append(
        (
            "Status",
            f"{fmt.share(analysis.progress.overall)} of the checklist done "
            f"({analysis.progress.done} of {analysis.progress.applicable} items); "
            f"{counts[Severity.HIGH][0]} high, {counts[Severity.MEDIUM][0]} medium and "
            f"{counts[Severity.LOW][0]} low flags open",
        )
    )
    rows.append(("Reporting currency", plan.reporting_currency))
    out.append(
        brief.table(
            ["", ""],
            rows,
            [0.25, 0.75],
            "cover",
            zebra=False,
            extra=[
                ("BACKGROUND", (0, 0), (-1, 0), None),
                ("LINEBELOW", (0, 0), (-1, 0), 0, RULE),
                ("FONTSIZE", (0, 1), (-1, -1), 10),
                ("LEADING", (0, 1), (-1, -1), 14),
                ("TEXTCOLOR", (0, 1), (0, -1), MUTED),
            ],
        )
    )
    notes: list[str] = []
    if plan.is_example:
        notes.append(
            "This is an example plan: its market figures are public examples to be replaced by the "
            "team's own survey data."
        )
    if brief.redact:
        notes.append(
            "Offer amounts are redacted in this edition: each offer is shown by its position against "
            "the market (percentile and compa-ratio band) instead of its pay."
        )
    for note in notes:
        out.append(Spacer(1, 5 * mm))
        out.append(Paragraph(note, st.body))
    out.append(PageBreak())
    return out


def _progress_table(brief: Brief) -> Flowable:
    progress = brief.analysis.progress
    rows = [
        [
            step.title,
            str(step.done),
            str(step.applicable),
            fmt.share(step.ratio),
            str(step.overdue),
            str(step.blocked),
            str(step.unassigned),
        ]
        for step in progress.steps
    ]
    rows.append(
        [
            "All steps",
            str(progress.done),
            str(progress.applicable),
            fmt.share(progress.overall),
            str(sum(s.overdue for s in progress.steps)),
            str(sum(s.blocked for s in progress.steps)),
            str(sum(s.unassigned for s in progress.steps)),
        ]
    )
    return brief.table(
        ["Step", "Done", "Applicable", "Progress", "Overdue", "Blocked", "No owner"],
        rows,
        [0.43, 0.09, 0.1, 0.1, 0.09, 0.09, 0.1],
        "summary progress",
        right=(1, 2, 3, 4, 5, 6),
        extra=[("BACKGROUND", (0, -1), (-1, -1), HEADER_BG)],
    )


def _budget(brief: Brief, index: PlanNames) -> list[Flowable]:
    st, budget = brief.st, brief.analysis.budget
    if brief.redact:
        return [
            Paragraph(
                "Budget figures are redacted in this edition, because they are built from individual offers.",
                st.body,
            )
        ]
    priced = [cost for cost in budget.roles if cost.total is not None]
    text = (
        f"Year-one cost of the roles with an offer: <b>{fmt.money(budget.total, budget.currency)}</b> "
        f"for {len(priced)} role(s) (first-year cost of the dearest offer × headcount)."
    )
    out: list[Flowable] = [Paragraph(text, st.body)]
    if budget.unpriced_role_ids:
        names = [index.role_title(role_id) for role_id in budget.unpriced_role_ids]
        shown = ", ".join(names[:8]) + (f" and {len(names) - 8} more" if len(names) > 8 else "")
        out.append(
            brief.text(f"Not priced yet (no offer, or a rate is missing): {shown}.", "budget", st.small)
        )
    return out


def _flag_counts(brief: Brief) -> Flowable:
    counts = severity_counts(brief.analysis.flags)
    header = ["", "High", "Medium", "Low"]
    rows = [
        ["Open flags"] + [str(counts[s][0]) for s in Severity],
        ["Acknowledged"] + [str(counts[s][1]) for s in Severity],
    ]
    extra = [
        ("TEXTCOLOR", (col, 1), (col, 1), SEVERITY_COLOURS[s.value])
        for col, s in enumerate(Severity, start=1)
    ]
    extra.append(("FONTSIZE", (1, 1), (-1, 1), 11))
    return brief.table(
        header, rows, [0.28, 0.12, 0.12, 0.12], "summary flags", right=(1, 2, 3), extra=extra, zebra=False
    )


def _top_flags(brief: Brief, index: PlanNames) -> list[Flowable]:
    st = brief.st
    chosen = top_flags(brief.analysis.flags)
    if not chosen:
        return [Paragraph("The plan raises no flags.", st.body)]
    rows = []
    for flag in chosen:
        colour = SEVERITY_COLOURS[flag.severity.value].hexval()[2:]
        state = " (acknowledged)" if flag.acknowledged else ""
        what = (
            f"<font color='#{colour}'>{flag.severity.label}{state}</font> · "
            f"<b>{brief.markup(flag.title, 'flag')}</b><br/>{brief.markup(brief.scrub(flag.message), 'flag')}"
        )
        rows.append([Paragraph(what, st.cell), brief.text(brief.scrub(flag.mitigation), "flag", st.cell)])
    return [brief.table(["Flag", "What to do"], rows, [0.55, 0.45], "summary top flags")]


def _stale(brief: Brief, index: PlanNames) -> list[Flowable]:
    stale = brief.analysis.stale
    if not stale:
        return []
    parts = []
    for entry in stale[:STALE_SHOWN]:
        age = (
            f"{entry.age_days} days old (as of {fmt.day(entry.as_of)})"
            if entry.age_days is not None
            else "no date"
        )
        parts.append(f"{index.describe(entry.ref)}: {age}")
    more = len(stale) - STALE_SHOWN
    text = "; ".join(parts) + (f"; and {more} more (see the appendix)" if more > 0 else "") + "."
    return [
        Paragraph("Stale or undated market data", brief.st.h3),
        brief.text(text, "stale data", brief.st.small),
    ]


def summary(brief: Brief) -> list[Flowable]:
    """Everything on one page: if it would run over, it is shrunk to fit rather than split."""
    st = brief.st
    index = PlanNames(brief.plan)
    body: list[Flowable] = [
        Paragraph(f"As of {fmt.day(brief.today)}.", st.small),
        Paragraph("Progress", st.h3),
        _progress_table(brief),
        Paragraph("Budget", st.h3),
        *_budget(brief, index),
        Paragraph("Flags", st.h3),
        _flag_counts(brief),
        Paragraph(f"Top {TOP_FLAGS} flags", st.h3),
        *_top_flags(brief, index),
        *_stale(brief, index),
    ]
    heading_room = 30.0
    return [
        Bookmark("summary", "Executive summary"),
        Paragraph("Executive summary", st.h1),
        KeepInFrame(brief.width, brief.height - heading_room, body, mode="shrink"),
        PageBreak(),
    ]
