"""Roles and offers screen: what a person relies on when editing offers and the roles they belong to.

Driven through the real widgets offscreen: the form's fields, the panel's actions and the table
models; every number checked comes from the document's analysis.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from hireplan.analysis.format import format_ratio
from hireplan.gui.common.money_edit import MoneyEdit
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.roles.offer_form import OfferForm
from hireplan.gui.roles.offers_model import OffersFilter, OffersModel, bonus_text
from hireplan.gui.roles.roles_model import RolesModel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.model.roles import BonusKind, CompetingPackage, Level
from hireplan.storage.builtin_templates import sample_plan

BELOW_MARKET = "offer-below-market"


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def panel(qtbot: QtBot, doc: PlanDocument) -> RolesOffersPanel:
    widget = RolesOffersPanel(doc)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def compa(doc: PlanDocument, offer_id: str) -> Decimal | None:
    own = doc.analysis().offers[offer_id].own_market
    return None if own is None or own.nominal is None else own.nominal.compa_ratio


def below_market_flags(doc: PlanDocument, offer_id: str) -> list[str]:
    return [
        str(flag.severity)
        for flag in doc.analysis().flags
        if flag.rule == BELOW_MARKET and any(ref.id == offer_id for ref in flag.refs)
    ]


def money(form: OfferForm, field: str) -> MoneyEdit:
    editor = form.editor_for(field)
    assert isinstance(editor, MoneyEdit)
    return editor


def pick_offer(panel: RolesOffersPanel, offer_id: str) -> OfferForm:
    assert panel.select_object("offer", offer_id)
    assert panel.offer_form.offer_id() == offer_id
    return panel.offer_form


def test_raising_base_in_the_form_clears_below_market_flag_and_undo_restores_it(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    offer_id = "offer-sv-applied-d"
    before_ratio = compa(doc, offer_id)
    assert before_ratio is not None and before_ratio < 1
    # 0.89 of an all-levels median: indicative for a senior role, so medium rather than high.
    assert below_market_flags(doc, offer_id) == ["medium"]
    form = pick_offer(panel, offer_id)
    base = money(form, "base")
    assert base.unit() == "USD"  # the field knows the offer's currency
    base.line.selectAll()
    QTest.keyClicks(base.line, "260000")
    QTest.keyClick(base.line, Qt.Key.Key_Return)
    assert doc.plan.offers[3].base == Decimal(260000)
    after_ratio = compa(doc, offer_id)
    assert after_ratio is not None and after_ratio > before_ratio
    assert below_market_flags(doc, offer_id) == []
    assert "compa-ratio" in form.summary.text()
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert compa(doc, offer_id) == before_ratio
    assert below_market_flags(doc, offer_id) == ["medium"]
    assert money(form, "base").value() == Decimal(165000)  # the form follows the undo


def test_lowering_base_raises_the_flag_and_undo_clears_it(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    offer_id = "offer-ldn-platform-e"
    assert below_market_flags(doc, offer_id) == []
    form = pick_offer(panel, offer_id)
    money(form, "base").set_text_and_commit("70,000")
    assert below_market_flags(doc, offer_id) == ["medium"]  # London's benchmark covers all levels
    assert BELOW_MARKET in form.flag_rules()
    doc.undo_stack.undo()
    assert below_market_flags(doc, offer_id) == []
    assert BELOW_MARKET not in form.flag_rules()


@pytest.mark.parametrize(
    ("field", "text", "reason"),
    [
        ("base", "-5000", "negative"),
        ("vesting_years", "0", "at least"),
        ("bonus_value", "500", "300"),
    ],
)
def test_values_nobody_means_are_refused_at_the_field(
    panel: RolesOffersPanel, doc: PlanDocument, field: str, text: str, reason: str
) -> None:
    offer_id = "offer-sv-applied-d"
    before = doc.plan.model_dump()
    form = pick_offer(panel, offer_id)
    assert doc.plan.offers[3].bonus_kind.value == "percent"
    money(form, field).set_text_and_commit(text)
    message = form.message_for(field)
    assert reason in message, message
    assert panel.message.text() == message
    assert doc.plan.model_dump() == before
    assert doc.undo_stack.count() == 0


def test_unusual_but_allowed_values_warn_at_the_field(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    form = pick_offer(panel, "offer-sv-applied-d")
    money(form, "vesting_years").set_text_and_commit("8")
    assert doc.plan.offers[3].vesting_years == Decimal(8)
    assert "unusual" in form.message_for("vesting_years")


def test_competing_package_fields_edit_the_nested_package_one_step_each(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    offer = next(o for o in doc.plan.offers if o.competing is not None)
    assert offer.competing is not None
    old = offer.competing.model_copy()
    form = pick_offer(panel, offer.id)
    edit = form.competing_money["base"]
    assert edit.unit() == old.currency
    edit.set_text_and_commit("300000")
    assert doc.plan.offers[0].competing == old.model_copy(update={"base": Decimal(300000)})
    edit.set_text_and_commit("-1")
    assert "negative" in form.message_for("base", competing=True)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.offers[0].competing == old


def test_recording_a_competing_package_then_undo(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    offer_id = "offer-ldn-platform-e"
    form = pick_offer(panel, offer_id)
    assert not form.has_competing.isChecked()
    form.has_competing.click()
    offer = next(o for o in doc.plan.offers if o.id == offer_id)
    assert offer.competing == CompetingPackage(currency=offer.currency)
    assert form.competing_money["base"].isEnabled()
    doc.undo_stack.undo()
    assert next(o for o in doc.plan.offers if o.id == offer_id).competing is None
    assert not form.has_competing.isChecked()


def test_switching_bonus_kind_clears_a_figure_that_makes_no_sense_in_one_step(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    form = pick_offer(panel, "offer-sv-applied-d")
    money(form, "bonus_value").set_text_and_commit("20000")  # refused: 20000 % of base
    assert "300" in form.message_for("bonus_value")
    form.bonus_kind.setCurrentIndex(form.bonus_kind.findData("amount"))
    form.bonus_kind.activated.emit(form.bonus_kind.currentIndex())
    assert doc.plan.offers[3].bonus_kind.value == "amount"
    assert money(form, "bonus_value").unit() == "USD"
    money(form, "bonus_value").set_text_and_commit("20000")
    assert doc.plan.offers[3].bonus_value == Decimal(20000)


def test_a_14_month_package_keeps_its_target_bonus(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    """Guaranteed extra months have a row of their own beside the target bonus, so an offer of
    fourteen months and a 10% bonus is entered as it is, in one undo step each."""
    form = pick_offer(panel, "offer-sv-applied-d")
    offer = next(o for o in doc.plan.offers if o.id == "offer-sv-applied-d")
    assert (offer.guaranteed_months, offer.bonus_kind, offer.bonus_value) == (0, BonusKind.PERCENT, 10)
    assert [form.bonus_kind.itemData(i) for i in range(form.bonus_kind.count())] == ["percent", "amount"]
    assert money(form, "guaranteed_months").unit() == "months"
    before = form.summary.text()
    money(form, "guaranteed_months").set_text_and_commit("2")
    offer = next(o for o in doc.plan.offers if o.id == "offer-sv-applied-d")
    assert (offer.guaranteed_months, offer.bonus_kind, offer.bonus_value) == (2, BonusKind.PERCENT, 10)
    assert doc.undo_stack.undoText() == "Change the offer's guaranteed extra months"
    qtbot.waitUntil(lambda: form.summary.text() != before, timeout=1000)
    figures = doc.analysis().offers[offer.id].figures
    assert figures.extra_month_pay == offer.base / 12 * 2 and figures.target_bonus == offer.base / 10
    row = panel.offers_model.row_of(offer.id)
    bonus = next(n for n, col in enumerate(panel.offers_model.columns) if col.header == "Bonus")
    assert panel.offers_model.index(row, bonus).data() == "2 guaranteed extra months and 10% of base"
    money(form, "guaranteed_months").set_text_and_commit("13")
    assert "More than 12 extra months" in form.fields["guaranteed_months"].message.text()
    assert next(o for o in doc.plan.offers if o.id == offer.id).guaranteed_months == 2


def test_add_duplicate_delete_role_with_undo(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    role_id = panel.add_role()
    assert doc.plan.roles[-1].id == role_id and panel.selected_role_ids() == [role_id]
    copies = panel.duplicate_roles()
    assert len(copies) == 1 and doc.plan.roles[-1].id == copies[0]
    assert panel.roles_model.rowCount() == len(before["roles"]) + 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    # Deleting a role takes its offers along, in one step.
    panel.select_object("role", "role-llm-research")
    assert panel.delete_roles() == 1
    assert all(o.role_id != "role-llm-research" for o in doc.plan.offers)
    assert panel.offers_model.rowCount() == len(doc.plan.offers)
    doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_offers_follow_the_selected_role_and_add_duplicate_delete_undo(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    before = doc.plan.model_dump()
    panel.select_object("role", "role-llm-research")
    shown = panel.offers_filter.rowCount()
    assert shown == sum(1 for o in doc.plan.offers if o.role_id == "role-llm-research")
    offer_id = panel.add_offer()
    assert offer_id is not None
    added = doc.plan.offers[-1]
    assert added.role_id == "role-llm-research" and added.base == 0
    assert panel.offers_filter.rowCount() == shown + 1
    assert panel.offer_form.offer_id() == offer_id
    copies = panel.duplicate_offers()
    assert len(copies) == 1 and panel.offers_filter.rowCount() == shown + 2
    assert panel.delete_offers() == 1
    assert panel.offers_filter.rowCount() == shown + 1
    for _ in range(3):
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before
    panel.all_offers.setChecked(True)
    assert panel.offers_filter.rowCount() == len(doc.plan.offers)


def test_editing_a_cell_goes_through_the_document_and_bad_cells_are_refused(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    model = panel.roles_model
    headcount = next(n for n, col in enumerate(model.columns) if col.field == "headcount")
    index = model.index(0, headcount)
    assert model.setData(index, "3")
    assert doc.plan.roles[0].headcount == 3
    assert not model.setData(index, "0")
    assert "Headcount" in panel.message.text()
    assert not model.setData(index, "many")
    assert doc.plan.roles[0].headcount == 3 and doc.undo_stack.count() == 1


def test_compa_ratio_column_comes_from_the_analysis(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    model = panel.offers_model
    row = model.row_of("offer-sv-applied-d")
    text = model.index(row, OffersModel.COMPA_COLUMN).data()
    assert text.startswith("0.89") and "indicative" in text
    # An all-levels benchmark against a senior role: no verdict colour (BackgroundRole).
    assert model.index(row, OffersModel.COMPA_COLUMN).data(9) is None
    with qtbot.waitSignal(model.dataChanged):
        doc.set_field("offer", "offer-sv-applied-d", "base", Decimal(300000))
    assert not model.index(row, OffersModel.COMPA_COLUMN).data().startswith("0.89")
    # The sample's Hangzhou benchmark is a job-ad ceiling with no percentiles: said as such.
    hangzhou = model.index(model.row_of("offer-hz-research-a"), OffersModel.COMPA_COLUMN)
    assert hangzhou.data() == "no median"
    assert "gives no median (P50)" in hangzhou.data(Qt.ItemDataRole.ToolTipRole)
    # A benchmark in the offer's market but no rate from the offer's currency into its currency.
    with qtbot.waitSignal(model.dataChanged):
        doc.set_field("offer", "offer-sv-applied-d", "currency", "CHF")  # the sample holds no CHF rate
    uncompared = model.index(row, OffersModel.COMPA_COLUMN)
    assert uncompared.data() == "no CHF-to-USD rate"
    assert "No exchange rate links CHF to USD" in uncompared.data(Qt.ItemDataRole.ToolTipRole)


def test_an_offer_edit_repaints_the_figures_of_that_offer_and_its_role_only(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    """On a large plan every repainted row costs; the rows whose figures changed must still come."""
    offers, roles = panel.offers_model, panel.roles_model
    offer = next(o for o in doc.plan.offers if o.id == "offer-sv-applied-d")
    announced: dict[str, set[int]] = {"offer": set(), "role": set()}
    for kind, model in (("offer", offers), ("role", roles)):
        model.dataChanged.connect(
            lambda top, bottom, *_, kind=kind: announced[kind].update(range(top.row(), bottom.row() + 1))
        )
    budget_column = next(n for n, col in enumerate(roles.columns) if col.uses_analysis)
    budget = roles.index(roles.row_of(offer.role_id), budget_column)
    before = budget.data()
    with qtbot.waitSignal(doc.analysisChanged):
        doc.set_field("offer", offer.id, "base", offer.base + Decimal(1000))
    assert announced["offer"] == {offers.row_of(offer.id)}
    assert announced["role"] == {roles.row_of(offer.role_id)}
    assert budget.data() != before, "the role's offered total follows the offer"


def test_compa_ratio_against_the_roles_own_level_is_banded(qtbot: QtBot) -> None:
    plan = sample_plan()
    next(b for b in plan.benchmarks if b.id == "bm-sv-ml").level = Level.SENIOR
    doc = PlanDocument(plan)
    widget = RolesOffersPanel(doc)
    qtbot.addWidget(widget)
    widget.show()
    model = widget.offers_model
    index = model.index(model.row_of("offer-sv-applied-d"), OffersModel.COMPA_COLUMN)
    qtbot.waitUntil(lambda: bool(index.data()))
    assert index.data().startswith("0.89") and "indicative" not in index.data()
    assert index.data(9) is not None


def test_models_pass_the_model_tester(qtmodeltester: object, doc: PlanDocument, qtbot: QtBot) -> None:
    roles = RolesModel(doc)
    offers = OffersModel(doc)
    offers.set_live(True)
    proxy = OffersFilter()
    proxy.setSourceModel(offers)
    proxy.set_role("role-llm-research")
    for model in (roles, offers, proxy):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    doc.insert_objects("role", 1, [doc.plan.roles[0].model_copy(update={"id": "r-new"})])
    doc.duplicate_objects("offer", [doc.plan.offers[0].id])
    doc.remove_objects("role", ["role-llm-research"], with_dependents=True)
    doc.undo_stack.undo()
    for model in (roles, offers, proxy):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_offer_currency_is_checked_and_every_money_field_follows_it(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    form = pick_offer(panel, "offer-sv-applied-d")
    form.currency.setText("us")
    form.currency.editingFinished.emit()
    assert "three-letter" in form.message_for("currency")
    assert doc.plan.offers[3].currency == "USD"
    form.currency.setText("cny")
    form.currency.editingFinished.emit()
    assert doc.plan.offers[3].currency == "CNY"
    assert {edit.unit() for edit in form.money.values()} == {"CNY"}
    doc.undo_stack.undo()
    assert {edit.unit() for edit in form.money.values()} == {"USD"}


def test_deleting_a_role_with_offers_asks_first(qtbot: QtBot, doc: PlanDocument, prompter: Any) -> None:
    panel = RolesOffersPanel(doc, prompter=prompter)
    qtbot.addWidget(panel)
    before = doc.plan.model_dump()
    panel.select_object("role", "role-llm-research")
    prompter.confirm = False
    assert panel.delete_roles() == 0
    assert doc.plan.model_dump() == before
    ((_title, message),) = prompter.asked("ask_confirm")
    assert "offers" in message and "undo" in message
    prompter.confirm = True
    assert panel.delete_roles() == 1


def test_offer_notes_commit_when_leaving_the_field(panel: RolesOffersPanel, doc: PlanDocument) -> None:
    form = pick_offer(panel, "offer-ldn-platform-e")
    form.notes.setPlainText("Counter-offer expected\nfrom the current employer")
    form.notes.commit()
    assert doc.plan.offers[4].notes == "Counter-offer expected\nfrom the current employer"
    form.notes.commit()  # nothing new typed: nothing pushed
    assert doc.undo_stack.count() == 1


def test_offer_statement_asks_for_a_path_and_writes_the_selected_offer(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Any
) -> None:
    """Roles and offers → Offer statement…: one offer selected, a path chosen, a PDF written for it."""
    import subprocess

    from helpers.fakes import FakeChooser

    panel = RolesOffersPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    out = tmp_path / "statement.pdf"
    panel.statement_action.chooser = FakeChooser(save_paths=[out])
    offer = doc.plan.offers[0]
    panel.all_offers.setChecked(True)
    panel.select_object("offer", offer.id)
    assert panel.statement_action.isEnabled()
    panel.statement_action.trigger()
    assert panel.statement_action.written == out and out.exists()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Total rewards statement" in text and offer.candidate.split()[0] in text
    panel.offers_view.clearSelection()
    assert not panel.statement_action.isEnabled()


def test_offer_statement_names_a_candidate_name_that_will_not_print_before_writing(
    qtbot: QtBot, doc: PlanDocument, tmp_path: Any
) -> None:
    """A candidate typed in Devanagari would print as boxes on the statement handed to them: the
    person is told which field before anything is written, and Cancel writes nothing."""
    from helpers.fakes import FakeChooser, FakePrompter

    prompter = FakePrompter()
    prompter.confirm = False
    panel = RolesOffersPanel(doc, prompter=prompter)
    qtbot.addWidget(panel)
    panel.show()
    out = tmp_path / "statement.pdf"
    panel.statement_action.chooser = FakeChooser(save_paths=[out])
    offer = doc.plan.offers[0]
    doc.set_field("offer", offer.id, "candidate", "प्रिया")
    panel.all_offers.setChecked(True)
    panel.select_object("offer", offer.id)
    panel.statement_action.trigger()
    (title, message), *_ = prompter.asked("ask_confirm")
    assert title == "Some text will not print"
    assert "Offer “प्रिया" in message and "Candidate: " in message
    assert not out.exists()


def test_the_form_shows_the_new_figures_after_the_edit_not_inside_it(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    """Typing stays quick: the form's own edit does not analyse the plan before the edit is done."""
    form = pick_offer(panel, "offer-sv-applied-d")
    before = form.summary.text()
    money(form, "base").set_text_and_commit("260000")
    assert doc.peek_analysis() is None, "nothing analysed the plan inside the edit"
    qtbot.waitUntil(lambda: form.summary.text() != before, timeout=1000)
    own = doc.analysis().offers["offer-sv-applied-d"].own_market
    assert own is not None and own.nominal is not None
    assert f"compa-ratio is {format_ratio(own.nominal.compa_ratio)} " in form.summary.text()


