"""Compensation per role across markets: each offer's package, its position in every market
(nominal and in purchasing-power terms) and a grouped bar chart. All figures come from analysis."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from hireplan.analysis import Converted, OfferAnalysis, Position
from hireplan.analysis.names import PlanNames
from hireplan.export import fmt, words
from hireplan.export.pdf_charts import GroupedBars
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.redact import position_band, position_label
from hireplan.i18n import N_, _, join_sentences
from hireplan.model import PAY_BASIS_LABELS, Offer, PayBasis
from hireplan.model.roles import Role

INTRO = N_(
    "Pay is per year. <b>Annual total</b> = base + bonus (guaranteed extra months included) + equity per "
    "vesting year, what surveys call total direct pay; sign-on per amortisation year and allowances are "
    "shown beside it, and <b>first-year value</b> adds the whole sign-on, the allowances and one-off "
    "relocation. Each offer is placed against the median (P50) of every market that has a matching "
    "benchmark, in that market's currency and in purchasing-power terms (international dollars, INT$). "
    "Research and compute budgets are listed beside pay, never added to it."
)


def _conv(conversion: object) -> str:
    if isinstance(conversion, Converted):
        return fmt.money(conversion.amount, conversion.currency)
    return _("no rate")


def _position(position: Position | None, redact: bool) -> tuple[str, str]:
    """(compa-ratio, percentile) as shown; bands instead of exact ratios when redacted."""
    if position is None:
        return ("—", "—")
    if redact:
        return fmt.compa_range(position.compa_ratio), position_band(position)
    return fmt.ratio(position.compa_ratio), position_label(position)


def _package(brief: Brief, offer: Offer, result: OfferAnalysis) -> list[Flowable]:
    """The package on one row of figures in the offer's currency, then its value elsewhere."""
    f = result.figures
    cur = f.currency
    money = fmt.money
    reporting = brief.plan.reporting_currency
    header = [
        _("Base ({currency})").format(currency=cur),
        N_("Bonus and extra months"),
        N_("Equity a year"),
        N_("Sign-on a year"),
        N_("Allowances"),
        N_("Annual total"),
        N_("Relocation"),
        N_("First-year value"),
        _("Annual total in {currency}").format(currency=reporting),
        N_("In PPP terms (INT$)"),
    ]
    row = [
        money(f.base),
        money(f.bonus),
        money(f.equity_per_year),
        money(f.sign_on_per_year),
        money(f.allowances),
        money(f.annual_total),
        money(f.relocation),
        money(f.first_year_value),
        _conv(result.annual_reporting),
        _conv(result.annual_ppp),
    ]
    out: list[Flowable] = [
        brief.table(header, [row], [0.1] * 10, f"offer {offer.id}", right=range(10), zebra=False)
    ]
    extras = []
    if f.research_budget:
        extras.append(_("research budget {amount} a year").format(amount=money(f.research_budget, cur)))
    if f.compute_budget or offer.compute_note:
        compute = _("{amount} a year").format(amount=money(f.compute_budget, cur)) if f.compute_budget else ""
        extras.append(
            _("compute {what}").format(
                what=" · ".join(part for part in (compute, offer.compute_note) if part)
            )
        )
    if extras:
        out.append(
            brief.text(
                _("Beside the pay: {extras}.").format(extras=_("; ").join(extras)),
                f"offer {offer.id}",
                brief.st.small,
            )
        )
    return out


