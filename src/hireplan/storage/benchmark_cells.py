"""One survey cell at a time: amounts, sample sizes, dates, levels and pay periods, each range-checked
before it is converted, each refusal a sentence naming what is wrong (the row is then left out).

``int(Decimal("1e999999"))`` takes about 30 s and ``int(Decimal("Infinity"))`` raises
``OverflowError``, so a figure is checked for length, finiteness and range while it is still text
or a Decimal, and converted only once it is known to be a sensible size.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from decimal import Decimal

from hireplan.model.base import MAX_AMOUNT
from hireplan.model.market import PayPeriod
from hireplan.model.roles import Level
from hireplan.storage.benchmark_read import Cell
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
    return text if len(text) <= 30 else f"a {len(text):,}-character value"


def _number(cell: Cell, label: str) -> Decimal | None:
    """``cell`` as a finite Decimal of sensible size, or None when empty; never a slow conversion."""
    if isinstance(cell, bool):
        raise RowError(f"{label} is not a number ({cell}).")
    if cell is None:
        return None
    if isinstance(cell, float):
        if not math.isfinite(cell):
            raise RowError(f"{label} is not a finite number ({cell}).")
        return Decimal(repr(cell))
    if isinstance(cell, int):
        if cell.bit_length() > 128:
            raise RowError(f"{label} has far more digits than any real figure.")
        return Decimal(cell)
    if isinstance(cell, Decimal):
        value = cell
    else:
        text = cell_text(cell)
        if text in _EMPTY:
            return None
        if len(text) > MAX_NUMBER_CHARS:
            raise RowError(f"{label} ({_shown(text)}) is far longer than any real figure.")
        cleaned = re.sub(r"[\s,_'\u00a0$¥£€]|(?i:usd|cny|rmb|gbp|sgd|eur)", "", text)
        multiplier = Decimal(1)
        if cleaned[-1:] in ("k", "K"):
            multiplier, cleaned = Decimal(1000), cleaned[:-1]
        if not _NUMBER.match(cleaned):
            raise RowError(f"{label} '{text}' is not a number.")
        value = Decimal(cleaned) * multiplier
    if not value.is_finite():
        raise RowError(f"{label} is not a finite number.")
    if value and abs(value.adjusted()) > 30:
        raise RowError(f"{label} ({value}) is far outside any real figure.")
    return value


def parse_amount(cell: Cell, label: str) -> Decimal | None:
    """A money amount as Decimal: ``250000``, ``"250,000"``, ``"$250,000"``, ``"250k"``; empty = None."""
    value = _number(cell, label)
    if value is None:
        return None
    if value < 0:
        raise RowError(f"{label} is negative ({value}); pay figures cannot be below zero.")
    if value > MAX_AMOUNT:
        raise RowError(f"{label} ({value}) is larger than any pay figure could be.")
    return value


def parse_sample_size(cell: Cell) -> int | None:
    """A sample size: a whole number from 1 to ten million, checked before it becomes an int."""
    value = _number(cell, "Sample size")
    if value is None:
        return None
    shown = cell_text(cell)
    if value != value.to_integral_value():
        raise RowError(f"Sample size '{_shown(shown)}' is not a whole number.")
    if value < 1:
        raise RowError(f"Sample size '{_shown(shown)}' must be at least 1.")
    if value > MAX_SAMPLE_SIZE:
        raise RowError(
            f"Sample size '{_shown(shown)}' is more than {MAX_SAMPLE_SIZE:,}, larger than any survey."
        )
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
    raise RowError(f"Date '{_shown(text)}' is not understood; write it as 2026-03-31 (or 2026-03, or 2026).")


_LEVEL_WORDS = {level.value: level for level in Level} | {
    "mid-level": Level.MID,
    "intermediate": Level.MID,
    "entry": Level.JUNIOR,
    "lead": Level.STAFF,
    "director": Level.EXECUTIVE,
}


def parse_level(cell: Cell) -> Level | None:
    text = cell_text(cell).casefold()
    if text in ("", "all", "all levels", "any"):
        return None
    level = _LEVEL_WORDS.get(text)
    if level is None:
        choices = ", ".join(level.value for level in Level)
        raise RowError(
            f"Level '{_shown(cell_text(cell))}' is not one of: {choices} (or empty for all levels)."
        )
    return level


def parse_period(cell: Cell) -> PayPeriod:
    text = cell_text(cell).casefold()
    if text in ("", "year", "yearly", "annual", "annually", "per year", "y"):
        return PayPeriod.YEAR
    if text in ("month", "monthly", "per month", "m"):
        return PayPeriod.MONTH
    raise RowError(f"Pay period '{_shown(cell_text(cell))}' should be 'year' or 'month'.")
