"""The model's choices (levels, statuses, priorities, kinds of hire) in the document's language.

The model names them in English (``Level.label``); the documents say them in the language they are
written in. The msgids are the ones the spreadsheet rows use (:mod:`hireplan.storage.sheet_columns`),
so both share one translation.
"""

from __future__ import annotations

from hireplan.i18n import N_, _
from hireplan.model.checklist import Priority, Status
from hireplan.model.risk import RiskStatus
from hireplan.model.roles import Level, Relocation

LEVELS = {
    Level.JUNIOR: N_("Junior"),
    Level.MID: N_("Mid"),
    Level.SENIOR: N_("Senior"),
    Level.STAFF: N_("Staff"),
    Level.PRINCIPAL: N_("Principal"),
    Level.EXECUTIVE: N_("Executive"),
}
STATUSES = {
    Status.TODO: N_("To do"),
    Status.IN_PROGRESS: N_("In progress"),
    Status.DONE: N_("Done"),
    Status.BLOCKED: N_("Blocked"),
    Status.NOT_APPLICABLE: N_("Not applicable"),
}
PRIORITIES = {
    Priority.LOW: N_("Low"),
    Priority.NORMAL: N_("Normal"),
    Priority.HIGH: N_("High"),
    Priority.CRITICAL: N_("Critical"),
}
RISK_STATUSES = {
    RiskStatus.OPEN: N_("Open"),
    RiskStatus.MITIGATING: N_("Mitigating"),
    RiskStatus.ACCEPTED: N_("Accepted"),
    RiskStatus.CLOSED: N_("Closed"),
}
HIRES = {
    Relocation.NONE: N_("Local hire"),
    Relocation.RELOCATING: N_("Relocating"),
    Relocation.RETURNEE: N_("Returnee"),
}


def level(value: Level | None) -> str:
    return _("All levels") if value is None else _(LEVELS[value])


def status(value: Status) -> str:
    return _(STATUSES[value])


def priority(value: Priority) -> str:
    return _(PRIORITIES[value])


def risk_status(value: RiskStatus) -> str:
    return _(RISK_STATUSES[value])


def hire(value: Relocation) -> str:
    return _(HIRES[value])


FLAG_CATEGORIES = {
    "budget": N_("budget"),
    "career": N_("career"),
    "compensation": N_("compensation"),
    "culture": N_("culture"),
    "data": N_("data"),
    "execution": N_("execution"),
    "policy": N_("policy"),
    "relocation": N_("relocation"),
    "research": N_("research"),
    "retention": N_("retention"),
    "risk": N_("risk"),
}
"""The categories the rules file their flags under (keys in the analysis), as the workbook shows them."""


def flag_category(key: str) -> str:
    return _(FLAG_CATEGORIES[key]) if key in FLAG_CATEGORIES else key
