"""The total-rewards statement for one candidate: what their offer is worth, and nothing else.

One or two pages in the candidate's currency (optionally with the plan's reporting currency beside
it): each component a year and in year one, the year-by-year schedule with equity vesting, the
package in purchasing-power terms when the candidate relocates, and the research budget and
compute that come with the role. No market data and no other candidate's figures, so the
statement can be handed to the candidate. Call :func:`write_offer_statement`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import Flowable, LayoutError, Paragraph, Spacer

from hireplan.analysis import Converted, OfferAnalysis, PlanAnalysis
from hireplan.analysis.convert import RateTable
from hireplan.analysis.statement import yearly_schedule
from hireplan.export import fmt, words
from hireplan.export.options import PageSizeName, PdfOptions
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import MARGIN, PAGE_SIZES, canvas_maker, fit_to_width, make_document
from hireplan.export.pdf_styles import HEADER_BG
from hireplan.export.printable import unprintable_in_statement
from hireplan.export.report import ExportError, ExportReport, write_export
from hireplan.i18n import N_, _, prose_date
from hireplan.model import BonusKind, Offer, Plan, Relocation


@dataclass(frozen=True)
class StatementOptions:
    page_size: PageSizeName = "a4"
    reporting_currency: bool = False
    """Also show each figure in the plan's reporting currency (when it differs and a rate exists)."""
    language: str = ""
    """The PDF's language tag; empty: the language it is written in (see :class:`PdfOptions`)."""


def _bonus_detail(offer: Offer) -> str:
    if offer.bonus_kind is BonusKind.PERCENT:
        return _("target, {percent} of base").format(percent=fmt.percent(offer.bonus_value))
    return _("target, a yearly amount")


