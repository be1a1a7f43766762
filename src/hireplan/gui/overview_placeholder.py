"""A first Overview page: progress per step and flags by severity, straight from the analysis.

The full overview (budget, stale data, next due items) belongs to the part-2 screens, which can
swap this page out with ``MainWindow.set_section_page("overview", widget)``.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui import navigation as nav

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.gui.document import PlanDocument


class OverviewPage(QScrollArea):
    """Where the plan stands; emits ``sectionRequested(key)`` when a step is clicked."""

    sectionRequested = Signal(str)  # noqa: N815 - Qt naming for signals

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._live = False
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(24, 16, 24, 16)
        self._layout.setSpacing(12)

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        self._layout.addWidget(self.summary_label)

        steps_title = QLabel("<h3>Progress by step</h3>")
        self._layout.addWidget(steps_title)
        self._steps_box = QWidget()
        self._steps_grid = QGridLayout(self._steps_box)
        self._steps_grid.setContentsMargins(0, 0, 0, 0)
        self._steps_grid.setColumnStretch(0, 3)
        self._steps_grid.setColumnStretch(1, 2)
        self._layout.addWidget(self._steps_box)

        self.flags_label = QLabel()
        self.flags_label.setTextFormat(Qt.TextFormat.RichText)
        self.flags_label.setWordWrap(True)
        self._layout.addWidget(self.flags_label)

        later = QLabel(
            "<p style='color:palette(mid)'>Still to come on this page: the hiring budget, data that "
            "is going stale, and the checklist items due next.</p>"
        )
        later.setWordWrap(True)
        self._layout.addWidget(later)
        self._layout.addStretch(1)
        self.setWidget(body)
        self._show_summary()

    def start(self) -> None:
        """Begin following the analysis (called once the window has painted)."""
        if not self._live:
            self._live = True
            self._document.analysisChanged.connect(self.refresh)
            self._document.planReset.connect(self.refresh)
            self._document.objectsChanged.connect(lambda _k, _i: self._show_summary())
        self.refresh()

    def refresh(self) -> None:
        self._show_summary()
        self.show_analysis(self._document.analysis())

    def _show_summary(self) -> None:
        plan = self._document.plan
        items = sum(len(step.items) for step in plan.steps)
        parts = [
            f"{len(plan.steps)} steps, {items} checklist items",
            f"{len(plan.roles)} roles, {len(plan.offers)} offers",
            f"{len(plan.markets)} markets, {len(plan.benchmarks)} benchmarks",
            f"{len(plan.risks)} risks, {len(plan.policy_watch)} policy-watch entries",
        ]
        example = (
            "<p><b>This is the sample plan.</b> Its figures are examples: replace them with your own "
            "before relying on them.</p>"
            if plan.is_example
            else ""
        )
        self.summary_label.setText(f"<h2>Overview</h2><p>{html.escape(' · '.join(parts))}</p>{example}")

    def show_analysis(self, analysis: PlanAnalysis) -> None:
        while self._steps_grid.count():
            item = self._steps_grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        for row, step in enumerate(analysis.progress.steps):
            button = QPushButton(f"{row + 1}. {step.title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(
                lambda _c=False, k=step.key: self.sectionRequested.emit(nav.step_section(k))
            )
            bar = QProgressBar()
            bar.setRange(0, max(step.applicable, 1))
            bar.setValue(step.done)
            bar.setFormat(f"{step.done} of {step.applicable} done")
            bar.setAccessibleName(f"Progress of {step.title}")
            notes = [
                text
                for count, text in (
                    (step.overdue, f"{step.overdue} overdue"),
                    (step.blocked, f"{step.blocked} blocked"),
                    (step.unassigned, f"{step.unassigned} without owner"),
                )
                if count
            ]
            extra = QLabel(", ".join(notes))
            self._steps_grid.addWidget(button, row, 0)
            self._steps_grid.addWidget(bar, row, 1)
            self._steps_grid.addWidget(extra, row, 2)

        counts = {"high": 0, "medium": 0, "low": 0}
        acknowledged = 0
        for flag in analysis.flags:
            if flag.acknowledged:
                acknowledged += 1
            else:
                counts[str(flag.severity.value)] = counts.get(str(flag.severity.value), 0) + 1
        colours = {"high": "#c0392b", "medium": "#d68910", "low": "#2e86c1"}
        badges = " &nbsp; ".join(
            f"<span style='color:{colours[key]}'><b>{counts[key]}</b> {key}</span>"
            for key in ("high", "medium", "low")
        )
        self.flags_label.setText(
            f"<h3>Flags</h3><p>{badges}"
            + (f" &nbsp; ({acknowledged} acknowledged)" if acknowledged else "")
            + "</p>"
        )
