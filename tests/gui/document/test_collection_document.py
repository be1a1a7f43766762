"""Document edits of the flat lists: each add/delete/duplicate/import is one undo step, with row signals."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from hireplan.gui.document.document import PlanDocument
from hireplan.model.market import Benchmark
from hireplan.model.roles import Role
from hireplan.storage.builtin_templates import sample_plan


def test_insert_many_is_one_undo_step_with_bracketing_signals(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    before = doc.plan.model_dump()
    seen: list[tuple[str, str, int, int]] = []
    doc.objectsAboutToBeInserted.connect(lambda k, r, n: seen.append(("about", k, r, n)))
    doc.objectsInserted.connect(lambda k, r, n: seen.append(("done", k, r, n)))
    market = doc.plan.markets[0].id
    new = [Benchmark(market_id=market, job_family=f"F{i}", currency="USD") for i in range(5)]
    with qtbot.waitSignal(doc.collectionChanged) as changed:
        doc.insert_objects("benchmark", -1, new)
    assert changed.args == ["benchmark"]
    row = len(before["benchmarks"])
    assert seen == [("about", "benchmark", row, 5), ("done", "benchmark", row, 5)]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    doc.undo_stack.redo()
    assert [b.job_family for b in doc.plan.benchmarks[-5:]] == [f"F{i}" for i in range(5)]


def test_delete_role_with_its_offers_and_undo(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    before = doc.plan.model_dump()
    role = doc.plan.roles[0]
    assert any(o.role_id == role.id for o in doc.plan.offers)
    assert doc.remove_objects("role", [role.id], with_dependents=True) == 1
    assert all(o.role_id != role.id for o in doc.plan.offers)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_duplicate_lands_below_and_undoes(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    doc.insert_objects("role", 0, [Role(title="Alpha")])
    ids = [doc.plan.roles[0].id, doc.plan.roles[2].id]
    new_ids = doc.duplicate_objects("role", ids)
    titles = [r.title for r in doc.plan.roles]
    assert titles[0] == titles[1] == "Alpha"
    assert [r.id for r in doc.plan.roles].index(new_ids[1]) == 4
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert [r.id for r in doc.plan.roles] == [ids[0], *[r.id for r in sample_plan().roles]]
