"""Display formatting shared by the GUI, the exports and the CLI."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from hireplan.analysis import Converted, MissingRate
from hireplan.analysis.format import (
    describe_conversion,
    format_conversion,
    format_money,
    format_number,
    format_percent,
    format_progress,
    format_rate,
    format_ratio,
    format_signed_money,
)
from hireplan.export.fmt import compa_range


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


def test_a_percentage_is_written_one_way_with_the_sign_against_the_figure() -> None:
    assert format_percent(Decimal("21")) == "21.0%"
    assert format_progress(0.21) == "21%"  # progress goes through format_percent too
    assert format_percent(Decimal("15.00"), 2, trim=True) == "15%"  # a typed bonus, as typed
    assert format_percent(Decimal("12.50"), 2, trim=True) == "12.5%"
    assert format_percent(Decimal("-0.04"), 1, signed=True) == "0.0%"  # never "-0.0%"


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


FORMATTERS: dict[str, Callable[[Decimal], str]] = {
    "number": lambda v: format_number(v, 2),
    "money": lambda v: format_money(v, "USD"),
    "signed money": lambda v: format_signed_money(v, "CNY", 2),
    "ratio": format_ratio,
    "percent": lambda v: format_percent(v, signed=True),
    "rate": format_rate,
    "compa range": compa_range,
}


@pytest.mark.parametrize("name", sorted(FORMATTERS))
@pytest.mark.parametrize(
    "value",
    ["1e30", "123456789012345678901234567.5", "-1e40", "1e-30", "0.000001", "1e12", "NaN", "Infinity"],
)
def test_formatting_never_raises_on_figures_beyond_the_decimal_context(name: str, value: str) -> None:
    """A derived figure may carry more digits than Decimal's default 28 (quantize then raised)."""
    text = FORMATTERS[name](Decimal(value))
    assert text.strip()
    if name != "rate" and Decimal(value).is_finite():
        assert "E" not in text, "amounts are written out in full, never in scientific notation"


def test_a_thirty_digit_amount_is_shown_in_full() -> None:
    assert format_money(Decimal("123456789012345678901234567890.4"), "USD") == (
        "USD 123,456,789,012,345,678,901,234,567,890"
    )
