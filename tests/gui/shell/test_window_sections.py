"""The part-2 screens inside the real window: "go to" from a flag, the overview or the compensation
table lands on the screen that edits the object, with that object selected."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from helpers.screen_plans import views_plan
from helpers.screen_probes import listed_flags
from hireplan.gui.common import section_keys as nav
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.policy.policy_panel import PolicyPanel
from hireplan.gui.risks.flags_model import FlagRole
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.gui.shell.main_window import MainWindow


def window_with_views_plan(make_window: Callable[..., Any]) -> MainWindow:
    window: MainWindow = make_window(show=True)
    window.files.show_untitled(views_plan())
    return window


def risks_panel(window: MainWindow, qtbot: QtBot) -> RisksPanel:
    window.go_to_section(nav.RISKS)
    panel = window.section_panel(nav.RISKS)
    assert isinstance(panel, RisksPanel)
    qtbot.waitUntil(lambda: panel.flags_model.rowCount() > 0)
    return panel


@pytest.fixture
def on_risks(make_window: Callable[..., Any], qtbot: QtBot) -> tuple[MainWindow, RisksPanel]:
    """The window on the views plan, showing its Risks screen with the flags listed."""
    window = window_with_views_plan(make_window)
    return window, risks_panel(window, qtbot)


def double_click_flag(panel: RisksPanel, qtbot: QtBot, key: str) -> None:
    assert panel.select_flag(key), key
    index = panel.flags_view.currentIndex()
    rect = panel.flags_view.visualRect(index)
    # A double click follows a press on the same row, as a person's does (Qt checks that).
    qtbot.mouseClick(panel.flags_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.flags_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_overdue_flag_opens_the_items_step_with_the_item_selected(
    on_risks: tuple[MainWindow, RisksPanel], qtbot: QtBot
) -> None:
    window, panel = on_risks
    double_click_flag(panel, qtbot, "items-overdue:it-3,step-pay")
    assert window.current_section() == nav.step_section("compensation")
    assert window.stack.currentWidget() is window.page(nav.ALL_STEPS)
    current = window.checklist.tree.currentIndex()
    assert current.isValid()
    source = window.checklist.proxy.mapToSource(current)
    assert source == window.checklist.model.item_index("it-3")


def test_offer_flag_opens_roles_and_offers_with_the_offer_in_the_form(
    on_risks: tuple[MainWindow, RisksPanel], qtbot: QtBot
) -> None:
    window, panel = on_risks
    double_click_flag(panel, qtbot, "counteroffer-exposure:llm,offer-b")
    assert window.current_section() == nav.ROLES
    roles = window.sections.built(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    qtbot.waitUntil(roles.isVisible)
    assert roles.selected_offer_ids() == ["offer-b"]
    assert roles.offer_form.offer_id() == "offer-b"


def test_manual_risk_flag_selects_the_risk_in_the_register(
    on_risks: tuple[MainWindow, RisksPanel], qtbot: QtBot
) -> None:
    window, panel = on_risks
    double_click_flag(panel, qtbot, "manual-risk:r-travel")
    assert window.current_section() == nav.RISKS
    assert panel.register.selected_risk_ids() == ["r-travel"]


def test_plan_wide_flag_points_at_the_plan_header(
    on_risks: tuple[MainWindow, RisksPanel], qtbot: QtBot
) -> None:
    window, panel = on_risks
    double_click_flag(panel, qtbot, "policy-watch:plan-views")
    assert window.current_section() == nav.RISKS
    assert "plan as a whole" in window.statusBar().currentMessage()


def test_compensation_double_click_opens_the_offer(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    window = window_with_views_plan(make_window)
    window.go_to_section(nav.COMPENSATION)
    compensation = window.section_panel(nav.COMPENSATION)
    assert isinstance(compensation, CompensationPanel)
    qtbot.waitUntil(compensation.isVisible)
    assert compensation.select_object("offer", "offer-b")
    compensation.objectRequested.emit("offer", "offer-b")  # what its double-click emits (tested there)
    assert window.current_section() == nav.ROLES
    roles = window.section_panel(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    assert roles.selected_offer_ids() == ["offer-b"]


def test_overview_flag_link_goes_to_the_cause(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    window = window_with_views_plan(make_window)
    window.go_to_section(nav.OVERVIEW)
    window.overview.start()
    window.overview.objectRequested.emit("policy", "none-such")
    assert window.current_section() == nav.POLICY
    assert isinstance(window.section_panel(nav.POLICY), PolicyPanel)
    assert "no longer in the plan" in window.statusBar().currentMessage()


def test_flag_row_carries_the_flag_the_window_routes(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    """Every flag of the plan whose target is a plan object lands on a screen that selects it."""
    window = window_with_views_plan(make_window)
    panel = risks_panel(window, qtbot)
    for row in range(panel.flags_model.rowCount()):
        flag = panel.flags_model.index(row, 0).data(FlagRole)
        assert flag.target is not None
        assert window.show_object(flag.target.kind, flag.target.id), flag.key


def test_export_templates_and_settings_are_in_the_menus(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = window_with_views_plan(make_window)
    texts = {
        action.text().replace("&", "")
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    assert {"Export…", "Templates…", "Settings…"} <= texts


def test_roles_and_offers_opens_with_the_first_offer_in_the_form(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = window_with_views_plan(make_window)
    window.go_to_section(nav.ROLES)
    roles = window.section_panel(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    qtbot.waitUntil(roles.isVisible)
    first = window.document.plan.offers[0]
    assert roles.offer_form.offer_id() == first.id
    assert roles.selected_role_ids() == [first.role_id]


def test_an_offer_cut_in_the_form_shows_on_risks_and_the_windows_undo_takes_it_back(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    """The screens share one plan and one undo history: a change made on one is on the others."""
    window = window_with_views_plan(make_window)
    assert window.show_object("offer", "offer-a")
    roles = window.section_panel(nav.ROLES)
    assert isinstance(roles, RolesOffersPanel)
    roles.offer_form.money["base"].set_text_and_commit("300000")
    assert window.isWindowModified()

    risks = risks_panel(window, qtbot)
    qtbot.waitUntil(
        lambda: listed_flags(risks, "offer-below-market") == ["offer-below-market:b-hz,llm,offer-a"]
    )
    window.menus.undo_action.trigger()
    qtbot.waitUntil(lambda: listed_flags(risks, "offer-below-market") == [])
    assert window.document.plan.offers[0].base == 1_000_000
    assert not window.isWindowModified()


def test_every_kind_a_flag_may_name_but_the_plan_has_a_screen_to_go_to() -> None:
    """A "go to" from a flag about any object lands somewhere: a new kind needs a screen."""
    from hireplan.gui.shell.section_panels import SECTION_OF_KIND
    from hireplan.model.kinds import REF_KINDS

    assert set(SECTION_OF_KIND) == REF_KINDS - {"plan"}


@pytest.mark.parametrize(
    "edit",
    [
        ("offer", "offer-a", "base", 300_000),
        ("item", None, "owner", "Dana"),
        ("risk", "r-travel", "impact", 2),
        ("role", None, "headcount", 3),
        ("plan", None, "title", "Renamed plan"),
    ],
)
def test_no_screen_analyses_the_plan_inside_an_edit(
    make_window: Callable[..., Any], qtbot: QtBot, edit: tuple[str, str | None, str, object]
) -> None:
    """Every screen built and live: an edit returns before any analysis, which runs once, after it."""
    kind, obj_id, field, value = edit
    window = window_with_views_plan(make_window)
    for section in (nav.OVERVIEW, nav.ALL_STEPS, nav.ROLES, nav.COMPENSATION, nav.RISKS, nav.POLICY):
        window.go_to_section(section)
        qtbot.wait(10)
    plan = window.document.plan
    ids = {"item": plan.steps[0].items[0].id, "role": plan.roles[0].id, "plan": plan.id}
    window.document.analysis()
    window.document.set_field(kind, obj_id or ids[kind], field, value)
    assert window.document.peek_analysis() is None
    with qtbot.waitSignal(window.document.analysisChanged, timeout=1000):
        pass
