"""The Overview speaks Chinese: the counts, the five cards (progress, flags, budget, stale market data,
what is due), their links and tool tips, the sample-plan note and the approval line; only the plan's
own words (step titles, role titles, items, owners, market names) and the core's flag texts, which
the core's catalogue translates, come from elsewhere. The English page counts by plural forms."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication

from helpers.screen_plans import TODAY, views_plan
from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.overview.overview_page import OverviewPage
from hireplan.model import Plan
from hireplan.model.plan import Approval


def _page(qtbot: Any, plan: Plan) -> OverviewPage:
    page = OverviewPage(PlanDocument(plan))
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    QApplication.processEvents()
    return page


def _stale_and_approved(plan: Plan) -> Plan:
    plan.benchmarks[0].as_of = TODAY - timedelta(days=400)
    plan.benchmarks[1].as_of = None
    plan.is_example = True
    plan.approval = Approval(
        approved_by="Li Na",
        role="CHRO",
        approved_on=datetime(2026, 12, 1, 9, tzinfo=UTC),
        content_hash="0" * 64,
    )
    return plan


def test_the_overview_in_chinese_shows_no_english(qapp: QApplication, qtbot: Any) -> None:
    plan = _stale_and_approved(views_plan())
    # The rules name the tags a person gives items (policy, career-path, culture) as typed, in any
    # language; the core's benchmark name still says the level in English (Level.label, the core's).
    allowed = Allowed.for_plan(plan, words=("Senior",), phrases=["policy", "career-path", "culture"])
    with in_chinese(qapp):
        page = _page(qtbot, plan)
        found = english_texts(page, allowed)
        assert not found, report(found, allowed)
        summary = page.summary_label.text()
        assert "概览" in summary and "个职位" in summary and "本计划标记为示例数据。" in summary
        assert "自 2026年12月1日 经 Li Na（CHRO）审批以来已有变更。" in summary


def test_the_english_overview_counts_by_plural_forms(qtbot: Any) -> None:
    plan = views_plan()
    plan.risks = plan.risks[:1]
    page = _page(qtbot, plan)
    summary = page.summary_label.text()
    assert "2 roles, 2 offers" in summary and "1 risk<" in summary
    texts = " ".join(label.text() for label in page.stale_card.findChildren(type(page.summary_label)))
    assert "dated within the last" in texts
