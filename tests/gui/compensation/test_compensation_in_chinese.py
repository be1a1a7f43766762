"""Compensation in Chinese: the tables, their tool tips, the notes and the chart read Chinese.

Every role of the sample, nominal and in purchasing power, each offer chosen in turn; the chart's
texts (axis title, legend, what a tool tip and a screen reader say about each box and marker) are
painted rather than held by widgets, so they are read from the chart itself. Plan data (names,
markets), codes (USD, P50) and figures may stay as they are.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.visible_text import Allowed, Shown, english_texts, in_chinese, report
from hireplan.gui.compensation.compensation_panel import CompensationPanel
from hireplan.gui.document.document import PlanDocument
from hireplan.storage.builtin_templates import sample_plan


def test_every_role_and_offer_in_both_units_reads_chinese_including_the_chart(
    qapp: QApplication, qtbot: QtBot
) -> None:
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        panel = CompensationPanel(document)
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        panel.start()
        allowed = Allowed.for_plan(document.plan)
        found: list[Shown] = []
        for role in document.plan.roles:
            assert panel.set_role(role.id)
            for mode in ("nominal", "ppp"):
                panel.set_mode(mode)
                for offer_id in panel.offer_ids() or [None]:
                    if offer_id is not None:
                        assert panel.set_offer(offer_id)
                    found += english_texts(panel, allowed)
                    chart = panel.chart
                    data = chart.data()
                    painted = [text for text, _layer in chart._legend_entries()]
                    if data is not None and not data.is_empty():
                        painted.append(data.axis_title())
                        painted += [
                            chart.text_of((market, layer))
                            for market in range(len(data.markets))
                            for layer in range(len(data.offers) + 1)
                        ]
                    found += [Shown("chart", "CompensationChart", text) for text in painted]
        english = [shown for shown in dict.fromkeys(found) if allowed.english_words(shown.text)]
        assert not english, report(english, allowed)
        assert panel.nominal_button.text() == "名义金额(&N)"
