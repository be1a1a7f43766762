"""Issue 13 on the screens: benchmark bases and internal bands edited in Market data, planned budgets
on the roles table, the offer form's sentences, the Overview's planned against offered, and the
import saying RMB is read as CNY."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from helpers.survey_files import settled
from hireplan.analysis.format import format_money
from hireplan.gui.common.list_table_model import ListTableModel
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.import_dialog import ImportDialog
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.gui.overview.overview_page import OverviewPage
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.model import PayBasis
from hireplan.storage.builtin_templates import sample_plan


def column(model: ListTableModel, header: str) -> int:
    return next(n for n, col in enumerate(model.columns) if col.header == header)


def market_data(qtbot: QtBot, doc: PlanDocument) -> MarketDataPanel:
    panel = MarketDataPanel(doc)
    qtbot.addWidget(panel)
    panel.set_live()
    return panel


def test_a_benchmarks_total_basis_is_chosen_in_market_data_and_undone(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    panel = market_data(qtbot, doc)
    model = panel.benchmarks.model
    index = model.index(model.row_of("bm-sv-ml"), column(model, "Totals measure"))
    assert index.data() == "Total direct"
    assert model.setData(index, PayBasis.TOTAL_CASH.value)
    assert doc.plan.benchmarks[0].total_basis is PayBasis.TOTAL_CASH
    assert index.data() == "Total cash"
    doc.undo_stack.undo()
    assert doc.plan.benchmarks[0].total_basis is PayBasis.TOTAL_DIRECT


def test_an_internal_band_is_added_and_filled_in_market_data_and_places_the_offer(qtbot: QtBot) -> None:
    plan = sample_plan()
    plan.pay_bands.clear()
    doc = PlanDocument(plan)
    panel = market_data(qtbot, doc)
    page = panel.bands
    band_id = page.add()
    assert band_id is not None and doc.plan.pay_bands[0].job_family == "ML/AI engineer"
    model = page.model
    row = model.row_of(band_id)
    for header, value in (("Maximum", "1,300,000"), ("Midpoint", "1,100,000"), ("Minimum", "900,000")):
        assert model.setData(model.index(row, column(model, header)), value), panel.message.text()
    assert model.setData(model.index(row, column(model, "Months/yr")), "14")
    band = doc.analysis().offers["offer-hz-research-a"].pay_band
    assert band is not None and band.band_id == band_id
    assert band.amount == Decimal(1_120_000)  # 960,000 + two guaranteed months of 80,000
    refused = model.setData(model.index(row, column(model, "Minimum")), "2,000,000")
    assert not refused and "minimum <= midpoint <= maximum" in panel.message.text()


def test_an_unknown_currency_is_refused_at_the_field_and_rmb_is_read_as_cny(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    panel = market_data(qtbot, doc)
    model = panel.markets.model
    index = model.index(0, column(model, "Currency"))
    assert not model.setData(index, "xyz")
    assert "not an ISO 4217 currency code" in panel.message.text()
    assert model.setData(index, "rmb")
    assert doc.plan.markets[0].currency == "CNY"
    assert "RMB is read as CNY" in index.data(3)  # ToolTipRole says how RMB is read


def test_the_roles_table_edits_a_planned_budget_and_shows_planned_against_offered(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    panel = RolesOffersPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    model = panel.roles_model
    row = model.row_of("role-applied-ml")
    per_hire = model.index(row, column(model, "Planned per hire"))
    summary = model.index(row, column(model, "Planned / offered"))
    qtbot.waitUntil(lambda: bool(summary.data()))
    assert summary.data() == "USD 240,000 / USD 221,500"
    assert summary.data(8) is None  # BackgroundRole: not over the plan
    assert model.setData(per_hire, "200,000")
    qtbot.waitUntil(lambda: summary.data() == "USD 200,000 / USD 221,500")
    assert summary.data(8) is not None  # over the plan: tinted
    assert any(f.rule == "offers-over-plan" for f in doc.analysis().flags_for("role", "role-applied-ml"))


def test_the_offer_form_says_basis_level_fit_band_and_planned_budget(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    panel = RolesOffersPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.select_object("offer", "offer-sv-applied-d")
    form = panel.offer_form
    qtbot.waitUntil(lambda: "compa-ratio" in form.summary.text())
    text = form.summary.text()
    assert "on total direct pay (base, bonus and equity)" in text
    assert "Indicative only: the benchmark covers all levels" in text
    assert "Planned USD 240,000 per hire in year one; this offer costs USD 221,500." in text
    assert panel.select_object("offer", "offer-hz-research-a")
    qtbot.waitUntil(lambda: "Internal band" in form.summary.text())
    assert "Internal band: CNY 1,120,000 on base salary, inside the band" in form.summary.text()


def test_compensation_says_the_roles_planned_budget_against_its_offers(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    panel = CompensationPanel(doc)
    qtbot.addWidget(panel)
    panel.show()
    panel.start()
    assert panel.set_role("role-applied-ml")
    qtbot.waitUntil(lambda: "Year one for this role" in panel.notice_label.text())
    assert "USD 221,500 offered against USD 240,000 planned." in panel.notice_label.text()


def test_the_overview_shows_offered_against_planned(qtbot: QtBot) -> None:
    doc = PlanDocument(sample_plan())
    page = OverviewPage(doc)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    page.start()
    budget = doc.analysis().budget
    offered = format_money(budget.total, budget.currency)
    planned = format_money(budget.planned_total, budget.currency)
    expected = f"{offered} offered for 5 hires across 4 roles, against {planned} planned."

    def card_text() -> str:
        return " ".join(label.text() for label in page.budget_card.findChildren(QLabel))

    qtbot.waitUntil(lambda: expected in card_text())


def test_the_import_says_rmb_is_read_as_cny(qtbot: QtBot, tmp_path: Path) -> None:
    doc = PlanDocument(sample_plan())
    path = tmp_path / "survey.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["City", "Job family", "Level", "Currency", "P50", "Source"],
                ["Hangzhou", "Research scientist", "Senior", "RMB", "880000", "Survey 2026"],
                ["Hangzhou", "Research engineer", "Senior", "XYZ", "700000", "Survey 2026"],
            ]
        )
    dialog = ImportDialog(doc, path)
    qtbot.addWidget(dialog)
    settled(qtbot, dialog)
    assert "Row 2: RMB is read as CNY, its ISO 4217 code." in dialog.summary.text()
    assert dialog.good_model.rowCount() == 1 and dialog.bad_model.rowCount() == 1
    assert "not an ISO 4217 currency code" in dialog.bad_model.index(0, 1).data()
    dialog.import_button.click()
    assert doc.plan.benchmarks[-1].currency == "CNY"