def _markets(brief: Brief, offer: Offer, result: OfferAnalysis) -> Flowable:
    redact = brief.redact
    rows = []
    for comp in result.cross_market:
        compa, pct = _position(comp.nominal, redact)
        ppp_compa, ppp_pct = _position(comp.ppp, redact)
        name = (
            _("{market} (own market)").format(market=comp.market_name)
            if comp.is_own_market
            else comp.market_name
        )
        basis = _(PAY_BASIS_LABELS[PayBasis(comp.basis)]) + ("" if comp.level_fit == "exact" else " *")
        gap = fmt.signed_pct(comp.nominal.gap_pct) if comp.nominal is not None else "—"
        if redact:
            rows.append([name, basis, compa, pct, ppp_compa, ppp_pct])
        else:
            rows.append(
                [
                    name,
                    basis,
                    fmt.money(comp.p50, comp.currency),
                    _conv(comp.offer_in_market),
                    compa,
                    pct,
                    gap,
                    ppp_compa,
                    ppp_pct,
                ]
            )
    if redact:
        header = [
            N_("Market"),
            N_("Basis"),
            N_("Compa-ratio band"),
            N_("Position band"),
            N_("PPP compa band"),
            N_("PPP position band"),
        ]
        widths = [0.28, 0.12, 0.15, 0.15, 0.15, 0.15]
        right: tuple[int, ...] = (2, 3, 4, 5)
    else:
        header = [
            N_("Market"),
            N_("Basis"),
            N_("Market P50"),
            N_("Our offer there"),
            N_("Compa"),
            N_("Position"),
            N_("Gap to P50"),
            N_("PPP compa"),
            N_("PPP position"),
        ]
        widths = [0.19, 0.08, 0.14, 0.14, 0.08, 0.1, 0.1, 0.08, 0.09]
        right = (2, 3, 4, 5, 6, 7, 8)
    return brief.table(header, rows, widths, f"offer {offer.id} markets", right=right)


def _chart(brief: Brief, index: PlanNames, result: OfferAnalysis) -> Flowable | None:
    comps = [c for c in result.cross_market if c.nominal is not None or c.ppp is not None]
    if not comps:
        return None
    names = [
        _("{market} (base)").format(market=c.market_name) if c.basis == "base" else c.market_name
        for c in comps
    ]
    if brief.redact:  # bars would show the exact ratio a band hides
        return None
    report = brief.plan.reporting_currency
    nominal = [_amount(c.p50_reporting) for c in comps]
    ppp = [float(c.ppp.p50) if c.ppp else None for c in comps]
    names.append(_("Our offer"))
    nominal.append(_amount(result.annual_reporting))
    ppp.append(_amount(result.annual_ppp))
    return GroupedBars(
        names,
        [nominal, ppp],
        [_("Market P50 / our offer in {currency}").format(currency=report), _("Same in PPP terms (INT$)")],
        brief.width,
    )


def _amount(conversion: object) -> float | None:
    return float(conversion.amount) if isinstance(conversion, Converted) else None


def _competing(brief: Brief, result: OfferAnalysis) -> Flowable | None:
    comp = result.competing
    if comp is None:
        return None
    who = comp.employer or (_("current employer") if comp.kind == "current_employer" else _("rival offer"))
    if comp.problem:
        text = _("Against {who}: {problem}").format(who=who, problem=comp.problem)
        return brief.text(text, "competing package", brief.st.small)
    if brief.redact:
        text = (
            _("Against {who}: our first-year value beats what the candidate would give up.")
            if comp.beats
            else _("Against {who}: our first-year value does not beat what the candidate would give up.")
        ).format(who=who)
    else:
        cur = comp.currency
        if comp.beats:
            sentence = _(
                "Against {who}: their annual total {total}, forfeited equity {forfeited}, retention grant "
                "{retention}; our first-year value beats that hurdle ({gap}); annual gap {annual}."
            )
        else:
            sentence = _(
                "Against {who}: their annual total {total}, forfeited equity {forfeited}, retention grant "
                "{retention}; our first-year value does not beat that hurdle ({gap}); annual gap {annual}."
            )
        retention = fmt.money(comp.retention_grant, cur)
        if comp.retention_assumed:
            retention = _("{amount} (assumed)").format(amount=retention)
        text = sentence.format(
            who=who,
            total=fmt.money(comp.annual_total, cur),
            forfeited=fmt.money(comp.forfeited_equity, cur),
            retention=retention,
            gap=fmt.signed_money(comp.first_year_gap, cur),
            annual=fmt.signed_money(comp.annual_gap, cur),
        )
    return brief.text(text, "competing package", brief.st.small)


