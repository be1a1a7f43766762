"""The Risks screen: flags from the analysis, acknowledgements, jump-to-cause and the risk register."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from helpers.screen_plans import TODAY, views_plan
from hireplan.analysis.results import Flag
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.ack_dialog import AckDialog, AckInput
from hireplan.gui.risks.flags_model import FlagRole, FlagsModel
from hireplan.gui.risks.risks_model import Column as RiskColumn
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.model import Plan


class Answers:
    """Stands in for the acknowledgement dialog: records what it was shown, returns a set answer."""

    def __init__(self, answer: AckInput | None) -> None:
        self.answer = answer
        self.shown: list[list[str]] = []

    def __call__(self, parent: Any, flags: Sequence[Flag]) -> AckInput | None:
        self.shown.append([flag.key for flag in flags])
        return self.answer


def make_panel(
    qtbot: Any, plan: Plan | None = None, answer: AckInput | None = None
) -> tuple[RisksPanel, PlanDocument, Answers]:
    document = PlanDocument(plan or views_plan())
    answers = Answers(answer)
    panel = RisksPanel(document, ask=answers)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document, answers


def shown_keys(panel: RisksPanel) -> list[str]:
    model = panel.flags_filter
    return [model.index(row, 0).data(FlagRole).key for row in range(model.rowCount())]


def select_flag(panel: RisksPanel, key: str) -> None:
    assert panel.select_flag(key)


def settle(qtbot: Any, document: PlanDocument) -> None:
    """Let the coalesced analysisChanged signal arrive."""
    with qtbot.waitSignal(document.analysisChanged, timeout=2000):
        pass


def test_panel_lists_every_flag_of_the_analysis_in_order(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot)
    assert shown_keys(panel) == [flag.key for flag in document.analysis().flags]
    assert "1 high" in panel.flags_heading.text()


def test_an_offer_edit_raises_the_below_market_flag_and_undo_clears_it(qtbot: Any) -> None:
    """A person lowering an offer's base sees the below-market flag appear, and undo takes it away."""
    panel, document, _ = make_panel(qtbot)
    assert not [k for k in shown_keys(panel) if k.startswith("offer-below-market")]
    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    below = [k for k in shown_keys(panel) if k.startswith("offer-below-market")]
    assert below == ["offer-below-market:b-hz,llm,offer-a"]
    row = panel.flags_model.row_of(below[0])
    assert panel.flags_model.index(row, 0).data() == "High"
    document.undo_stack.undo()
    settle(qtbot, document)
    assert not [k for k in shown_keys(panel) if k.startswith("offer-below-market")]


def test_unrelated_flags_keep_their_rows_when_a_flag_appears(qtbot: Any) -> None:
    """The list is updated in place, so the selected flag stays selected while the plan changes."""
    panel, document, _ = make_panel(qtbot)
    key = "manual-risk:r-travel"
    select_flag(panel, key)
    persistent = QPersistentModelIndex(panel.flags_model.index(panel.flags_model.row_of(key), 0))
    resets: list[bool] = []
    panel.flags_model.modelReset.connect(lambda: resets.append(True))
    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    assert not resets
    assert persistent.isValid() and persistent.data(FlagRole).key == key
    assert [flag.key for flag in panel.selected_flags()] == [key]


