"""The Compensation screen: a role's offers against every market, nominal or PPP, coloured by band."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QBrush, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from helpers.contrast import TEXT, contrast
from helpers.plans import hz_benchmark, sv_benchmark
from helpers.screen_plans import views_plan
from helpers.screen_probes import listed_flags
from hireplan.analysis.format import format_conversion, format_number, format_ratio
from hireplan.analysis.results import Severity
from hireplan.gui.common import colour_scheme
from hireplan.gui.common.style import BAND_TINTS
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.compensation.markets_model import MarketColumn
from hireplan.gui.compensation.summary_model import SummaryColumn
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.risks_panel import RisksPanel


def make_panel(qtbot: Any, document: PlanDocument | None = None) -> tuple[CompensationPanel, PlanDocument]:
    document = document or PlanDocument(views_plan())
    panel = CompensationPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1200, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document


def settle(qtbot: Any, document: PlanDocument) -> None:
    with qtbot.waitSignal(document.analysisChanged, timeout=2000):
        pass


def market_cell(panel: CompensationPanel, market_id: str, column: MarketColumn, role: int = 0) -> Any:
    model = panel.market_model
    row = model.row_of(panel.offer_id() or "", market_id)
    assert row >= 0, f"no row for {market_id}"
    return model.index(row, column).data(role)


def band_colour(value: Any) -> str:
    assert isinstance(value, QBrush)
    return value.color().name()


def test_role_offers_and_every_market_are_shown(qtbot: Any) -> None:
    panel, document = make_panel(qtbot)
    assert panel.role_id() == "llm"
    assert panel.summary_model.rowCount() == 2
    assert panel.offer_id() == "offer-a"
    markets = [
        panel.market_model.index(r, MarketColumn.MARKET).data() for r in range(panel.market_model.rowCount())
    ]
    assert markets == ["Silicon Valley", "Hangzhou (own)"]
    analysis = document.analysis().offers["offer-a"]
    expected = format_conversion(analysis.annual_reporting)
    assert panel.summary_model.index(0, SummaryColumn.ANNUAL).data() == expected
    assert panel.summary_model.index(0, SummaryColumn.FIRST_YEAR).data() == format_conversion(
        analysis.first_year_reporting
    )
    assert "Rival lab" in panel.summary_model.index(0, SummaryColumn.COMPETING).data()
    # The rival's package and our first-year margin over it sit beside our offer, in the same currency.
    assert panel.summary_model.index(0, SummaryColumn.COMPETING_ANNUAL).data() == "USD 150,000"
    assert analysis.competing_gap_reporting is not None
    gap = panel.summary_model.index(0, SummaryColumn.FIRST_YEAR_GAP).data()
    assert gap.startswith("+USD ") and gap == "+" + format_conversion(analysis.competing_gap_reporting)


def test_offer_edit_changes_compa_ratio_and_flag_and_undo_restores_both(qtbot: Any) -> None:
    """Lowering the base turns the own-market compa-ratio red and raises the below-market flag."""
    document = PlanDocument(views_plan())
    panel, _ = make_panel(qtbot, document)
    risks = RisksPanel(document, ask=lambda *_: None)
    qtbot.addWidget(risks)
    risks.show()

    before = market_cell(panel, "hz", MarketColumn.COMPA)
    assert (
        band_colour(market_cell(panel, "hz", MarketColumn.COMPA, Qt.ItemDataRole.BackgroundRole))
        == BAND_TINTS[Severity.LOW]
    )
    assert listed_flags(risks, "offer-below-market") == []

    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    own = document.analysis().offers["offer-a"].own_market
    assert own is not None and own.nominal is not None
    after = market_cell(panel, "hz", MarketColumn.COMPA)
    assert after == format_ratio(own.nominal.compa_ratio) != before
    assert own.nominal.compa_ratio < document.plan.settings.below_market_threshold
    assert (
        band_colour(market_cell(panel, "hz", MarketColumn.COMPA, Qt.ItemDataRole.BackgroundRole))
        == BAND_TINTS[Severity.HIGH]
    )
    assert panel.summary_model.index(0, SummaryColumn.OWN_COMPA).data().startswith(after)
    assert listed_flags(risks, "offer-below-market") == ["offer-below-market:b-hz,llm,offer-a"]

    document.set_field("offer", "offer-a", "base", Decimal(0))  # cleared while retyping it
    settle(qtbot, document)
    assert panel.summary_model.index(0, SummaryColumn.OWN_COMPA).data() == "no base yet"
    assert panel.summary_model.index(0, SummaryColumn.OWN_COMPA).data(Qt.ItemDataRole.BackgroundRole) is None
    document.undo_stack.undo()  # back to 300,000

    document.undo_stack.undo()
    settle(qtbot, document)
    assert market_cell(panel, "hz", MarketColumn.COMPA) == before
    assert listed_flags(risks, "offer-below-market") == []


def test_compa_colour_follows_the_plan_threshold(qtbot: Any) -> None:
    """An offer 5 % under the median is amber; raise the plan's threshold above it and it turns red."""
    panel, document = make_panel(qtbot)
    hz_p50 = Decimal(600_000)
    figures = document.analysis().offers["offer-a"].figures
    # Pick a base so the annual total is 95 % of the Hangzhou median (equity and housing stay).
    others = figures.annual_total - figures.base - figures.bonus
    base = ((hz_p50 * Decimal("0.95") - others) / Decimal("1.1")).quantize(Decimal("0.01"))
    document.set_field("offer", "offer-a", "base", base)
    settle(qtbot, document)
    assert market_cell(panel, "hz", MarketColumn.COMPA) == "0.95"
    brush = market_cell(panel, "hz", MarketColumn.COMPA, Qt.ItemDataRole.BackgroundRole)
    assert band_colour(brush) == BAND_TINTS[Severity.MEDIUM]
    document.set_field("settings", "", "below_market_threshold", Decimal("0.97"))
    settle(qtbot, document)
    brush = market_cell(panel, "hz", MarketColumn.COMPA, Qt.ItemDataRole.BackgroundRole)
    assert band_colour(brush) == BAND_TINTS[Severity.HIGH]


