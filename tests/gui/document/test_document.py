"""The document: every edit is one undo step, modified means "not clean", bad values change nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.plans import checklist_plan, item_ids
from helpers.signals import emitted
from hireplan.gui.document.document import PlanDocument
from hireplan.model import ChecklistItem, Status


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(checklist_plan())


def test_field_edit_is_one_undo_step_and_marks_modified(doc: PlanDocument, qtbot: QtBot) -> None:
    before = doc.plan.model_dump()
    with qtbot.waitSignal(doc.modifiedChanged) as modified:
        doc.set_field("item", "a", "owner", "Sam Ortiz")
    assert modified.args == [True]
    assert doc.plan.steps[0].items[0].owner == "Sam Ortiz"
    assert doc.is_modified() and doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    assert not doc.is_modified()


def test_typing_with_one_merge_key_is_one_undo_step(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    for text in ("D", "Dr", "Dra", "Draft"):
        doc.set_field("item", "a", "text", text, merge_key="typing-1")
    assert doc.undo_stack.count() == 1
    assert doc.plan.steps[0].items[0].text == "Draft"
    doc.set_field("item", "a", "text", "Draft 2", merge_key="typing-2")
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_bad_value_raises_before_anything_is_pushed(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    with pytest.raises(ValueError, match="not a valid tag"):
        doc.set_field("item", "a", "tags", ["has space"])
    assert doc.undo_stack.count() == 0 and not doc.is_modified()
    assert doc.plan.model_dump() == before


def test_bulk_status_is_one_step(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    changed = doc.set_fields_many("item", ["a", "b", "d"], "status", Status.DONE)
    assert changed == 3 and doc.undo_stack.count() == 1
    assert all(doc.plan.steps[s].items[r].status is Status.DONE for s, r in ((0, 0), (0, 1), (1, 0)))
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_structure_edits_emit_bracketing_signals_and_undo(doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    seen: list[tuple[object, ...]] = []
    doc.itemsAboutToBeInserted.connect(lambda *a: seen.append(("about-insert", *a)))
    doc.itemsInserted.connect(lambda *a: seen.append(("insert", *a)))
    doc.itemsRemoved.connect(lambda *a: seen.append(("remove", *a)))
    doc.itemMoved.connect(lambda *a: seen.append(("move", *a)))
    doc.insert_items("s3", -1, [ChecklistItem(id="n", text="New")])
    assert seen == [("about-insert", "s3", 0, 1), ("insert", "s3", 0, 1)]
    new_ids = doc.duplicate_items(["a", "c"])
    assert len(new_ids) == 2 and item_ids(doc.plan)[0][:2] == ["a", new_ids[0]]
    doc.move_items(["n", "d"], "s1", 0)
    assert item_ids(doc.plan)[0][:2] == ["d", "n"]
    assert doc.remove_items(["b", "e"]) == 2
    assert doc.undo_stack.count() == 4
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert "b" not in item_ids(doc.plan)[0]


def test_replace_and_mark_saved_reset_the_modified_state(doc: PlanDocument, tmp_path: Path) -> None:
    doc.set_field("plan", doc.plan.id, "title", "Renamed")
    doc.mark_saved(tmp_path / "a.hireplan")
    assert not doc.is_modified() and doc.path == tmp_path / "a.hireplan"
    doc.set_field("plan", doc.plan.id, "title", "Again")
    assert doc.is_modified()
    fresh = checklist_plan()
    doc.replace(fresh, None)
    assert doc.plan is fresh and not doc.is_modified() and doc.undo_stack.count() == 0 and doc.path is None


def test_analysis_follows_edits(doc: PlanDocument, qtbot: QtBot) -> None:
    first = doc.analysis().progress.steps[0]
    with emitted(qtbot, doc.analysisChanged, timeout=5000):
        doc.set_field("item", "a", "status", Status.DONE)
    assert doc.analysis().progress.steps[0].done == first.done + 1


def test_a_long_session_of_signals_and_empty_cells_does_not_crash(tmp_path: Path) -> None:
    """PySide6 6.12.0 drops a reference to True on every emit and to None on every empty cell
    read; without the guard the app applies at start a long editing session aborts the interpreter."""
    script = (
        "from PySide6.QtCore import QStringListModel, Qt\n"
        "from hireplan.gui.app import make_application\n"
        "app = make_application()\n"
        "model = QStringListModel(['a'])\n"
        "index = model.index(0, 0)\n"
        "for _ in range(50_000):\n"
        "    model.dataChanged.emit(index, index)\n"
        "    index.data(Qt.ItemDataRole.DecorationRole)\n"
        "print('survived')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=tmp_path, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_analysis_after_each_kind_of_edit_matches_a_fresh_one() -> None:
    """The document re-analyses only what an edit touched; the figures must equal a full analysis,
    after edits, after undo, and the untouched offers' figures are reused (that is the speed-up)."""
    from datetime import date, timedelta
    from decimal import Decimal

    from hireplan.analysis import analyse
    from hireplan.model import Acknowledgement, Risk
    from hireplan.storage.builtin_templates import sample_plan

    document = PlanDocument(sample_plan())

    def fresh() -> object:
        return analyse(document.plan, today=date.today())

    before = document.analysis()
    first_item = document.plan.steps[0].items[0].id
    document.set_field("item", first_item, "status", Status.DONE)
    after_item = document.analysis()
    assert after_item == fresh()
    assert all(after_item.offers[key] is before.offers[key] for key in before.offers)

    edits = [
        lambda: document.set_field("item", first_item, "due", date.today() - timedelta(days=5)),
        lambda: document.set_field("offer", document.plan.offers[0].id, "base", Decimal(10_000)),
        lambda: document.set_field("risk", document.plan.risks[0].id, "impact", 5),
        lambda: document.set_field("policy", document.plan.policy_watch[0].id, "last_checked", None),
        lambda: document.set_field("plan", document.plan.id, "title", "Renamed"),
        lambda: document.set_field(
            "plan",
            document.plan.id,
            "acknowledgements",
            [
                Acknowledgement(
                    flag_key=document.analysis().flags[0].key,
                    reason="Agreed with finance",
                    review_date=date.today() + timedelta(days=30),
                    acknowledged_on=date.today(),
                )
            ],
        ),
        lambda: document.set_field("settings", "", "below_market_threshold", Decimal("0.99")),
        lambda: document.set_field("role", document.plan.roles[0].id, "headcount", 7),
        lambda: document.insert_objects("risk", -1, [Risk(title="New", likelihood=5, impact=5)]),
        lambda: document.remove_objects("offer", [document.plan.offers[-1].id]),
        lambda: document.remove_items([document.plan.steps[1].items[0].id]),
    ]
    for edit in edits:
        assert edit() not in (False, 0), "each edit must change the plan"
        assert document.analysis() == fresh()
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
        assert document.analysis() == fresh()
