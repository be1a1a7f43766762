"""What every flag carries whatever its rule: acknowledgements that lapse, the order, words a person
can act on, and the object a flag opens.
"""

from __future__ import annotations

from datetime import timedelta

from helpers.plans import TODAY, run
from helpers.rule_flags import below_market_plan, flags, only
from hireplan.analysis import Flag, Ref, Severity
from hireplan.model import Acknowledgement

# Acknowledgements and order -------------------------------------------------------------------


def test_acknowledged_flag_stays_listed_until_its_review_date() -> None:
    """An acknowledgement silences the exit code but never hides the flag; it lapses after review."""
    plan = below_market_plan()
    key = only(plan, "offer-below-market").key
    plan.acknowledgements.append(
        Acknowledgement(
            flag_key=key,
            reason="Equity refresh agreed",
            review_date=TODAY + timedelta(days=5),
            acknowledged_on=TODAY,
        )
    )
    flag = only(plan, "offer-below-market")
    assert flag.acknowledged and flag.acknowledgement is not None
    assert flag.acknowledgement.reason == "Equity refresh agreed"
    assert flag not in run(plan).unacknowledged_high
    on_review_day = only(plan, "offer-below-market", TODAY + timedelta(days=5))
    assert on_review_day.acknowledged
    after = only(plan, "offer-below-market", TODAY + timedelta(days=6))
    assert not after.acknowledged


def test_acknowledgement_key_is_rule_and_sorted_ids() -> None:
    flag = only(below_market_plan(), "offer-below-market")
    assert flag.key == "offer-below-market:b-hz,llm,offer-a"


def test_acknowledging_one_offer_does_not_cover_another() -> None:
    plan = below_market_plan()
    second = plan.offers[0].model_copy(update={"id": "offer-b"})
    plan.offers.append(second)
    first_key = next(f.key for f in flags(plan, "offer-below-market") if Ref("offer", "offer-a") in f.refs)
    plan.acknowledgements.append(
        Acknowledgement(flag_key=first_key, reason="ok", review_date=TODAY, acknowledged_on=TODAY)
    )
    states = {f.refs[0].id: f.acknowledged for f in flags(plan, "offer-below-market")}
    assert states == {"offer-a": True, "offer-b": False}


def test_flags_are_ordered_high_then_medium_then_low() -> None:
    plan = below_market_plan()
    plan.roles[0].growth_path = ""  # low
    plan.steps[0].items[0].tags = []  # medium culture
    ranks = [flag.severity.rank for flag in run(plan).flags]
    assert ranks == sorted(ranks) and len(set(ranks)) == 3


def test_every_flag_has_text_a_person_can_act_on() -> None:
    plan = below_market_plan()
    plan.policy_watch.clear()
    plan.steps[4].items[0].tags = []
    for flag in run(plan).flags:
        assert flag.title and flag.message.endswith(".") and flag.mitigation and flag.rationale
        assert flag.category and flag.refs


def test_go_to_target_is_the_object_a_person_edits_to_clear_the_flag() -> None:
    """An overdue item's flag opens the item, not its step; an offer's, the offer, not its role."""

    def target(*refs: Ref) -> Ref | None:
        return Flag("r", Severity.LOW, "c", "t", "m", "x", "why", refs).target

    assert target(Ref("step", "s"), Ref("item", "i1"), Ref("item", "i2")) == Ref("item", "i1")
    assert target(Ref("role", "r"), Ref("market", "m"), Ref("offer", "o")) == Ref("offer", "o")
    assert target(Ref("plan", "p"), Ref("market", "m")) == Ref("market", "m")
    assert target(Ref("plan", "p")) == Ref("plan", "p")
    assert target() is None
