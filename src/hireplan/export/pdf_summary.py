"""Page 2 of the brief: progress per step, flags by severity, the top kinds of flag in detail and
stale market data. Shrunk to fit one page rather than split."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame, Paragraph

from hireplan.analysis import Flag, Severity
from hireplan.analysis.digest import HOUSEKEEPING_RULES, group_flags
from hireplan.export import fmt
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_styles import HEADER_BG, SEVERITY_COLOURS
from hireplan.i18n import N_, _, ngettext

TOP_GROUPS = 5
STALE_SHOWN = 6


def severity_counts(flags: tuple[Flag, ...]) -> dict[Severity, tuple[int, int]]:
    """Per severity: (open, acknowledged) counts, taken straight from the analysis' flags."""
    counts = {severity: [0, 0] for severity in Severity}
    for flag in flags:
        counts[flag.severity][1 if flag.acknowledged else 0] += 1
    return {severity: (pair[0], pair[1]) for severity, pair in counts.items()}


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
            _("All steps"),
            str(progress.done),
            str(progress.applicable),
            fmt.share(progress.overall),
            str(sum(s.overdue for s in progress.steps)),
            str(sum(s.blocked for s in progress.steps)),
            str(sum(s.unassigned for s in progress.steps)),
        ]
    )
    return brief.table(
        [
            N_("Step"),
            N_("Done"),
            N_("Applicable"),
            N_("Progress"),
            N_("Overdue"),
            N_("Blocked"),
            N_("No owner"),
        ],
        rows,
        [0.43, 0.09, 0.1, 0.1, 0.09, 0.09, 0.1],
        "summary progress",
        right=(1, 2, 3, 4, 5, 6),
        extra=[("BACKGROUND", (0, len(rows)), (-1, len(rows)), HEADER_BG)],
    )


def _flag_counts(brief: Brief) -> Flowable:
    counts = severity_counts(brief.analysis.flags)
    rows = [
        [_("Open flags")] + [str(counts[s][0]) for s in Severity],
        [_("Acknowledged")] + [str(counts[s][1]) for s in Severity],
    ]
    extra = [
        ("TEXTCOLOR", (col, 1), (col, 1), SEVERITY_COLOURS[s.value])
        for col, s in enumerate(Severity, start=1)
    ]
    return brief.table(
        ["", "High", "Medium", "Low"],
        rows,
        [0.28, 0.12, 0.12, 0.12],
        "summary flags",
        right=(1, 2, 3),
        extra=extra,
        zebra=False,
    )


def _top_groups(brief: Brief) -> list[Flowable]:
    groups = group_flags(brief.analysis.flags, without=HOUSEKEEPING_RULES)[:TOP_GROUPS]
    if not groups:
        return [Paragraph(_("The plan raises no open flags."), brief.st.body)]
    rows = []
    extra = []
    for row, group in enumerate(groups, start=1):
        first = group.flags[0]
        example = brief.scrub(first.message)
        if group.count > 1:
            example = (
                example
                + "\n"
                + _("({count} flags of this kind; this is the most severe.)").format(count=group.count)
            )
        rows.append([group.severity.label, f"{group.title}\n{example}", brief.scrub(first.mitigation)])
        extra.append(("TEXTCOLOR", (0, row), (0, row), SEVERITY_COLOURS[group.severity.value]))
    return [
        brief.table(
            [N_("Severity"), N_("Flag"), N_("What to do")],
            rows,
            [0.09, 0.55, 0.36],
            "summary top flags",
            extra=extra,
        )
    ]


def _stale(brief: Brief) -> list[Flowable]:
    stale = brief.analysis.stale
    if not stale:
        return []
    parts = []
    for entry in stale[:STALE_SHOWN]:
        age = (
            ngettext(
                "{days} day old (as of {date})", "{days} days old (as of {date})", entry.age_days
            ).format(days=entry.age_days, date=fmt.day(entry.as_of))
            if entry.age_days is not None
            else _("no date")
        )
        parts.append(_("{what}: {age}").format(what=brief.describe(entry.ref), age=age))
    more = len(stale) - STALE_SHOWN
    listed = _("; ").join(parts)
    text = (
        _("{listed}; and {count} more (see the appendix).").format(listed=listed, count=more)
        if more > 0
        else _("{listed}.").format(listed=listed)
    )
    return [
        Paragraph(_("Stale or undated market data"), brief.st.h3),
        brief.text(text, "stale data", brief.st.small),
    ]


def summary_more(brief: Brief) -> list[Flowable]:
    st = brief.st
    body: list[Flowable] = [
        Paragraph(_("Summary, continued"), st.h1),
        Paragraph(_("Progress by step"), st.h3),
        _progress_table(brief),
        Paragraph(_("Flags by severity"), st.h3),
        _flag_counts(brief),
        Paragraph(_("The top {count} kinds of flag").format(count=TOP_GROUPS), st.h3),
        *_top_groups(brief),
        *_stale(brief),
    ]
    return [KeepInFrame(brief.width, brief.height, body, mode="shrink")]
