"""Risks sheet (computed flags and the team's risks, with a coloured 5 x 5 heat map), Policy watch
and Assumptions sheets."""

from __future__ import annotations

from hireplan.analysis.heat_map import heat_map as risk_heat_map
from hireplan.analysis.heat_map import legend
from hireplan.export import words
from hireplan.export.xlsx_base import (
    BAND_FILLS,
    DATE,
    INPUT_FILL,
    NOTE,
    OVERDUE_FILL,
    RATE,
    SEVERITY_FONT,
    SUBTITLE,
    SheetCell,
    SheetWriter,
    Style,
    blank,
    day,
    header_row,
    money_format,
    number,
    table_ref,
    text,
)
from hireplan.export.xlsx_summary import Book
from hireplan.i18n import N_, _
from hireplan.storage.sheet_columns import PERIOD_WORDS

RISK_HEADER = [
    N_("Source"),
    N_("Severity"),
    N_("Likelihood"),
    N_("Impact"),
    N_("Score"),
    N_("Review date"),
    N_("Title"),
    N_("Category"),
    N_("Mitigation"),
    N_("Owner"),
    N_("Status"),
    N_("Details"),
]
GRID_COLUMNS = range(2, 7)
"""The heat map sits above the register's left end: its likelihood labels in the Source column and
its five impact columns over the register's five narrow ones (severity to review date), so the
printed page is as wide as the register and the map is the first thing on it."""
KEY_COLUMN = 7
"""The key to the register, beside the heat map (over the Title column)."""
KEY = Style(colour="5F6B7A", spill=True)
INPUT = Style(fill=INPUT_FILL)


def _heat_map_rows(book: Book) -> list[list[SheetCell | None]]:
    """A title, likelihood 5..1 with the counts per impact, the impact axis, then the legend in
    words: the window's heat map (``hireplan.analysis.heat_map``), cell for cell."""
    heat = risk_heat_map(book.plan.risks, book.plan.settings)
    rows: list[list[SheetCell | None]] = [
        [text(_("Open team risks by likelihood and impact"), Style(bold=True, spill=True))]
    ]
    for likelihood in range(5, 0, -1):
        row: list[SheetCell | None] = [text(_("Likelihood {score}").format(score=likelihood), NOTE)]
        for impact in range(1, 6):
            band = heat.band((likelihood, impact)).value
            count = heat.count((likelihood, impact))
            style = Style(fill=BAND_FILLS[band], align="center", bold=True)
            row.append(number(count, style=style) if count else blank(style))
        rows.append(row)
    rows.append(
        [
            text(_("Impact →"), NOTE),
            *[text(str(i), Style(align="center", colour="5F6B7A")) for i in range(1, 6)],
        ]
    )
    rows.extend([text(line, KEY)] for line in legend(heat))
    return rows


def risks_sheet(book: Book, writer: SheetWriter) -> None:
    entries: list[tuple[tuple[int, int], list[SheetCell | None], str]] = []
    risks = {risk.id: risk for risk in book.plan.risks}
    for a in book.analysis.risks:
        risk = risks.get(a.risk_id)
        if risk is None:
            continue
        review_style = Style(fill=OVERDUE_FILL, number_format=DATE) if a.review_overdue else Style()
        cells: list[SheetCell | None] = [
            text(_("Team risk")),
            text(a.band.label, Style(bold=True, fill=BAND_FILLS[a.band.value])),
            number(a.likelihood),
            number(a.impact),
            number(a.score, style=Style(bold=True)),
            day(risk.review_date, review_style),
            text(risk.title),
            text(risk.category),
            text(risk.mitigation),
            text(risk.owner),
            text(
                _("{status}, review overdue").format(status=words.risk_status(risk.status))
                if a.review_overdue
                else words.risk_status(risk.status)
            ),
            text(""),
        ]
        entries.append(((a.band.rank, -a.score), cells, f"risk {risk.id}"))
    for flag in book.analysis.flags:
        refs = "; ".join(book.index.describe(ref) for ref in flag.refs[:6])
        if flag.acknowledged and flag.acknowledgement is not None:
            status = _("Acknowledged: {reason}").format(reason=flag.acknowledgement.reason)
            review = day(flag.acknowledgement.review_date)
        else:
            status, review = _("Open"), blank()
        cells = [
            text(_("Flag")),
            text(flag.severity.label, Style(bold=True, colour=SEVERITY_FONT[flag.severity.value])),
            blank(),
            blank(),
            blank(),
            review,
            text(flag.title),
            text(words.flag_category(flag.category)),
            text(flag.mitigation),
            text(""),
            text(status),
            text(
                _("{message} About: {refs}.").format(message=flag.message, refs=refs)
                if refs
                else flag.message
            ),
        ]
        entries.append(((flag.severity.rank, 0), cells, f"flag {flag.rule}"))
    entries.sort(key=lambda entry: entry[0])
    # Above the register: the heat map on the left, a short key beside it.
    key = [
        text(_("Risk register: flags hireplan raises from the plan, and the team's own risks"), SUBTITLE),
        text(
            _("Sorted by severity; a team risk's severity is its band, from score = likelihood × impact."),
            KEY,
        ),
        text(_("Flags are recomputed at every export; acknowledge one in the app to keep it quiet."), KEY),
        text(_("Shaded review dates are overdue."), KEY),
    ]
    heat = _heat_map_rows(book)
    for index, heat_row in enumerate(heat):
        beside: list[SheetCell | None] = [key[index]] if index < len(key) else []
        padding: list[SheetCell | None] = [None] * (KEY_COLUMN - 1 - len(heat_row)) if beside else []
        number_of_row = writer.add([*heat_row, *padding, *beside])
        if 1 <= index <= 5:
            writer.row_heights[number_of_row] = 36
    writer.skip()
    first = writer.next_row
    header_row(writer, RISK_HEADER)
    for _order, cells, where in entries:
        writer.add(cells, where)
    writer.autofilter = table_ref(first, writer.next_row - 1, len(RISK_HEADER))
    writer.print_rows = f"{first}:{first}"
    writer.max_width = {7: 40, 9: 50, 12: 70}
    writer.fixed_widths[1] = 13  # "Likelihood 5", "Team risk"
    for col in GRID_COLUMNS:
        writer.fixed_widths[col] = 13  # near-square cells; a date and "Review date" fit


