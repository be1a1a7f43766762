"""The five-step checklist: steps, their guidance, and the items a team works through."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from hireplan.model.base import HireplanModel, LongText, ObjectId, PlanDate, ShortText, Tag, new_id


class Status(str, Enum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    BLOCKED = "blocked"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return STATUS_LABELS[self]


STATUS_LABELS: dict[Status, str] = {
    Status.TODO: "To do",
    Status.IN_PROGRESS: "In progress",
    Status.DONE: "Done",
    Status.BLOCKED: "Blocked",
    Status.NOT_APPLICABLE: "Not applicable",
}


class Priority(str, Enum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ChecklistItem(HireplanModel):
    id: ObjectId = Field(default_factory=new_id)
    text: ShortText
    status: Status = Status.TODO
    owner: ShortText = ""
    due: PlanDate | None = None
    priority: Priority = Priority.NORMAL
    notes: LongText = ""
    tags: list[Tag] = Field(default_factory=list)


class Step(HireplanModel):
    """One of the five steps of the attract-and-retain process, with the template's guidance."""

    id: ObjectId = Field(default_factory=new_id)
    key: ObjectId
    title: ShortText
    purpose: LongText = ""
    best_practices: list[LongText] = Field(default_factory=list)
    common_mistakes: list[LongText] = Field(default_factory=list)
    items: list[ChecklistItem] = Field(default_factory=list)


STEP_KEYS: tuple[str, ...] = ("motivations", "compensation", "research", "environment", "hubs")
"""The keys of the guide's five steps, in order; rules refer to steps by these keys."""
