"""Roles and offers in one row per role: headcount, what the offers cost, median compa-ratio and the
worst market position. The per-offer detail is the optional "every offer in every market" appendix."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak, Paragraph

from hireplan.analysis.digest import role_summaries
from hireplan.export import fmt
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.redact import position_band


def roles(brief: Brief) -> list[Flowable]:
    st = brief.st
    out: list[Flowable] = [Bookmark("roles", "Roles and offers"), Paragraph("Roles and offers", st.h1)]
    summaries = role_summaries(brief.plan, brief.analysis)
    if not summaries:
        out.extend([Paragraph("The plan has no roles yet.", st.body), PageBreak()])
        return out
    currency = brief.analysis.budget.currency
    intro = (
        "One row per role; hires is its headcount. The compa-ratio is the offer's pay over its own market's "
        "median (1.00 pays the "
        "median); the worst position is the lowest of the role's offers in its own market."
    )
    if not brief.redact:
        intro += (
            f" Offered is the role's year-one cost in {currency}: "
            "the dearest offer's first-year cost × headcount."
        )
    else:
        intro += (
            " Amounts are redacted: compa-ratios are shown in bands of 0.10 "
            "and positions in percentile bands."
        )
    out.append(Paragraph(intro, st.small))
    rows = []
    for summary in summaries:
        role = brief.roles[summary.role_id]
        market = brief.market_name(role.market_id) if role.market_id else "—"
        if summary.median_compa is None:
            compa = "—"
        else:
            compa = fmt.compa_range(summary.median_compa) if brief.redact else fmt.ratio(summary.median_compa)
        if summary.worst is None:
            worst, who = ("no benchmark" if summary.offer_ids else "no offer yet"), ""
        else:
            offer = brief.offers[summary.worst_offer_id or ""]
            worst = position_band(summary.worst) if brief.redact else summary.worst.label
            who = brief.candidate(offer, with_role=False)
        row = [summary.title, role.level.label, market, str(summary.headcount), str(len(summary.offer_ids))]
        if not brief.redact:
            row.append(fmt.money(summary.offered_cost) if summary.offered_cost is not None else "not priced")
        row.extend([compa, worst, who])
        rows.append(row)
    head = ["Role", "Level", "Market", "Hires", "Offers"]
    tail = ["Median compa", "Worst position", "Worst-placed offer"]
    if brief.redact:
        header = [*head, *tail]
        widths = [0.24, 0.08, 0.14, 0.05, 0.06, 0.1, 0.13, 0.2]
        right: tuple[int, ...] = (3, 4, 5)
    else:
        header = [*head, f"Offered ({currency})", *tail]
        widths = [0.2, 0.08, 0.12, 0.05, 0.06, 0.1, 0.08, 0.13, 0.18]
        right = (3, 4, 5, 6)
    out.append(brief.table(header, rows, widths, "roles", right=right))
    out.append(PageBreak())
    return out
