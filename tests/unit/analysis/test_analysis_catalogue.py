"""The rule catalogue: stable, unique ids that the docs describe and acknowledgements can store."""

from __future__ import annotations

from decimal import Decimal

from helpers.paths import REPO
from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Ref
from hireplan.analysis.flag import MAX_FLAG_KEY, flag_key
from hireplan.analysis.rules import RULES, RULES_BY_ID
from hireplan.model import Acknowledgement

DOC = REPO / "docs" / "calculations.md"


def test_rule_ids_are_unique_and_documented() -> None:
    """Users look a rule id up in docs/calculations.md; every rule must be there."""
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids)) == len(RULES_BY_ID)
    doc = DOC.read_text(encoding="utf-8")
    assert [rule_id for rule_id in ids if f"`{rule_id}`" not in doc] == []


def test_every_rule_explains_itself() -> None:
    for rule in RULES:
        assert rule.category and rule.title and rule.mitigation and rule.rationale, rule.id


def test_long_keys_are_shortened_to_fit_an_acknowledgement() -> None:
    refs = tuple(Ref("item", f"item-{index:04d}") for index in range(100))
    key = flag_key("items-overdue", refs)
    assert len(key) <= MAX_FLAG_KEY and key.startswith("items-overdue:#")
    assert key == flag_key("items-overdue", tuple(reversed(refs)))
    Acknowledgement(flag_key=key, reason="r", review_date=TODAY, acknowledged_on=TODAY)


def test_flags_for_finds_the_flags_about_one_object() -> None:
    """The desktop app badges a row with the flags that refer to it."""
    plan = clean_plan()
    plan.offers[0].research_budget = Decimal(0)
    analysis = run(plan)
    assert [f.rule for f in analysis.flags_for("offer", "offer-a")] == ["research-infrastructure-missing"]
    assert analysis.flags_for("offer", "nope") == ()
