"""The plan-coverage rules (``analysis/rules_plan.py``): career path, culture, policy watch and
engagement after relocation, each raised by a plan and a near miss that is not.

Every test starts from the clean plan (which raises nothing) and changes one thing, so a failure
points at one rule.
"""

from __future__ import annotations

from datetime import timedelta

from helpers.plans import TODAY, clean_plan
from helpers.rule_flags import flags, only
from hireplan.analysis import Ref, Severity
from hireplan.model import ChecklistItem, Relocation, Status

# career path ----------------------------------------------------------------------------------


def test_no_career_path_item_is_flagged() -> None:
    plan = clean_plan()
    plan.steps[3].items[0].tags = []
    flag = only(plan, "career-path-missing")
    assert flag.severity is Severity.MEDIUM and flag.refs == (Ref("plan", plan.id),)


def test_role_without_growth_path_is_a_low_flag() -> None:
    plan = clean_plan()
    plan.roles[0].growth_path = "  "
    flag = only(plan, "career-path-missing")
    assert flag.severity is Severity.LOW and flag.refs == (Ref("role", "llm"),)


# culture --------------------------------------------------------------------------------------


def test_culture_item_outside_steps_1_and_4_does_not_count() -> None:
    plan = clean_plan()
    plan.steps[0].items[0].tags = []
    plan.steps[4].items.append(
        ChecklistItem(text="Culture elsewhere", tags=["culture"], status=Status.DONE, owner="Mei")
    )
    flag = only(plan, "culture-not-addressed")
    assert Ref("step", "step-motivations") in flag.refs and Ref("step", "step-environment") in flag.refs


def test_culture_item_in_step_4_is_enough() -> None:
    plan = clean_plan()
    plan.steps[0].items[0].tags = []
    plan.steps[3].items[0].tags = ["career-path", "culture"]
    assert flags(plan, "culture-not-addressed") == []


# policy watch ---------------------------------------------------------------------------------


def test_nobody_watching_policy_is_high() -> None:
    plan = clean_plan()
    plan.steps[4].items[0].tags = []
    plan.policy_watch.clear()
    flag = only(plan, "policy-watch")
    assert flag.severity is Severity.HIGH
    assert "policy" in flag.rationale.lower()


def test_policy_entry_unchecked_too_long_is_flagged_and_the_limit_is_a_setting() -> None:
    plan = clean_plan()
    plan.policy_watch[0].last_checked = TODAY - timedelta(days=31)
    flag = only(plan, "policy-watch")
    assert flag.severity is Severity.MEDIUM and flag.refs == (Ref("policy", "pw-1"),)
    plan.settings.policy_check_days = 31
    assert flags(plan, "policy-watch") == []


def test_policy_entries_without_an_owning_item_are_medium() -> None:
    plan = clean_plan()
    plan.steps[4].items[0].tags = []
    assert only(plan, "policy-watch").severity is Severity.MEDIUM


# engagement after relocation ------------------------------------------------------------------


def test_relocated_hires_without_engagement_items_are_flagged() -> None:
    plan = clean_plan()
    plan.steps[3].items[1].tags = []
    flag = only(plan, "relocation-engagement-missing")
    assert flag.refs == (Ref("role", "llm"),)


def test_no_engagement_flag_when_nobody_relocates() -> None:
    plan = clean_plan()
    plan.steps[3].items[1].tags = []
    plan.roles[0].relocation = Relocation.NONE
    assert flags(plan, "relocation-engagement-missing") == []