def test_double_click_asks_to_go_to_the_first_object_of_the_flag(qtbot: Any) -> None:
    panel, _, _ = make_panel(qtbot)
    key = "counteroffer-exposure:llm,offer-b"
    select_flag(panel, key)
    index = panel.flags_view.currentIndex()
    with qtbot.waitSignal(panel.objectRequested, timeout=1000) as blocker:
        rect = panel.flags_view.visualRect(index)
        qtbot.mouseClick(panel.flags_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.flags_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["offer", "offer-b"]
    with qtbot.waitSignal(panel.objectRequested, timeout=1000) as blocker:
        panel.goto_button.click()
    assert blocker.args == ["offer", "offer-b"]


def test_acknowledge_with_reason_and_date_then_undo(qtbot: Any) -> None:
    review = TODAY + timedelta(days=60)
    panel, document, answers = make_panel(qtbot, answer=AckInput("Accepted by the hiring board", review))
    key = "manual-risk:r-travel"
    select_flag(panel, key)
    steps_before = document.undo_stack.count()
    panel.ack_button.click()
    assert answers.shown == [[key]]
    assert document.undo_stack.count() == steps_before + 1
    [ack] = document.plan.acknowledgements
    assert (ack.flag_key, ack.reason, ack.review_date, ack.acknowledged_on) == (
        key,
        "Accepted by the hiring board",
        review,
        TODAY,
    )
    settle(qtbot, document)
    row = panel.flags_model.row_of(key)
    assert panel.flags_model.index(row, 4).data() == f"Acknowledged until {review.isoformat()}"
    assert panel.unack_button.isEnabled() and not panel.ack_button.isEnabled()

    document.undo_stack.undo()
    settle(qtbot, document)
    assert document.plan.acknowledgements == []
    assert panel.flags_model.index(panel.flags_model.row_of(key), 4).data() == "Open"


def test_cancelled_dialog_changes_nothing(qtbot: Any) -> None:
    panel, document, answers = make_panel(qtbot, answer=None)
    select_flag(panel, "manual-risk:r-travel")
    assert not panel.acknowledge_selected()
    assert answers.shown and document.plan.acknowledgements == []
    assert document.undo_stack.count() == 0


def test_withdraw_acknowledgement_is_one_undo_step(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot, answer=AckInput("Known", TODAY + timedelta(days=10)))
    key = "items-overdue:it-3,step-pay"
    select_flag(panel, key)
    panel.acknowledge_selected()
    settle(qtbot, document)
    select_flag(panel, key)
    assert panel.withdraw_selected()
    assert document.plan.acknowledgements == []
    settle(qtbot, document)
    assert not panel.flags_model.flag(panel.flags_model.row_of(key)).acknowledged  # type: ignore[union-attr]
    document.undo_stack.undo()
    assert [a.flag_key for a in document.plan.acknowledgements] == [key]


def test_hiding_acknowledged_flags(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot, answer=AckInput("Known", TODAY + timedelta(days=10)))
    key = "manual-risk:r-counter"
    select_flag(panel, key)
    panel.acknowledge_selected()
    settle(qtbot, document)
    panel.show_ack_box.setChecked(False)
    assert key not in shown_keys(panel)
    panel.show_ack_box.setChecked(True)
    assert key in shown_keys(panel)


def test_ack_dialog_needs_a_reason_and_a_future_date(qtbot: Any) -> None:
    flag = Flag(
        "r",
        severity=__import__("hireplan.analysis", fromlist=["Severity"]).Severity.HIGH,
        category="c",
        title="T",
        message="M",
        mitigation="X",
        rationale="",
    )
    dialog = AckDialog([flag], today=date(2026, 7, 1))
    qtbot.addWidget(dialog)
    assert dialog.problem()
    dialog.reason_edit.setPlainText("  Board accepted it  ")
    assert dialog.problem() == ""
    assert dialog.value().reason == "Board accepted it"
    assert dialog.value().review_date == date(2026, 9, 29)
    assert dialog.review_edit.minimumDate().toPython() == date(2026, 7, 2)


def test_ack_dialog_shows_no_error_before_typing_and_says_the_reason_is_required(qtbot: Any) -> None:
    """A person opening the dialog is told plainly what it needs, not greeted by a red error; the
    button waits for a reason, and red appears only for a problem with what was typed."""
    from hireplan.analysis.results import Severity
    from hireplan.gui.risks.ack_dialog import MAX_REASON

    flag = Flag(
        "r", severity=Severity.HIGH, category="c", title="T", message="M", mitigation="X", rationale=""
    )
    dialog = AckDialog([flag], today=date(2026, 7, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not dialog.problem_label.isVisible() and dialog.problem_label.text() == ""
    assert dialog.reason_hint.isVisible() and "required" in dialog.reason_hint.text()
    assert not ok.isEnabled()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.by_edit.setFocus()
    qtbot.keyClick(dialog.by_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert dialog.reason_edit.hasFocus()
    qtbot.keyClicks(dialog.reason_edit, "Board accepted it")
    assert ok.isEnabled() and not dialog.problem_label.isVisible()
    dialog.reason_edit.setPlainText("x" * (MAX_REASON + 1))
    assert not ok.isEnabled()
    assert dialog.problem_label.isVisible() and str(MAX_REASON) in dialog.problem_label.text()
    dialog.reason_edit.selectAll()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Delete)
    assert dialog.reason_edit.toPlainText() == ""
    assert not ok.isEnabled() and not dialog.problem_label.isVisible(), "emptied again: no red, still waiting"


def test_heat_map_click_filters_the_register_and_again_clears(qtbot: Any) -> None:
    panel, _, _ = make_panel(qtbot)
    heat = panel.register.heat_map
    assert heat.count((3, 4)) == 2 and heat.count((1, 2)) == 1
    assert panel.register.risks_filter.rowCount() == 3
    centre = heat.cell_rect((3, 4)).center().toPoint()
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=centre)
    shown = panel.register.risks_filter
    titles = [shown.index(r, RiskColumn.TITLE).data() for r in range(shown.rowCount())]
    assert titles == ["Travel approval", "Counteroffer"]
    assert "likelihood 3, impact 4" in panel.register.cell_label.text()
    qtbot.mouseClick(heat, Qt.MouseButton.LeftButton, pos=centre)
    assert panel.register.risks_filter.rowCount() == 3 and heat.chosen() is None


def test_heat_map_works_from_the_keyboard(qtbot: Any) -> None:
    panel, _, _ = make_panel(qtbot)
    heat = panel.register.heat_map
    heat.setFocus()
    assert heat.focused_cell() == (3, 3)
    qtbot.keyClick(heat, Qt.Key.Key_Right)  # impact 4
    qtbot.keyClick(heat, Qt.Key.Key_Space)
    assert heat.chosen() == (3, 4) and panel.register.risks_filter.rowCount() == 2
    assert "likelihood 3, impact 4" in heat.accessibleDescription().lower()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Left):
        qtbot.keyClick(heat, key)
    qtbot.keyClick(heat, Qt.Key.Key_Space)
    assert heat.chosen() == (1, 2) and panel.register.risks_filter.rowCount() == 1
    qtbot.keyClick(heat, Qt.Key.Key_Escape)
    assert heat.chosen() is None and panel.register.risks_filter.rowCount() == 3


def test_heat_map_cells_take_their_band_from_the_plan_settings(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot)
    assert "medium band" in panel.register.heat_map.describe_cell((3, 4))
    document.set_field("settings", "", "risk_high_from", 12)
    assert "high band" in panel.register.heat_map.describe_cell((3, 4))


def test_editing_a_risk_updates_score_and_is_undoable(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot)
    model = panel.register.risks_model
    row = model.row_of("r-minor")
    assert model.index(row, RiskColumn.SCORE).data() == "2 · Low"
    assert model.setData(model.index(row, RiskColumn.LIKELIHOOD), 5)
    settle(qtbot, document)
    assert model.index(row, RiskColumn.SCORE).data() == "10 · Medium"
    assert panel.register.heat_map.count((5, 2)) == 1
    document.undo_stack.undo()
    settle(qtbot, document)
    assert model.index(row, RiskColumn.SCORE).data() == "2 · Low"


def test_a_bad_risk_value_is_refused_with_a_message(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot)
    model = panel.register.risks_model
    with qtbot.waitSignal(model.editRefused, timeout=1000) as blocker:
        assert not model.setData(model.index(0, RiskColumn.IMPACT), 9)
    assert "1" in blocker.args[0] and "5" in blocker.args[0]
    assert panel.register.message_label.text() == blocker.args[0]
    assert document.undo_stack.count() == 0 and document.plan.risks[0].impact == 4


def test_select_object_shows_a_risk_even_when_the_heat_map_hides_it(qtbot: Any) -> None:
    panel, _, _ = make_panel(qtbot)
    panel.register.heat_map.choose((3, 4))
    assert panel.select_object("risk", "r-minor")
    assert panel.register.heat_map.chosen() is None
    assert panel.register.selected_risk_ids() == ["r-minor"]
    assert not panel.select_object("offer", "offer-a")


@pytest.mark.parametrize("which", ["flags", "flags-filter", "risks", "risks-filter"])
def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, which: str) -> None:
    panel, document, _ = make_panel(qtbot)
    models = {
        "flags": panel.flags_model,
        "flags-filter": panel.flags_filter,
        "risks": panel.register.risks_model,
        "risks-filter": panel.register.risks_filter,
    }
    qtmodeltester.check(models[which])
    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    panel.register.heat_map.choose((3, 4))
    qtmodeltester.check(models[which])


