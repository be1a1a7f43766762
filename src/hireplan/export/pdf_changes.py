"""The optional "Changes since the approved version" section of the brief.

The diff is :func:`hireplan.analysis.plan_diff.diff_plans` of the approved copy (kept in
``.hireplan-backups``, handed in as ``PdfOptions.approved``) against the plan, in the same
sentences as ``hireplan diff``.  With offer amounts hidden, the offers' changed fields and figures
are left out (only that an offer changed, was added or removed), as everywhere else in a
redacted brief.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hireplan.analysis.diff_report import field_sentence, figure_sentence, flag_sentence, object_sentence
from hireplan.analysis.plan_diff import diff_plans
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.i18n import N_, _, prose_date

TITLE = N_("Changes since the approved version")
_AMOUNT_KINDS = frozenset({"offer", "benchmark", "band", "role"})


def changes(brief: Brief) -> list[Flowable]:
    st = brief.st
    out: list[Flowable] = [Bookmark("changes", _(TITLE)), Paragraph(_(TITLE), st.h1)]
    approved = brief.options.approved
    record = brief.plan.approval
    if approved is None or record is None:
        out.append(
            Paragraph(
                _("This plan has no approved version to compare with, so no changes are listed."), st.body
            )
        )
        out.append(PageBreak())
        return out
    when = prose_date(record.approved_on.date())
    approved_line = (
        _("Approved on {date} by {name} ({role}).").format(
            date=when, name=record.approved_by, role=record.role
        )
        if record.role
        else _("Approved on {date} by {name}.").format(date=when, name=record.approved_by)
    )
    out.append(brief.text(approved_line, "approval"))
    diff = diff_plans(approved, brief.plan, today=brief.today)
    if diff.empty:
        out.append(Paragraph(_("Nothing has changed since the plan was approved."), st.body))
        out.append(PageBreak())
        return out
    for change in diff.objects:
        out.append(brief.text(object_sentence(change), "changes"))
        if brief.redact and change.kind in _AMOUNT_KINDS:
            continue
        for index in range(len(change.fields)):
            out.append(brief.text(field_sentence(change, index), "changes", st.small))
    if not brief.redact:
        for figure in diff.figures:
            out.append(brief.text(figure_sentence(figure), "changes"))
    for flag in diff.raised:
        out.append(brief.text(flag_sentence(flag, raised=True), "changes"))
    for flag in diff.cleared:
        out.append(brief.text(flag_sentence(flag, raised=False), "changes"))
    out.append(PageBreak())
    return out
