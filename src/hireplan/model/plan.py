"""The plan: the document a team fills in, saves and exports."""

from __future__ import annotations

from decimal import Decimal

from pydantic import Field

from hireplan.model.approval import Approval, TemplateOrigin
from hireplan.model.base import CurrencyCode, HireplanModel, LongText, ObjectId, PlanDate, ShortText, new_id
from hireplan.model.checklist import Step
from hireplan.model.market import Benchmark, ExchangeRate, Market, PayBand, PppFactor
from hireplan.model.risk import Acknowledgement, PolicyWatchEntry, Risk
from hireplan.model.roles import Offer, Role

SCHEMA_VERSION = 4
"""Version of the .hireplan file format written by this app; older files are migrated on load."""


class PlanSettings(HireplanModel):
    """Thresholds the risk rules use; kept in the plan so a template carries them."""

    below_market_threshold: Decimal = Field(
        default=Decimal("0.90"), gt=0, le=2, decimal_places=4, allow_inf_nan=False
    )
    """Compa-ratio under this is a high below-market flag; under 1.0 a medium one."""
    policy_check_days: int = Field(default=30, ge=1, le=3650)
    stale_data_days: int = Field(default=180, ge=1, le=3650)
    reference_market_id: ObjectId | None = None
    """The market returnees and relocating hires compare against (Silicon Valley in the sample)."""
    risk_medium_from: int = Field(default=8, ge=1, le=25)
    """Likelihood x impact at or above this is a medium risk."""
    risk_high_from: int = Field(default=15, ge=1, le=25)
    """Likelihood x impact at or above this is a high risk."""
    expected_retention_grant_pct: Decimal = Field(
        default=Decimal(0), ge=0, le=500, decimal_places=4, allow_inf_nan=False
    )
    """When a competing package names no retention grant, assume this % of its annual total."""


class Plan(HireplanModel):
    schema_version: int = SCHEMA_VERSION
    id: ObjectId = Field(default_factory=new_id)
    title: ShortText
    organisation: ShortText = ""
    owner: ShortText = ""
    created: PlanDate | None = None
    start_date: PlanDate | None = None
    target_date: PlanDate | None = None
    reporting_currency: CurrencyCode = "USD"
    settings: PlanSettings = Field(default_factory=PlanSettings)
    steps: list[Step] = Field(default_factory=list)
    markets: list[Market] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    benchmarks: list[Benchmark] = Field(default_factory=list)
    pay_bands: list[PayBand] = Field(default_factory=list)
    """The employer's own pay ranges; optional."""
    offers: list[Offer] = Field(default_factory=list)
    exchange_rates: list[ExchangeRate] = Field(default_factory=list)
    ppp_factors: list[PppFactor] = Field(default_factory=list)
    risks: list[Risk] = Field(default_factory=list)
    policy_watch: list[PolicyWatchEntry] = Field(default_factory=list)
    acknowledgements: list[Acknowledgement] = Field(default_factory=list)
    notes: LongText = ""
    is_example: bool = False
    """True for the shipped sample plan: its figures are examples to replace."""
    template_origin: TemplateOrigin | None = None
    """The template and version this plan was started from (or last upgraded to)."""
    approval: Approval | None = None
    """The last approval, kept inside the plan; see :mod:`hireplan.model.approval`."""
