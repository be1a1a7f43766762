"""Page 1's offers that need a look: below their market's median or outside the internal pay band.

Redacted, positions are bands and the pay band is only "below", "in" or "above" (a band position
with the band's figures would give the pay back). A comparison with a benchmark for another level
is marked indicative: a pointer, never a verdict.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph

from hireplan.analysis.digest import OfferStanding, offers_to_review
from hireplan.export import fmt
from hireplan.export.pdf_context import Brief
from hireplan.export.redact import position_band, position_label
from hireplan.i18n import N_, _, ngettext

SHOWN = 6
INDICATIVE_NOTE = N_(
    "* Indicative: the only benchmark is for all levels or another level, so the comparison is a "
    "pointer, not a verdict."
)


def _band(brief: Brief, standing: OfferStanding) -> str:
    band = standing.band
    if band is None or band.amount is None:
        return _("no band")
    if band.outside:
        return _("below band") if band.outside == "below" else _("above band")
    if brief.redact or band.position is None:
        return _("in band")
    return _("in band, {share} up").format(share=fmt.share(float(band.position)))


def offers_block(brief: Brief) -> list[Flowable]:
    st = brief.st
    found = offers_to_review(brief.analysis)
    if not found:
        return [Paragraph(_("No offer is below its market's median or outside its pay band."), st.body)]
    bands = bool(brief.plan.pay_bands)  # without any band the column would only say "no band"
    rows = []
    for standing in found[:SHOWN]:
        offer = brief.offers[standing.offer_id]
        position = standing.position
        mark = " *" if standing.indicative else ""
        if position is None:
            where, compa = brief.analysis.offers[standing.offer_id].why_uncompared, "—"
        elif brief.redact:
            where, compa = position_band(position), fmt.compa_range(position.compa_ratio) + mark
        else:
            where, compa = position_label(position), fmt.ratio(position.compa_ratio) + mark
        rows.append(
            [
                brief.index.role_title(offer.role_id),
                brief.candidate(offer, with_role=False),
                brief.market_name(offer.market_id),
                where,
                compa,
                *([_band(brief, standing)] if bands else []),
            ]
        )
    header = [N_("Role"), N_("Candidate"), N_("Market"), N_("Position"), N_("Compa-ratio")]
    widths = [0.3, 0.24, 0.2, 0.13, 0.13]
    if bands:
        header.append(N_("Pay band"))
        widths = [0.26, 0.2, 0.16, 0.12, 0.11, 0.15]
    out: list[Flowable] = [brief.table(header, rows, widths, "summary offers to review", right=(3, 4))]
    notes = []
    if len(found) > SHOWN:
        more = len(found) - SHOWN
        notes.append(
            ngettext(
                "{count} more offer is below market or out of band (see Roles and offers).",
                "{count} more offers are below market or out of band (see Roles and offers).",
                more,
            ).format(count=more)
        )
    if any(standing.indicative for standing in found[:SHOWN]):
        notes.append(_(INDICATIVE_NOTE))
    out.extend(Paragraph(note, st.small) for note in notes)
    return out


def offer_decisions(brief: Brief) -> list[str]:
    """Decisions about pay: offers under the plan's threshold (verdicts only) and out of band."""
    threshold = brief.plan.settings.below_market_threshold
    found = offers_to_review(brief.analysis)
    under = [
        s for s in found if s.position is not None and not s.indicative and s.position.compa_ratio < threshold
    ]
    out = []
    limit = fmt.ratio(threshold)
    if under:
        out.append(
            ngettext(
                "Raise or knowingly accept the offer paying under {limit} of its market's median.",
                "Raise or knowingly accept the {count} offers paying under {limit} of their market's median.",
                len(under),
            ).format(count=len(under), limit=limit)
        )
    outside = [s for s in found if s.out_of_band]
    if outside:
        out.append(
            ngettext(
                "Approve the offer outside its internal pay band, or bring it within the band.",
                "Approve the {count} offers outside their internal pay band, or bring them within it.",
                len(outside),
            ).format(count=len(outside))
        )
    return out
