"""A team that tags in Chinese: the model takes 文化, and the rules read it as culture."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis.tag_synonyms import SYNONYMS
from hireplan.model import ChecklistItem
from hireplan.storage.schema import plan_json_schema


def test_tags_in_chinese_are_accepted_and_bad_tags_still_refused() -> None:
    for tag in ("文化", "职业发展", "career-path", "ai-人才"):
        assert ChecklistItem(text="x", tags=[tag]).tags == [tag]
    for bad in ("Culture", "文化，政策", "a b", "-x", "a_b"):
        with pytest.raises(ValidationError):
            ChecklistItem(text="x", tags=[bad])


def test_the_json_schema_says_the_same_as_the_model() -> None:
    """Other tools validate plan files with the schema: its pattern must accept 文化 too (ECMA regex)."""
    import re

    text = json.dumps(plan_json_schema(), ensure_ascii=False)
    pattern = json.loads(text)["$defs"]["ChecklistItem"]["properties"]["tags"]["items"]["pattern"]
    assert re.fullmatch(pattern, "文化") and not re.fullmatch(pattern, "Culture")


def test_a_chinese_synonym_satisfies_the_rule_that_looks_for_the_english_tag() -> None:
    plan = clean_plan()
    plan.steps[0].items[0].tags = []
    before = {flag.rule for flag in run(plan, TODAY).flags}
    assert "culture-not-addressed" in before
    plan.steps[0].items[0].tags = ["文化"]
    after = {flag.rule for flag in run(plan, TODAY).flags}
    assert "culture-not-addressed" not in after


def test_every_synonym_names_a_tag_some_rule_looks_for() -> None:
    from hireplan.analysis import rules_plan

    looked_for = {
        *rules_plan.CAREER_TAGS,
        *rules_plan.CULTURE_TAGS,
        *rules_plan.POLICY_TAGS,
        *rules_plan.ENGAGEMENT_TAGS,
        "research-budget",
        "compute",
    }
    assert set(SYNONYMS.values()) <= looked_for
