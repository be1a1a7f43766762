"""Names of the window's sections, shared by the shell and every screen that sends the person to another one.

A section key is a plain string: the fixed screens below, or ``step:<key>`` for one of the five steps.
"""

from __future__ import annotations

OVERVIEW = "overview"
ALL_STEPS = "steps"
ROLES = "roles"
COMPENSATION = "compensation"
RISKS = "risks"
POLICY = "policy"
STEP_PREFIX = "step:"


def step_section(step_key: str) -> str:
    return f"{STEP_PREFIX}{step_key}"


def step_key_of(section: str) -> str | None:
    """The step key of a ``step:<key>`` section, else None."""
    return section[len(STEP_PREFIX) :] if section.startswith(STEP_PREFIX) else None


def is_checklist_section(section: str) -> bool:
    return section == ALL_STEPS or section.startswith(STEP_PREFIX)


NEW_OBJECT = ""
"""The object id of a request for a kind's list rather than one object: the screen shows the list
with its Add button focused, so an empty state's "add one" button leaves the person one key press
from adding it (``objectRequested("benchmark", NEW_OBJECT)``)."""
