"""Page 1 of the brief: the plan in a header, then the three questions a director asks.

Are we on track (the verdict of :func:`hireplan.analysis.verdict.plan_verdict`), what does it cost
(planned against offered), and what is at risk (flags grouped by kind, offers below market) —
ending with what leadership is asked to decide. Page 2 (:mod:`pdf_summary`) holds the rest.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable, KeepInFrame, PageBreak, Paragraph, Spacer, Table, TableStyle

from hireplan.analysis import Severity
from hireplan.analysis.digest import HOUSEKEEPING_RULES, FlagGroup, group_flags
from hireplan.analysis.verdict import Pace, Verdict, plan_verdict
from hireplan.export import fmt
from hireplan.export.fonts import register_font
from hireplan.export.pdf_budget import budget_block, budget_decision
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_review import offer_decisions, offers_block
from hireplan.export.pdf_styles import SEVERITY_COLOURS
from hireplan.export.pdf_summary import summary_more
from hireplan.i18n import N_, _, ngettext, prose_date

GROUPS_SHOWN = 7
VERDICT_FILLS = {
    "attention": colors.HexColor("#FBE3E1"),
    "good": colors.HexColor("#E3F1E0"),
    "neutral": colors.HexColor("#E4EAF1"),
}


def verdict_of(brief: Brief) -> Verdict:
    plan = brief.plan
    return plan_verdict(brief.analysis.progress, plan.start_date, plan.target_date, brief.today)


def _header(brief: Brief) -> list[Flowable]:
    plan, st = brief.plan, brief.st
    kicker = (
        _("Hiring plan brief · {organisation}").format(
            organisation=brief.markup(plan.organisation, "organisation")
        )
        if plan.organisation
        else _("Hiring plan brief")
    )
    facts = [
        _("Owner: {owner}").format(owner=brief.markup(plan.owner, "owner"))
        if plan.owner
        else _("Owner: not set")
    ]
    facts.append(_("prepared on {date}").format(date=prose_date(brief.today)))
    if plan.start_date or plan.target_date:
        facts.append(
            _("plan period {start} to {end}").format(
                start=fmt.day(plan.start_date), end=fmt.day(plan.target_date)
            )
        )
    facts.append(_("figures in {currency}").format(currency=plan.reporting_currency))
    out: list[Flowable] = [
        Paragraph(kicker, st.small),
        brief.text(plan.title, "plan title", st.title),
        Paragraph(_("{facts}.").format(facts=_(" · ").join(facts)), st.small),
    ]
    notes = []
    if plan.is_example:
        notes.append(_("This is an example plan: its market figures are public examples, not survey data."))
    if brief.redact:
        notes.append(
            _(
                "Offer amounts are redacted in this edition: candidates are named by role and letter, and "
                "offers are placed in market bands instead of by their pay."
            )
        )
    for note in notes:
        out.append(Paragraph(note, st.small))
    return out


def _verdict_box(brief: Brief, verdict: Verdict) -> Flowable:
    st = brief.st
    progress = brief.analysis.progress
    steps = progress.steps
    detail = ngettext(
        "{done} of {applicable} applicable checklist item is done; {overdue} overdue, {blocked} blocked "
        "and {unowned} without an owner.",
        "{done} of {applicable} applicable checklist items are done; {overdue} overdue, {blocked} blocked "
        "and {unowned} without an owner.",
        progress.applicable,
    ).format(
        done=progress.done,
        applicable=progress.applicable,
        overdue=sum(s.overdue for s in steps),
        blocked=sum(s.blocked for s in steps),
        unowned=sum(s.unassigned for s in steps),
    )
    tone = (
        "attention"
        if verdict.pace.needs_attention
        else ("good" if verdict.pace in (Pace.ON_TRACK, Pace.COMPLETE) else "neutral")
    )
    body = [Paragraph(f"<b>{verdict.sentence}</b>", st.verdict), Paragraph(detail, st.small)]
    box = Table([[body]], colWidths=[brief.width])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), register_font()),
                ("BACKGROUND", (0, 0), (-1, -1), VERDICT_FILLS[tone]),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return box


def _risk_groups(brief: Brief, groups: list[FlagGroup]) -> list[Flowable]:
    st = brief.st
    needing = [g for g in groups if g.severity is not Severity.LOW]
    if not needing:
        return [Paragraph(_("No high or medium flag is open."), st.body)]
    rows = []
    extra = []
    for row, group in enumerate(needing[:GROUPS_SHOWN], start=1):
        rows.append(
            [
                group.severity.label,
                group.title,
                str(group.count),
                brief.scrub(group.flags[0].mitigation),
            ]
        )
        extra.append(("TEXTCOLOR", (0, row), (0, row), SEVERITY_COLOURS[group.severity.value]))
    out: list[Flowable] = [
        brief.table(
            [N_("Severity"), N_("Kind of flag"), N_("Open"), N_("What to do")],
            rows,
            [0.09, 0.36, 0.06, 0.49],
            "summary risks",
            right=(2,),
            extra=extra,
        )
    ]
    more = needing[GROUPS_SHOWN:]
    if more:
        count = sum(g.count for g in more)
        text = ngettext(
            "{kinds} more kind of flag ({count} flags) is listed under Top risks; checklist upkeep "
            "(overdue, blocked and ownerless items) is in the line above and under Checklist exceptions.",
            "{kinds} more kinds of flag ({count} flags) are listed under Top risks; checklist upkeep "
            "(overdue, blocked and ownerless items) is in the line above and under Checklist exceptions.",
            len(more),
        )
        out.append(Paragraph(text.format(kinds=len(more), count=count), st.small))
    return out


def _decisions(brief: Brief, verdict: Verdict, groups: list[FlagGroup]) -> list[str]:
    """What leadership is asked to decide, each a whole sentence built from the analysis' counts."""
    analysis = brief.analysis
    out: list[str] = []
    out.extend(offer_decisions(brief))
    budget_line = budget_decision(brief)
    if budget_line:
        out.append(budget_line)
    high_risks = sum(1 for risk in analysis.risks if risk.band is Severity.HIGH)
    if high_risks:
        out.append(
            ngettext(
                "Decide how to treat the one high-scoring risk in the team's register.",
                "Decide how to treat the {count} high-scoring risks in the team's register.",
                high_risks,
            ).format(count=high_risks)
        )
    steps = analysis.progress.steps
    blocked = sum(s.blocked for s in steps)
    if verdict.pace.needs_attention:
        overdue = sum(s.overdue for s in steps)
        out.append(
            ngettext(
                "Bring the plan back on pace: {overdue} item is overdue and {blocked} blocked; say which "
                "to push, unblock or drop.",
                "Bring the plan back on pace: {overdue} items are overdue and {blocked} blocked; say which "
                "to push, unblock or drop.",
                overdue,
            ).format(overdue=overdue, blocked=blocked)
        )
    elif blocked:
        out.append(
            ngettext(
                "Unblock or drop the blocked checklist item.",
                "Unblock or drop the {count} blocked checklist items.",
                blocked,
            ).format(count=blocked)
        )
    high_groups = [g for g in groups if g.severity is Severity.HIGH and g.rule not in _ALREADY_ASKED]
    for group in high_groups[:2]:
        out.append(
            ngettext(
                'Agree who acts on the high flag "{title}" ({count} open).',
                'Agree who acts on the high flag "{title}" ({count} open).',
                group.count,
            ).format(title=group.title, count=group.count)
        )
    if not out:
        out.append(_("Nothing needs a decision from leadership today."))
    return out


