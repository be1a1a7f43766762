"""Compensation sheet: one row per offer and market compared, with a native bar chart below."""

from __future__ import annotations

from openpyxl.chart import BarChart, Reference
from openpyxl.utils import get_column_letter

from hireplan.analysis import Converted, OfferAnalysis, OfferComparison
from hireplan.export import words
from hireplan.export.redact import position_label
from hireplan.export.xlsx_base import (
    DECIMAL2,
    NOTE,
    PERCENT1,
    SUBTITLE,
    SheetCell,
    SheetWriter,
    Style,
    blank,
    header_row,
    money_format,
    number,
    table_ref,
    text,
)
from hireplan.export.xlsx_summary import Book
from hireplan.i18n import N_, _
from hireplan.model import PAY_BASIS_LABELS, Offer, PayBasis

CHART_ROLES = 20
"""Roles shown in the chart; the table above it has every offer."""


def _amount(conversion: object) -> float | None:
    return float(conversion.amount) if isinstance(conversion, Converted) else None


def comp_header(reporting: str) -> list[str]:
    return [
        N_("Role"),
        N_("Level"),
        N_("Offer market"),
        N_("Candidate"),
        N_("Currency"),
        N_("Base"),
        N_("Bonus and extra months"),
        N_("Equity per year"),
        N_("Sign-on per year"),
        N_("Allowances"),
        N_("Annual total"),
        N_("Relocation (one-off)"),
        N_("First-year value"),
        _("Annual total ({currency})").format(currency=reporting),
        N_("Annual total (PPP, INT$)"),
        N_("Market compared"),
        N_("Basis"),
        N_("Market P50 (its currency)"),
        N_("Our offer there"),
        N_("Compa-ratio"),
        N_("Position"),
        N_("Gap to P50"),
        N_("Gap to P50 %"),
        N_("PPP compa-ratio"),
        N_("PPP position"),
        N_("Offer id"),
    ]


def _offer_cells(book: Book, offer: Offer, result: OfferAnalysis) -> list[SheetCell | None]:
    f = result.figures
    money = money_format(f.currency)
    role = book.index.roles.get(offer.role_id)
    reporting = book.plan.reporting_currency
    return [
        text(book.index.role_title(offer.role_id)),
        text(words.level(role.level) if role is not None else ""),
        text(book.index.market_name(offer.market_id)),
        text(offer.candidate),
        text(f.currency),
        number(f.base, money),
        number(f.bonus, money),
        number(f.equity_per_year, money),
        number(f.sign_on_per_year, money),
        number(f.allowances, money),
        number(f.annual_total, money, Style(bold=True)),
        number(f.relocation, money),
        number(f.first_year_value, money),
        number(_amount(result.annual_reporting), money_format(reporting)),
        number(_amount(result.annual_ppp), money_format("INT$")),
    ]


def _comparison_cells(comp: OfferComparison | None) -> list[SheetCell | None]:
    if comp is None:
        return [text(_("no matching benchmark"), NOTE)] + [None] * 9
    nominal, ppp = comp.nominal, comp.ppp
    market = (
        _("{market} (own market)").format(market=comp.market_name) if comp.is_own_market else comp.market_name
    )
    return [
        text(market),
        text(_(PAY_BASIS_LABELS[PayBasis(comp.basis)])),
        number(comp.p50, money_format(comp.currency)),
        number(_amount(comp.offer_in_market), money_format(comp.currency)),
        number(nominal.compa_ratio if nominal else None, DECIMAL2),
        text(position_label(nominal) if nominal else _("no rate")),
        number(nominal.gap_to_p50 if nominal else None, money_format(comp.currency)),
        number(nominal.gap_pct / 100 if nominal else None, PERCENT1),
        number(ppp.compa_ratio if ppp else None, DECIMAL2),
        text(position_label(ppp) if ppp else _("no PPP factor")),
    ]


def compensation_sheet(book: Book, writer: SheetWriter) -> None:
    reporting = book.plan.reporting_currency
    header = comp_header(reporting)
    header_row(writer, header)
    for offer in book.plan.offers:
        result = book.analysis.offers.get(offer.id)
        if result is None:
            continue
        head = _offer_cells(book, offer, result)
        comparisons: list[OfferComparison | None] = list(result.cross_market) or [None]
        for comp in comparisons:
            writer.add(
                [*head, *_comparison_cells(comp), text(offer.id, Style(colour="8A94A3"))], f"offer {offer.id}"
            )
    last = writer.next_row - 1
    writer.freeze = "B2"
    writer.autofilter = table_ref(1, last, len(header))
    writer.max_width = {1: 32, 3: 22, 4: 20, 16: 28}
    _chart(book, writer)


def _chart(book: Book, writer: SheetWriter) -> None:
    """Below the table: annual total of each role's first offer beside every market's P50, in the
    reporting currency, and a clustered bar chart of it anchored beside the table's top."""
    reporting = book.plan.reporting_currency
    firsts: dict[str, OfferAnalysis] = {}
    for offer in book.plan.offers:
        result = book.analysis.offers.get(offer.id)
        if result is not None and offer.role_id not in firsts:
            firsts[offer.role_id] = result
    roles = list(firsts.items())[:CHART_ROLES]
    market_ids: list[str] = []
    for _role_id, result in roles:
        for comp in result.cross_market:
            if comp.market_id not in market_ids:
                market_ids.append(comp.market_id)
    if not roles:
        return
    writer.skip(2)
    writer.add(
        [
            text(
                _(
                    "Annual total by market, {currency}: our offer beside each market's median (chart data)"
                ).format(currency=reporting),
                SUBTITLE,
            )
        ]
    )
    head_row = header_row(
        writer, [N_("Role"), N_("Our offer"), *[book.index.market_name(m) for m in market_ids]]
    )
    money = money_format(reporting)
    for role_id, result in roles:
        by_market = {comp.market_id: comp for comp in result.cross_market}
        cells: list[SheetCell | None] = [
            text(book.index.role_title(role_id)),
            number(_amount(result.annual_reporting), money),
        ]
        for market_id in market_ids:
            found = by_market.get(market_id)
            cells.append(number(_amount(found.p50_reporting), money) if found is not None else blank())
        writer.add(cells, "role title")
    last = writer.next_row - 1
    chart = BarChart()
    chart.type = "col"
    chart.grouping = "clustered"
    chart.title = _("Annual total by market ({currency})").format(currency=reporting)
    chart.y_axis.title = reporting
    chart.y_axis.numFmt = "#,##0"
    chart.y_axis.scaling.min = 0
    chart.y_axis.delete = False
    chart.x_axis.delete = False
    chart.height, chart.width = 9, 24
    chart.legend.position = "b"  # under the plot, so printing never cuts it off at the right
    sheet = f"'{writer.title}'"
    columns = 2 + len(market_ids)
    data = Reference(range_string=f"{sheet}!$B${head_row}:${get_column_letter(columns)}${last}")
    categories = Reference(range_string=f"{sheet}!$A${head_row + 1}:$A${last}")
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(categories)
    writer.charts.append((chart, f"A{last + 3}"))
