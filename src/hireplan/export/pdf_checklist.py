"""The checklist by step: every item with a status mark, owner and due date; overdue rows stand out."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hireplan.analysis.progress import is_overdue
from hireplan.export import fmt, words
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_fasttable import Run
from hireplan.export.pdf_styles import ACCENT, MUTED, OVERDUE_BG, OVERDUE_INK
from hireplan.i18n import N_, _, ngettext
from hireplan.model import ChecklistItem, Status

STATUS_MARKS: dict[Status, str] = {
    Status.DONE: "✓",
    Status.IN_PROGRESS: "◐",
    Status.TODO: "○",
    Status.BLOCKED: "✕",
    Status.NOT_APPLICABLE: "–",
}
"""Marks the embedded font has; the status is also written out in words beside them."""

WIDTHS = [0.04, 0.47, 0.13, 0.14, 0.09, 0.13]


def _item_cell(brief: Brief, item: ChecklistItem) -> object:
    """The item's text, with its notes and tags underneath in smaller type when it has any."""
    if not item.notes and not item.tags:
        return item.text
    runs = [Run(item.text)]
    if item.notes:
        runs.append(Run(item.notes, 7, MUTED))
    if item.tags:
        runs.append(Run("# " + " · ".join(item.tags), 6.5, ACCENT))
    return runs


def checklist(brief: Brief) -> list[Flowable]:
    st, today = brief.st, brief.today
    title = _("Appendix: the full checklist")
    out: list[Flowable] = [Bookmark("checklist", title), Paragraph(title, st.h1)]
    progress = {step.step_id: step for step in brief.analysis.progress.steps}
    for number, step in enumerate(brief.plan.steps, start=1):
        summary = progress.get(step.id)
        key = f"step-{number}"
        out.append(Bookmark(key, f"{number}. {brief.clean(step.title, 'step title')}", level=1))
        out.append(brief.text(f"{number}. {step.title}", "step title", st.h2))
        if summary is not None:
            line = ngettext(
                "{done} of {applicable} applicable item done ({share}); {overdue} overdue, {blocked} "
                "blocked, {unowned} without an owner.",
                "{done} of {applicable} applicable items done ({share}); {overdue} overdue, {blocked} "
                "blocked, {unowned} without an owner.",
                summary.applicable,
            ).format(
                done=summary.done,
                applicable=summary.applicable,
                share=fmt.share(summary.ratio),
                overdue=summary.overdue,
                blocked=summary.blocked,
                unowned=summary.unassigned,
            )
            out.append(Paragraph(line, st.small))
        if not step.items:
            out.append(Paragraph(_("No items in this step."), st.body))
            continue
        rows = []
        extra = []
        for row, item in enumerate(step.items, start=1):
            overdue = is_overdue(item, today)
            due = _("{date}\noverdue").format(date=fmt.day(item.due)) if overdue else fmt.day(item.due)
            rows.append(
                [
                    STATUS_MARKS[item.status],
                    _item_cell(brief, item),
                    item.owner or "—",
                    due,
                    words.priority(item.priority),
                    words.status(item.status),
                ]
            )
            if overdue:
                extra.append(("BACKGROUND", (0, row), (-1, row), OVERDUE_BG))
                extra.append(("TEXTCOLOR", (3, row), (3, row), OVERDUE_INK))
        out.append(
            brief.table(
                ["", N_("Item"), N_("Owner"), N_("Due"), N_("Priority"), N_("Status")],
                rows,
                WIDTHS,
                f"checklist step {number}",
                extra=extra,
            )
        )
    out.append(PageBreak())
    return out
