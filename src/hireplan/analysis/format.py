"""Showing analysis figures: the one place amounts, ratios and rates are rounded for display.

The GUI, the exports and the CLI all format through these helpers, so a figure reads the
same everywhere. Values stay unrounded Decimals until they reach here.
"""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from hireplan.analysis.results import Conversion, Converted, Position
from hireplan.i18n import _
from hireplan.locale_figures import (
    NOT_A_NUMBER,
    format_money,
    format_number,
    format_signed_money,
    quantize,
)

__all__ = [
    "NOT_A_NUMBER",
    "describe_conversion",
    "format_conversion",
    "format_date",
    "format_money",
    "format_number",
    "format_percent",
    "format_position",
    "format_progress",
    "format_rate",
    "format_ratio",
    "format_signed_money",
    "quantize",
]
"""Money and grouping come from :mod:`hireplan.locale_figures` (the same rules for typing amounts);
they are re-exported here so every figure is still formatted from one module."""


def format_ratio(value: Decimal, places: int = 2) -> str:
    """A compa-ratio such as ``0.92``."""
    return format_number(value, places)


PERCENT_SIGN = "%"
"""Written straight after the figure, with no space, in every language: ``21%``."""


def format_percent(value: Decimal, places: int = 1, signed: bool = False, trim: bool = False) -> str:
    """``-7.7%``; ``value`` is already a percentage (7.7, not 0.077).

    The one place a percentage is written: the window, the exports and the CLI all come here (or
    through :func:`format_progress`), so a figure never reads ``21 %`` in one place and ``21%`` in
    another. ``trim`` drops zeros after the point (``15%``, ``12.5%``), for figures a person typed.
    """
    if not value.is_finite():
        return NOT_A_NUMBER
    rounded = quantize(value, places)
    number = f"{abs(rounded):,.{places}f}"
    if trim and "." in number:
        number = number.rstrip("0").rstrip(".")
    text = number + PERCENT_SIGN
    if rounded < 0:
        return "-" + text
    if signed and rounded > 0:
        return "+" + text
    return text


def format_progress(ratio: float) -> str:
    """A progress ratio 0..1 as a whole percentage: ``0.625`` -> ``63%``."""
    if not math.isfinite(ratio):
        return NOT_A_NUMBER
    return format_percent(Decimal(repr(ratio)) * 100, 0)


def format_rate(value: Decimal) -> str:
    """An exchange rate with enough significant digits to be checked against its source.

    Six significant digits; a factor outside 10^-9..10^15 (only a long chain of odd rates gives
    one) is written in scientific notation rather than as dozens of digits.
    """
    if not value.is_finite():
        return NOT_A_NUMBER
    if value == 0:
        return "0"
    digits = 6
    exponent = value.adjusted()
    if not -9 <= exponent <= 15:
        return f"{value:.5E}"
    places = max(0, digits - 1 - exponent)
    return format_number(value, places).rstrip("0").rstrip(".")


def format_date(value: date | None) -> str:
    return value.isoformat() if value is not None else _("undated")


def describe_conversion(conversion: Conversion) -> str:
    """Which rate a converted figure used, for a tooltip or a footnote; or why it could not be made."""
    if not isinstance(conversion, Converted):
        return conversion.message
    if conversion.from_currency == conversion.currency:
        return _("no conversion needed")
    values = {
        "source_currency": conversion.from_currency,
        "rate": format_rate(conversion.rate),
        "currency": conversion.currency,
        "as_of": format_date(conversion.as_of),
        "source": conversion.source,
    }
    if conversion.kind == "ppp":
        text = _("PPP factor 1 {source_currency} = {rate} {currency}, as of {as_of}, source: {source}")
    else:
        text = _("rate 1 {source_currency} = {rate} {currency}, as of {as_of}, source: {source}")
    return text.format(**values)


def format_conversion(conversion: Conversion, places: int | None = None) -> str:
    """The converted amount, or a short marker that the rate is missing."""
    if isinstance(conversion, Converted):
        return format_money(conversion.amount, conversion.currency, places)
    return _("no {source}->{target} rate").format(
        source=conversion.from_currency, target=conversion.to_currency
    )


def format_position(position: Position) -> str:
    """``0.92 of P50 (P38)``."""
    return _("{ratio} of P50 ({position})").format(
        ratio=format_ratio(position.compa_ratio), position=position.label
    )