def _offer_block(
    brief: Brief, index: PlanNames, offer: Offer, result: OfferAnalysis, chart: bool
) -> list[Flowable]:
    st = brief.st
    where = f"offer {offer.id}"
    title = _("Offer in {market} — {candidate}").format(
        market=index.market_name(offer.market_id), candidate=brief.candidate(offer, with_role=False)
    )
    out: list[Flowable] = [brief.text(title, where, st.h3)]
    if brief.redact:
        own = result.own_market
        if own is not None and own.nominal is not None:
            compa, pct = _position(own.nominal, True)
            line = _("Own market: position {position}, compa-ratio band {compa}. Amounts redacted.").format(
                position=pct, compa=compa
            )
        elif result.own_benchmark_without_median:
            line = _(
                "The benchmark for the offer's own market gives no median; its position elsewhere is "
                "below. Amounts redacted."
            )
        else:
            line = _(
                "No benchmark for the offer's own market; its position elsewhere is below. Amounts redacted."
            )
        out.append(Paragraph(line, st.body))
    else:
        out.extend(_package(brief, offer, result))
    if result.cross_market:
        out.append(Spacer(1, 4))
        drawing = _chart(brief, index, result) if chart else None
        if drawing is not None:  # the chart stays on the page of the table it pictures
            out.append(KeepTogether([_markets(brief, offer, result), Spacer(1, 6), drawing]))
        else:
            out.append(_markets(brief, offer, result))
        if any(comparison.indicative for comparison in result.cross_market):
            out.append(
                Paragraph(
                    _(
                        "* Indicative only: the benchmark covers all levels or another level, not the "
                        "role's own, so its compa-ratio is a pointer rather than a verdict."
                    ),
                    st.small,
                )
            )
    else:
        out.append(
            Paragraph(
                _("No market benchmark matches this role yet, so it cannot be placed against a market."),
                st.small,
            )
        )
    competing = _competing(brief, result)
    if competing is not None:
        out.append(competing)
    problems = list(result.problems) + [p for c in result.cross_market for p in c.problems]
    if problems:
        note = _("Note: {problems}").format(problems=join_sentences(*dict.fromkeys(problems)))
        out.append(brief.text(note, where, st.small))
    if offer.notes:
        out.append(brief.text(offer.notes, where, brief.st.note))
    return out


def _role_heading(brief: Brief, role: Role | None, role_id: str) -> list[Flowable]:
    st = brief.st
    if role is None:
        return [
            brief.text(_("Offers for a role not in the plan ({role})").format(role=role_id), "role", st.h2)
        ]
    details = [words.level(role.level)]
    if role.domain:
        details.append(role.domain)
    details.append(_("headcount {count}").format(count=role.headcount))
    if role.market_id:
        details.append(brief.market_name(role.market_id))
    if role.relocation.value != "none":
        details.append(words.hire(role.relocation))
    return [
        brief.text(role.title, f"role {role.id}", st.h2),
        brief.text(" · ".join(details), f"role {role.id}", st.small),
    ]


def compensation(brief: Brief) -> list[Flowable]:
    st = brief.st
    index = PlanNames(brief.plan)
    out: list[Flowable] = [
        Bookmark("compensation", _("Appendix: every offer in every market")),
        Paragraph(_("Appendix: every offer in every market"), st.h1),
        Paragraph(_(INTRO), st.small),
    ]
    by_role: dict[str, list[Offer]] = {}
    for offer in brief.plan.offers:
        by_role.setdefault(offer.role_id, []).append(offer)
    order = [role.id for role in brief.plan.roles if role.id in by_role]
    order += [role_id for role_id in by_role if role_id not in index.roles]
    if not order:
        out.append(Paragraph(_("The plan has no offers yet."), st.body))
    for done, role_id in enumerate(order):
        brief.part_done(done / len(order))
        role = index.roles.get(role_id)
        block: list[Flowable] = _role_heading(brief, role, role_id)
        for number, offer in enumerate(by_role[role_id]):
            result = brief.analysis.offers.get(offer.id)
            if result is None:
                continue
            block.extend(_offer_block(brief, index, offer, result, chart=number == 0))
        out.append(KeepTogether(block[:4]))
        out.extend(block[4:])
    out.append(PageBreak())
    return out
