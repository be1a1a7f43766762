"""The policy watch and the appendix: assumptions behind every figure, and a short glossary."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph

from hireplan.analysis.names import PlanNames
from hireplan.export import fmt, words
from hireplan.export.pdf_context import Brief
from hireplan.export.pdf_doc import Bookmark
from hireplan.export.pdf_styles import OVERDUE_BG
from hireplan.i18n import N_, _, ngettext
from hireplan.model import Benchmark

GLOSSARY: tuple[tuple[str, str], ...] = (
    (
        N_("Compa-ratio"),
        N_(
            "Our offer divided by the market median (P50) for the same role and level: 1.00 pays the median, "
            "0.90 pays ten per cent under it. When a benchmark only knows base pay, base is compared with "
            "base."
        ),
    ),
    (
        N_("Percentile position"),
        N_(
            "Where the offer falls between the benchmark's known percentiles (P25, P50, P75, P90), read on a "
            "straight line between the two nearest; outside them it reads 'below P25' or 'above P90'."
        ),
    ),
    (
        N_("PPP (purchasing-power parity)"),
        N_(
            "How much of a currency buys what one international dollar buys at home. Dividing pay by it "
            "compares what salaries buy in each place rather than what they are worth at the exchange rate."
        ),
    ),
    (
        N_("First-year value"),
        N_(
            "What the hire receives in year one: base, target bonus, one year of equity, the whole sign-on "
            "bonus, allowances and one-off relocation support."
        ),
    ),
    (
        N_("First-year cost"),
        N_("First-year value plus the research and compute budget that comes with the role."),
    ),
    (
        N_("Annual total"),
        N_(
            "Recurring yearly pay: base, target bonus, equity per vesting year, sign-on spread over its "
            "amortisation years and recurring allowances."
        ),
    ),
)


def policy(brief: Brief) -> list[Flowable]:
    st = brief.st
    out: list[Flowable] = [Bookmark("policy", _("Policy watch")), Paragraph(_("Policy watch"), st.h1)]
    entries = brief.plan.policy_watch
    if not entries:
        out.append(Paragraph(_("Nobody is watching a policy topic in this plan yet."), st.body))
        out.append(PageBreak())
        return out
    out.append(
        Paragraph(
            ngettext(
                "Rules and regulations the team follows. An entry not checked within {days} day is shaded.",
                "Rules and regulations the team follows. An entry not checked within {days} days is shaded.",
                brief.plan.settings.policy_check_days,
            ).format(days=brief.plan.settings.policy_check_days),
            st.small,
        )
    )
    rows = []
    extra = []
    for row, entry in enumerate(entries, start=1):
        flagged = bool(brief.analysis.flags_for("policy", entry.id))
        rows.append(
            [
                entry.jurisdiction,
                entry.topic,
                entry.summary or "—",
                entry.owner or "—",
                _("{date}\ncheck due").format(date=fmt.day(entry.last_checked))
                if flagged
                else fmt.day(entry.last_checked),
                entry.source or "—",
            ]
        )
        if flagged:
            extra.append(("BACKGROUND", (4, row), (4, row), OVERDUE_BG))
    out.append(
        brief.table(
            [N_("Where"), N_("Topic"), N_("Summary"), N_("Owner"), N_("Last checked"), N_("Source")],
            rows,
            [0.1, 0.17, 0.36, 0.1, 0.11, 0.16],
            "policy watch",
            extra=extra,
        )
    )
    out.append(PageBreak())
    return out


def _percentiles(benchmark: Benchmark, kind: str) -> str:
    parts = []
    for name in ("p25", "p50", "p75", "p90"):
        value = getattr(benchmark, f"{kind}_{name}")
        if value is not None:
            parts.append(f"{name.upper()} {fmt.money(value)}")
    return "\n".join(parts) if parts else "—"


def _benchmarks(brief: Brief, index: PlanNames) -> Flowable:
    """Every benchmark with its source; its figures only in a full edition (with them, an offer's
    band could be turned back into an amount)."""
    rows = []
    for b in brief.plan.benchmarks:
        period = (
            _("a year")
            if b.period.value == "year"
            else _("a month × {months}").format(months=fmt.rate(b.months_per_year))
        )
        family = f"{b.job_family}\n{words.level(b.level)}" + (
            "\n" + _("example figure") if b.is_example else ""
        )
        rows.append(
            [
                index.market_name(b.market_id),
                family,
                f"{b.currency}\n{period}",
                _("withheld") if brief.redact else _percentiles(b, "base"),
                _("withheld") if brief.redact else _percentiles(b, "total"),
                b.source or "—",
                fmt.day(b.as_of),
                f"{b.sample_size:,}" if b.sample_size else "—",
            ]
        )
    return brief.table(
        [
            N_("Market"),
            N_("Job family"),
            N_("Currency"),
            N_("Base"),
            N_("Total"),
            N_("Source"),
            N_("As of"),
            N_("Sample"),
        ],
        rows,
        [0.11, 0.13, 0.09, 0.12, 0.12, 0.23, 0.11, 0.09],
        "benchmarks",
        right=(3, 4, 7),
    )


def appendix(brief: Brief) -> list[Flowable]:
    st = brief.st
    plan = brief.plan
    index = PlanNames(plan)
    out: list[Flowable] = [
        Bookmark("appendix", _("Appendix: assumptions and glossary")),
        Paragraph(_("Appendix: assumptions and glossary"), st.h1),
    ]
    if plan.notes:
        out.append(Paragraph(_("Plan notes"), st.h2))
        out.append(brief.text(plan.notes, "plan notes", st.body))
    out.append(Paragraph(_("Exchange rates"), st.h2))
    if plan.exchange_rates:
        rows = [
            [f"1 {r.base} = {fmt.rate(r.rate)} {r.quote}", fmt.day(r.as_of), r.source or "—"]
            for r in plan.exchange_rates
        ]
        out.append(
            brief.table([N_("Rate"), N_("As of"), N_("Source")], rows, [0.3, 0.12, 0.58], "exchange rates")
        )
    else:
        out.append(
            Paragraph(_("No exchange rates: figures in other currencies cannot be converted."), st.body)
        )
    out.append(Paragraph(_("Purchasing-power (PPP) factors"), st.h2))
    if plan.ppp_factors:
        rows = [
            [
                _("{factor} {currency} per INT$").format(factor=fmt.rate(p.factor), currency=p.currency),
                p.country or "—",
                fmt.day(p.as_of),
                p.source or "—",
            ]
            for p in plan.ppp_factors
        ]
        out.append(
            brief.table(
                [N_("Factor"), N_("Country"), N_("As of"), N_("Source")], rows, [0.3, 0.1, 0.12, 0.48], "PPP"
            )
        )
    else:
        out.append(Paragraph(_("No PPP factors: purchasing-power comparisons are not possible."), st.body))
    out.append(Paragraph(_("Market benchmarks"), st.h2))
    if plan.benchmarks:
        if brief.redact:
            out.append(
                Paragraph(
                    _(
                        "Benchmark figures are withheld in this edition: with them, an offer's position band "
                        "could be turned back into its pay. The full edition and the workbook list them."
                    ),
                    st.small,
                )
            )
        out.append(_benchmarks(brief, index))
    else:
        out.append(Paragraph(_("No benchmarks: offers cannot be placed against a market."), st.body))
    if brief.analysis.stale:
        out.append(Paragraph(_("Stale or undated data"), st.h2))
        rows = [
            [
                index.describe(s.ref),
                fmt.day(s.as_of),
                ngettext("{days} day", "{days} days", s.age_days).format(days=f"{s.age_days:,}")
                if s.age_days is not None
                else _("no date"),
            ]
            for s in brief.analysis.stale
        ]
        out.append(
            brief.table(
                [N_("Figure"), N_("As of"), N_("Age")], rows, [0.6, 0.2, 0.2], "stale data", right=(2,)
            )
        )
    out.append(
        KeepTogether(
            [
                Paragraph(_("Glossary"), st.h2),
                brief.table(
                    [N_("Term"), N_("Meaning")],
                    [[_(term), _(meaning)] for term, meaning in GLOSSARY],
                    [0.22, 0.78],
                    "glossary",
                ),
            ]
        )
    )
    out.append(PageBreak())
    return out
