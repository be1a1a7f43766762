"""Who approved which version of a plan, and which template version a plan came from."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from hireplan.model.base import HireplanModel, LongText, ShortText


class Approval(HireplanModel):
    """An approval recorded inside the plan (File › Approve this version…).

    ``content_hash`` is the SHA-256 of the plan's file as approved *without* this record, so the
    approval can say whether the plan has changed since (``storage.plan_hash``).
    """

    approved_by: ShortText
    role: ShortText = ""
    approved_on: datetime
    note: LongText = ""
    content_hash: str = Field(pattern=r"^[0-9a-f]{64}$")


class TemplateOrigin(HireplanModel):
    """The template (by name) and the version a plan was started from or last upgraded to."""

    name: ShortText
    version: ShortText
    title: ShortText = ""
