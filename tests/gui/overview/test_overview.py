"""The Overview: progress per step, flags by severity, budget, stale data and what is due next."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton

from helpers.screen_plans import TODAY, views_plan
from helpers.signals import emitted
from hireplan.analysis.format import format_money
from hireplan.gui.common import section_keys as nav
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.overview.overview_page import OverviewPage
from hireplan.model import Status


def make_page(qtbot: Any) -> tuple[OverviewPage, PlanDocument]:
    document = PlanDocument(views_plan())
    page = OverviewPage(document)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    qtbot.waitExposed(page)
    page.start()
    return page, document


def settle(qtbot: Any, document: PlanDocument) -> None:
    with emitted(qtbot, document.analysisChanged, timeout=2000):
        pass


def buttons(card: Any) -> list[QPushButton]:
    QApplication.processEvents()  # widgets added to a shown card appear on the next event-loop turn
    return [b for b in card.findChildren(QPushButton) if b.isVisibleTo(card)]


def button_with(card: Any, text: str) -> QPushButton:
    found = [b for b in buttons(card) if text in b.text()]
    assert found, f"no button with {text!r} in {[b.text() for b in buttons(card)]}"
    return found[0]


def test_progress_per_step_comes_from_the_analysis_and_opens_the_step(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    QApplication.processEvents()
    bars = [b for b in page.progress_card.findChildren(QProgressBar) if b.isVisibleTo(page.progress_card)]
    step = document.analysis().progress.steps[0]
    assert [bar.format() for bar in bars[1:]] == [f"{step.done} of {step.applicable} done"]
    with qtbot.waitSignal(page.sectionRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button_with(page.progress_card, "Offer competitive"), Qt.MouseButton.LeftButton)
    assert blocker.args == [nav.step_section("compensation")]


def test_progress_follows_an_edit(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    document.set_field("item", "it-2", "status", Status.DONE)
    settle(qtbot, document)
    QApplication.processEvents()
    bars = [b for b in page.progress_card.findChildren(QProgressBar) if b.isVisibleTo(page.progress_card)]
    assert bars[-1].format() == "2 of 3 done"


def test_flags_by_severity_and_the_way_to_the_risks_page(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    flags = document.analysis().flags
    high = sum(1 for f in flags if f.severity.value == "high" and not f.acknowledged)
    medium = sum(1 for f in flags if f.severity.value == "medium" and not f.acknowledged)
    assert page.flags_summary.accessibleName().startswith(f"{high} high, {medium} medium")
    first = flags[0]
    with qtbot.waitSignal(page.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button_with(page.flags_card, first.title), Qt.MouseButton.LeftButton)
    assert first.target is not None
    assert blocker.args == [first.target.kind, first.target.id]
    with qtbot.waitSignal(page.sectionRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button_with(page.flags_card, "Risks page"), Qt.MouseButton.LeftButton)
    assert blocker.args == [nav.RISKS]


def test_budget_total_and_roles_without_an_offer(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    budget = document.analysis().budget
    text = " ".join(label.text() for label in page.budget_card.findChildren(type(page.summary_label)))
    assert format_money(budget.total, budget.currency) in text
    assert "Infra engineer" in text  # the role with no offer is named as left out
    with qtbot.waitSignal(page.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button_with(page.budget_card, "LLM research scientist"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["role", "llm"]


def test_stale_data_is_listed_and_leads_to_the_entry(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    assert "within the last" in " ".join(
        label.text() for label in page.stale_card.findChildren(type(page.summary_label))
    )
    document.set_field("benchmark", "b-hz", "as_of", TODAY - timedelta(days=400))
    settle(qtbot, document)
    link = button_with(page.stale_card, "Hangzhou")
    assert "400 days old" in link.text()
    with qtbot.waitSignal(page.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(link, Qt.MouseButton.LeftButton)
    assert blocker.args == ["benchmark", "b-hz"]


def test_an_offer_whose_benchmark_gives_no_median_is_told_apart_from_one_with_no_benchmark(
    qtbot: Any,
) -> None:
    """A job-ad ceiling entered without percentiles: the card asks for the medians, not for a benchmark."""
    page, document = make_page(qtbot)
    benchmark = next(b for b in document.plan.benchmarks if b.id == "b-hz")
    for field in (
        "base_p25",
        "base_p50",
        "base_p75",
        "base_p90",
        "total_p25",
        "total_p50",
        "total_p75",
        "total_p90",
    ):
        if getattr(benchmark, field) is not None:
            document.set_field("benchmark", "b-hz", field, None)
    settle(qtbot, document)
    texts = " ".join(label.text() for label in page.stale_card.findChildren(type(page.summary_label)))
    assert "benchmark gives no median (P50)" in texts and "no benchmark matches" not in texts
    button_with(page.stale_card, "Enter the medians")


def test_an_offer_with_no_rate_into_its_benchmarks_currency_asks_for_a_rate(qtbot: Any) -> None:
    """The market has a benchmark with medians; only the rate from the offer's currency is missing."""
    page, document = make_page(qtbot)
    document.set_field("offer", "offer-b", "currency", "EUR")  # the plan holds no EUR rate
    settle(qtbot, document)
    texts = " ".join(label.text() for label in page.stale_card.findChildren(type(page.summary_label)))
    assert "1 offer cannot be compared with the market: no exchange rate links" in texts
    assert "no benchmark matches" not in texts and "no median" not in texts
    with qtbot.waitSignal(page.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(button_with(page.stale_card, "Add an exchange rate"), Qt.MouseButton.LeftButton)
    assert blocker.args == ["rate", nav.NEW_OBJECT]


def test_next_due_items_overdue_first_and_clickable(qtbot: Any) -> None:
    page, _ = make_page(qtbot)
    due = [b for b in buttons(page.due_card) if " · " in b.text()]
    assert [b.text().split(" · ")[1].split(" — ")[0] for b in due] == ["Late task", "Approve offer budget"]
    assert "overdue by 2 days" in due[0].text() and "in 3 days" in due[1].text()
    with qtbot.waitSignal(page.objectRequested, timeout=1000) as blocker:
        qtbot.mouseClick(due[0], Qt.MouseButton.LeftButton)
    assert blocker.args == ["item", "it-3"]


def test_overview_refreshes_when_shown_again_after_edits_while_hidden(qtbot: Any) -> None:
    page, document = make_page(qtbot)
    page.hide()
    document.set_field("offer", "offer-b", "base", Decimal(1))
    document.set_field("item", "it-3", "status", Status.DONE)
    settle(qtbot, document)
    page.show()
    due = [b for b in buttons(page.due_card) if " · " in b.text()]
    assert [b.text().split(" · ")[1].split(" — ")[0] for b in due] == ["Approve offer budget"]


def test_building_the_overview_at_start_up_loads_no_analysis() -> None:
    """The overview is the first screen: importing it must not pull in the analysis before first paint."""
    import subprocess
    import sys

    code = (
        "import sys, hireplan.gui.overview.overview_page;"
        " print(sorted(m for m in sys.modules if m.startswith('hireplan.analysis.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # hireplan.analysis itself is a light face (names load on first use), and analysis.parts (which
    # parts an edit touches, asked on every edit) imports nothing; no other analysis module loads
    assert result.stdout.strip() == "['hireplan.analysis.parts']"
