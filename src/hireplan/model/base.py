"""Shared building blocks of the plan model: base class, ids and constrained types."""

from __future__ import annotations

import uuid
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

Amount = Annotated[Decimal, Field(ge=0, le=MAX_AMOUNT, allow_inf_nan=False)]
"""A non-negative amount of money in the currency of the object that holds it."""

Years = Annotated[Decimal, Field(gt=0, le=20, allow_inf_nan=False)]
"""A period in years (vesting, amortisation); zero would divide by zero."""

Ratio = Annotated[Decimal, Field(ge=Decimal("1e-9"), le=Decimal("1e9"), allow_inf_nan=False)]
"""A strictly positive conversion factor (exchange rate, PPP factor)."""

Score = Annotated[int, Field(ge=1, le=5)]
"""A 1-5 rating (likelihood, impact)."""

ShortText = Annotated[str, StringConstraints(max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=100_000)]
Tag = Annotated[str, StringConstraints(min_length=1, max_length=40, pattern=r"^[a-z0-9][a-z0-9-]*$")]
"""A lower-case tag such as ``career-path``; risk rules look for these."""