_ALREADY_ASKED = frozenset(
    {
        "offer-below-market",
        "offer-outside-band",
        "offers-over-plan",
        "manual-risk",
        "items-overdue",
        "items-blocked",
    }
)


def summary(brief: Brief) -> list[Flowable]:
    """Page 1: header, verdict, budget, risks by kind, offers below market and decisions."""
    st = brief.st
    verdict = verdict_of(brief)
    groups = group_flags(brief.analysis.flags, without=HOUSEKEEPING_RULES)  # upkeep is in the verdict box
    decisions = _decisions(brief, verdict, groups)
    body: list[Flowable] = [
        *_header(brief),
        Spacer(1, 6),
        _verdict_box(brief, verdict),
        Paragraph(_("What it costs: planned against offered"), st.h3),
        *budget_block(brief),
        Paragraph(_("Risks that need a decision, by kind"), st.h3),
        *_risk_groups(brief, groups),
        Paragraph(
            _("Offers below market or outside their pay band")
            if brief.plan.pay_bands
            else _("Offers below market"),
            st.h3,
        ),
        *offers_block(brief),
        Paragraph(_("Leadership is asked to decide"), st.h3),
        *[
            Paragraph(f"{number}. {brief.markup(text, 'decision')}", st.body)
            for number, text in enumerate(decisions, 1)
        ],
    ]
    first = KeepInFrame(brief.width, brief.height, body, mode="shrink")
    return [Bookmark("summary", _("Summary")), first, PageBreak(), *summary_more(brief), PageBreak()]
