"""Roles and offers in Chinese: a person who reads only Chinese sees no English on the screen.

Walks every text the screen shows (labels, buttons, headers, cells, tool tips, placeholders,
accessible names) with each of the sample's offers open in the form, a rival offer and a current
employer among them, so the offer form, its summary sentences and the competing package are read;
plan data (names, titles, notes), codes and figures may stay as they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
from hireplan.storage.templates import sample_plan


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
