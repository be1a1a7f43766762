"""Named document operations and the edit path under them: each operation is one undo step that
undo reverses exactly, and the undo commands reach the plan only through the public edit protocol."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from helpers.screen_plans import views_plan
from helpers.signals import emitted
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.document.undo_commands import EditTarget, MoveItemsCommand, RemoveObjectsCommand
from hireplan.model import BonusKind, Plan, Risk
from hireplan.model.checklist_edits import ItemMove
from hireplan.model.collection_edits import ObjectRun
from hireplan.storage.sheet_rows import copy_rows


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(views_plan())


def undo_restores_exactly(doc: PlanDocument, before: dict[str, Any], after: dict[str, Any]) -> None:
    assert doc.undo_stack.count() == 1, "the operation is one undo step"
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    doc.undo_stack.redo()
    assert doc.plan.model_dump() == after


def test_acknowledging_flags_is_one_step_and_undo_reopens_them(doc: PlanDocument) -> None:
    keys = [flag.key for flag in doc.analysis().flags if not flag.acknowledged][:3]
    before = doc.plan.model_dump()
    assert doc.acknowledge_flags(keys, "Seen by the board", date.today() + timedelta(days=30))
    flags = {flag.key: flag for flag in doc.analysis().flags}
    assert all(flags[key].acknowledged for key in keys)
    assert doc.undo_stack.undoText() == "Acknowledge 3 flags"
    undo_restores_exactly(doc, before, doc.plan.model_dump())


def test_withdrawing_is_one_step(doc: PlanDocument) -> None:
    key = doc.analysis().flags[0].key
    doc.acknowledge_flags([key], "Seen", date.today() + timedelta(days=5))
    doc.undo_stack.clear()
    before = doc.plan.model_dump()
    assert doc.withdraw_acknowledgements([key])
    assert not doc.withdraw_acknowledgements([key]), "nothing left to withdraw pushes nothing"
    undo_restores_exactly(doc, before, doc.plan.model_dump())


def test_a_refused_acknowledgement_pushes_nothing(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    with pytest.raises(ValueError, match="too long"):
        doc.acknowledge_flags(["x:y"], "x" * 200_000, date.today())
    assert doc.plan.model_dump() == before and doc.undo_stack.count() == 0


def test_switching_a_bonus_unit_that_clears_the_figure_is_one_step(doc: PlanDocument) -> None:
    offer = doc.plan.offers[0]
    doc.set_field("offer", offer.id, "bonus_kind", BonusKind.AMOUNT)
    doc.set_field("offer", offer.id, "bonus_value", Decimal(40_000))
    doc.undo_stack.clear()
    before = doc.plan.model_dump()
    assert doc.set_bonus_kind(offer.id, BonusKind.PERCENT), "40,000 % cannot stand: the figure is cleared"
    assert (offer.bonus_kind, offer.bonus_value) == (BonusKind.PERCENT, Decimal(0))
    assert doc.undo_stack.undoText() == "Bonus as % of base"
    undo_restores_exactly(doc, before, doc.plan.model_dump())


def test_applying_plan_settings_is_one_step_and_skips_what_is_unchanged(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    wanted = [("plan", "reporting_currency", "CNY"), ("settings", "stale_data_days", 45)]
    wanted.append(("settings", "policy_check_days", doc.plan.settings.policy_check_days))
    assert doc.set_plan_settings(wanted) == 2
    assert doc.undo_stack.undoText() == "Change plan settings"
    undo_restores_exactly(doc, before, doc.plan.model_dump())


def test_a_macro_makes_several_operations_one_undo_step(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    with doc.macro("Tidy risks"):
        doc.insert_objects("risk", -1, [Risk(id="r-new", title="New", likelihood=2, impact=2)])
        doc.set_field("risk", "r-new", "owner", "Ana")
    assert doc.plan.risks[-1].owner == "Ana"
    assert doc.undo_stack.undoText() == "Tidy risks"
    undo_restores_exactly(doc, before, doc.plan.model_dump())


def test_an_edit_does_not_compute_the_analysis_until_the_event_loop_turns(
    doc: PlanDocument, qtbot: QtBot
) -> None:
    """Typing stays quick on a large plan: many edits, one analysis, after them."""
    doc.analysis()
    offer = doc.plan.offers[0]
    doc.set_field("offer", offer.id, "base", offer.base + 1000)
    doc.set_field("offer", offer.id, "base", offer.base + 1000)
    assert doc.peek_analysis() is None
    with emitted(qtbot, doc.analysisChanged, timeout=1000):
        pass
    assert doc.analysis().offers[offer.id].figures.base == offer.base


class RecordingTarget:
    """An :class:`EditTarget` that only writes down what the commands ask for."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def apply_set(self, kind: str, values: Sequence[tuple[str, Any]], field: str) -> None:
        self.calls.append(("set", kind, list(values), field))

    def apply_insert(self, step_id: str, row: int, items: Sequence[Any]) -> None:
        self.calls.append(("insert", step_id, row, len(items)))

    def apply_remove(self, step_id: str, row: int, count: int) -> None:
        self.calls.append(("remove", step_id, row, count))

    def apply_moves(self, moves: Sequence[ItemMove]) -> None:
        self.calls.append(("moves", list(moves)))

    def apply_insert_objects(self, kind: str, row: int, objs: Sequence[Any]) -> None:
        self.calls.append(("insert_objects", kind, row, len(objs)))

    def apply_remove_objects(self, kind: str, row: int, count: int) -> None:
        self.calls.append(("remove_objects", kind, row, count))


