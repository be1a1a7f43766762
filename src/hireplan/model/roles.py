"""Roles to fill, the offers made for them, and the package a candidate would leave behind."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum

from pydantic import Field, model_validator

from hireplan.i18n import N_, _
from hireplan.model.base import (
    AMOUNT_PLACES,
    MAX_AMOUNT,
    Amount,
    CurrencyCode,
    HireplanModel,
    LongText,
    ObjectId,
    ShortText,
    Years,
    new_id,
)


class Level(str, Enum):
    JUNIOR = "junior"
    MID = "mid"
    SENIOR = "senior"
    STAFF = "staff"
    PRINCIPAL = "principal"
    EXECUTIVE = "executive"

    @property
    def label(self) -> str:
        """``Senior``, in the current language (``资深``)."""
        return _(LEVEL_LABELS[self])

    @property
    def is_senior(self) -> bool:
        """Senior and above: the people rivals make counteroffers for."""
        return self in (Level.SENIOR, Level.STAFF, Level.PRINCIPAL, Level.EXECUTIVE)


LEVEL_LABELS: dict[Level, str] = {
    Level.JUNIOR: N_("Junior"),
    Level.MID: N_("Mid"),
    Level.SENIOR: N_("Senior"),
    Level.STAFF: N_("Staff"),
    Level.PRINCIPAL: N_("Principal"),
    Level.EXECUTIVE: N_("Executive"),
}


class Relocation(str, Enum):
    NONE = "none"
    RELOCATING = "relocating"
    RETURNEE = "returnee"
    """Returning from abroad, e.g. a Chinese researcher coming back from Silicon Valley."""


class Role(HireplanModel):
    id: ObjectId = Field(default_factory=new_id)
    title: ShortText
    job_family: ShortText = ""
    """Matched (case-insensitively) against benchmarks' job family."""
    level: Level = Level.MID
    domain: ShortText = ""
    """LLM, CV, infra, applied ML..."""
    research: bool = False
    """A research role needs a research budget or compute (rule: research infrastructure)."""
    headcount: int = Field(default=1, ge=1, le=10_000)
    market_id: ObjectId | None = None
    relocation: Relocation = Relocation.NONE
    growth_path: LongText = ""
    """How this person grows here; empty means no stated career path."""
    planned_currency: CurrencyCode | None = None
    """Currency of the planned budget; None means the plan's reporting currency."""
    planned_cost_per_hire: Amount | None = None
    """Planned first-year cost of one hire (the low end when a band is planned); None: not planned."""
    planned_cost_per_hire_max: Amount | None = None
    """Top of a planned band per hire; None when the plan names one figure."""
    notes: LongText = ""

    @model_validator(mode="after")
    def _planned_band(self) -> Role:
        low, high = self.planned_cost_per_hire, self.planned_cost_per_hire_max
        if high is not None and low is None:
            raise ValueError(_("a planned band needs its low end (planned cost per hire) as well as its top"))
        if high is not None and low is not None and high < low:
            raise ValueError(
                _("the planned band's top ({high}) is below its low end ({low})").format(high=high, low=low)
            )
        return self

    @property
    def planned_per_hire(self) -> Decimal | None:
        """The most the plan allows per hire: the band's top, else the single planned figure."""
        return (
            self.planned_cost_per_hire_max
            if self.planned_cost_per_hire_max is not None
            else self.planned_cost_per_hire
        )


class BonusKind(str, Enum):
    """How an offer's target (performance) bonus is stated. Guaranteed extra months are the
    offer's guaranteed_months, apart from it, so a 14-month package can also carry a bonus."""

    PERCENT = "percent"
    """Target bonus as a percentage of base."""
    AMOUNT = "amount"
    """Target bonus as a yearly amount."""


class CompetingKind(str, Enum):
    CURRENT_EMPLOYER = "current_employer"
    RIVAL_OFFER = "rival_offer"


class CompetingPackage(HireplanModel):
    """What the candidate would get by staying, or from a rival, to compare our offer with."""

    kind: CompetingKind = CompetingKind.CURRENT_EMPLOYER
    employer: ShortText = ""
    currency: CurrencyCode
    base: Amount = Decimal(0)
    bonus: Amount = Decimal(0)
    """Yearly bonus amount, any guaranteed extra months' pay included (as an offer's bonus is)."""
    equity_per_year: Amount = Decimal(0)
    allowances: Amount = Decimal(0)
    """Recurring yearly allowances (housing, living)."""
    unvested_equity_forfeited: Amount = Decimal(0)
    """Unvested equity the candidate loses by leaving."""
    expected_retention_grant: Amount = Decimal(0)
    """A retention grant the current employer may add to keep them."""
    notes: LongText = ""


class Offer(HireplanModel):
    """A package offered for a role in a market; all amounts in ``currency``, yearly unless stated."""

    id: ObjectId = Field(default_factory=new_id)
    role_id: ObjectId
    market_id: ObjectId
    candidate: ShortText = ""
    currency: CurrencyCode
    base: Amount
    guaranteed_months: Decimal = Field(
        default=Decimal(0), ge=0, le=MAX_AMOUNT, decimal_places=2, allow_inf_nan=False
    )
    """Guaranteed extra months of base a year (13th/14th-month pay): 2 for a 14-month package,
    base / 12 each, paid whatever the target bonus pays; 0 for none."""
    bonus_kind: BonusKind = BonusKind.PERCENT
    bonus_value: Decimal = Field(
        default=Decimal(0), ge=0, le=MAX_AMOUNT, decimal_places=AMOUNT_PLACES, allow_inf_nan=False
    )
    """The target (performance) bonus: a percent of base or a yearly amount, by ``bonus_kind``."""
    equity_grant: Amount = Decimal(0)
    """Total grant value at offer, vested over ``vesting_years``."""
    vesting_years: Years = Decimal(4)
    sign_on: Amount = Decimal(0)
    sign_on_amortisation_years: Years = Decimal(1)
    relocation: Amount = Decimal(0)
    """One-off relocation support."""
    housing_allowance: Amount = Decimal(0)
    """Yearly."""
    living_allowance: Amount = Decimal(0)
    """Yearly."""
    research_budget: Amount = Decimal(0)
    """Yearly research budget; shown beside pay, never summed into it."""
    compute_budget: Amount = Decimal(0)
    """Yearly compute budget; shown beside pay, never summed into it."""
    compute_note: ShortText = ""
    """E.g. '64 H800 GPUs shared' when compute is not given as money."""
    competing: CompetingPackage | None = None
    notes: LongText = ""

    @model_validator(mode="after")
    def _bonus_sane(self) -> Offer:
        if self.bonus_kind is BonusKind.PERCENT and self.bonus_value > 300:
            raise ValueError(_("a target bonus above 300% of base is almost certainly a typing error"))
        if self.guaranteed_months > 12:
            raise ValueError(_("more than 12 extra months of salary is almost certainly a typing error"))
        return self
