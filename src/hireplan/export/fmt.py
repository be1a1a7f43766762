"""Figures as the exports show them: a thin layer over :mod:`hireplan.analysis.format` (so a figure
reads the same in the app, the CLI and the brief) that adds dashes for missing values and the
compa-ratio bands used when offers are redacted."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal

from hireplan.analysis import format as af
from hireplan.i18n import _

DASH = "—"


def money(amount: Decimal | None, currency: str = "") -> str:
    """``USD 250,000``, or ``250,000`` without a currency; a dash for no figure."""
    if amount is None:
        return DASH
    return af.format_money(amount, currency) if currency else af.format_number(amount)


def signed_money(amount: Decimal | None, currency: str) -> str:
    return DASH if amount is None else af.format_signed_money(amount, currency)


def ratio(value: Decimal | None) -> str:
    return DASH if value is None else af.format_ratio(value)


def signed_pct(value: Decimal | None) -> str:
    """A value already in percent units, e.g. ``-6.1%``."""
    return DASH if value is None else af.format_percent(value, signed=True)


def percent(value: Decimal) -> str:
    """A percentage a person typed (a bonus), as typed: ``15%``, ``12.5%``."""
    return af.format_percent(value, 2, trim=True)


def share(value: float) -> str:
    """A 0..1 ratio as a whole percentage."""
    return af.format_progress(value)


def day(value: date | None) -> str:
    return value.isoformat() if value is not None else DASH


def rate(value: Decimal) -> str:
    return af.format_rate(value)


def compa_range(value: Decimal) -> str:
    """A compa-ratio as a 0.10-wide range (``0.90–0.99``), for briefs where exact pay is redacted.

    Not a band: :func:`hireplan.analysis.bands.compa_band` is the red/amber/green judgement.
    Never raises: a ratio too large for a meaningful range (or not a number) reads as such.
    """
    if not value.is_finite():
        return DASH
    if value >= 100:
        return _("{ratio} or more").format(ratio=af.format_ratio(Decimal(100)))
    tenth = (value * 10).to_integral_value(rounding=ROUND_FLOOR) / Decimal(10)
    return f"{af.format_ratio(tenth)}–{af.format_ratio(tenth + Decimal('0.09'))}"