def test_commands_need_only_the_edit_protocol_and_undo_mirrors_redo() -> None:
    target = RecordingTarget()
    protocol: EditTarget = target
    first, rest = Risk(title="a"), (Risk(title="b"), Risk(title="c"))
    remove = RemoveObjectsCommand(protocol, [ObjectRun("risk", 0, (first,)), ObjectRun("risk", 3, rest)])
    remove.redo()
    remove.undo()
    assert target.calls == [
        ("remove_objects", "risk", 3, 2),  # later rows first, so earlier rows stay valid
        ("remove_objects", "risk", 0, 1),
        ("insert_objects", "risk", 0, 1),
        ("insert_objects", "risk", 3, 2),
    ]
    target.calls.clear()
    moves = [ItemMove("s1", 0, "s2", 1), ItemMove("s1", 0, "s2", 2)]
    move = MoveItemsCommand(protocol, moves)
    move.redo()
    move.undo()
    assert target.calls == [
        ("moves", moves),
        ("moves", [ItemMove("s2", 2, "s1", 0), ItemMove("s2", 1, "s1", 0)]),
    ]


def test_each_competing_package_edit_is_one_step(doc: PlanDocument) -> None:
    offer = next(o for o in doc.plan.offers if o.competing is None)
    before = doc.plan.model_dump()
    assert doc.record_competing(offer.id, True)
    assert not doc.record_competing(offer.id, True), "already recorded: nothing pushed"
    assert doc.set_competing_field(offer.id, "employer", "Rival Labs")
    assert doc.undo_stack.count() == 2 and doc.undo_stack.undoText() == "Edit competing package"
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_adding_a_fresh_object_is_one_step_and_a_refusal_pushes_nothing(qtbot: QtBot) -> None:
    doc = PlanDocument(views_plan())
    before = doc.plan.model_dump()
    offer_id = doc.add_new("offer", role_id=doc.plan.roles[0].id)
    assert doc.plan.offers[-1].id == offer_id and doc.undo_stack.undoText() == "Add 1 offer"
    undo_restores_exactly(doc, before, doc.plan.model_dump())
    empty = PlanDocument(Plan(title="Empty"))
    with pytest.raises(ValueError, match="Add a market first"):
        empty.add_new("benchmark")
    assert empty.undo_stack.count() == 0 and empty.plan.benchmarks == []


def test_pasting_rows_is_one_step_and_a_bad_cell_pastes_nothing(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    text = copy_rows(doc.plan, "risk", doc.plan.risks[:2])
    ids = doc.paste_rows("risk", text)
    assert len(ids) == 2
    assert [r.id for r in doc.plan.risks[-2:]] == ids
    assert doc.undo_stack.undoText() == "Paste 2 risks"  # English plural forms come from hireplan_en.qm
    undo_restores_exactly(doc, before, doc.plan.model_dump())

    step = doc.plan.steps[0]
    with pytest.raises(ValueError, match=r"Row 1, Likelihood: 'often' is not a number"):
        doc.paste_rows("risk", "Title\tLikelihood\nFlood\toften\n")
    items = doc.paste_rows("item", "Item\nBook the room\n", step_id=step.id, row=0)
    assert doc.plan.steps[0].items[0].id == items[0]
    assert doc.undo_stack.count() == 2