def test_flags_model_diff_handles_removal_insertion_and_change(qtmodeltester: Any) -> None:
    from hireplan.analysis import Severity

    def flag(rule: str, severity: Severity = Severity.LOW, message: str = "m") -> Flag:
        return Flag(rule, severity, "c", rule, message, "x", "")

    model = FlagsModel()
    model.set_flags([flag("a"), flag("b"), flag("c")])
    qtmodeltester.check(model)
    model.set_flags([flag("a"), flag("n1"), flag("c", message="changed"), flag("n2")])
    assert [f.rule for f in model.flags_shown()] == ["a", "n1", "c", "n2"]
    assert model.flag(2).message == "changed"  # type: ignore[union-attr]
    model.set_flags([flag("n2"), flag("a")])  # reordered: falls back to a reset, still right
    assert [f.rule for f in model.flags_shown()] == ["n2", "a"]
    model.set_flags([])
    assert model.rowCount() == 0


def test_add_and_delete_risks_are_undoable_and_keep_the_heat_map_in_step(qtbot: Any) -> None:
    panel, document, _ = make_panel(qtbot)
    new_id = panel.register.add_risk()
    assert [r.id for r in document.plan.risks][-1] == new_id
    assert panel.register.risks_model.rowCount() == 4
    settle(qtbot, document)
    assert panel.register.heat_map.count((3, 3)) == 1  # a new risk starts at likelihood 3, impact 3
    assert panel.select_object("risk", "r-travel")
    assert panel.register.delete_selected_risks() == 1
    settle(qtbot, document)
    assert [r.id for r in document.plan.risks] == ["r-counter", "r-minor", new_id]
    assert panel.register.heat_map.count((3, 4)) == 1
    document.undo_stack.undo()
    document.undo_stack.undo()
    settle(qtbot, document)
    assert [r.id for r in document.plan.risks] == ["r-travel", "r-counter", "r-minor"]
    assert panel.register.risks_model.rowCount() == 3 and panel.register.heat_map.count((3, 3)) == 0


