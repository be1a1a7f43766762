"""Adding, removing and copying roles, offers, benchmarks... without Qt: undo relies on these."""

from __future__ import annotations

from decimal import Decimal

import pytest

from hireplan.model import collection_edits as ce
from hireplan.model.lookup import NotFoundError
from hireplan.model.market import Market
from hireplan.model.roles import Offer, Role
from hireplan.storage.builtin_templates import sample_plan


def test_remove_then_restore_puts_every_object_back_in_place() -> None:
    plan = sample_plan()
    before = plan.model_dump()
    ids = [plan.benchmarks[0].id, plan.benchmarks[2].id, plan.benchmarks[3].id]
    runs = ce.runs_of(plan, "benchmark", ids)  # what the window's delete does, and its undo
    for run in reversed(runs):
        ce.remove_run(plan, "benchmark", run.row, len(run.objs))
    assert [run.row + offset for run in runs for offset in range(len(run.objs))] == [0, 2, 3]
    assert all(b.id not in ids for b in plan.benchmarks)
    for run in runs:
        ce.insert_run(plan, "benchmark", run.row, run.objs)
    assert plan.model_dump() == before


def test_insert_refuses_wrong_type_and_duplicate_ids() -> None:
    plan = sample_plan()
    with pytest.raises(TypeError):
        ce.plan_insert(plan, "role", 0, [Market(name="X", currency="USD")])
    with pytest.raises(ValueError, match="already taken by another role"):
        ce.plan_insert(plan, "role", 0, [plan.roles[0]])
    run = ce.plan_insert(plan, "role", -1, [Role(title="New")])
    ce.insert_run(plan, "role", run.row, run.objs)
    assert run.row == len(plan.roles) - 1 and plan.roles[-1].title == "New"


def test_unknown_id_is_reported() -> None:
    with pytest.raises(NotFoundError):
        ce.runs_of(sample_plan(), "offer", ["nope"])


def test_duplicate_is_a_deep_copy_with_a_new_id() -> None:
    plan = sample_plan()
    offer = next(o for o in plan.offers if o.competing is not None)
    copy = ce.duplicate_object(offer)
    assert isinstance(copy, Offer) and copy.id != offer.id
    assert copy.competing is not None and copy.competing is not offer.competing
    copy.competing.base = Decimal(1)
    assert offer.competing is not None and offer.competing.base != Decimal(1)


def test_dependents_of_a_role_are_its_offers() -> None:
    plan = sample_plan()
    role = plan.roles[0]
    deps = ce.dependents(plan, "role", [role.id])
    assert sorted(deps["offer"]) == sorted(o.id for o in plan.offers if o.role_id == role.id)
