"""One survey cell at a time: amounts, sample sizes, dates, levels and pay periods, each range-checked
before it is converted, each refusal a sentence naming what is wrong (the row is then left out).

``int(Decimal("1e999999"))`` takes about 30 s and ``int(Decimal("Infinity"))`` raises
``OverflowError``, so a figure is checked for length, finiteness and range while it is still text
or a Decimal, and converted only once it is known to be a sensible size.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal

from hireplan.i18n import _
from hireplan.locale_figures import UNITS
from hireplan.model.base import MAX_AMOUNT
from hireplan.model.market import PayPeriod
from hireplan.model.roles import Level
from hireplan.storage.benchmark_table import Cell
from hireplan.storage.import_limits import MAX_NUMBER_CHARS

MAX_SAMPLE_SIZE = 10_000_000
"""The model's own bound on a benchmark's sample size."""


class RowError(ValueError):
    """A cell that cannot become part of a benchmark; the message names it and why."""


def cell_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, datetime):
        return cell.date().isoformat()
    if isinstance(cell, date):
        return cell.isoformat()
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,3})?$")
_EMPTY = ("", "-", "—", "n/a", "N/A", "na", "NA")


def _shown(text: str) -> str:
    return text if len(text) <= 30 else _("a {count}-character value").format(count=f"{len(text):,}")


def _number(cell: Cell, label: str) -> Decimal | None:
    """``cell`` as a finite Decimal of sensible size, or None when empty; never a slow conversion."""
    if isinstance(cell, bool):
        raise RowError(_("{label} is not a number ({value}).").format(label=label, value=cell))
    if cell is None:
        return None
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise RowError(_("{label} is not a finite number ({value}).").format(label=label, value=cell))
        return Decimal(repr(cell))
    if isinstance(cell, int):
        if cell.bit_length() > 128:
            raise RowError(_("{label} has far more digits than any real figure.").format(label=label))
        return Decimal(cell)
    if isinstance(cell, Decimal):
        value = cell
    else:
        text = cell_text(cell)
        if text in _EMPTY:
            return None
        if len(text) > MAX_NUMBER_CHARS:
            too_long = _("{label} ({value}) is far longer than any real figure.")
            raise RowError(too_long.format(label=label, value=_shown(text)))
        # As a person types it (hireplan.locale_figures): full-width digits, grouping, a currency
        # word or symbol, and a unit: 250k, 30万, 1.5万元.
        cleaned = unicodedata.normalize("NFKC", text)
        cleaned = re.sub(
            r"[\s,_'\u00a0$¥£€元块]|人民币|美元|港元|(?i:usd|cny|rmb|gbp|sgd|eur|hkd)", "", cleaned
        )
        multiplier = Decimal(1)
        for unit, factor in UNITS.items():
            if cleaned.lower().endswith(unit):
                multiplier, cleaned = factor, cleaned[: -len(unit)]
                break
        if not _NUMBER.match(cleaned):
            raise RowError(_("{label} '{value}' is not a number.").format(label=label, value=text))
        value = Decimal(cleaned) * multiplier
    if not value.is_finite():
        raise RowError(_("{label} is not a finite number.").format(label=label))
    if value and abs(value.adjusted()) > 30:
        raise RowError(
            _("{label} ({value}) is far outside any real figure.").format(label=label, value=value)
        )
    return value


def parse_amount(cell: Cell, label: str) -> Decimal | None:
    """A money amount as Decimal: ``250000``, ``"250,000"``, ``"$250,000"``, ``"250k"``; empty = None."""
    value = _number(cell, label)
    if value is None:
        return None
    if value < 0:
        negative = _("{label} is negative ({value}); pay figures cannot be below zero.")
        raise RowError(negative.format(label=label, value=value))
    if value > MAX_AMOUNT:
        too_large = _("{label} ({value}) is larger than any pay figure could be.")
        raise RowError(too_large.format(label=label, value=value))
    return value


def parse_sample_size(cell: Cell) -> int | None:
    """A sample size: a whole number from 1 to ten million, checked before it becomes an int."""
    value = _number(cell, _("Sample size"))
    if value is None:
        return None
    shown = cell_text(cell)
    if value != value.to_integral_value():
        raise RowError(_("Sample size '{value}' is not a whole number.").format(value=_shown(shown)))
    if value < 1:
        raise RowError(_("Sample size '{value}' must be at least 1.").format(value=_shown(shown)))
    if value > MAX_SAMPLE_SIZE:
        too_many = _("Sample size '{value}' is more than {limit}, larger than any survey.")
        raise RowError(too_many.format(value=_shown(shown), limit=f"{MAX_SAMPLE_SIZE:,}"))
    return int(value)


def parse_date(cell: Cell) -> date | None:
    """``2026-03-31``, ``2026/3/31``, ``2026-03``, ``2026``, ``2026年3月31日``, ``2026年3月`` (a month or
    year is taken as its start), or a date cell."""
    if cell is None:
        return None
    if isinstance(cell, datetime):
        return cell.date()
    if isinstance(cell, date):
        return cell
    text = cell_text(cell)
    if not text:
        return None
    for pattern in (
        r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$",
        r"^(\d{4})[-/](\d{1,2})$",
        r"^(\d{4})$",
        r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]$",
        r"^(\d{4})\s*年\s*(\d{1,2})\s*月$",
        r"^(\d{4})\s*年$",
    ):
        match = re.match(pattern, text)
        if match:
            parts = [int(part) for part in match.groups()] + [1, 1]
            try:
                return date(parts[0], parts[1], parts[2])
            except ValueError:
                break
    not_understood = _("Date '{value}' is not understood; write it as 2026-03-31 (or 2026-03, or 2026).")
    raise RowError(not_understood.format(value=_shown(text)))


_LEVEL_WORDS = {level.value: level for level in Level} | {
    "mid-level": Level.MID,
    "intermediate": Level.MID,
    "entry": Level.JUNIOR,
    "lead": Level.STAFF,
    "director": Level.EXECUTIVE,
    # The level names of the Chinese catalogue, and the words a Chinese survey uses for them.
    "初级": Level.JUNIOR,
    "中级": Level.MID,
    "高级": Level.SENIOR,
    "资深": Level.STAFF,
    "首席": Level.PRINCIPAL,
    "高管": Level.EXECUTIVE,
}


def parse_level(cell: Cell) -> Level | None:
    text = cell_text(cell).casefold()
    if text in ("", "all", "all levels", "any", "全部", "所有级别", "不限"):
        return None
    level = _LEVEL_WORDS.get(text)
    if level is None:
        choices = _(", ").join(level.value for level in Level)
        not_level = _("Level '{value}' is not one of: {choices} (or empty for all levels).")
        raise RowError(not_level.format(value=_shown(cell_text(cell)), choices=choices))
    return level


MONTHS_WORDS = r"(?i:\s*(?:months?|个月|個月|月|薪))$"
"""What a survey may write after the number of months: ``14 months``, ``14个月``, ``14薪``."""


def parse_months_per_year(cell: Cell) -> Decimal | None:
    """How many monthly salaries a year the figures cover (12, or 13-16 with extra months), 1 to 24;
    empty = None (the benchmark's default, 12)."""
    label = _("Months per year")
    if isinstance(cell, str):
        cell = re.sub(MONTHS_WORDS, "", cell.strip())
    value = _number(cell, label)
    if value is None:
        return None
    if not 1 <= value <= 24 or value != value.quantize(Decimal("0.01")):
        wrong = _("Months per year '{value}' should be a number from 1 to 24, such as 12 or 14.")
        raise RowError(wrong.format(value=_shown(cell_text(cell))))
    return value


def parse_period(cell: Cell) -> PayPeriod:
    text = cell_text(cell).casefold()
    if text in ("", "year", "yearly", "annual", "annually", "per year", "y", "年", "每年", "年薪", "按年"):
        return PayPeriod.YEAR
    if text in ("month", "monthly", "per month", "m", "月", "每月", "月薪", "按月"):
        return PayPeriod.MONTH
    wrong = _("Pay period '{value}' should be 'year' or 'month'.")
    raise RowError(wrong.format(value=_shown(cell_text(cell))))
