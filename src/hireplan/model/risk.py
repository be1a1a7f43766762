"""The team's own risk register, the policy watch, and acknowledgements of computed flags."""

from __future__ import annotations

from datetime import date
from enum import Enum

from pydantic import Field

from hireplan.model.base import HireplanModel, LongText, ObjectId, Score, ShortText, new_id


class RiskStatus(str, Enum):
    OPEN = "open"
    MITIGATING = "mitigating"
    ACCEPTED = "accepted"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Risk(HireplanModel):
    """A risk the team enters by hand; its score is likelihood x impact, computed, not stored."""

    id: ObjectId = Field(default_factory=new_id)
    title: ShortText
    category: ShortText = ""
    likelihood: Score = 3
    impact: Score = 3
    mitigation: LongText = ""
    owner: ShortText = ""
    review_date: date | None = None
    status: RiskStatus = RiskStatus.OPEN


class PolicyWatchEntry(HireplanModel):
    """A policy or regulation someone keeps an eye on (travel approval, export controls, visa fees)."""

    id: ObjectId = Field(default_factory=new_id)
    jurisdiction: ShortText
    topic: ShortText
    summary: LongText = ""
    owner: ShortText = ""
    last_checked: date | None = None
    source: LongText = ""


class Acknowledgement(HireplanModel):
    """The team has seen a computed flag and accepts it until ``review_date``.

    ``flag_key`` identifies the flag: its rule id and the ids of the objects it refers to.
    """

    flag_key: ShortText
    reason: LongText
    review_date: date
    acknowledged_on: date
