"""How a field of the plan and a refused value read to a person: field labels and pydantic's
problems as whole sentences, in the core's language.

One place for both, so an edit in the window, a pasted spreadsheet row and a change list all name
a field the same way. Plain Python, no Qt.
"""

from __future__ import annotations

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from hireplan import i18n
from hireplan.i18n import N_

FIELD_LABELS: dict[str, str] = {
    "text": N_("Text"),
    "status": N_("Status"),
    "owner": N_("Owner"),
    "due": N_("Due date"),
    "priority": N_("Priority"),
    "notes": N_("Notes"),
    "tags": N_("Tags"),
    "title": N_("Title"),
    "organisation": N_("Organisation"),
    "reporting_currency": N_("Reporting currency"),
    "start_date": N_("Start date"),
    "target_date": N_("Target date"),
    "summary": N_("Summary"),
    "name": N_("Name"),
    "country": N_("Country"),
    "currency": N_("Currency"),
    "job_family": N_("Job family"),
    "level": N_("Level"),
    "domain": N_("Domain"),
    "headcount": N_("Headcount"),
    "kind": N_("Hire"),
    "research": N_("Research"),
    "growth_path": N_("Growth path"),
    "planned_currency": N_("Budget currency"),
    "planned_cost_per_hire": N_("Planned per hire"),
    "planned_cost_per_hire_max": N_("Planned per hire (top)"),
    "role_id": N_("Role"),
    "market_id": N_("Market"),
    "candidate": N_("Candidate"),
    "base": N_("Base"),
    "guaranteed_months": N_("Guaranteed extra months"),
    "bonus_kind": N_("Bonus as"),
    "bonus_value": N_("Bonus"),
    "equity_grant": N_("Equity grant"),
    "vesting_years": N_("Vesting years"),
    "sign_on": N_("Sign-on"),
    "sign_on_amortisation_years": N_("Sign-on spread over years"),
    "relocation": N_("Relocation"),
    "housing_allowance": N_("Housing allowance"),
    "living_allowance": N_("Living allowance"),
    "research_budget": N_("Research budget"),
    "compute_budget": N_("Compute budget"),
    "compute_note": N_("Compute note"),
    "period": N_("Pay period"),
    "months_per_year": N_("Months per year"),
    "base_p25": N_("Base P25"),
    "base_p50": N_("Base P50"),
    "base_p75": N_("Base P75"),
    "base_p90": N_("Base P90"),
    "total_p25": N_("Total P25"),
    "total_p50": N_("Total P50"),
    "total_p75": N_("Total P75"),
    "total_p90": N_("Total P90"),
    "total_basis": N_("Totals measure"),
    "source": N_("Source"),
    "as_of": N_("As of"),
    "sample_size": N_("Sample size"),
    "category": N_("Category"),
    "likelihood": N_("Likelihood"),
    "impact": N_("Impact"),
    "mitigation": N_("Mitigation"),
    "review_date": N_("Review date"),
    "jurisdiction": N_("Where"),
    "topic": N_("Topic"),
    "last_checked": N_("Last checked"),
    "rate": N_("Rate"),
    "quote": N_("Quote"),
    "factor": N_("Factor"),
    "minimum": N_("Band minimum"),
    "midpoint": N_("Band midpoint"),
    "maximum": N_("Band maximum"),
    "basis": N_("Basis"),
    "employer": N_("Employer"),
    "unvested_equity_forfeited": N_("Forfeited unvested equity"),
    "expected_retention_grant": N_("Expected retention grant"),
    "expected_retention_grant_pct": N_("Expected retention grant (% of base)"),
    "reference_market_id": N_("Reference market"),
    "below_market_threshold": N_("Below-market threshold"),
    "stale_data_days": N_("Days before market data is out of date"),
    "policy_check_days": N_("Days between policy checks"),
    "risk_high_from": N_("High risk from score"),
    "risk_medium_from": N_("Medium risk from score"),
    "is_example": N_("Example data"),
    "reason": N_("Reason"),
    "competing": N_("Competing package"),
    "created": N_("Created"),
    "purpose": N_("Purpose"),
    "best_practices": N_("Best practices"),
    "common_mistakes": N_("Common mistakes"),
    "key": N_("Key"),
}
"""How a person reads each field's name (the English; messages show it through gettext)."""


def field_label(field: str) -> str:
    """The field's name as a person reads it, in the current language."""
    label = FIELD_LABELS.get(field)
    return i18n._(label) if label else field.replace("_", " ").capitalize()


def describe_field_error(field: str, error: ValidationError) -> str:
    """One readable sentence per problem pydantic found with a value typed into ``field``."""
    sentences = [describe_problem(field, problem) for problem in error.errors(include_url=False)]
    joined = i18n.join_sentences(*dict.fromkeys(sentences))
    return joined or i18n._("{label}: not an accepted value.").format(label=field_label(field))


def describe_problem(field: str, problem: ErrorDetails, *, label: str | None = None) -> str:
    """One of pydantic's problems with ``field`` as a sentence; ``label`` names the field in it
    (a pasted column's header), else the field's own label."""
    label = label or field_label(field)
    kind = problem.get("type", "")
    value = problem.get("input")
    ctx = problem.get("ctx") or {}
    if field == "tags" and kind == "string_pattern_mismatch":
        return i18n._(
            "{value} is not a valid tag: use letters (lower-case in Latin script), digits and dashes, "
            "with no spaces (for example career-path or 文化)."
        ).format(value=repr(value))
    if field == "tags" and kind == "string_too_short":
        return i18n._("A tag cannot be empty.")
    if kind == "string_too_long":
        too_long = i18n._("{label} is too long: at most {count} characters.")
        return too_long.format(label=label, count=ctx.get("max_length"))
    if kind == "string_too_short":
        return i18n._("{label} cannot be empty.").format(label=label)
    if kind == "string_pattern_mismatch" and field.endswith("currency"):
        return i18n._("{label} must be a three-letter currency code such as USD or CNY.").format(label=label)
    if kind == "string_pattern_mismatch":
        return i18n._("{value} is not an accepted value for {label}.").format(value=repr(value), label=label)
    if kind == "enum":
        choices = ctx.get("expected", i18n._("the listed choices"))
        return i18n._("{label} must be one of: {choices}.").format(label=label, choices=choices)
    if kind.startswith(("date_", "datetime_")):
        return i18n._("{label} must be a date such as 2026-03-31.").format(label=label)
    if kind in _LIMIT_WORDING:
        limit = next(iter(ctx.values()), "")
        return i18n._(_LIMIT_WORDING[kind]).format(label=label, limit=limit)
    if kind.startswith(("decimal_", "int_", "float_")):
        return i18n._("{label} must be a number.").format(label=label)
    if kind == "value_error":
        message = str(ctx.get("error") or problem.get("msg", ""))
        message = message[:1].upper() + message[1:]
        return message if message.endswith((".", "。")) else i18n._("{sentence}.").format(sentence=message)
    detail = problem.get("msg", i18n._("not an accepted value"))
    return i18n._("{label}: {problem}.").format(label=label, problem=detail)


_LIMIT_WORDING = {
    "greater_than": N_("{label} must be above {limit}."),
    "greater_than_equal": N_("{label} must be at least {limit}."),
    "less_than": N_("{label} must be below {limit}."),
    "less_than_equal": N_("{label} must be at most {limit}."),
}
