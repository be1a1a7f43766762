"""The Scenario sheet: each offer's inputs with live formulas finance can play with.

Exchange rates and market medians are not copied in: they are formulas over the Assumptions
sheet, so finance changes a rate there and every converted total and compa-ratio follows. The
columns "as exported" keep hireplan's own results beside the formulas, and a totals row sums the
offers in the reporting currency.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from hireplan.analysis import Converted
from hireplan.analysis.convert import RateTable
from hireplan.export.xlsx_base import (
    DECIMAL2,
    INPUT_FILL,
    NOTE,
    RATE,
    SheetCell,
    SheetWriter,
    Style,
    blank,
    formula,
    header_row,
    money_format,
    number,
    table_ref,
    text,
)
from hireplan.export.xlsx_summary import Book
from hireplan.i18n import N_, _
from hireplan.model import Benchmark, BonusKind, PayBasis, PayPeriod
from hireplan.storage.sheet_columns import BASIS_WORDS, BONUS_WORDS, PERIOD_WORDS

ASSUMPTIONS = N_("Assumptions")
RATE_COLUMN = "C"
PERIOD_COLUMN, MONTHS_COLUMN = "E", "F"
P50_COLUMNS = {"base": "H", "total_cash": "L", "total_direct": "L"}
"""Where the Assumptions sheet keeps a benchmark's period, months a year and P50 on each basis."""


def quoted(message: str) -> str:
    """A choice as the sheets show it (``"额外月薪"``), as a formula's string: finance reads and picks
    the words of the workbook's language, so the formulas compare against those words, never codes."""
    return '"' + _(message).replace('"', '""') + '"'


def _assumptions() -> str:
    """The Assumptions sheet as a formula names it, in the workbook's language (quoted unless plain)."""
    title = _(ASSUMPTIONS)
    return title if title.isascii() and title.isidentifier() else f"'{title}'"


SCENARIO_HEADER = [
    N_("Role"),
    N_("Candidate"),
    N_("Market"),
    N_("Currency"),
    N_("Base"),
    N_("Guaranteed extra months"),
    N_("Bonus kind"),
    N_("Bonus value"),
    N_("Equity grant"),
    N_("Vesting years"),
    N_("Sign-on"),
    N_("Sign-on years"),
    N_("Relocation"),
    N_("Housing allowance"),
    N_("Living allowance"),
    N_("Bonus and extra months"),
    N_("Annual total"),
    N_("First-year value"),
    N_("Rate to reporting currency"),
    N_("Annual total (reporting)"),
    N_("Benchmark currency"),
    N_("Basis"),
    N_("Market P50"),
    N_("Rate to benchmark currency"),
    N_("Compa-ratio"),
    N_("Annual total as exported"),
    N_("Compa-ratio as exported"),
    N_("Offer id"),
]


def rate_formula(book: Book, rates: RateTable, source: str, target: str) -> str | None:
    """``Assumptions!$C$4*(1/Assumptions!$C$5)``: the chain of rates the analysis uses, live; None
    when no chain links the currencies (the analysis then has no figure either)."""
    legs = rates.legs(source, target)
    if legs is None:
        return None
    if not legs:
        return "1"
    parts = []
    for rate_id, inverted in legs:
        row = book.rate_rows.get(rate_id)
        if row is None:
            return None
        cell = f"{_assumptions()}!${RATE_COLUMN}${row}"
        parts.append(f"(1/{cell})" if inverted else cell)
    return "*".join(parts)


def median_formula(book: Book, benchmark: Benchmark, basis: str) -> str | None:
    """The benchmark's P50 on ``basis`` a year, read from the Assumptions sheet (x months when monthly)."""
    row = book.benchmark_rows.get(benchmark.id)
    if row is None or basis not in P50_COLUMNS:
        return None
    sheet = _assumptions()
    p50 = f"{sheet}!${P50_COLUMNS[basis]}${row}"
    month = quoted(PERIOD_WORDS[PayPeriod.MONTH])
    return f"IF({sheet}!${PERIOD_COLUMN}${row}={month},{p50}*{sheet}!${MONTHS_COLUMN}${row},{p50})"