class _Statement:
    def __init__(self, brief: Brief, offer: Offer, result: OfferAnalysis, show_reporting: bool) -> None:
        self.brief, self.offer, self.result = brief, offer, result
        self.cur = result.figures.currency
        reporting = brief.plan.reporting_currency
        self.rates = RateTable(brief.plan.exchange_rates)
        self.reporting = (
            reporting
            if show_reporting and reporting != self.cur and self.rates.links(self.cur, reporting)
            else None
        )

    def money(self, amount: Decimal | None) -> str:
        return fmt.money(amount, self.cur) if amount else "—"

    def converted(self, amount: Decimal | None) -> str:
        if not amount or self.reporting is None:
            return "—"
        conversion = self.rates.convert(amount, self.cur, self.reporting)
        return fmt.money(conversion.amount, self.reporting) if isinstance(conversion, Converted) else "—"

    def header(self) -> list[Flowable]:
        brief, offer, st = self.brief, self.offer, self.brief.st
        plan = brief.plan
        role = brief.roles.get(offer.role_id)
        title = (
            _("Prepared for {candidate}").format(candidate=offer.candidate.strip())
            if offer.candidate.strip()
            else _("Prepared for the {role} offer").format(role=brief.index.role_title(offer.role_id))
        )
        kicker = (
            _("Total rewards statement · {organisation}").format(
                organisation=brief.markup(plan.organisation, "organisation")
            )
            if plan.organisation
            else _("Total rewards statement")
        )
        facts = [brief.index.role_title(offer.role_id)]
        if role is not None:
            facts.append(words.level(role.level))
        facts.append(brief.market_name(offer.market_id))
        currency = _("Figures in {currency}.").format(currency=self.cur)
        if self.reporting is not None:
            conversion = self.rates.convert(Decimal(1), self.cur, self.reporting)
            if isinstance(conversion, Converted):
                currency = _(
                    "Figures in {currency}, and in {reporting} at 1 {currency} = {rate} {reporting}."
                ).format(currency=self.cur, reporting=self.reporting, rate=fmt.rate(conversion.rate))
        prepared = _("{facts} · prepared on {date}.").format(
            facts=" · ".join(facts), date=prose_date(brief.today)
        )
        return [
            Paragraph(kicker, st.small),
            brief.text(title, "candidate", st.title),
            brief.text(prepared, "role", st.small),
            Paragraph(currency, st.small),
            Spacer(1, 6),
        ]

    def components(self) -> list[Flowable]:
        f, offer = self.result.figures, self.offer
        rows: list[tuple[str, str, Decimal | None, Decimal | None]] = [
            (_("Base salary"), "", f.base, f.base),
        ]
        if f.extra_months:
            months = _("{value} guaranteed extra months of base salary").format(
                value=fmt.rate(f.extra_months)
            )
            rows.append((_("Extra months"), months, f.extra_month_pay, f.extra_month_pay))
        if f.target_bonus or not f.extra_months:  # a package with extra months and no bonus says none
            rows.append((_("Bonus"), _bonus_detail(offer), f.target_bonus, f.target_bonus))
        if offer.equity_grant:
            detail = _("grant of {amount} vesting evenly over {years} years").format(
                amount=self.money(offer.equity_grant), years=fmt.rate(offer.vesting_years)
            )
            rows.append((_("Equity"), detail, f.equity_per_year, f.equity_per_year))
        pay = (
            _("base, extra months, bonus and a year of equity")
            if f.extra_months
            else _("base, bonus and a year of equity")
        )
        rows.append((_("Pay a year"), pay, f.annual_total, f.annual_total))
        subtotal = len(rows)
        every_year = _("every year")
        if offer.housing_allowance:
            rows.append(
                (_("Housing allowance"), every_year, offer.housing_allowance, offer.housing_allowance)
            )
        if offer.living_allowance:
            rows.append((_("Living allowance"), every_year, offer.living_allowance, offer.living_allowance))
        if offer.sign_on:
            rows.append((_("Sign-on bonus"), _("paid on joining"), None, offer.sign_on))
        if offer.relocation:
            rows.append((_("Relocation support"), _("one-off, on moving"), None, offer.relocation))
        rows.append(
            (_("Worth in year one"), _("all of the above in the first year"), None, f.first_year_value)
        )
        header = [N_("Component"), N_("Detail"), N_("A year"), N_("In year one")]
        body = []
        for name, detail, yearly, first in rows:
            row = [name, detail, self.money(yearly), self.money(first)]
            if self.reporting is not None:
                row += [self.converted(yearly), self.converted(first)]
            body.append(row)
        right: tuple[int, ...] = (2, 3)
        widths = [0.22, 0.42, 0.18, 0.18]
        if self.reporting is not None:
            header += [
                _("A year ({currency})").format(currency=self.reporting),
                _("In year one ({currency})").format(currency=self.reporting),
            ]
            widths, right = [0.16, 0.24, 0.15, 0.15, 0.15, 0.15], (2, 3, 4, 5)  # 1,520,000 人民币 on one line
        shade = [("BACKGROUND", (0, r), (-1, r), HEADER_BG) for r in (subtotal, len(body))]
        table = self.brief.table(header, body, widths, "statement", right=right, extra=shade)
        note = _(
            "Pay a year is base, bonus and one year of equity, as pay surveys count it. Allowances come "
            "every year on top; the sign-on bonus and relocation support come once, in year one."
        )
        return [Paragraph(_("Your package"), self.brief.st.h2), table, Paragraph(note, self.brief.st.small)]

    def schedule(self) -> list[Flowable]:
        years = yearly_schedule(self.offer, self.result.figures)
        rows = [
            [
                _("Year {number}").format(number=year.year),
                self.money(year.cash),
                self.money(year.equity),
                self.money(year.one_off),
                self.money(year.total),
                self.money(year.equity_vested),
            ]
            for year in years
        ]
        header = [
            "",
            N_("Salary, bonus and allowances"),
            N_("Equity vesting"),
            N_("Sign-on and relocation"),
            N_("Total"),
            N_("Equity vested so far"),
        ]
        return [
            Paragraph(_("Year by year"), self.brief.st.h2),
            self.brief.table(
                header, rows, [0.1, 0.2, 0.17, 0.19, 0.16, 0.18], "schedule", right=(1, 2, 3, 4, 5)
            ),
            Paragraph(
                _("Equity is shown at its value when granted; what it is worth when it vests may differ."),
                self.brief.st.small,
            ),
        ]

    def purchasing_power(self) -> list[Flowable]:
        role = self.brief.roles.get(self.offer.role_id)
        annual, first = self.result.annual_ppp, self.result.first_year_ppp
        if role is None or role.relocation is Relocation.NONE or not isinstance(annual, Converted):
            return []
        place = self.brief.market_name(self.offer.market_id)
        if isinstance(first, Converted):
            text = _(
                "Where you will live ({place}), your pay a year is worth {annual} and your whole first year "
                "{first} in international dollars: what that pay buys locally, so it can be set beside pay "
                "in another country by what it buys rather than by the exchange rate."
            ).format(
                place=place, annual=fmt.money(annual.amount, "INT$"), first=fmt.money(first.amount, "INT$")
            )
        else:
            text = _(
                "Where you will live ({place}), your pay a year is worth {annual} in international dollars: "
                "what that pay buys locally, so it can be set beside pay in another country by what it buys "
                "rather than by the exchange rate."
            ).format(place=place, annual=fmt.money(annual.amount, "INT$"))
        return [
            Paragraph(_("What it buys where you will live"), self.brief.st.h2),
            self.brief.text(text, "ppp", self.brief.st.body),
        ]

    def research(self) -> list[Flowable]:
        f, offer = self.result.figures, self.offer
        parts = []
        if f.research_budget:
            parts.append(
                _("a research budget of {amount} a year").format(amount=self.money(f.research_budget))
            )
        if f.compute_budget:
            parts.append(_("compute worth {amount} a year").format(amount=self.money(f.compute_budget)))
        if offer.compute_note.strip():
            parts.append(_("compute: {note}").format(note=offer.compute_note.strip()))
        text = (
            _("The role comes with {parts}. These are the means to do the work, not pay.").format(
                parts=_("; ").join(parts)
            )
            if parts
            else _("No research budget or compute is attached to this offer yet.")
        )
        return [
            Paragraph(_("Research budget and compute"), self.brief.st.h2),
            self.brief.text(text, "research", self.brief.st.body),
        ]

    def story(self) -> list[Flowable]:
        closing = Paragraph(
            _(
                "This statement describes the offer as planned on {date}; the offer letter is what binds."
            ).format(date=prose_date(self.brief.today)),
            self.brief.st.small,
        )
        return [
            *self.header(),
            *self.components(),
            *self.schedule(),
            *self.purchasing_power(),
            *self.research(),
            Spacer(1, 8),
            closing,
        ]