def test_switching_to_ppp_changes_the_figures_at_once(qtbot: Any) -> None:
    panel, document = make_panel(qtbot)
    nominal_p50 = market_cell(panel, "sv", MarketColumn.P50)
    nominal_annual = panel.summary_model.index(0, SummaryColumn.ANNUAL).data()
    assert nominal_p50 == "250,000"  # Silicon Valley's median, unit in the header
    assert panel.market_model.headerData(MarketColumn.P50, Qt.Orientation.Horizontal) == "P50 (USD)"
    panel.ppp_button.click()
    assert panel.mode() == "ppp"
    ppp_p50 = market_cell(panel, "hz", MarketColumn.P50)
    hz = next(c for c in document.analysis().offers["offer-a"].cross_market if c.market_id == "hz")
    assert hz.ppp is not None and ppp_p50 == format_number(hz.ppp.p50)
    analysis = document.analysis().offers["offer-a"]
    assert panel.summary_model.index(0, SummaryColumn.ANNUAL).data() == format_conversion(analysis.annual_ppp)
    assert panel.summary_model.index(0, SummaryColumn.ANNUAL).data() != nominal_annual
    header = panel.market_model.headerData(MarketColumn.P50, Qt.Orientation.Horizontal)
    assert header == "P50 (INT$)"
    panel.nominal_button.click()
    assert market_cell(panel, "sv", MarketColumn.P50) == nominal_p50


def test_reporting_currency_choice_is_one_undo_step(qtbot: Any) -> None:
    panel, document = make_panel(qtbot)
    combo = panel.currency_combo
    assert combo.currentText() == "USD"
    combo.setCurrentIndex(combo.findData("CNY"))
    combo.activated.emit(combo.currentIndex())
    assert document.plan.reporting_currency == "CNY"
    assert document.undo_stack.count() == 1
    settle(qtbot, document)
    assert panel.market_model.headerData(MarketColumn.P50, Qt.Orientation.Horizontal) == "P50 (CNY)"
    sv = next(c for c in document.analysis().offers["offer-a"].cross_market if c.market_id == "sv")
    assert market_cell(panel, "sv", MarketColumn.P50) == format_number(dict(sv.points_reporting)[50])
    assert (
        panel.summary_model.headerData(SummaryColumn.ANNUAL, Qt.Orientation.Horizontal)
        == "Annual total (CNY)"
    )
    document.undo_stack.undo()
    settle(qtbot, document)
    assert market_cell(panel, "sv", MarketColumn.P50) == "250,000"
    assert combo.currentText() == "USD"