def test_risks_model_follows_inserts_and_removals(qtbot: Any, qtmodeltester: Any) -> None:
    from hireplan.model import Risk

    panel, document, _ = make_panel(qtbot)
    model = panel.register.risks_model
    document.insert_objects("risk", 1, [Risk(id="r-new", title="Inserted", likelihood=5, impact=5)])
    assert model.risk_id(1) == "r-new" and model.index(1, RiskColumn.TITLE).data() == "Inserted"
    qtmodeltester.check(model)
    document.remove_objects("risk", ["r-travel", "r-minor"])
    assert [model.risk_id(r) for r in range(model.rowCount())] == ["r-new", "r-counter"]
    settle(qtbot, document)
    assert model.index(0, RiskColumn.SCORE).data() == "25 · High"
    qtmodeltester.check(model)


def test_renaming_an_object_shows_in_refers_to_at_once(qtbot: Any) -> None:
    """Flags name the objects they are about; a rename must not leave the old name on screen."""
    panel, document, _ = make_panel(qtbot)
    model = panel.flags_model
    row = model.row_of("counteroffer-exposure:llm,offer-b")
    assert "Candidate B (Silicon Valley)" in model.index(row, 3).data()
    with qtbot.waitSignal(model.dataChanged, timeout=1000):
        document.set_field("offer", "offer-b", "candidate", "Dr. Wu")
    assert "Dr. Wu (Silicon Valley)" in model.index(row, 3).data()


