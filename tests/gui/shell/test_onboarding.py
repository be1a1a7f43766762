"""A first plan that works: what a new user meets in the first minutes, in the real window.

A plan started from each built-in template compares the first offer the person prices; "Add
offer" is available the moment a market exists; and wherever a comparison cannot be made the
screen says what is missing ("No market data yet", "No benchmarks yet") with a button that takes
the person to add it, instead of a claim about data that is not there.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from helpers.signals import emitted
from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.money_edit import MoneyEdit
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.compensation.summary_model import SummaryColumn
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.gui.shell.main_window import MainWindow
from hireplan.model import Plan, Role
from hireplan.model.template_plans import new_plan_from_template
from hireplan.storage.builtin_templates import builtin_names
from hireplan.storage.templates import TemplateLibrary

TODAY = date(2026, 12, 1)


def texts(widget: QWidget) -> str:
    QApplication.processEvents()  # cards fill on the next turn of the event loop
    return " ".join(label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget))


def button_with(widget: QWidget, text: str) -> QPushButton:
    QApplication.processEvents()
    found = [b for b in widget.findChildren(QPushButton) if b.isVisibleTo(widget) and text in b.text()]
    assert found, f"no button with {text!r}"
    return found[0]


def shown_window(make_window: Callable[..., MainWindow], qtbot: Any, plan: Plan) -> MainWindow:
    window = make_window(show=True)
    with emitted(qtbot, window.document.analysisChanged, timeout=3000):
        window.files.show_untitled(plan)
    return window


def roles_panel(window: MainWindow) -> RolesOffersPanel:
    window.go_to_section(nav.ROLES)
    panel = window.section_panel(nav.ROLES)
    assert isinstance(panel, RolesOffersPanel)
    return panel


def compensation_panel(window: MainWindow) -> CompensationPanel:
    window.go_to_section(nav.COMPENSATION)
    panel = window.section_panel(nav.COMPENSATION)
    assert isinstance(panel, CompensationPanel)
    return panel


@pytest.mark.parametrize("name", builtin_names())
def test_a_plan_from_each_built_in_template_compares_the_first_priced_offer(
    name: str, make_window: Callable[..., MainWindow], qtbot: Any, tmp_path: Any
) -> None:
    plan = new_plan_from_template(TemplateLibrary(user_dir=tmp_path).get(name), today=TODAY)
    window = shown_window(make_window, qtbot, plan)
    roles = roles_panel(window)
    roles.add_role_action.trigger()
    assert roles.add_offer_action.isEnabled()
    roles.add_offer_action.trigger()
    offer = window.document.plan.offers[-1]
    assert not [f for f in window.document.analysis().flags if any(r.id == offer.id for r in f.refs)], (
        "a new offer is not flagged before its base is typed"
    )
    base = roles.offer_form.editor_for("base")
    assert isinstance(base, MoneyEdit)
    base.line.setFocus()
    base.line.selectAll()
    qtbot.keyClicks(base.line, "200000")
    qtbot.keyClick(base.line, Qt.Key.Key_Return)
    assert window.document.plan.offers[-1].base == Decimal(200000)

    compensation = compensation_panel(window)
    compensation.refresh()
    assert compensation.offer_id() == offer.id
    compa = compensation.summary_model.index(0, SummaryColumn.OWN_COMPA).data()
    assert compa.startswith("0.80"), f"a compa-ratio against the template's benchmark, not {compa!r}"
    assert not compensation.notice_button.isVisibleTo(compensation), "nothing is missing"


def test_add_offer_is_available_as_soon_as_a_market_exists(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    plan = Plan(title="Markets later", roles=[Role(title="Research scientist")])
    window = shown_window(make_window, qtbot, plan)
    panel = roles_panel(window)
    panel.select_object("role", plan.roles[0].id)
    assert not panel.add_offer_action.isEnabled()
    assert "market" in panel.add_offer_action.toolTip()
    selected = panel.selected_role_ids()
    panel.market_data.markets.add_action.trigger()
    assert window.document.plan.markets
    assert panel.selected_role_ids() == selected, "nothing else changed"
    assert panel.add_offer_action.isEnabled()
    window.document.undo_stack.undo()
    assert not panel.add_offer_action.isEnabled(), "undoing the market takes it away again"


def test_an_empty_plan_says_no_market_data_yet_and_leads_to_adding_it(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = shown_window(make_window, qtbot, Plan(title="Empty"))
    window.go_to_section(nav.OVERVIEW)
    card = window.overview.stale_card
    qtbot.waitUntil(lambda: "No market data yet" in texts(card))
    assert "within the last" not in texts(card), "no claim about benchmarks that are not there"
    qtbot.mouseClick(button_with(card, "Add market data"), Qt.MouseButton.LeftButton)
    panel = roles_panel(window)
    market_data = panel.market_data
    assert window.current_section() == nav.ROLES and panel.tabs.currentWidget() is panel.market_data_page
    page = market_data.tabs.currentWidget()
    assert page is market_data.benchmarks
    assert "No market data yet" in page.empty_label.text()
    assert QApplication.focusWidget() is page.empty_button, "one key press from adding"
    qtbot.keyClick(page.empty_button, Qt.Key.Key_Space)
    assert len(window.document.plan.markets) == 1, "a benchmark needs a market: that is added first"
    assert market_data.tabs.currentWidget() is market_data.markets
    assert not market_data.markets.empty_row.isVisibleTo(market_data.markets)
    assert "No benchmarks yet" in market_data.benchmarks.empty_label.text()
    for kind in ("rate", "ppp", "band"):
        assert market_data.pages[kind].empty_label.text().startswith("No ")


def test_compensation_says_what_is_missing_with_a_button_to_add_it(
    make_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    window = shown_window(make_window, qtbot, Plan(title="No benchmarks"))
    roles = roles_panel(window)
    roles.market_data.markets.add_action.trigger()
    roles.add_role_action.trigger()
    roles.add_offer_action.trigger()
    window.document.set_field("offer", window.document.plan.offers[0].id, "base", Decimal(150000))
    compensation = compensation_panel(window)
    compensation.refresh()
    assert "No benchmarks yet" in compensation.notice_label.text()
    assert compensation.notice_button.isVisibleTo(compensation)
    qtbot.mouseClick(compensation.notice_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == nav.ROLES
    market_data = roles.market_data
    assert roles.tabs.currentWidget() is roles.market_data_page
    assert market_data.tabs.currentWidget() is market_data.benchmarks
    assert QApplication.focusWidget() is market_data.benchmarks.empty_button
    assert market_data.benchmarks.empty_button.text() == "Add a benchmark"

    window.go_to_section(nav.OVERVIEW)
    card = window.overview.stale_card
    qtbot.waitUntil(lambda: "No benchmarks yet" in texts(card))
    assert "within the last" not in texts(card)
