"""Named edits without the window: what the CLI and a script rely on when they acknowledge flags,
switch a bonus unit or change plan settings, and what undo relies on to put the plan back."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from hireplan.analysis import analyse
from hireplan.model import BonusKind, Offer, Plan, edits, lookup, operations
from hireplan.storage.builtin_templates import sample_plan

TODAY = date(2026, 7, 1)


def _undo(plan: Plan, done: list[edits.CheckedChange]) -> None:
    """What the window's undo does with a named edit: the old values back, last first."""
    for item in reversed(done):
        change = item.change
        edits.assign(lookup.find_object(plan, change.kind, change.obj_id), change.field, item.old)


def test_acknowledging_headless_marks_the_flags_and_undo_restores_the_plan_exactly() -> None:
    plan = sample_plan()
    flags = [flag for flag in analyse(plan, today=TODAY).flags if not flag.acknowledged][:2]
    assert len(flags) == 2, "the sample plan raises flags to acknowledge"
    before = plan.model_dump()
    review = TODAY + timedelta(days=30)
    keys = [flag.key for flag in flags]
    done = edits.apply_changes(plan, operations.acknowledge(plan, keys, "Board accepted", review, TODAY))
    after = {flag.key: flag for flag in analyse(plan, today=TODAY).flags}
    assert all(after[key].acknowledged for key in keys)
    assert [(a.flag_key, a.review_date, a.acknowledged_on) for a in plan.acknowledgements] == [
        (key, review, TODAY) for key in keys
    ]
    _undo(plan, done)
    assert plan.model_dump() == before


def test_acknowledging_again_replaces_the_reason_and_withdrawing_opens_the_flag() -> None:
    plan = sample_plan()
    key = analyse(plan, today=TODAY).flags[0].key
    edits.apply_changes(plan, operations.acknowledge(plan, [key], "First", TODAY, TODAY))
    edits.apply_changes(plan, operations.acknowledge(plan, [key, key], "Second", TODAY, TODAY))
    assert [(a.flag_key, a.reason) for a in plan.acknowledgements] == [(key, "Second")]
    edits.apply_changes(plan, operations.withdraw(plan, [key]))
    assert plan.acknowledgements == []
    assert operations.withdraw(plan, [key]) == [], "nothing to withdraw is no edit"


def test_a_refused_acknowledgement_says_why_and_changes_nothing() -> None:
    plan = sample_plan()
    before = plan.model_dump()
    with pytest.raises(ValueError, match="too long"):
        operations.acknowledge(plan, ["some-rule:x"], "x" * 200_000, TODAY, TODAY)
    assert plan.model_dump() == before


def test_switching_the_bonus_unit_keeps_a_figure_that_still_makes_sense() -> None:
    plan = sample_plan()
    offer = plan.offers[0]
    offer.bonus_kind, offer.bonus_value = BonusKind.PERCENT, Decimal(20)
    changes = operations.switch_bonus_kind(offer, BonusKind.AMOUNT)
    assert not operations.clears_bonus(offer, BonusKind.AMOUNT)
    edits.apply_changes(plan, changes)
    assert (offer.bonus_kind, offer.bonus_value) == (BonusKind.AMOUNT, Decimal(20))
    assert operations.switch_bonus_kind(offer, BonusKind.AMOUNT) == [], "the same unit is no edit"


def test_switching_to_a_unit_the_figure_cannot_mean_clears_it_in_the_same_edit() -> None:
    plan = sample_plan()
    offer = plan.offers[0]
    offer.bonus_kind, offer.bonus_value = BonusKind.AMOUNT, Decimal(50_000)
    before = plan.model_dump()
    assert operations.clears_bonus(offer, BonusKind.PERCENT)
    done = edits.apply_changes(plan, operations.switch_bonus_kind(offer, BonusKind.PERCENT))
    assert (offer.bonus_kind, offer.bonus_value) == (BonusKind.PERCENT, Decimal(0))
    _undo(plan, done)
    assert plan.model_dump() == before


def test_settings_change_only_what_differs_and_all_or_nothing() -> None:
    plan = sample_plan()
    wanted = [
        ("plan", "reporting_currency", plan.reporting_currency),
        ("settings", "stale_data_days", 90),
        ("settings", "policy_check_days", plan.settings.policy_check_days),
    ]
    changes = operations.change_settings(plan, wanted)
    assert [(c.kind, c.field, c.value) for c in changes] == [("settings", "stale_data_days", 90)]
    before = plan.model_dump()
    refused = [("settings", "stale_data_days", 60), ("settings", "risk_high_from", 99)]
    with pytest.raises(ValueError, match="at most 25"):
        edits.apply_changes(plan, operations.change_settings(plan, refused))
    assert plan.model_dump() == before, "a refused value leaves the earlier ones unapplied too"