def test_the_real_dialog_asks_and_returns_the_answer(qtbot: Any) -> None:
    """The default asking function opens a modal dialog; typing a reason and accepting returns it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from hireplan.gui.risks.ack_dialog import AckDialog, ask_acknowledgement

    document = PlanDocument(views_plan())
    flag = next(f for f in document.analysis().flags if f.key == "manual-risk:r-travel")

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AckDialog)
        dialog.reason_edit.setPlainText("Reviewed with the board")
        dialog.accept()

    QTimer.singleShot(0, answer)
    result = ask_acknowledgement(None, [flag])
    assert result is not None and result.reason == "Reviewed with the board"
    assert result.review_date > TODAY

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AckDialog)
        dialog.reject()

    QTimer.singleShot(0, cancel)
    assert ask_acknowledgement(None, [flag]) is None


def test_enter_on_a_flag_goes_to_it_too(qtbot: Any) -> None:
    panel, _, _ = make_panel(qtbot)
    select_flag(panel, "manual-risk:r-travel")
    panel.flags_view.setFocus()
    with qtbot.waitSignal(panel.objectRequested, timeout=1000) as blocker:
        qtbot.keyClick(panel.flags_view, Qt.Key.Key_Return)
    assert blocker.args == ["risk", "r-travel"]


def test_editing_likelihood_and_status_in_the_table_goes_through_the_editors(qtbot: Any) -> None:
    """A person opens a cell's editor, picks a value and commits it: one undo step each.

    The commit is the one the view makes on Enter (the delegate writes the editor's value into the
    model); calling it directly keeps the test independent of which window has keyboard focus.
    """
    from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QSpinBox, QWidget

    panel, document, _ = make_panel(qtbot)
    view = panel.register.risks_view
    delegate = view.itemDelegate()

    def edit(column: int, editor_type: type[QWidget]) -> tuple[Any, Any]:
        index = panel.register.risks_filter.index(2, column)  # "Minor delay"
        view.setCurrentIndex(index)
        view.edit(index)
        editor = view.indexWidget(index) or view.findChild(editor_type)
        assert isinstance(editor, editor_type)
        return index, editor

    def commit(index: Any, editor: Any) -> None:
        delegate.setModelData(editor, view.model(), index)
        delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    index, spin = edit(RiskColumn.LIKELIHOOD, QSpinBox)
    assert spin.value() == 1 and spin.maximum() == 5
    spin.setValue(4)
    commit(index, spin)
    assert document.plan.risks[2].likelihood == 4

    index, combo = edit(RiskColumn.STATUS, QComboBox)
    combo.setCurrentIndex(combo.findData("closed"))
    commit(index, combo)
    assert document.plan.risks[2].status.value == "closed"
    assert document.undo_stack.count() == 2


def test_an_acknowledgement_records_the_owner_and_reopens_when_the_offer_gets_worse(qtbot: Any) -> None:
    """Acknowledge the below-market flag of an offer, then cut its base: the list shows it open again,
    saying what was accepted and what it is now."""
    plan = views_plan()
    plan.owner = "Mei"
    panel, document, _ = make_panel(
        qtbot, plan, answer=AckInput("Research budget makes up for it", TODAY + timedelta(days=30))
    )
    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    (flag,) = [f for f in document.analysis().flags if f.rule == "offer-below-market"]
    select_flag(panel, flag.key)
    panel.ack_button.click()
    [ack] = document.plan.acknowledgements
    assert (ack.acknowledged_by, ack.severity) == ("Mei", flag.severity.value)
    assert ack.figure == flag.figure
    settle(qtbot, document)
    document.set_field("offer", "offer-a", "base", Decimal(100_000))
    settle(qtbot, document)
    row = panel.flags_model.row_of(flag.key)
    assert panel.flags_model.index(row, 4).data() == "Open again: worse than acknowledged"
    tip = panel.flags_model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Acknowledged at ") and "Acknowledged by Mei on" in tip
