"""Text fits the default window (1200 x 780, issue 16): no screen is cut at its right edge, and a
text too long for its cell can be read in full by someone using only the keyboard."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QScrollArea, QTableView, QWidget
from pytestqt.qtbot import QtBot

from hireplan.gui.common import section_keys as nav
from hireplan.gui.overview.overview_card import Card, LinkButton
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.gui.roles.offer_form import OfferForm
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage import sample_plan

DEFAULT_SIZE = (1200, 780)


def default_window(make_window: Callable[..., Any], qtbot: QtBot) -> Any:
    window = make_window(show=True)
    window.files.show_untitled(sample_plan())
    window.resize(*DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.width() == DEFAULT_SIZE[0])
    return window


def right_edge_in(widget: QWidget, viewport: QWidget) -> int:
    return widget.mapTo(viewport, QPoint(widget.width(), 0)).x()


def test_the_overview_fits_its_width_at_the_default_size(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = default_window(make_window, qtbot)
    window.go_to_section(nav.OVERVIEW)
    page = window.overview
    qtbot.waitUntil(
        lambda: any(b.text().startswith("LLM research") for b in page.budget_card.findChildren(LinkButton))
    )
    viewport = page.viewport()
    # Once the cards have laid out (later under load: the layout settles over a few event-loop
    # turns), the Overview needs no sideways scrolling.
    qtbot.waitUntil(lambda: page.horizontalScrollBar().maximum() == 0, timeout=3000)
    cards = page.findChildren(Card)
    assert len(cards) == 5
    for card in cards:
        assert right_edge_in(card, viewport) <= viewport.width(), card.accessibleName()
    # The right column is wide enough for its sentences: the budget's lines are not cut.
    for link in page.budget_card.findChildren(LinkButton):
        assert link.fontMetrics().horizontalAdvance(link.text()) <= link.width(), link.text()


def test_the_offer_form_is_never_cut_at_the_default_size(
    make_window: Callable[..., Any], qtbot: QtBot
) -> None:
    window = default_window(make_window, qtbot)
    window.go_to_section(nav.ROLES)
    panel = window.section_panel(nav.ROLES)
    assert isinstance(panel, RolesOffersPanel)
    form = panel.offer_form
    assert isinstance(form, OfferForm)
    scroll = form.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    content = scroll.widget()
    assert content.width() <= scroll.viewport().width()
    assert content.minimumSizeHint().width() <= scroll.viewport().width(), "labels or fields are cut"
    assert scroll.horizontalScrollBar().maximum() == 0


def test_a_long_flag_is_read_in_full_by_keys_on_risks(make_window: Callable[..., Any], qtbot: QtBot) -> None:
    window = default_window(make_window, qtbot)
    window.go_to_section(nav.RISKS)
    panel = window.section_panel(nav.RISKS)
    assert isinstance(panel, RisksPanel)
    qtbot.waitUntil(lambda: panel.flags_model.rowCount() > 3)
    view = panel.flags_view
    assert isinstance(view, QTableView)
    # The flag whose "What to do" the table cuts the most.
    column = 2
    cut = [
        row
        for row in range(view.model().rowCount())
        if view.fontMetrics().horizontalAdvance(str(view.model().index(row, column).data()))
        > view.columnWidth(column)
    ]
    assert cut, "at 1200 x 780 some mitigation is longer than its cell"
    row = cut[0]
    view.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab reaches it; it selects the first row
    for _ in range(row):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    flag = panel.selected_flags()[0]
    shown = panel.detail_label.text()
    assert html.escape(flag.title) in shown and html.escape(flag.mitigation) in shown
    assert panel.detail_label.wordWrap() and panel.detail_label.isVisible()
    assert right_edge_in(panel.detail_label, panel) <= panel.width()
