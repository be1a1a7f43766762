"""Roles and offers in Chinese: a person who reads only Chinese sees no English on the screen.

Walks every text the screen shows (labels, buttons, headers, cells, tool tips, placeholders,
accessible names) with each of the sample's offers open in the form, a rival offer and a current
employer among them, so the offer form, its summary sentences and the competing package are read;
plan data (names, titles, notes), codes and figures may stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.common import section_keys as nav
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage.builtin_templates import sample_plan


def test_every_offer_of_the_sample_reads_chinese_in_the_form_and_the_tables(
    qapp: QApplication, qtbot: QtBot
) -> None:
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        panel = RolesOffersPanel(document)
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        allowed = Allowed.for_plan(document.plan)
        found = []
        for offer in document.plan.offers:
            assert panel.select_object("offer", offer.id)
            found += english_texts(panel, allowed, skip=lambda w: isinstance(w, MarketDataPanel))
        panel.all_offers.setChecked(True)
        found += english_texts(panel, allowed, skip=lambda w: isinstance(w, MarketDataPanel))
        unique = list(dict.fromkeys(found))
        assert not unique, report(unique, allowed)
        assert panel.tabs.tabText(0) == "职位与录用(&R)"
        assert panel.offer_form.summary.text().startswith("年度总薪酬")


@pytest.mark.parametrize("width", range(1200, 1640, 40))
def test_every_bonus_unit_reads_in_full_and_the_form_is_not_cut(
    qapp: QApplication, make_window: Callable[..., Any], qtbot: QtBot, width: int
) -> None:
    """From the default window (1200 x 780) up, a Chinese reader sees each "Bonus as" choice whole,
    and the offer form with its guaranteed extra months row still fits its pane (a 13th-month unit
    in that box, "保证发放的额外月薪（第13个月", was once cut at 1280 px)."""
    with in_chinese(qapp):
        window = make_window(show=True)
        window.files.show_untitled(sample_plan())
        window.resize(width, 780)
        qtbot.waitUntil(lambda: window.width() == width)
        window.go_to_section(nav.ROLES)
        panel = window.section_panel(nav.ROLES)
        assert isinstance(panel, RolesOffersPanel)
        offer_id = window.document.plan.offers[0].id
        assert panel.select_object("offer", offer_id) and panel.offer_form.offer_id() == offer_id
        combo = panel.offer_form.bonus_kind
        scroll = panel.offer_form.findChild(QScrollArea)
        qtbot.waitUntil(lambda: combo.isVisible() and scroll.viewport().width() > 0)
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        cut = [
            combo.itemText(i)
            for i in range(combo.count())
            if combo.fontMetrics().horizontalAdvance(combo.itemText(i)) > field.width()
        ]
        assert cut == [], f"cut in a box {field.width()} px wide"
        assert panel.offer_form.guaranteed_months.isVisible()
        content = scroll.widget()
        assert content.minimumSizeHint().width() <= scroll.viewport().width(), "labels or fields are cut"
        assert scroll.horizontalScrollBar().maximum() == 0