def test_a_role_that_cannot_be_priced_says_which_rate_is_missing(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    """'not priced' in the budget column; the tooltip says why, so the fix is one step away."""
    offer = next(o for o in doc.plan.offers if o.id == "offer-sv-applied-d")
    model = panel.roles_model
    budget = next(n for n, col in enumerate(model.columns) if col.header == "Planned / offered")
    with qtbot.waitSignal(model.dataChanged):
        doc.set_field("offer", offer.id, "currency", "CHF")  # the sample holds no CHF rate
    cell = model.index(model.row_of(offer.role_id), budget)
    assert "not priced" in cell.data()
    assert "No exchange rate links CHF to USD" in cell.data(Qt.ItemDataRole.ToolTipRole)


def test_the_form_names_a_missing_rate_as_the_reason_for_no_compa_ratio(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    """Not "no benchmark": the market has one, and the person is told which rate to add."""
    form = pick_offer(panel, "offer-sv-applied-d")
    before = form.summary.text()
    doc.set_field("offer", "offer-sv-applied-d", "currency", "CHF")  # the sample holds no CHF rate
    qtbot.waitUntil(lambda: form.summary.text() != before, timeout=1000)
    assert "No exchange rate links CHF to USD" in form.summary.text()
    assert "No benchmark" not in form.summary.text() and "compa-ratio is" not in form.summary.text()
    # The missing rates into each market's and the PPP factor are one kind of flag, listed once.
    assert form.summary.text().count("Missing exchange rate or PPP factor") == 1
    missing = form.flag_rules().count("missing-rate")
    assert missing > 1
    assert f"Medium: Missing exchange rate or PPP factor ({missing} flags)" in form.summary.text()


def test_the_competing_bonus_asks_for_the_extra_months_too(panel: RolesOffersPanel) -> None:
    """Their 14-month package must be entered with its extra months, or our offer looks better
    than it is: the field's label and tip say what it holds."""
    box = pick_offer(panel, "offer-sv-applied-d").competing_box
    bonus = box.money["bonus"]
    assert bonus.parentWidget() is not None
    label = box.layout().labelForField(bonus.parentWidget())
    assert label is not None and label.text() == "Bonus and extra months (yearly)"
    assert "guaranteed extra months" in bonus.toolTip()


def test_a_percentage_bonus_reads_as_typed_with_the_sign_against_the_figure(doc: PlanDocument) -> None:
    offer = next(o for o in doc.plan.offers if o.bonus_kind is BonusKind.PERCENT and not o.guaranteed_months)
    doc.set_field("offer", offer.id, "bonus_value", Decimal("12.50"))
    edited = next(o for o in doc.plan.offers if o.id == offer.id)
    assert bonus_text(edited) == "12.5% of base"  # as in the exports and the CLI


def test_a_loaded_offer_shows_the_start_of_every_field_not_its_tail(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    """A recruiter reads "Candidate A (returning from…", not "idate A (returning from…": every line
    edit the form fills from the plan shows its text from the start, also after an undo reloads it."""
    offer = next(o for o in doc.plan.offers if o.competing is not None)
    long = "Candidate A (returning from a research lab in Zurich with a family of four)"
    doc.set_field("offer", offer.id, "candidate", long)
    doc.set_field("offer", offer.id, "compute_note", "Eight H100 nodes, shared with the alignment group " * 2)
    doc.set_competing_field(
        offer.id, "employer", "A very large frontier lab in San Francisco with a long name"
    )
    form = pick_offer(panel, offer.id)
    assert form.candidate.text() == long
    assert form.fontMetrics().horizontalAdvance(long) > form.candidate.width(), "the name must overflow"

    def tails() -> list[str]:
        return [e.text() for e in form.findChildren(QLineEdit) if e.text() and e.cursorPosition() != 0]

    assert tails() == []
    doc.undo_stack.undo()  # the competing employer: the whole form loads the offer again
    assert form.candidate.text() == long and tails() == []


def test_renaming_the_chosen_role_renames_the_heading_of_its_offers(
    panel: RolesOffersPanel, doc: PlanDocument
) -> None:
    role = doc.plan.roles[0]
    panel.roles_view.selectRow(0)
    assert f"Offers for {role.title}" in panel.offers_title.text()
    doc.set_field("role", role.id, "title", "Staff research scientist")
    assert "Offers for Staff research scientist" in panel.offers_title.text()
    doc.undo_stack.undo()
    assert f"Offers for {role.title}" in panel.offers_title.text()


def test_an_offer_with_no_base_yet_says_so_instead_of_a_compa_ratio_of_zero(
    panel: RolesOffersPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    model = panel.offers_model
    row = model.row_of("offer-sv-applied-d")
    with qtbot.waitSignal(model.dataChanged):
        doc.set_field("offer", "offer-sv-applied-d", "base", Decimal(0))
    cell = model.index(row, OffersModel.COMPA_COLUMN)
    assert cell.data() == "no base yet" and cell.data(Qt.ItemDataRole.BackgroundRole) is None
