"""The plan model: pydantic v2 classes, no Qt. Everything a .hireplan file holds."""

from hireplan.model.approval import Approval, TemplateOrigin
from hireplan.model.base import MAX_AMOUNT, HireplanModel, new_id
from hireplan.model.checklist import STATUS_LABELS, STEP_KEYS, ChecklistItem, Priority, Status, Step
from hireplan.model.market import (
    MONTHS_IN_A_YEAR,
    PAY_BASIS_LABELS,
    PAY_BASIS_WORDS_BY_VALUE,
    Benchmark,
    ExchangeRate,
    Market,
    PayBand,
    PayBasis,
    PayPeriod,
    PppFactor,
)
from hireplan.model.plan import SCHEMA_VERSION, Plan, PlanSettings
from hireplan.model.risk import Acknowledgement, PolicyWatchEntry, Risk, RiskStatus
from hireplan.model.roles import (
    BonusKind,
    CompetingKind,
    CompetingPackage,
    Level,
    Offer,
    Relocation,
    Role,
)
from hireplan.model.template import Template

__all__ = [
    "MAX_AMOUNT",
    "MONTHS_IN_A_YEAR",
    "PAY_BASIS_LABELS",
    "PAY_BASIS_WORDS_BY_VALUE",
    "SCHEMA_VERSION",
    "STATUS_LABELS",
    "STEP_KEYS",
    "Acknowledgement",
    "Approval",
    "Benchmark",
    "BonusKind",
    "ChecklistItem",
    "CompetingKind",
    "CompetingPackage",
    "ExchangeRate",
    "HireplanModel",
    "Level",
    "Market",
    "Offer",
    "PayBand",
    "PayBasis",
    "PayPeriod",
    "Plan",
    "PlanSettings",
    "PolicyWatchEntry",
    "PppFactor",
    "Priority",
    "Relocation",
    "Risk",
    "RiskStatus",
    "Role",
    "Status",
    "Step",
    "Template",
    "TemplateOrigin",
    "new_id",
]
