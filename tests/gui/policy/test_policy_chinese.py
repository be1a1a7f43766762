"""Policy watch speaks Chinese: headings, the due marks and their tips, the actions and the intro, with
only the entries' own words (jurisdictions, topics, sources) as the team typed them; the English
window counts days properly ("1 day", "30 days")."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.policy.policy_panel import PolicyPanel
from hireplan.storage.builtin_templates import sample_plan

LAST_CHECKED = 4


def _panel(qtbot: QtBot, document: PlanDocument) -> PolicyPanel:
    panel = PolicyPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_policy_watch_screen_shows_no_english(qapp: QApplication, qtbot: QtBot) -> None:
    plan = sample_plan()
    plan.policy_watch[0].last_checked = date.today() - timedelta(days=400)  # due, with a date
    plan.policy_watch[1].last_checked = None  # never checked
    plan.policy_watch[2].last_checked = date.today()
    document = PlanDocument(plan)
    allowed = Allowed.for_plan(plan)
    with in_chinese(qapp):
        panel = _panel(qtbot, document)
        panel.view.selectionModel().select(
            panel.model.index(0, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
        found = english_texts(panel, allowed)
        assert not found, report(found, allowed)
        assert panel.model.headerData(LAST_CHECKED, Qt.Orientation.Horizontal) == "上次核查"
        cells = [panel.model.index(row, LAST_CHECKED).data() for row in range(3)]
        assert cells[0].startswith("⚠ ") and cells[0].endswith("：待核查")
        assert cells[1] == "⚠ 从未核查：待核查"
        assert cells[2] == date.today().isoformat()


def test_the_english_intro_and_tips_count_days(qtbot: QtBot) -> None:
    plan = sample_plan()
    plan.settings.policy_check_days = 1
    plan.policy_watch[0].last_checked = date.today()
    document = PlanDocument(plan)
    panel = _panel(qtbot, document)
    assert panel.intro.text().startswith("Entries not checked in 1 day are marked due.")
    assert (
        panel.model.index(0, LAST_CHECKED).data(Qt.ItemDataRole.ToolTipRole)
        == "Checked within the last 1 day"
    )
    document.set_plan_settings([("settings", "policy_check_days", 30)])
    assert panel.intro.text().startswith("Entries not checked in 30 days are marked due.")
