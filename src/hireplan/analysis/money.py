"""Converted amounts and the conversions that could not be made (a missing rate is never 1.0).

No Qt, no I/O. :mod:`hireplan.analysis.results` re-exports these.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal, NamedTuple

ConversionKind = Literal["nominal", "ppp"]


class Converted(NamedTuple):
    """An amount converted into another currency, saying which rate(s) it used.

    Immutable; a named tuple because an analysis makes thousands of these and a named tuple is
    several times quicker to build than a frozen dataclass.

    ``rate`` is the effective factor: ``amount == from_amount * rate`` (up to Decimal precision).
    For PPP conversions ``currency`` is ``"INT$"`` (international dollars).
    ``as_of`` is the oldest date among the rates used; ``source`` names them.
    """

    amount: Decimal
    currency: str
    rate: Decimal
    as_of: date | None
    source: str
    kind: ConversionKind = "nominal"
    from_amount: Decimal = Decimal(0)
    from_currency: str = ""


class MissingRate(NamedTuple):
    """A conversion that could not be made; shown to the user, never replaced by 1.0."""

    from_currency: str
    to_currency: str
    kind: ConversionKind
    message: str


Conversion = Converted | MissingRate
