"""Display formatting shared by the GUI, the exports and the CLI."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hireplan.analysis import Converted, MissingRate
from hireplan.analysis.format import (
    describe_conversion,
    format_conversion,
    format_money,
    format_percent,
    format_progress,
    format_ratio,
    format_signed_money,
)


def test_money_rounds_half_away_from_zero_with_thousands_separators() -> None:
    assert format_money(Decimal("1234567.5"), "USD") == "USD 1,234,568"
    assert format_money(Decimal("2.5"), "CNY") == "CNY 3"
    assert format_money(Decimal("1234.565"), "GBP", places=2) == "GBP 1,234.57"
    assert format_money(Decimal("-0.4"), "USD") == "USD 0"


def test_signed_money_and_percent_show_direction() -> None:
    assert format_signed_money(Decimal("-28500"), "USD") == "-USD 28,500"
    assert format_signed_money(Decimal("57565.2"), "USD") == "+USD 57,565"
    assert format_percent(Decimal("-11.44")) == "-11.4%"
    assert format_percent(Decimal("23.03"), signed=True) == "+23.0%"


def test_ratios_and_progress() -> None:
    assert format_ratio(Decimal("0.885")) == "0.89"
    assert format_progress(0.625) == "63%"
    assert format_progress(0.0) == "0%"


def test_conversion_says_which_rate_it_used_or_what_is_missing() -> None:
    converted = Converted(
        Decimal("677.58"), "CNY", Decimal("6.7758"), date(2026, 6, 30), "Fed", "nominal", Decimal(100), "USD"
    )
    assert format_conversion(converted) == "CNY 678"
    assert describe_conversion(converted) == "rate 1 USD = 6.7758 CNY, as of 2026-06-30, source: Fed"
    missing = MissingRate("USD", "SGD", "nominal", "No exchange rate links USD to SGD.")
    assert format_conversion(missing) == "no USD->SGD rate"
    assert describe_conversion(missing) == "No exchange rate links USD to SGD."