def test_picking_another_offer_compares_it(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    view = panel.summary_view
    index = view.model().index(1, 0)
    view.setCurrentIndex(index)
    assert panel.offer_id() == "offer-b"
    assert market_cell(panel, "sv", MarketColumn.MARKET) == "Silicon Valley (own)"


def test_double_click_on_an_offer_asks_to_go_to_it(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    view = panel.summary_view
    rect = view.visualRect(view.model().index(1, 0))
    with qtbot.waitSignal(panel.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["offer", "offer-b"]


def test_select_object_picks_the_role_and_offer(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    panel.set_role("infra")
    assert panel.summary_model.rowCount() == 0
    assert "no offers" in panel.notice_label.text()
    assert panel.select_object("offer", "offer-b")
    assert panel.role_id() == "llm" and panel.offer_id() == "offer-b"
    assert not panel.select_object("offer", "nope")


def test_chart_draws_a_range_per_market_and_a_marker_per_offer_in_the_shown_unit(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    chart = panel.chart
    data = chart.data()
    assert data is not None and data.unit == "USD"
    assert [m.market for m in data.markets] == ["Silicon Valley", "Hangzhou"]
    assert [label for label, _ in data.offers] == ["Candidate A (Hangzhou)", "Candidate B (Silicon Valley)"]
    assert data.axis_title() == "USD a year, in thousands"
    # Every box and every marker is drawn inside the widget, markers at distinct places.
    boxes = [chart.item_rect((m, 0)) for m in range(2)]
    markers = [chart.item_rect((m, o)) for m in range(2) for o in (1, 2)]
    for rect in boxes + markers:
        assert not rect.isEmpty() and chart.rect().toRectF().contains(rect)
    assert len({(r.center().x(), r.center().y()) for r in markers}) == 4
    # A higher figure sits higher on the chart.
    a_sv, b_sv = (data.offers[0][1][0], data.offers[1][1][0])
    assert a_sv is not None and b_sv is not None
    higher, lower = (1, 2) if a_sv.value > b_sv.value else (2, 1)
    assert chart.item_rect((0, higher)).center().y() < chart.item_rect((0, lower)).center().y()

    panel.set_mode("ppp")
    data = panel.chart.data()
    assert data is not None and data.unit == "INT$"
    assert data.axis_title().startswith("INT$ a year")


@pytest.mark.qt_log_ignore(  # offscreen: a tooltip is a window of its own
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_chart_tooltips_give_the_figures_under_the_mouse(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    chart = panel.chart
    data = chart.data()
    assert data is not None
    marker = chart.item_rect((0, 1))
    assert chart.target_at(marker.center()) == (0, 1)
    point = data.offers[0][1][0]
    assert point is not None
    text = chart.text_of((0, 1))
    assert text.startswith("Candidate A (Hangzhou) in Silicon Valley: ")
    assert format_number(point.value) in text
    box = chart.item_rect((1, 0))
    assert chart.target_at(QPointF(box.left() + 2, box.center().y())) == (1, 0)
    hz = data.markets[1]
    assert f"the median (P50) is USD {format_number(hz.p50)} a year" in chart.text_of((1, 0))
    # A real tooltip event over the marker shows that text.
    global_pos = chart.mapToGlobal(marker.center().toPoint())
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, marker.center().toPoint(), global_pos))
    qtbot.waitUntil(lambda: QToolTip.text() == text, timeout=2000)
    QToolTip.hideText()


@pytest.mark.qt_log_ignore(  # offscreen: a tooltip is a window of its own
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_chart_is_reachable_by_keyboard_and_described_to_screen_readers(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    chart = panel.chart
    assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert chart.accessibleName() == "Offers against market ranges chart"
    chart.setFocus()
    assert chart.focused_item() == (0, 0)
    assert "2 offers against 2 markets, in USD a year." in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert chart.focused_item() == (1, 2)
    assert "Candidate B (Silicon Valley) in Hangzhou: " in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # already on the last market: stays
    assert chart.focused_item() == (1, 2)
    QToolTip.hideText()


def test_chart_explains_an_empty_role(qtbot: Any) -> None:
    panel, _ = make_panel(qtbot)
    panel.set_role("infra")
    data = panel.chart.data()
    assert data is not None and data.is_empty()
    assert "No market figures to chart" in panel.chart.accessibleDescription()
    assert panel.chart.target_at(QPointF(100, 100)) is None


@pytest.mark.parametrize("which", ["summary", "markets"])
def test_models_pass_the_model_tester(qtbot: Any, qtmodeltester: Any, which: str) -> None:
    panel, document = make_panel(qtbot)
    model = panel.summary_model if which == "summary" else panel.market_model
    qtmodeltester.check(model)
    panel.set_mode("ppp")
    qtmodeltester.check(model)
    document.set_field("offer", "offer-a", "base", Decimal(300_000))
    settle(qtbot, document)
    panel.set_role("infra")
    qtmodeltester.check(model)


def test_sorting_proxies_pass_the_model_tester_and_sort_by_value(qtbot: Any, qtmodeltester: Any) -> None:
    panel, _ = make_panel(qtbot)
    proxy = panel.market_view.model()
    qtmodeltester.check(proxy)
    panel.market_view.sortByColumn(MarketColumn.P50, Qt.SortOrder.DescendingOrder)
    values = [proxy.index(r, MarketColumn.P50).data() for r in range(proxy.rowCount())]
    assert values == ["250,000", format_number(Decimal(600_000) / Decimal("6.7758"))]
    qtmodeltester.check(panel.summary_view.model())


@pytest.fixture
def dark_scheme(qapp: QApplication) -> Any:
    """The app's own dark colour scheme for one test (the window's palette is put back after)."""
    before = qapp.palette()
    qapp.setPalette(colour_scheme.scheme_palette(colour_scheme.DARK))
    yield colour_scheme.palette_colours(colour_scheme.DARK)
    qapp.setPalette(before)


def test_every_cell_of_both_tables_reads_on_the_dark_scheme(qtbot: Any, dark_scheme: Any) -> None:
    """A director on the dark scheme reads every figure, the untinted indicative compa-ratio of an
    all-levels benchmark included: dark ink goes only with the light band tint it was made for."""
    plan = views_plan()
    # Silicon Valley's benchmark covers all levels: indicative for the senior role, so no tint.
    plan = plan.model_copy(update={"benchmarks": [sv_benchmark(), hz_benchmark()]})
    panel, _ = make_panel(qtbot, PlanDocument(plan))
    role = Qt.ItemDataRole
    base = {dark_scheme[QPalette.ColorRole.Base], dark_scheme[QPalette.ColorRole.AlternateBase]}
    text = dark_scheme[QPalette.ColorRole.Text]
    compa_backgrounds: list[object] = []
    failing = []
    for model, compa in (
        (panel.summary_model, SummaryColumn.OWN_COMPA),
        (panel.market_model, MarketColumn.COMPA),
    ):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                background, foreground = index.data(role.BackgroundRole), index.data(role.ForegroundRole)
                if column == compa:
                    compa_backgrounds.append(background)
                    if background is None:
                        assert foreground is None, "an untinted compa-ratio keeps the palette's text colour"
                ink = band_colour(foreground) if foreground is not None else text
                for paper in [band_colour(background)] if background is not None else base:
                    if contrast(ink, paper) < TEXT:
                        failing.append(f"{index.data()!r} ({row}, {column}): {ink} on {paper}")
    assert not failing, "\n".join(failing)
    # Both kinds of compa-ratio cell were looked at: tinted (own level) and untinted (all levels).
    assert None in compa_backgrounds and any(b is not None for b in compa_backgrounds)
