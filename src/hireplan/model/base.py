"""Shared building blocks of the plan model: base class, ids and constrained types."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints

from hireplan.model.currency import normalise_currency


def new_id() -> str:
    """A short random id; stable once stored, so references survive renames and moves."""
    return uuid.uuid4().hex[:12]


class HireplanModel(BaseModel):
    """Base of every stored object.

    ``extra="forbid"`` so a file with fields we do not know is refused instead of silently
    losing them on the next save; ``validate_assignment`` so an edit can never put a value
    into the plan that a reload would reject.
    """

    model_config = ConfigDict(
        extra="forbid",
        validate_assignment=True,
        str_strip_whitespace=False,
        ser_json_inf_nan="strings",
    )


ObjectId = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")]
"""A stable identifier; references between objects use it."""

CurrencyCode = Annotated[str, BeforeValidator(normalise_currency), StringConstraints(pattern=r"^[A-Z]{3}$")]
"""An ISO 4217 code such as ``USD`` or ``CNY`` (``RMB`` is read as ``CNY``; unknown codes are refused)."""

MAX_AMOUNT = Decimal("1e12")
"""Largest amount of money a field holds: far above any pay or budget, in any currency."""
AMOUNT_PLACES = 6
"""Most decimal places an amount keeps (figures are shown in whole units or cents)."""

Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, decimal_places=AMOUNT_PLACES, allow_inf_nan=False)]
"""A non-negative amount of money in the currency of the object that holds it."""

MIN_YEARS = Decimal("0.08")
"""About one month: the shortest vesting or amortisation period a package states."""

Years = Annotated[Decimal, Field(ge=MIN_YEARS, le=20, decimal_places=4, allow_inf_nan=False)]
"""A period in years (vesting, amortisation), one month to twenty years; zero would divide by zero."""

MIN_RATIO = Decimal("1e-6")
MAX_RATIO = Decimal("1e6")

Ratio = Annotated[Decimal, Field(ge=MIN_RATIO, le=MAX_RATIO, decimal_places=12, allow_inf_nan=False)]
"""A strictly positive conversion factor (exchange rate, PPP factor): real ones lie far inside
10^-6 to 10^6 (one US dollar buys about 26,000 Vietnamese dong)."""

EARLIEST_DATE = date(1900, 1, 1)
LATEST_DATE = date(2199, 12, 31)

PlanDate = Annotated[date, Field(ge=EARLIEST_DATE, le=LATEST_DATE)]
"""A calendar date from 1900 to 2199 (what spreadsheets and people mean by a date)."""

Score = Annotated[int, Field(ge=1, le=5)]
"""A 1-5 rating (likelihood, impact)."""

ShortText = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=100_000)]
_TAG_REFUSED = r"\sA-Z!-,./:-@\[-`{-~\u3000-\u303f\uff00-\uff0f\uff1a-\uff20"
"""Spaces, upper-case Latin, ASCII punctuation but the hyphen, CJK and full-width punctuation."""
TAG_PATTERN = rf"^[^{_TAG_REFUSED}-](?:[^{_TAG_REFUSED}])*$"
"""Letters of any script (no upper-case Latin), digits and hyphens: ``career-path``, ``文化``, ``职业发展``.

Written as what a tag may not hold, not as a class of letters: pydantic (Rust regex), Python's ``re``
and JSON Schema validators (ECMA-262) then agree on it."""
Tag = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=TAG_PATTERN)]
"""A tag such as ``career-path`` or ``文化``; risk rules look for these (Chinese synonyms of the rules'
tags count as the English ones: :mod:`hireplan.analysis.tag_synonyms`)."""
