"""Roles and offers in one row per role: headcount, what the offers cost, median compa-ratio and the
worst market position. The per-offer detail is the optional "every offer in every market" appendix."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hireplan.analysis.digest import role_summaries
from hireplan.export import fmt, words
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import OVERDUE_INK
from hireplan.export.redact import position_band, position_label
from hireplan.i18n import N_, _


def roles(brief: Brief) -> list[Flowable]:
    st = brief.st
    out: list[Flowable] = [Bookmark("roles", _("Roles and offers")), Paragraph(_("Roles and offers"), st.h1)]
    summaries = role_summaries(brief.plan, brief.analysis)
    if not summaries:
        out.extend([Paragraph(_("The plan has no roles yet."), st.body), PageBreak()])
        return out
    currency = brief.analysis.budget.currency
    if brief.redact:
        intro = _(
            "One row per role; hires is its headcount. The compa-ratio is the offer's pay over its own "
            "market's median (1.00 pays the median); the worst position is the lowest of the role's offers "
            "in its own market. Planned is the role's planned year-one cost in {currency} (per hire × "
            "headcount). Amounts are redacted: compa-ratios are shown in bands of 0.10 and positions in "
            "percentile bands."
        )
    else:
        intro = _(
            "One row per role; hires is its headcount. The compa-ratio is the offer's pay over its own "
            "market's median (1.00 pays the median); the worst position is the lowest of the role's offers "
            "in its own market. Planned is the role's planned year-one cost in {currency} (per hire × "
            "headcount). Offered is the offers made plus the seats still open at their planned cost."
        )
    out.append(Paragraph(intro.format(currency=currency), st.small))
    rows: list[list[str]] = []
    extra: list[tuple[object, ...]] = []
    for summary in summaries:
        role = brief.roles[summary.role_id]
        market = brief.market_name(role.market_id) if role.market_id else "—"
        mark = " *" if summary.indicative else ""
        if summary.median_compa is None:
            compa = "—"
        else:
            ratio = fmt.compa_range(summary.median_compa) if brief.redact else fmt.ratio(summary.median_compa)
            compa = ratio + mark
        if summary.worst is None:
            worst, who = _uncompared(brief, summary.offer_ids), ""
        else:
            offer = brief.offers[summary.worst_offer_id or ""]
            worst = position_band(summary.worst) if brief.redact else position_label(summary.worst)
            who = brief.candidate(offer, with_role=False)
        row = [
            summary.title,
            words.level(role.level),
            market,
            str(summary.headcount),
            str(len(summary.offer_ids)),
        ]
        row.append(fmt.money(summary.planned_cost) if summary.planned_cost is not None else _("not planned"))
        if not brief.redact:
            row.append(
                fmt.money(summary.offered_cost) if summary.offered_cost is not None else _("not priced")
            )
            if summary.over_plan:
                extra.append(("TEXTCOLOR", (6, len(rows) + 1), (6, len(rows) + 1), OVERDUE_INK))
        row.extend([compa, worst, who])
        rows.append(row)
    head = [
        N_("Role"),
        N_("Level"),
        N_("Market"),
        N_("Hires"),
        N_("Offers"),
        _("Planned ({currency})").format(currency=currency),
    ]
    tail = [N_("Median compa"), N_("Worst position"), N_("Worst-placed offer")]
    if brief.redact:
        header = [*head, *tail]
        widths = [0.22, 0.08, 0.12, 0.05, 0.06, 0.11, 0.1, 0.12, 0.14]
        right: tuple[int, ...] = (3, 4, 5, 6)
    else:
        header = [*head, _("Offered ({currency})").format(currency=currency), *tail]
        widths = [0.17, 0.07, 0.11, 0.05, 0.06, 0.1, 0.1, 0.08, 0.12, 0.14]
        right = (3, 4, 5, 6, 7)
    out.append(brief.table(header, rows, widths, "roles", right=right, extra=extra))
    notes = []
    if any(summary.over_plan for summary in summaries) and not brief.redact:
        notes.append(
            _("Offered figures in red cost more than the role's plan allows for the seats the offers fill.")
        )
    if any(summary.indicative for summary in summaries):
        notes.append(
            _(
                "* Indicative: some of the role's offers are compared with a benchmark for all levels or "
                "another level, a pointer rather than a verdict."
            )
        )
    out.extend(Paragraph(note, st.small) for note in notes)
    out.append(PageBreak())
    return out


def _uncompared(brief: Brief, offer_ids: Sequence[str]) -> str:
    """Why a role's offers have no position: no offer yet, no benchmark, a benchmark with no
    median, or no rate into its currency (the reason its offers share; ``not comparable`` when
    they differ, since each names a different fix)."""
    if not offer_ids:
        return _("no offer yet")
    reasons = {brief.analysis.offers[i].why_uncompared for i in offer_ids if i in brief.analysis.offers}
    return reasons.pop() if len(reasons) == 1 else _("not comparable")
