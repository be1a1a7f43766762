"""Re-analysis after an edit to one part of the plan gives exactly what a full analysis gives.

The desktop app re-analyses after every edit and recomputes only what reads the touched part
(checklist, offers, risks, policy watch); if a rule read a part it does not declare, its flags
would go stale on screen. Each case edits the sample plan and compares the fast path with
``analyse`` field by field, flags included.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest

from helpers.paths import REPO
from hireplan.analysis import Ref, analyse, reanalyse
from hireplan.analysis.context import Context
from hireplan.model import Acknowledgement, ChecklistItem, Offer, Plan, Risk, Status
from hireplan.storage.plan_file import load_plan

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"
TODAY = date(2026, 11, 23)


def _items(plan: Plan) -> list[ChecklistItem]:
    return [item for step in plan.steps for item in step.items]


def finish_everything(plan: Plan) -> None:
    for item in _items(plan):
        item.status = Status.DONE


def make_an_item_overdue(plan: Plan) -> None:
    item = next(item for item in _items(plan) if item.status is Status.TODO)
    item.due = TODAY - timedelta(days=3)
    item.owner = ""


def drop_every_tag(plan: Plan) -> None:
    """Culture, policy, career-path and engagement rules read the tags."""
    for item in _items(plan):
        item.tags = []


def delete_a_step_of_items(plan: Plan) -> None:
    plan.steps[0].items.clear()


def rename_a_step(plan: Plan) -> None:
    plan.steps[1].title = "Pay that holds its own"


def lower_an_offer(plan: Plan) -> None:
    plan.offers[3].base = plan.offers[3].base / 2


def remove_an_offer(plan: Plan) -> None:
    del plan.offers[0]


def add_an_offer(plan: Plan) -> None:
    first = plan.offers[0]
    plan.offers.append(
        Offer(role_id=first.role_id, market_id=first.market_id, currency=first.currency, base=Decimal(1000))
    )


def move_an_offer_to_another_role(plan: Plan) -> None:
    """The budget of both roles changes: the one the offer left and the one it joined."""
    plan.offers[0].role_id = plan.roles[-1].id


def raise_a_risk(plan: Plan) -> None:
    plan.risks[0].likelihood = 5
    plan.risks[0].impact = 5


def add_a_risk(plan: Plan) -> None:
    plan.risks.append(Risk(title="Key researcher poached", likelihood=4, impact=4, review_date=TODAY))


def empty_the_policy_watch(plan: Plan) -> None:
    plan.policy_watch.clear()


def let_policy_go_unchecked(plan: Plan) -> None:
    for entry in plan.policy_watch:
        entry.last_checked = TODAY - timedelta(days=400)


CASES: list[tuple[Callable[[Plan], None], set[str], set[str]]] = [
    (finish_everything, {"checklist"}, set()),
    (make_an_item_overdue, {"checklist"}, set()),
    (drop_every_tag, {"checklist"}, set()),
    (delete_a_step_of_items, {"checklist"}, set()),
    (rename_a_step, {"checklist"}, set()),
    (lower_an_offer, {"offers"}, {"offer-sv-applied-d"}),
    (remove_an_offer, {"offers"}, set()),
    (add_an_offer, {"offers"}, set()),
    (move_an_offer_to_another_role, {"offers"}, {"offer-hz-research-a"}),
    (raise_a_risk, {"risks"}, set()),
    (add_a_risk, {"risks"}, set()),
    (empty_the_policy_watch, {"policy"}, set()),
    (let_policy_go_unchecked, {"policy"}, set()),
]


@pytest.mark.parametrize(("edit", "touched", "offer_ids"), CASES, ids=[case[0].__name__ for case in CASES])
def test_reanalysis_of_the_touched_part_equals_a_full_analysis(
    edit: Callable[[Plan], None], touched: set[str], offer_ids: set[str]
) -> None:
    plan = load_plan(SAMPLE)
    previous = analyse(plan, today=TODAY)
    edit(plan)
    full = analyse(plan, today=TODAY)
    assert full.flags != previous.flags or full.progress != previous.progress or full != previous, (
        "the edit should change something, or the case proves nothing"
    )
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids=offer_ids, touched=touched)
    assert quick == full


def test_acknowledging_a_flag_needs_no_part_recomputed() -> None:
    """Acknowledgements are applied afresh on every re-analysis, even with nothing touched."""
    plan = load_plan(SAMPLE)
    previous = analyse(plan, today=TODAY)
    flag = previous.flags[0]
    plan.acknowledgements.append(
        Acknowledgement(
            flag_key=flag.key,
            reason="Budget agreed",
            review_date=TODAY + timedelta(days=30),
            acknowledged_on=TODAY,
        )
    )
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids=set(), touched=())
    assert quick == analyse(plan, today=TODAY)
    assert next(f for f in quick.flags if f.key == flag.key).acknowledged


def test_untouched_parts_are_reused_not_recomputed() -> None:
    plan = load_plan(SAMPLE)
    previous = analyse(plan, today=TODAY)
    next(item for item in _items(plan) if item.status is Status.TODO).status = Status.DONE
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids=set(), touched={"checklist"})
    assert all(quick.offers[key] is previous.offers[key] for key in previous.offers)
    assert quick.budget is previous.budget
    assert quick.risks is previous.risks
    assert quick.progress != previous.progress
    # Markets, benchmarks and rates are untouched too: each benchmark is prepared once, not per edit.
    assert isinstance(previous.context, Context) and isinstance(quick.context, Context)
    benchmark = plan.benchmarks[0]
    assert quick.context.prepared(benchmark, benchmark.market_id) is previous.context.prepared(
        benchmark, benchmark.market_id
    )


def test_tagging_an_item_compute_clears_the_plan_wide_research_flag_on_reanalysis() -> None:
    """Rule 4's plan-wide half reads the checklist's tags as well as the offers."""
    plan = load_plan(SAMPLE)
    research = {role.id for role in plan.roles if role.research}
    plan.offers = [offer for offer in plan.offers if offer.role_id not in research]
    for item in _items(plan):
        item.tags = [tag for tag in item.tags if tag not in ("compute", "research-budget")]
    previous = analyse(plan, today=TODAY)
    assert any(f.title == "Research infrastructure not planned" for f in previous.flags)
    _items(plan)[0].tags.append("compute")
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids=set(), touched={"checklist"})
    assert quick == analyse(plan, today=TODAY)
    assert not any(f.title == "Research infrastructure not planned" for f in quick.flags)


def test_per_offer_flags_keep_plan_order_when_one_offer_is_redone() -> None:
    """Only the edited offer's flags are worked out again; they land where plan order puts them."""
    plan = load_plan(SAMPLE)
    previous = analyse(plan, today=TODAY)
    middle = next(  # an offer at or above its market, so halving it raises a flag
        offer
        for offer in plan.offers
        if (own := previous.offers[offer.id].own_market) is not None
        and own.nominal is not None
        and own.nominal.compa_ratio >= 1
    )
    middle.base = middle.base * Decimal("0.5")
    middle.relocation = Decimal(0)
    middle.housing_allowance = Decimal(0)
    middle.living_allowance = Decimal(0)
    quick = reanalyse(plan, previous, today=TODAY, changed_offer_ids={middle.id}, touched={"offers"})
    full = analyse(plan, today=TODAY)
    assert quick == full
    assert [f.key for f in quick.flags] == [f.key for f in full.flags]
    assert any(Ref("offer", middle.id) in f.refs for f in quick.flags if f.rule == "offer-below-market")


def test_cross_market_comparisons_read_late_give_the_figures_of_their_analysis() -> None:
    """Comparisons with every market are worked out when first read; reading them after the offer,
    the exchange rates or the PPP factors were edited must still give what the analysis saw."""
    plan = load_plan(SAMPLE)
    analysis = analyse(plan, today=TODAY)
    offer = plan.offers[3]
    early = analyse(plan, today=TODAY).offers[offer.id].cross_market
    expected = [(c.market_id, c.offer_in_market, c.ppp) for c in early]
    offer.base = offer.base * 3
    offer.currency = "EUR"
    for factor in plan.ppp_factors:
        factor.factor = factor.factor * 2
    for rate in plan.exchange_rates:
        rate.rate = rate.rate * 2
    late = analysis.offers[offer.id].cross_market
    assert [(c.market_id, c.offer_in_market, c.ppp) for c in late] == expected
    assert late == early and len(late) == len(expected) > 1
