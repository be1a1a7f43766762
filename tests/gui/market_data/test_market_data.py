"""Market data screen: benchmarks, rates and PPP editable in place, with the analysis's stale badge."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hireplan.gui.common.list_table_model import ListTableModel
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.market_data_models import (
    BenchmarksModel,
    MarketsModel,
    PayBandsModel,
    PppModel,
    RatesModel,
)
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage.builtin_templates import sample_plan


@pytest.fixture
def doc(qtbot: QtBot) -> PlanDocument:
    return PlanDocument(sample_plan())


@pytest.fixture
def panel(qtbot: QtBot, doc: PlanDocument) -> MarketDataPanel:
    widget = MarketDataPanel(doc)
    qtbot.addWidget(widget)
    widget.set_live()
    return widget


def column(model: ListTableModel, header: str) -> int:
    return next(n for n, col in enumerate(model.columns) if col.header == header)


def test_age_badge_follows_the_analysis_stale_list(
    panel: MarketDataPanel, doc: PlanDocument, qtbot: QtBot
) -> None:
    model = panel.benchmarks.model
    age = column(model, "Age")
    stale_ids = {entry.ref.id for entry in doc.analysis().stale if entry.ref.kind == "benchmark"}
    for row in range(model.rowCount()):
        shown = model.index(row, age).data()
        assert ("stale" in shown) == (model.id_at(row) in stale_ids), shown
        assert (model.index(row, age).data(Qt.ItemDataRole.BackgroundRole) is not None) == ("stale" in shown)
    # Making one row fresh clears its badge; undo brings it back.
    row = 0
    bench_id = model.id_at(row)
    assert bench_id is not None
    with qtbot.waitSignal(doc.analysisChanged):
        doc.set_field("benchmark", bench_id, "as_of", date.today() - timedelta(days=3))
    assert model.index(row, age).data() == "3 days"
    with qtbot.waitSignal(doc.analysisChanged):
        doc.set_field("settings", "", "stale_data_days", 1)
    assert "stale" in model.index(row, age).data()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    doc.analysis()
    assert ("stale" in model.index(row, age).data()) == (bench_id in stale_ids)


def test_stale_summary_counts_what_the_analysis_counts(panel: MarketDataPanel, doc: PlanDocument) -> None:
    count = len(doc.analysis().stale)
    assert f"{count} row" in panel.status.text() or count == 0
    assert str(doc.plan.settings.stale_data_days) in panel.status.text()


def test_editing_percentiles_rates_and_ppp_in_cells(panel: MarketDataPanel, doc: PlanDocument) -> None:
    bench = panel.benchmarks.model
    p90 = column(bench, "Total P90")
    assert bench.setData(bench.index(0, p90), "650,000")
    assert doc.plan.benchmarks[0].total_p90 == Decimal(650000)
    assert not bench.setData(bench.index(0, p90), "1000")  # below P50: refused by the model
    assert "above" in panel.message.text()
    assert not bench.setData(bench.index(0, p90), "-3")
    assert "negative" in panel.message.text()
    rates = panel.rates.model
    assert rates.setData(rates.index(0, column(rates, "Rate")), "7.1")
    assert doc.plan.exchange_rates[0].rate == Decimal("7.1")
    assert not rates.setData(rates.index(0, column(rates, "Quote")), doc.plan.exchange_rates[0].base)
    ppp = panel.ppp.model
    assert not ppp.setData(ppp.index(0, column(ppp, "Factor")), "0")
    assert doc.undo_stack.count() == 2


def test_level_drop_down_offers_all_levels(panel: MarketDataPanel, doc: PlanDocument) -> None:
    bench = panel.benchmarks.model
    level = column(bench, "Level")
    choices = bench.index(0, level).data(int(Qt.ItemDataRole.UserRole) + 2)
    assert choices[0] == ("All levels", "")
    assert bench.setData(bench.index(0, level), "senior")
    assert doc.plan.benchmarks[0].level is not None and doc.plan.benchmarks[0].level.value == "senior"
    assert bench.setData(bench.index(0, level), "")
    assert doc.plan.benchmarks[0].level is None


def test_add_duplicate_delete_each_list_with_undo(panel: MarketDataPanel, doc: PlanDocument) -> None:
    before = doc.plan.model_dump()
    for page in panel.pages.values():
        count = page.model.rowCount()
        new_id = page.add()
        assert new_id is not None and page.model.rowCount() == count + 1
        assert page.selected() == [new_id]
        copies = page.duplicate()
        assert len(copies) == 1 and page.model.rowCount() == count + 2
        assert page.delete() == 1
        assert page.model.rowCount() == count + 1
    assert doc.undo_stack.count() == 3 * len(panel.pages)  # markets, benchmarks, rates, PPP, bands
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.plan.model_dump() == before


def test_market_data_is_a_tab_of_the_roles_screen_and_jumps_there(qtbot: QtBot, doc: PlanDocument) -> None:
    panel = RolesOffersPanel(doc)
    qtbot.addWidget(panel)
    rate_id = doc.plan.exchange_rates[1].id
    assert panel.select_object("rate", rate_id)
    assert panel.tabs.currentWidget() is panel.market_data_page
    assert panel.market_data.isVisibleTo(panel), "the Market data tab shows its panel"
    assert panel.market_data.tabs.currentWidget() is panel.market_data.rates
    assert panel.market_data.rates.selected() == [rate_id]


def test_models_pass_the_model_tester(qtmodeltester: object, doc: PlanDocument) -> None:
    models = [MarketsModel(doc), BenchmarksModel(doc), RatesModel(doc), PppModel(doc), PayBandsModel(doc)]
    for model in models:
        model.set_live(True)
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    doc.duplicate_objects("benchmark", [doc.plan.benchmarks[0].id, doc.plan.benchmarks[3].id])
    doc.remove_objects("market", [doc.plan.markets[0].id], with_dependents=True)
    for model in models:
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_market_in_use_is_not_deleted_and_the_reason_is_shown(
    panel: MarketDataPanel, doc: PlanDocument
) -> None:
    before = doc.plan.model_dump()
    used = next(m for m in doc.plan.markets if any(o.market_id == m.id for o in doc.plan.offers))
    assert panel.select_object("market", used.id)
    assert panel.markets.delete() == 0
    assert used.name in panel.message.text() and "offer" in panel.message.text()
    assert doc.plan.model_dump() == before and doc.undo_stack.count() == 0
    fresh = panel.markets.add()
    assert fresh is not None and panel.markets.delete() == 1
