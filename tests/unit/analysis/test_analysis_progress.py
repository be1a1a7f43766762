"""Progress per step, the year-one budget, and the risk matrix."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from helpers.plans import TODAY, clean_plan, run
from hireplan.analysis import Converted, MissingRate
from hireplan.model import ChecklistItem, Offer, Plan, Risk, Status, Step
from hireplan.model.roles import Role


def _step(*statuses: Status, owner: str = "Li") -> Step:
    return Step(
        key="compensation",
        title="Pay",
        items=[ChecklistItem(text=f"item {i}", status=s, owner=owner) for i, s in enumerate(statuses)],
    )


def test_not_applicable_items_do_not_count() -> None:
    """A step with one of three applicable items done is a third done, whatever is not applicable."""
    plan = Plan(title="p", steps=[_step(Status.DONE, Status.TODO, Status.NOT_APPLICABLE, Status.IN_PROGRESS)])
    step = run(plan).progress.steps[0]
    assert (step.done, step.applicable, step.total) == (1, 3, 4)
    assert step.ratio == 1 / 3


def test_overall_progress_weights_steps_by_their_items() -> None:
    plan = Plan(
        title="p",
        steps=[_step(Status.DONE, Status.DONE), _step(Status.TODO, Status.TODO, Status.DONE, Status.TODO)],
    )
    progress = run(plan).progress
    assert progress.overall == 3 / 6
    assert [s.ratio for s in progress.steps] == [1.0, 0.25]


def test_counts_overdue_blocked_and_unassigned_open_items_only() -> None:
    step = Step(
        key="research",
        title="R",
        items=[
            ChecklistItem(text="late", due=TODAY - timedelta(days=1), owner="Li"),
            ChecklistItem(text="late but done", due=TODAY - timedelta(days=1), status=Status.DONE),
            ChecklistItem(text="blocked", status=Status.BLOCKED, owner="Li"),
            ChecklistItem(text="nobody", owner="  "),
            ChecklistItem(text="n/a nobody", status=Status.NOT_APPLICABLE),
        ],
    )
    result = run(Plan(title="p", steps=[step])).progress.steps[0]
    assert (result.overdue, result.blocked, result.unassigned) == (1, 1, 1)


def test_empty_step_and_empty_plan_are_zero_not_an_error() -> None:
    progress = run(Plan(title="p", steps=[Step(key="hubs", title="Hubs")])).progress
    assert progress.overall == 0.0 and progress.steps[0].ratio == 0.0


def test_budget_is_first_year_cost_times_headcount_in_reporting_currency() -> None:
    plan = clean_plan()
    analysis = run(plan)
    offer = analysis.offers["offer-a"]
    cost = offer.first_year_cost_reporting
    assert isinstance(cost, Converted)
    assert cost.amount == offer.figures.first_year_cost / Decimal("6.7758")
    (role,) = analysis.budget.roles
    assert role.total == cost.amount * 2
    assert analysis.budget.total == role.total and analysis.budget.complete


def test_budget_prices_the_dearest_offer_and_lists_unpriced_roles() -> None:
    plan = clean_plan()
    cheaper = plan.offers[0].model_copy(update={"id": "offer-b", "base": Decimal(10)})
    plan.offers.append(cheaper)
    plan.roles.append(Role(id="no-offer", title="Platform engineer", headcount=3))
    plan.roles.append(Role(id="sgd", title="Singapore hire"))
    plan.offers.append(Offer(id="offer-sgd", role_id="sgd", market_id="sv", currency="SGD", base=Decimal(1)))
    budget = run(plan).budget
    by_role = {cost.role_id: cost for cost in budget.roles}
    assert by_role["llm"].offer_id == "offer-a"
    assert by_role["no-offer"].per_hire is None and by_role["no-offer"].total is None
    assert isinstance(by_role["sgd"].per_hire, MissingRate)
    assert budget.unpriced_role_ids == ("no-offer", "sgd") and not budget.complete
    assert budget.total == by_role["llm"].total


def test_risk_matrix_score_and_band() -> None:
    plan = clean_plan()
    plan.risks = [
        Risk(id="a", title="a", likelihood=5, impact=3),
        Risk(id="b", title="b", likelihood=2, impact=4),
        Risk(id="c", title="c", likelihood=1, impact=5, review_date=TODAY - timedelta(days=1)),
    ]
    assessed = {r.risk_id: (r.score, r.band.value, r.review_overdue) for r in run(plan).risks}
    assert assessed == {"a": (15, "high", False), "b": (8, "medium", False), "c": (5, "low", True)}
