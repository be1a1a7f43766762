"""Templates: a plan skeleton a team starts from."""

from __future__ import annotations

from datetime import datetime

from pydantic import Field

from hireplan.model.base import HireplanModel, LongText, ShortText
from hireplan.model.plan import SCHEMA_VERSION, Plan

TemplateName = ShortText


class Template(HireplanModel):
    """A named, versioned plan skeleton; ``plan`` holds steps, guidance, settings and optional data."""

    schema_version: int = SCHEMA_VERSION
    name: ShortText = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    """Slug used on the command line, e.g. ``ai-talent-attract-retain``."""
    title: ShortText
    description: LongText = ""
    region_tags: list[ShortText] = Field(default_factory=list)
    version: ShortText = "1.0"
    published_by: ShortText = ""
    """Who last published this template to a team library (empty for one never published)."""
    published_on: datetime | None = None
    plan: Plan
