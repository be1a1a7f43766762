"""Market data in Chinese: the five lists and the benchmark import read Chinese.

Every list of the sample (benchmarks with their stale badges, markets, exchange rates, PPP factors,
internal pay bands) and the import of a survey saved by Excel on Chinese Windows (GBK, Chinese
headers, one row that comes in and one whose market is unknown): labels, buttons, tabs, headers,
cells and tool tips. Plan data (market names, sources, notes), codes and figures stay as they are.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.survey_files import settled
from helpers.visible_text import Allowed, Shown, english_texts, in_chinese, plan_strings, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.import_dialog import ImportDialog
from hireplan.gui.market_data.market_data_panel import MarketDataPanel
from hireplan.storage.builtin_templates import sample_plan

SURVEY = (
    "城市,职位,级别,币种,计薪周期,月薪中位数,数据来源,数据日期\n"
    "Hangzhou,ML/AI engineer,Staff,CNY,month,98000,2026 年薪酬调研,2026/3/31\n"
    "成都,ML/AI engineer,高级,CNY,月,76000,2026 年薪酬调研,2026/3/31\n"
)
"""One row that imports and one left out: the plan has no Chengdu market (成都)."""


def test_every_market_data_list_reads_chinese(qapp: QApplication, qtbot: QtBot) -> None:
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        panel = MarketDataPanel(document)
        qtbot.addWidget(panel)
        panel.resize(1400, 800)
        panel.show()
        plan_text = plan_strings(document.plan)
        # Long sources and notes are shown on one line: their words, re-spaced, are plan data too.
        allowed = Allowed.for_plan(document.plan, phrases=[" ".join(text.split()) for text in plan_text])
        found: list[Shown] = []
        for page in panel.pages.values():
            panel.tabs.setCurrentWidget(page)
            found += english_texts(panel, allowed)
        unique = list(dict.fromkeys(found))
        assert not unique, report(unique, allowed)
        assert panel.tabs.tabText(0) == "对标数据(&B)"
        assert "过时" in panel.status.text()


def test_the_import_of_a_chinese_survey_reads_chinese(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "薪酬调研.csv"
    path.write_bytes(SURVEY.encode("gb18030"))
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        dialog = ImportDialog(document, path)
        qtbot.addWidget(dialog)
        dialog.show()
        settled(qtbot, dialog)
        assert dialog.good_model.rowCount() == 1 and dialog.bad_model.rowCount() == 1
        table = dialog.table
        assert table is not None
        # What the storage core says about the file and the refused row is its own catalogue's (the
        # core's reading messages); this dialog's own words are what is checked here.
        core_words = [table.description, *(reason for _row, reason in dialog.bad_model._rows)]
        allowed = Allowed.for_plan(document.plan, phrases=["ML/AI engineer", "2026 年薪酬调研", *core_words])
        found = english_texts(dialog, allowed)
        assert not found, report(found, allowed)
        assert dialog.import_button.text() == "导入 1 行(&I)"