def policy_sheet(book: Book, writer: SheetWriter) -> None:
    header = [
        N_("Jurisdiction"),
        N_("Topic"),
        N_("Summary"),
        N_("Owner"),
        N_("Last checked"),
        N_("Check due"),
        N_("Source"),
    ]
    header_row(writer, header)
    for entry in book.plan.policy_watch:
        due = bool(book.analysis.flags_for("policy", entry.id))
        writer.add(
            [
                text(entry.jurisdiction),
                text(entry.topic),
                text(entry.summary),
                text(entry.owner),
                day(entry.last_checked, Style(fill=OVERDUE_FILL) if due else Style()),
                text(_("Yes") if due else "", Style(fill=OVERDUE_FILL) if due else Style()),
                text(entry.source),
            ],
            f"policy {entry.id}",
        )
    if not book.plan.policy_watch:
        writer.add([text(_("Nobody is watching a policy topic in this plan yet."), NOTE)])
    writer.freeze = "A2"
    writer.autofilter = table_ref(1, writer.next_row - 1, len(header))
    writer.max_width = {2: 36, 3: 70, 7: 50}


def assumptions_sheet(book: Book, writer: SheetWriter) -> None:
    plan = book.plan
    writer.add(
        [
            text(
                _("Exchange rates: 1 base = rate × quote (change a rate: the Scenario sheet follows)"),
                SUBTITLE,
            )
        ]
    )
    header_row(writer, [N_("Base currency"), N_("Quote currency"), N_("Rate"), N_("As of"), N_("Source")])
    for rate in plan.exchange_rates:
        book.rate_rows[rate.id] = writer.add(
            [
                text(rate.base),
                text(rate.quote),
                number(rate.rate, RATE, INPUT),
                day(rate.as_of),
                text(rate.source),
            ],
            f"rate {rate.id}",
        )
    if not plan.exchange_rates:
        writer.add([text(_("No exchange rates: amounts in other currencies cannot be converted."), NOTE)])
    writer.skip()
    writer.add([text(_("Purchasing-power parity: units of the currency per international dollar"), SUBTITLE)])
    header_row(writer, [N_("Currency"), N_("Country"), N_("Factor"), N_("As of"), N_("Source")])
    for factor in plan.ppp_factors:
        writer.add(
            [
                text(factor.currency),
                text(factor.country),
                number(factor.factor, RATE),
                day(factor.as_of),
                text(factor.source),
            ],
            f"PPP {factor.id}",
        )
    if not plan.ppp_factors:
        writer.add([text(_("No PPP factors: purchasing-power comparisons are not possible."), NOTE)])
    writer.skip()
    writer.add([text(_("Market benchmarks (figures per period, in the benchmark's currency)"), SUBTITLE)])
    header = [
        N_("Market"),
        N_("Job family"),
        N_("Level"),
        N_("Currency"),
        N_("Period"),
        N_("Months a year"),
        N_("Base P25"),
        N_("Base P50"),
        N_("Base P75"),
        N_("Base P90"),
        N_("Total P25"),
        N_("Total P50"),
        N_("Total P75"),
        N_("Total P90"),
        N_("As of"),
        N_("Sample size"),
        N_("Source"),
        N_("Example data"),
        N_("Notes"),
    ]
    header_row(writer, header)
    for b in plan.benchmarks:
        money = money_format(b.currency)
        book.benchmark_rows[b.id] = writer.add(
            [
                text(book.index.market_name(b.market_id)),
                text(b.job_family),
                text(words.level(b.level)),
                text(b.currency),
                text(_(PERIOD_WORDS[b.period])),
                number(b.months_per_year, "0.##"),
                *[number(getattr(b, f"base_{p}"), money, INPUT) for p in ("p25", "p50", "p75", "p90")],
                *[number(getattr(b, f"total_{p}"), money, INPUT) for p in ("p25", "p50", "p75", "p90")],
                day(b.as_of),
                number(b.sample_size),
                text(b.source),
                text(_("Yes") if b.is_example else ""),
                text(b.notes),
            ],
            f"benchmark {b.id}",
        )
    if not plan.benchmarks:
        writer.add([text(_("No benchmarks: offers cannot be placed against a market."), NOTE)])
    writer.skip()
    settings = plan.settings
    writer.add([text(_("Rule thresholds (plan settings)"), SUBTITLE)])
    header_row(writer, [N_("Setting"), N_("Value")])
    for label, value, fmt in (
        (_("Below-market compa-ratio threshold"), settings.below_market_threshold, "0.00"),
        (_("Days before a policy-watch entry needs checking"), settings.policy_check_days, "0"),
        (_("Days before market data counts as stale"), settings.stale_data_days, "0"),
        (_("Risk score counted as medium from"), settings.risk_medium_from, "0"),
        (_("Risk score counted as high from"), settings.risk_high_from, "0"),
        (
            _("Assumed retention grant, % of the competing annual total"),
            settings.expected_retention_grant_pct,
            "0.##",
        ),
    ):
        writer.add([text(label), number(value, fmt)])
    writer.max_width = {1: 40, 2: 24, 17: 40, 19: 40}
    writer.print_rows = None  # several tables, each with its own header
