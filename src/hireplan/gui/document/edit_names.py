"""What the Undo and Redo actions call each step: a whole sentence per kind and field, plurals by count.

"Change the offer's base salary", "Delete 2 roles": never a field's code name ("Edit market id") nor
a glued fragment ("Delete 2 role(s)"), so every step reads as a sentence in English and translates
as one. The sentences are Qt messages (context ``EditNames``; the English plural forms are in
resources/translations/en/document.ts). A field or kind not listed here still gets a sentence: the
kind's "Change a role".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_FIELD_EDITS: dict[tuple[str, str], object] = {  # QT_TRANSLATE_NOOP returns its source, typed object
    ("plan", "title"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's title"),
    ("plan", "organisation"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's organisation"),
    ("plan", "owner"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's owner"),
    ("plan", "start_date"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's start date"),
    ("plan", "target_date"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's target date"),
    ("plan", "reporting_currency"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's reporting currency"),
    ("plan", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's notes"),
    ("plan", "is_example"): QT_TRANSLATE_NOOP("EditNames", "Change whether the plan is example data"),
    ("plan", "template_origin"): QT_TRANSLATE_NOOP(
        "EditNames", "Record the template version the plan follows"
    ),
    ("plan", "approval"): QT_TRANSLATE_NOOP("EditNames", "Record the plan's approval"),
    ("plan", "acknowledgements"): QT_TRANSLATE_NOOP("EditNames", "Change the plan's acknowledged flags"),
    ("settings", "below_market_threshold"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the threshold for an offer below the market"
    ),
    ("settings", "policy_check_days"): QT_TRANSLATE_NOOP(
        "EditNames", "Change how often policy entries are checked"
    ),
    ("settings", "stale_data_days"): QT_TRANSLATE_NOOP(
        "EditNames", "Change when market data counts as out of date"
    ),
    ("settings", "reference_market_id"): QT_TRANSLATE_NOOP("EditNames", "Change the reference market"),
    ("settings", "risk_medium_from"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the score from which a risk is medium"
    ),
    ("settings", "risk_high_from"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the score from which a risk is high"
    ),
    ("settings", "expected_retention_grant_pct"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the expected retention grant"
    ),
    ("step", "title"): QT_TRANSLATE_NOOP("EditNames", "Change the step's title"),
    ("step", "purpose"): QT_TRANSLATE_NOOP("EditNames", "Change the step's purpose"),
    ("step", "best_practices"): QT_TRANSLATE_NOOP("EditNames", "Change the step's best practices"),
    ("step", "common_mistakes"): QT_TRANSLATE_NOOP("EditNames", "Change the step's common mistakes"),
    ("item", "text"): QT_TRANSLATE_NOOP("EditNames", "Change the item's text"),
    ("item", "status"): QT_TRANSLATE_NOOP("EditNames", "Change the item's status"),
    ("item", "owner"): QT_TRANSLATE_NOOP("EditNames", "Change the item's owner"),
    ("item", "due"): QT_TRANSLATE_NOOP("EditNames", "Change the item's due date"),
    ("item", "priority"): QT_TRANSLATE_NOOP("EditNames", "Change the item's priority"),
    ("item", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the item's notes"),
    ("item", "tags"): QT_TRANSLATE_NOOP("EditNames", "Change the item's tags"),
    ("role", "title"): QT_TRANSLATE_NOOP("EditNames", "Change the role's title"),
    ("role", "job_family"): QT_TRANSLATE_NOOP("EditNames", "Change the role's job family"),
    ("role", "level"): QT_TRANSLATE_NOOP("EditNames", "Change the role's level"),
    ("role", "domain"): QT_TRANSLATE_NOOP("EditNames", "Change the role's domain"),
    ("role", "research"): QT_TRANSLATE_NOOP("EditNames", "Change whether the role is a research role"),
    ("role", "headcount"): QT_TRANSLATE_NOOP("EditNames", "Change the role's headcount"),
    ("role", "market_id"): QT_TRANSLATE_NOOP("EditNames", "Change the role's market"),
    ("role", "relocation"): QT_TRANSLATE_NOOP("EditNames", "Change whether the role's hire relocates"),
    ("role", "growth_path"): QT_TRANSLATE_NOOP("EditNames", "Change the role's growth path"),
    ("role", "planned_currency"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the currency of the role's planned cost"
    ),
    ("role", "planned_cost_per_hire"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the role's planned cost per hire"
    ),
    ("role", "planned_cost_per_hire_max"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the role's highest planned cost per hire"
    ),
    ("role", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the role's notes"),
    ("offer", "role_id"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's role"),
    ("offer", "market_id"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's market"),
    ("offer", "candidate"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's candidate"),
    ("offer", "currency"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's currency"),
    ("offer", "base"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's base salary"),
    ("offer", "guaranteed_months"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the offer's guaranteed extra months"
    ),
    ("offer", "bonus_kind"): QT_TRANSLATE_NOOP("EditNames", "Change how the offer's bonus is expressed"),
    ("offer", "bonus_value"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's bonus"),
    ("offer", "equity_grant"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's equity grant"),
    ("offer", "vesting_years"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's vesting years"),
    ("offer", "sign_on"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's sign-on bonus"),
    ("offer", "sign_on_amortisation_years"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the years the offer's sign-on bonus is spread over"
    ),
    ("offer", "relocation"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's relocation support"),
    ("offer", "housing_allowance"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's housing allowance"),
    ("offer", "living_allowance"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's living allowance"),
    ("offer", "research_budget"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's research budget"),
    ("offer", "compute_budget"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's compute budget"),
    ("offer", "compute_note"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's compute note"),
    ("offer", "competing"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's competing package"),
    ("offer", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the offer's notes"),
    ("benchmark", "market_id"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's market"),
    ("benchmark", "job_family"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's job family"),
    ("benchmark", "level"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's level"),
    ("benchmark", "currency"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's currency"),
    ("benchmark", "period"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's pay period"),
    ("benchmark", "months_per_year"): QT_TRANSLATE_NOOP(
        "EditNames", "Change the benchmark's months per year"
    ),
    ("benchmark", "base_p25"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's base salary P25"),
    ("benchmark", "base_p50"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's base salary P50"),
    ("benchmark", "base_p75"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's base salary P75"),
    ("benchmark", "base_p90"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's base salary P90"),
    ("benchmark", "total_p25"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's total P25"),
    ("benchmark", "total_p50"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's total P50"),
    ("benchmark", "total_p75"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's total P75"),
    ("benchmark", "total_p90"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's total P90"),
    ("benchmark", "total_basis"): QT_TRANSLATE_NOOP(
        "EditNames", "Change what the benchmark's total measures"
    ),
    ("benchmark", "source"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's source"),
    ("benchmark", "as_of"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's as-of date"),
    ("benchmark", "sample_size"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's sample size"),
    ("benchmark", "is_example"): QT_TRANSLATE_NOOP(
        "EditNames", "Change whether the benchmark is example data"
    ),
    ("benchmark", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the benchmark's notes"),
    ("band", "market_id"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's market"),
    ("band", "job_family"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's job family"),
    ("band", "level"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's level"),
    ("band", "currency"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's currency"),
    ("band", "basis"): QT_TRANSLATE_NOOP("EditNames", "Change what the pay band measures"),
    ("band", "months_per_year"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's months per year"),
    ("band", "minimum"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's minimum"),
    ("band", "midpoint"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's midpoint"),
    ("band", "maximum"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's maximum"),
    ("band", "notes"): QT_TRANSLATE_NOOP("EditNames", "Change the pay band's notes"),
    ("market", "name"): QT_TRANSLATE_NOOP("EditNames", "Change the market's name"),
    ("market", "country"): QT_TRANSLATE_NOOP("EditNames", "Change the market's country"),
    ("market", "currency"): QT_TRANSLATE_NOOP("EditNames", "Change the market's currency"),
    ("rate", "base"): QT_TRANSLATE_NOOP("EditNames", "Change the exchange rate's base currency"),
    ("rate", "quote"): QT_TRANSLATE_NOOP("EditNames", "Change the exchange rate's quote currency"),
    ("rate", "rate"): QT_TRANSLATE_NOOP("EditNames", "Change the exchange rate"),
    ("rate", "as_of"): QT_TRANSLATE_NOOP("EditNames", "Change the exchange rate's as-of date"),
    ("rate", "source"): QT_TRANSLATE_NOOP("EditNames", "Change the exchange rate's source"),
    ("ppp", "currency"): QT_TRANSLATE_NOOP("EditNames", "Change the PPP factor's currency"),
    ("ppp", "country"): QT_TRANSLATE_NOOP("EditNames", "Change the PPP factor's country"),
    ("ppp", "factor"): QT_TRANSLATE_NOOP("EditNames", "Change the PPP factor"),
    ("ppp", "as_of"): QT_TRANSLATE_NOOP("EditNames", "Change the PPP factor's as-of date"),
    ("ppp", "source"): QT_TRANSLATE_NOOP("EditNames", "Change the PPP factor's source"),
    ("risk", "title"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's title"),
    ("risk", "category"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's category"),
    ("risk", "likelihood"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's likelihood"),
    ("risk", "impact"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's impact"),
    ("risk", "mitigation"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's mitigation"),
    ("risk", "owner"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's owner"),
    ("risk", "review_date"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's review date"),
    ("risk", "status"): QT_TRANSLATE_NOOP("EditNames", "Change the risk's status"),
    ("policy", "jurisdiction"): QT_TRANSLATE_NOOP("EditNames", "Change the policy entry's jurisdiction"),
    ("policy", "topic"): QT_TRANSLATE_NOOP("EditNames", "Change the policy entry's topic"),
    ("policy", "summary"): QT_TRANSLATE_NOOP("EditNames", "Change the policy entry's summary"),
    ("policy", "owner"): QT_TRANSLATE_NOOP("EditNames", "Change the policy entry's owner"),
    ("policy", "last_checked"): QT_TRANSLATE_NOOP(
        "EditNames", "Change when the policy entry was last checked"
    ),
    ("policy", "source"): QT_TRANSLATE_NOOP("EditNames", "Change the policy entry's source"),
}
"""Editing one field of one object, by (kind, field)."""

_KIND_EDITS: dict[str, object] = {
    "plan": QT_TRANSLATE_NOOP("EditNames", "Change the plan"),
    "settings": QT_TRANSLATE_NOOP("EditNames", "Change a plan setting"),
    "step": QT_TRANSLATE_NOOP("EditNames", "Change a step"),
    "item": QT_TRANSLATE_NOOP("EditNames", "Change a checklist item"),
    "role": QT_TRANSLATE_NOOP("EditNames", "Change a role"),
    "offer": QT_TRANSLATE_NOOP("EditNames", "Change an offer"),
    "benchmark": QT_TRANSLATE_NOOP("EditNames", "Change a benchmark"),
    "band": QT_TRANSLATE_NOOP("EditNames", "Change a pay band"),
    "market": QT_TRANSLATE_NOOP("EditNames", "Change a market"),
    "rate": QT_TRANSLATE_NOOP("EditNames", "Change an exchange rate"),
    "ppp": QT_TRANSLATE_NOOP("EditNames", "Change a PPP factor"),
    "risk": QT_TRANSLATE_NOOP("EditNames", "Change a risk"),
    "policy": QT_TRANSLATE_NOOP("EditNames", "Change a policy entry"),
}
"""Editing a field the table above does not name, by kind."""

_ADDED: dict[str, Callable[[int], str]] = {
    "item": lambda n: QCoreApplication.translate("EditNames", "Add %n checklist item(s)", None, n),
    "role": lambda n: QCoreApplication.translate("EditNames", "Add %n role(s)", None, n),
    "offer": lambda n: QCoreApplication.translate("EditNames", "Add %n offer(s)", None, n),
    "benchmark": lambda n: QCoreApplication.translate("EditNames", "Add %n benchmark(s)", None, n),
    "band": lambda n: QCoreApplication.translate("EditNames", "Add %n pay band(s)", None, n),
    "market": lambda n: QCoreApplication.translate("EditNames", "Add %n market(s)", None, n),
    "rate": lambda n: QCoreApplication.translate("EditNames", "Add %n exchange rate(s)", None, n),
    "ppp": lambda n: QCoreApplication.translate("EditNames", "Add %n PPP factor(s)", None, n),
    "risk": lambda n: QCoreApplication.translate("EditNames", "Add %n risk(s)", None, n),
    "policy": lambda n: QCoreApplication.translate("EditNames", "Add %n policy entry(ies)", None, n),
    "step": lambda n: QCoreApplication.translate("EditNames", "Add %n step(s)", None, n),
}

_DELETED: dict[str, Callable[[int], str]] = {
    "item": lambda n: QCoreApplication.translate("EditNames", "Delete %n checklist item(s)", None, n),
    "role": lambda n: QCoreApplication.translate("EditNames", "Delete %n role(s)", None, n),
    "offer": lambda n: QCoreApplication.translate("EditNames", "Delete %n offer(s)", None, n),
    "benchmark": lambda n: QCoreApplication.translate("EditNames", "Delete %n benchmark(s)", None, n),
    "band": lambda n: QCoreApplication.translate("EditNames", "Delete %n pay band(s)", None, n),
    "market": lambda n: QCoreApplication.translate("EditNames", "Delete %n market(s)", None, n),
    "rate": lambda n: QCoreApplication.translate("EditNames", "Delete %n exchange rate(s)", None, n),
    "ppp": lambda n: QCoreApplication.translate("EditNames", "Delete %n PPP factor(s)", None, n),
    "risk": lambda n: QCoreApplication.translate("EditNames", "Delete %n risk(s)", None, n),
    "policy": lambda n: QCoreApplication.translate("EditNames", "Delete %n policy entry(ies)", None, n),
    "step": lambda n: QCoreApplication.translate("EditNames", "Delete %n step(s)", None, n),
}

_DUPLICATED: dict[str, Callable[[int], str]] = {
    "item": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n checklist item(s)", None, n),
    "role": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n role(s)", None, n),
    "offer": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n offer(s)", None, n),
    "benchmark": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n benchmark(s)", None, n),
    "band": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n pay band(s)", None, n),
    "market": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n market(s)", None, n),
    "rate": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n exchange rate(s)", None, n),
    "ppp": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n PPP factor(s)", None, n),
    "risk": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n risk(s)", None, n),
    "policy": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n policy entry(ies)", None, n),
    "step": lambda n: QCoreApplication.translate("EditNames", "Duplicate %n step(s)", None, n),
}

_CHANGED: dict[str, Callable[[int], str]] = {
    "item": lambda n: QCoreApplication.translate("EditNames", "Change %n checklist item(s)", None, n),
    "role": lambda n: QCoreApplication.translate("EditNames", "Change %n role(s)", None, n),
    "offer": lambda n: QCoreApplication.translate("EditNames", "Change %n offer(s)", None, n),
    "benchmark": lambda n: QCoreApplication.translate("EditNames", "Change %n benchmark(s)", None, n),
    "band": lambda n: QCoreApplication.translate("EditNames", "Change %n pay band(s)", None, n),
    "market": lambda n: QCoreApplication.translate("EditNames", "Change %n market(s)", None, n),
    "rate": lambda n: QCoreApplication.translate("EditNames", "Change %n exchange rate(s)", None, n),
    "ppp": lambda n: QCoreApplication.translate("EditNames", "Change %n PPP factor(s)", None, n),
    "risk": lambda n: QCoreApplication.translate("EditNames", "Change %n risk(s)", None, n),
    "policy": lambda n: QCoreApplication.translate("EditNames", "Change %n policy entry(ies)", None, n),
    "step": lambda n: QCoreApplication.translate("EditNames", "Change %n step(s)", None, n),
}


def _many_fields(kind: str, field: str, count: int) -> str | None:
    """The bulk edits a screen offers (the checklist's status and owner, policy checked today)."""
    translate = QCoreApplication.translate
    if kind == "item" and field == "status":
        return translate("EditNames", "Change the status of %n checklist item(s)", None, count)
    if kind == "item" and field == "owner":
        return translate("EditNames", "Change the owner of %n checklist item(s)", None, count)
    if kind == "item" and field == "priority":
        return translate("EditNames", "Change the priority of %n checklist item(s)", None, count)
    if kind == "item" and field == "due":
        return translate("EditNames", "Change the due date of %n checklist item(s)", None, count)
    if kind == "policy" and field == "last_checked":
        return translate("EditNames", "Record a check of %n policy entry(ies)", None, count)
    return None


def field_edit(kind: str, field: str) -> str:
    """Editing ``field`` of one object of ``kind``: "Change the offer's base salary"."""
    source = _FIELD_EDITS.get((kind, field)) or _KIND_EDITS.get(kind) or _KIND_EDITS["plan"]
    return QCoreApplication.translate("EditNames", str(source))


def fields_edit(kind: str, field: str, count: int) -> str:
    """One value given to ``field`` of ``count`` objects: "Change the status of 3 checklist items"."""
    named = _many_fields(kind, field, count)
    if named is not None:
        return named
    if kind in _CHANGED:
        return _CHANGED[kind](count)
    return field_edit(kind, field)


def added(kind: str, count: int) -> str:
    """``count`` new objects of ``kind``: "Add 1 offer", "Add 3 checklist items"."""
    return _ADDED[kind](count) if kind in _ADDED else field_edit(kind, "")


def deleted(kind: str, count: int) -> str:
    """ "Delete 2 roles"."""
    return _DELETED[kind](count) if kind in _DELETED else field_edit(kind, "")


def duplicated(kind: str, count: int) -> str:
    """ "Duplicate 2 risks"."""
    return _DUPLICATED[kind](count) if kind in _DUPLICATED else field_edit(kind, "")


def moved_items(count: int) -> str:
    """Checklist items moved within or between steps: "Move 2 checklist items"."""
    return QCoreApplication.translate("EditNames", "Move %n checklist item(s)", None, count)
