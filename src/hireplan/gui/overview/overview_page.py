"""The Overview: the screen someone opens first — progress per step, budget, flags, stale data, what is due.

Every figure comes from ``document.analysis()`` (and ``hireplan.analysis.due``). Each part leads
somewhere: ``sectionRequested(key)`` opens a section (a step, Roles, Compensation, Risks),
``objectRequested(kind, id)`` asks the window to show one object (an item, a benchmark...).

What the cards say is :mod:`hireplan.gui.overview.overview_cards`, which reads the analysis'
modules; it is imported only when the page first refreshes (after the window has painted), so
building this page at start-up costs no more than the placeholder it replaces.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.overview.overview_card import Card

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.model import Plan


def approval_text(plan: Plan) -> str:
    """``Approved on 1 Dec 2026 by Li Na (CHRO).`` or ``Changed since approval on …``; else empty."""
    from hireplan.i18n import prose_date
    from hireplan.storage.approvals import changed_since_approval  # hashing: only for an approved plan

    record = plan.approval
    if record is None:
        return ""
    when = prose_date(record.approved_on.astimezone().date())
    changed = changed_since_approval(plan)
    if record.role:
        if changed:
            text = QCoreApplication.translate(
                "OverviewPage", "Changed since approval on {date} by {name} ({role})."
            )
        else:
            text = QCoreApplication.translate("OverviewPage", "Approved on {date} by {name} ({role}).")
    elif changed:
        text = QCoreApplication.translate("OverviewPage", "Changed since approval on {date} by {name}.")
    else:
        text = QCoreApplication.translate("OverviewPage", "Approved on {date} by {name}.")
    return text.format(date=when, name=record.approved_by, role=record.role)


class OverviewPage(Contained, QScrollArea):
    """Where the plan stands; emits ``sectionRequested(key)`` and ``objectRequested(kind, id)``."""

    sectionRequested = Signal(str)
    objectRequested = Signal(str, str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start)
        self.setWidgetResizable(True)
        self.setAccessibleName(QCoreApplication.translate("OverviewPage", "Overview of the plan"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QWidget()
        outer = QVBoxLayout(body)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.setSpacing(12)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.summary_label)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.progress_card = Card(QCoreApplication.translate("OverviewPage", "Progress by step"))
        self.flags_card = Card(QCoreApplication.translate("OverviewPage", "Flags"))
        self.budget_card = Card(QCoreApplication.translate("OverviewPage", "Hiring budget, first year"))
        self.stale_card = Card(QCoreApplication.translate("OverviewPage", "Market data to refresh"))
        self.due_card = Card(QCoreApplication.translate("OverviewPage", "Due next"))
        grid.addWidget(self.progress_card, 0, 0)
        grid.addWidget(self.flags_card, 0, 1)
        grid.addWidget(self.due_card, 1, 0)
        grid.addWidget(self.budget_card, 1, 1)
        grid.addWidget(self.stale_card, 2, 1)
        for card in (self.flags_card, self.budget_card, self.stale_card):
            # Room for a role and its cost on one line: without it the progress rows took the
            # width and every line of the right column was cut at 1200 x 780.
            card.setMinimumWidth(card.fontMetrics().averageCharWidth() * 46)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(body)

        self._steps_grid = QGridLayout()
        self._steps_grid.setColumnStretch(0, 3)
        self._steps_grid.setColumnStretch(1, 2)
        self.overall_bar = QProgressBar()
        self.overall_bar.setAccessibleName(QCoreApplication.translate("OverviewPage", "Overall progress"))
        self._show_summary()
        working = html.escape(QCoreApplication.translate("OverviewPage", "Working it out…"))
        for card in (self.progress_card, self.flags_card, self.budget_card, self.stale_card, self.due_card):
            card.add_text(f"<span style='color:palette(mid)'>{working}</span>")

    # ------------------------------------------------------------------ following the plan

    def start(self) -> None:
        """Begin following the analysis (called once the window has painted)."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)
        self._document.planReset.connect(self._follow.changed)
        self._document.objectsChanged.connect(lambda _k, _i: self._show_summary())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow.shown()

    def refresh(self) -> None:
        self._show_summary()
        self.show_analysis(self._document.analysis())

    def _show_summary(self) -> None:
        plan = self._document.plan
        items = sum(len(step.items) for step in plan.steps)
        translate = QCoreApplication.translate
        pairs = [
            (
                translate("OverviewPage", "%n step(s)", None, len(plan.steps)),
                translate("OverviewPage", "%n checklist item(s)", None, items),
            ),
            (
                translate("OverviewPage", "%n role(s)", None, len(plan.roles)),
                translate("OverviewPage", "%n offer(s)", None, len(plan.offers)),
            ),
            (
                translate("OverviewPage", "%n market(s)", None, len(plan.markets)),
                translate("OverviewPage", "%n benchmark(s)", None, len(plan.benchmarks)),
            ),
        ]
        separator = translate("OverviewPage", ", ")
        parts = [separator.join(pair) for pair in pairs]
        parts.append(translate("OverviewPage", "%n risk(s)", None, len(plan.risks)))
        example = ""
        if plan.is_example:
            first = html.escape(translate("OverviewPage", "This plan is marked as example data."))
            rest = html.escape(
                translate(
                    "OverviewPage",
                    "Its figures are examples: replace them with your own before relying on them.",
                )
            )
            example = f"<p><b>{first}</b> {rest}</p>"
        approval = ""
        if plan.approval is not None:  # hashing the plan costs a little: only for an approved plan
            approval = f"<p><b>{html.escape(approval_text(plan))}</b></p>"
        heading = html.escape(translate("OverviewPage", "Overview"))
        self.summary_label.setText(
            f"<h2>{heading}</h2><p>{html.escape(' · '.join(parts))}</p>{approval}{example}"
        )

    # ------------------------------------------------------------------ the cards

    def show_analysis(self, analysis: PlanAnalysis) -> None:
        from hireplan.gui.overview import overview_cards as cards  # with the analysis, after the paint

        plan = self._document.plan
        links = cards.Links(self.sectionRequested.emit, self._open_flag_target)
        shown = cards.show_progress(self.progress_card, analysis, links)
        if shown is not None:
            self.overall_bar, self._steps_grid = shown
        self.flags_summary = cards.show_flags(self.flags_card, analysis, plan, links)
        cards.show_budget(self.budget_card, analysis, plan, links)
        cards.show_stale(self.stale_card, analysis, plan, links)
        cards.show_due(self.due_card, analysis, plan, links)

    def _open_flag_target(self, kind: str, obj_id: str) -> None:
        """Ask the window to show one object (an item, an offer, a benchmark...)."""
        self.objectRequested.emit(kind, obj_id)