def write_offer_statement(
    plan: Plan,
    analysis: PlanAnalysis,
    offer_id: str,
    path: Path | str,
    options: StatementOptions | None = None,
    *,
    today: date,
    force: bool = False,
) -> ExportReport:
    """Write the statement of the offer ``offer_id`` to ``path`` (atomically; a read-only ``path``
    is refused unless ``force``).

    Raises :class:`ExportError` with a readable message when the plan has no such offer or the file
    cannot be written.
    """
    options = options or StatementOptions()
    offer = next((o for o in plan.offers if o.id == offer_id), None)
    result = analysis.offers.get(offer_id)
    if offer is None or result is None:
        raise ExportError(_("The plan has no offer with the id '{id}'.").format(id=offer_id))
    width, height = PAGE_SIZES[options.page_size]
    brief = Brief(
        plan=plan,
        analysis=analysis,
        options=PdfOptions(page_size=options.page_size, language=options.language),
        today=today,
        width=width - 2 * MARGIN,
        height=height - 2 * MARGIN,
    )
    story = _Statement(brief, offer, result, options.reporting_currency).story()
    who = " ".join(brief.clean(offer.candidate or brief.index.role_title(offer.role_id), "candidate").split())
    footer = fit_to_width(
        _("Total rewards statement · {candidate} · {date}").format(candidate=who, date=today.isoformat()),
        (width - 2 * MARGIN) * 0.6,
        7.5,
    )
    pages: list[int] = []

    def produce(out: BinaryIO) -> None:
        doc = make_document(
            out,
            options.page_size,
            title=_("Total rewards statement: {candidate}").format(candidate=who),
            author=" ".join(brief.clean(plan.organisation or plan.owner, "organisation").split()),
            subject=_("Offer statement as of {date}").format(date=today.isoformat()),
            language=options.language,
        )
        try:
            doc.build(story, canvasmaker=canvas_maker(footer))
        except LayoutError as exc:
            raise ExportError(_("The statement could not be laid out: {reason}").format(reason=exc)) from exc
        pages.append(doc.page)

    write_export(Path(path), produce, force=force)
    found = unprintable_in_statement(plan, offer_id)
    return ExportReport(
        path=Path(path),
        warnings=brief.glyphs.warnings("".join(item.characters for item in found)),
        pages=pages[0] if pages else None,
        unprintable=found,
    )
