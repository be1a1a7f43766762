"""Risks in Chinese: the flags' table and details, the filters, the risk register with its heat map, and
the acknowledgement dialog read Chinese.

Flag texts, why each matters, what to do and the "Refers to" labels come from the core's catalogue;
this walks them as the screen shows them, with what the screen adds around them (headings, filters,
buttons, statuses, tool tips, the heat map's words for screen readers and tool tips), with every flag
of the sample selected in turn and an acknowledged one among them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.visible_text import Allowed, Shown, english_texts, in_chinese, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.ack_dialog import AckDialog, AckInput
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.storage.builtin_templates import sample_plan


def test_flags_register_heat_map_and_acknowledgement_read_chinese(qapp: QApplication, qtbot: QtBot) -> None:
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        panel = RisksPanel(document)
        qtbot.addWidget(panel)
        panel.resize(1400, 900)
        panel.show()
        panel.start()
        panel.refresh()
        flags = panel.flags_model.flags_shown()
        assert flags
        review = date.today() + timedelta(days=30)
        assert panel.acknowledge(flags[:1], AckInput("薪酬委员会已批准", review, by="王磊"))
        panel.refresh()
        # What a flag says (message, why it matters, what to do) and how it names the objects it is
        # about come from the analysis core's catalogue; they are read here as the screen shows them,
        # so only plan data (names, the sample's English checklist) may stay English.
        allowed = Allowed.for_plan(document.plan, phrases=["薪酬委员会已批准"])
        found: list[Shown] = []
        for row in range(panel.flags_filter.rowCount()):
            panel.flags_view.selectRow(row)
            found += english_texts(panel, allowed)
        panel.register.heat_map.choose((3, 3))
        found += english_texts(panel, allowed)
        found += [
            Shown("heat map cell", "RiskHeatMap", panel.register.heat_map.describe_cell((likelihood, impact)))
            for likelihood in range(1, 6)
            for impact in range(1, 6)
        ]
        dialog = AckDialog(flags[:3], panel)
        qtbot.addWidget(dialog)
        dialog.show()
        found += english_texts(dialog, allowed)
        english = [shown for shown in dict.fromkeys(found) if allowed.english_words(shown.text)]
        assert not english, report(english, allowed)
        assert panel.ack_button.text() == "确认(&K)…"
        assert dialog.windowTitle() == "确认 3 条风险提示"