def scenario_sheet(book: Book, writer: SheetWriter) -> None:
    """Inputs shaded yellow; totals, rates, medians and compa-ratios are formulas."""
    header_row(writer, SCENARIO_HEADER)
    inputs = Style(fill=INPUT_FILL)
    reporting = book.plan.reporting_currency
    rates = RateTable(book.plan.exchange_rates)
    benchmarks = {b.id: b for b in book.plan.benchmarks}
    first = writer.next_row
    for offer in book.plan.offers:
        result = book.analysis.offers.get(offer.id)
        if result is None:
            continue
        r = writer.next_row
        money = money_format(offer.currency)
        own = result.own_market
        to_report = rate_formula(book, rates, offer.currency, reporting)
        benchmark = benchmarks.get(own.benchmark_id) if own is not None else None
        to_bench = rate_formula(book, rates, offer.currency, own.currency) if own is not None else None
        median = (
            median_formula(book, benchmark, own.basis) if benchmark is not None and own is not None else None
        )
        percent = quoted(BONUS_WORDS[BonusKind.PERCENT])
        # The guaranteed extra months (base / 12 each), then the target bonus: % of base or an amount.
        bonus = f"E{r}/12*F{r}+IF(G{r}={percent},E{r}*H{r}/100,H{r})"
        recurring = f"E{r}+P{r}+I{r}/J{r}"  # total direct: sign-on and allowances count in year one only
        bench_row = book.benchmark_rows.get(benchmark.id) if benchmark is not None else None
        months = f"{_assumptions()}!${MONTHS_COLUMN}${bench_row}" if bench_row is not None else "12"
        # On base, guaranteed extra months count as far as the benchmark's months a year cover them.
        on_base = f"E{r}+E{r}/12*MIN(F{r},MAX({months}-12,0))"
        base, total_cash = quoted(BASIS_WORDS[PayBasis.BASE]), quoted(BASIS_WORDS[PayBasis.TOTAL_CASH])
        on_basis = f"IF(V{r}={base},{on_base},IF(V{r}={total_cash},E{r}+P{r},Q{r}))"
        cells: list[SheetCell | None] = [
            text(book.index.role_title(offer.role_id)),
            text(offer.candidate),
            text(book.index.market_name(offer.market_id)),
            text(offer.currency),
            number(offer.base, money, inputs),
            number(offer.guaranteed_months, "0.##", inputs),
            text(_(BONUS_WORDS[offer.bonus_kind]), inputs),
            number(offer.bonus_value, "0.##", inputs),
            number(offer.equity_grant, money, inputs),
            number(offer.vesting_years, "0.##", inputs),
            number(offer.sign_on, money, inputs),
            number(offer.sign_on_amortisation_years, "0.##", inputs),
            number(offer.relocation, money, inputs),
            number(offer.housing_allowance, money, inputs),
            number(offer.living_allowance, money, inputs),
            formula(f"={bonus}", money),
            formula(f"={recurring}", money, Style(bold=True)),
            formula(f"=E{r}+P{r}+I{r}/J{r}+K{r}+N{r}+O{r}+M{r}", money),
            formula(f"={to_report}", RATE) if to_report else blank(),
            formula(f"=Q{r}*S{r}", money_format(reporting)) if to_report else blank(),
            text(own.currency) if own else text(result.why_uncompared, NOTE),
            text(_(BASIS_WORDS[PayBasis(own.basis)])) if own else blank(),
            formula(f"={median}", money_format(own.currency)) if own and median else blank(),
            formula(f"={to_bench}", RATE) if to_bench else blank(),
            formula(f"=({on_basis})*X{r}/W{r}", DECIMAL2)
            if own is not None and to_bench and median and own.p50
            else blank(),
            number(result.figures.annual_total, money),
            number(own.nominal.compa_ratio if own and own.nominal else None, DECIMAL2),
            text(offer.id, Style(colour="8A94A3")),
        ]
        writer.add(cells, f"offer {offer.id}")
    last = writer.next_row - 1
    total = Style(bold=True, fill="E4EAF1", border=True)
    exported = sum(
        (
            r.annual_reporting.amount
            for r in book.analysis.offers.values()
            if isinstance(r.annual_reporting, Converted)
        ),
        start=Decimal(0),
    )
    reporting_column = SCENARIO_HEADER.index(N_("Annual total (reporting)"))
    gap = [blank(total) for _column in range(reporting_column - 1)]
    column = get_column_letter(reporting_column + 1)
    live = formula(f"=SUM({column}{first}:{column}{max(first, last)})", money_format(reporting), total)
    writer.add(
        [text(_("Total of the offers in {currency}").format(currency=reporting), total), *gap, live], "totals"
    )
    writer.add(
        [
            text(_("The same as exported by hireplan, in {currency}").format(currency=reporting), NOTE),
            *[None] * (reporting_column - 1),
            number(exported, money_format(reporting)),
        ]
    )
    writer.freeze = "C2"
    writer.autofilter = table_ref(1, last, len(SCENARIO_HEADER))
    writer.print_rows = "1:1"
    choices = [_(BONUS_WORDS[kind]) for kind in BonusKind]
    kinds = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=False)
    kinds.error = _("Choose how the bonus is given: {kinds}").format(kinds=_(", ").join(choices))
    kinds.add(f"G2:G{max(2, last)}")
    writer.validations.append(kinds)
    writer.max_width = {1: 30, 2: 22, 3: 20}
