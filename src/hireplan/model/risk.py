"""The team's own risk register, the policy watch, and acknowledgements of computed flags."""

from __future__ import annotations

from decimal import Decimal
from enum import Enum
from typing import Literal

from pydantic import Field

from hireplan.i18n import N_, _
from hireplan.model.base import (
    MAX_AMOUNT,
    HireplanModel,
    LongText,
    ObjectId,
    PlanDate,
    Score,
    ShortText,
    new_id,
)


class RiskStatus(str, Enum):
    OPEN = "open"
    MITIGATING = "mitigating"
    ACCEPTED = "accepted"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        """``Mitigating``, in the current language."""
        return _(RISK_STATUS_LABELS[self])


RISK_STATUS_LABELS: dict[RiskStatus, str] = {
    RiskStatus.OPEN: N_("Open"),
    RiskStatus.MITIGATING: N_("Mitigating"),
    RiskStatus.ACCEPTED: N_("Accepted"),
    RiskStatus.CLOSED: N_("Closed"),
}


class Risk(HireplanModel):
    """A risk the team enters by hand; its score is likelihood x impact, computed, not stored."""

    id: ObjectId = Field(default_factory=new_id)
    title: ShortText
    category: ShortText = ""
    likelihood: Score = 3
    impact: Score = 3
    mitigation: LongText = ""
    owner: ShortText = ""
    review_date: PlanDate | None = None
    status: RiskStatus = RiskStatus.OPEN


class PolicyWatchEntry(HireplanModel):
    """A policy or regulation someone keeps an eye on (travel approval, export controls, visa fees)."""

    id: ObjectId = Field(default_factory=new_id)
    jurisdiction: ShortText
    topic: ShortText
    summary: LongText = ""
    owner: ShortText = ""
    last_checked: PlanDate | None = None
    source: LongText = ""


class Acknowledgement(HireplanModel):
    """The team has seen a computed flag and accepts it until ``review_date``, as it was then.

    ``flag_key`` identifies the flag: its rule id and the ids of the objects it refers to.
    ``severity`` and ``figure`` record what was accepted: the flag counts again by itself when
    its severity rises or its figure gets worse than that (None: not recorded, e.g. a file saved
    before they were kept).
    """

    flag_key: ShortText
    reason: LongText
    review_date: PlanDate
    acknowledged_on: PlanDate
    acknowledged_by: ShortText = ""
    """Who accepted it; the plan owner unless someone else is named."""
    severity: Literal["high", "medium", "low"] | None = None
    figure: Decimal | None = Field(
        default=None, ge=-MAX_AMOUNT, le=MAX_AMOUNT, decimal_places=28, allow_inf_nan=False
    )
    """The flag's figure when accepted (e.g. the compa-ratio 0.89), as the analysis computed it
    (hence up to 28 decimal places, the decimal context's precision)."""