def test_checked_values_are_what_the_model_stores() -> None:
    plan = sample_plan()
    offer = plan.offers[0]
    [checked] = edits.check_changes(plan, [edits.FieldChange("offer", offer.id, "base", "123456")])
    assert checked.change.value == Decimal(123456) and checked.old == offer.base
    assert offer.base != Decimal(123456), "checking changes nothing"
    assert edits.check_changes(plan, [edits.FieldChange("offer", offer.id, "base", offer.base)]) == []


def test_a_competing_package_is_recorded_changed_whole_and_refused_with_a_reason() -> None:
    plan = sample_plan()
    offer = next(o for o in plan.offers if o.competing is None)
    before = plan.model_dump()
    done = edits.apply_changes(plan, operations.record_competing(offer, True))
    assert offer.competing is not None and offer.competing.currency == offer.currency
    done += edits.apply_changes(plan, operations.set_competing_field(offer, "base", Decimal(90_000)))
    assert offer.competing.base == Decimal(90_000)
    with pytest.raises(ValueError, match="Base"):
        operations.set_competing_field(offer, "base", Decimal(-1))
    assert offer.competing.base == Decimal(90_000)
    _undo(plan, done)
    assert plan.model_dump() == before
    with pytest.raises(ValueError, match="no competing package"):
        operations.set_competing_field(offer, "base", Decimal(1))


def test_every_list_kind_has_a_fresh_object_a_person_can_start_from() -> None:
    from hireplan.model.kinds import KIND_LISTS, KINDS

    plan = sample_plan()
    for kind in KIND_LISTS:
        obj = operations.new_object(plan, kind)
        assert isinstance(obj, KINDS[kind].model)
    role = plan.roles[-1]
    offer = operations.new_object(plan, "offer", role_id=role.id)
    assert isinstance(offer, Offer) and offer.role_id == role.id
    market = next(m for m in plan.markets if m.id == role.market_id)
    assert (offer.market_id, offer.currency) == (market.id, market.currency), "in the role's own market"


def test_a_fresh_object_that_must_point_at_something_says_what_to_add_first() -> None:
    empty = Plan(title="Empty")
    with pytest.raises(ValueError, match="Add a role and a market first"):
        operations.new_object(empty, "offer")
    with pytest.raises(ValueError, match="Add a market first"):
        operations.new_object(empty, "benchmark")


@pytest.mark.parametrize("name", ["ai-talent-attract-retain", "keep-existing-ai-team"])
def test_a_new_role_and_offer_in_a_plan_from_a_template_can_be_compared_once_priced(
    name: str, tmp_path: Path
) -> None:
    """Onboarding: a new role takes the job family of the template's reference benchmarks and its
    offer goes to a market that has one, so the first base typed gives a compa-ratio; before the
    base is typed, nothing about the offer is flagged."""
    from hireplan.model.template_plans import new_plan_from_template
    from hireplan.storage.templates import TemplateLibrary

    plan = new_plan_from_template(TemplateLibrary(user_dir=tmp_path).get(name), today=TODAY)
    role = operations.new_object(plan, "role")
    assert role.job_family == "ML/AI engineer", "the family most of the plan's benchmarks share"
    plan.roles.append(role)
    offer = operations.new_object(plan, "offer", role_id=role.id)
    assert isinstance(offer, Offer)
    plan.offers.append(offer)
    about_offer = [f.rule for f in analyse(plan, today=TODAY).flags if any(r.id == offer.id for r in f.refs)]
    assert about_offer == [], "no base yet, no flag"
    offer.base = Decimal(200_000)
    own = analyse(plan, today=TODAY).offers[offer.id].own_market
    assert own is not None and own.nominal is not None
    assert own.market_name == "Silicon Valley"
    assert own.nominal.compa_ratio == Decimal("0.8")


def test_a_new_role_in_a_plan_without_benchmarks_has_no_job_family_and_its_offer_the_first_market() -> None:
    plan = Plan(title="Empty")
    role = operations.new_object(plan, "role")
    assert role.job_family == ""
    plan.roles.append(role)
    plan.markets.append(operations.new_object(plan, "market"))  # type: ignore[arg-type]
    offer = operations.new_object(plan, "offer")
    assert isinstance(offer, Offer) and offer.market_id == plan.markets[0].id
