"""The Overview: the screen someone opens first — progress per step, budget, flags, stale data, what is due.

Every figure comes from ``document.analysis()`` (and ``hireplan.analysis.due``). Each part leads
somewhere: ``sectionRequested(key)`` opens a section (a step, Roles, Compensation, Risks),
``objectRequested(kind, id)`` asks the window to show one object (an item, a benchmark...).

The analysis is imported only when the page first refreshes (after the window has painted), so
building this page at start-up costs no more than the placeholder it replaces.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.style import CAUTION_TEXT, ERROR_TEXT, SEVERITY_COLOURS, coloured
from hireplan.gui.document.document import PlanDocument
from hireplan.model.kinds import KINDS, counted
from hireplan.model.wording import plural, shorten

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis

MAX_LISTED = 6
"""How many flags, stale entries or due items a card lists before "and N more"."""


class _LinkButton(Contained, QPushButton):
    """A flat link that ends in "…" where the card is narrower than its text.

    ``text()`` keeps the whole text (screen readers and the tooltip give it in full); only the
    painting is cut, so long names never run past the card's border.
    """

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        contents = self.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, self)
        option.text = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, max(contents.width() - 8, 20)
        )
        QStylePainter(self).drawControl(QStyle.ControlElement.CE_PushButton, option)


class _Card(QFrame):
    """A titled box; its body is rebuilt on each refresh."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 10)
        layout.setSpacing(4)
        self.title_label = QLabel(f"<b>{html.escape(title)}</b>")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(2)
        layout.addLayout(self.body)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def clear(self) -> None:
        _clear_layout(self.body)

    def add_text(self, text: str, *, rich: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.body.addWidget(label)
        return label

    def add_link(self, text: str, tooltip: str, on_click: Callable[[], None]) -> QPushButton:
        button = _LinkButton(text)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet("text-align: left; padding: 1px 4px;")
        button.setToolTip(tooltip)
        button.setAccessibleDescription(tooltip)
        button.clicked.connect(lambda _checked=False: on_click())
        # Long names may be cut at the card's edge rather than widen the page past the window.
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(80)
        self.body.addWidget(button)
        return button


def _clear_layout(layout: QVBoxLayout | QGridLayout | QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif (child := item.layout()) is not None:
            _clear_layout(child)  # type: ignore[arg-type]


class OverviewPage(Contained, QScrollArea):
    """Where the plan stands; emits ``sectionRequested(key)`` and ``objectRequested(kind, id)``."""

    sectionRequested = Signal(str)
    objectRequested = Signal(str, str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start)
        self.setWidgetResizable(True)
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
        self.progress_card = _Card("Progress by step")
        self.flags_card = _Card("Flags")
        self.budget_card = _Card("Hiring budget, first year")
        self.stale_card = _Card("Market data to refresh")
        self.due_card = _Card("Due next")
        grid.addWidget(self.progress_card, 0, 0)
        grid.addWidget(self.flags_card, 0, 1)
        grid.addWidget(self.due_card, 1, 0)
        grid.addWidget(self.budget_card, 1, 1)
        grid.addWidget(self.stale_card, 2, 1)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        outer.addLayout(grid)
        outer.addStretch(1)
        self.setWidget(body)

        self._steps_grid = QGridLayout()
        self._steps_grid.setColumnStretch(0, 3)
        self._steps_grid.setColumnStretch(1, 2)
        self.overall_bar = QProgressBar()
        self.overall_bar.setAccessibleName("Overall progress")
        self._show_summary()
        for card in (self.progress_card, self.flags_card, self.budget_card, self.stale_card, self.due_card):
            card.add_text("<span style='color:palette(mid)'>Working it out…</span>")

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
        parts = [
            f"{counted('step', len(plan.steps))}, {plural(items, 'checklist item')}",
            f"{counted('role', len(plan.roles))}, {counted('offer', len(plan.offers))}",
            f"{counted('market', len(plan.markets))}, {counted('benchmark', len(plan.benchmarks))}",
            f"{counted('risk', len(plan.risks))}",
        ]
        example = (
            "<p><b>This is the sample plan.</b> Its figures are examples: replace them with your own "
            "before relying on them.</p>"
            if plan.is_example
            else ""
        )
        self.summary_label.setText(f"<h2>Overview</h2><p>{html.escape(' · '.join(parts))}</p>{example}")

    # ------------------------------------------------------------------ the cards

    def show_analysis(self, analysis: PlanAnalysis) -> None:
        self._show_progress(analysis)
        self._show_flags(analysis)
        self._show_budget(analysis)
        self._show_stale(analysis)
        self._show_due(analysis)

    def _show_progress(self, analysis: PlanAnalysis) -> None:
        from hireplan.analysis.format import format_progress

        card = self.progress_card
        card.clear()
        progress = analysis.progress
        if not progress.steps:
            card.add_text("This plan has no steps yet.")
            return
        self.overall_bar = QProgressBar()
        self.overall_bar.setAccessibleName("Overall progress")
        self.overall_bar.setRange(0, max(progress.applicable, 1))
        self.overall_bar.setValue(progress.done)
        self.overall_bar.setFormat(
            f"{format_progress(progress.overall)} overall · {progress.done} of {progress.applicable} done"
        )
        card.body.addWidget(self.overall_bar)
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setHorizontalSpacing(8)
        self._steps_grid = grid
        for row, step in enumerate(progress.steps):
            button = QPushButton(f"{row + 1}. {step.title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 2px 4px;")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setToolTip(f"Open step {row + 1} of the checklist")
            button.clicked.connect(
                lambda _c=False, k=step.key: self.sectionRequested.emit(nav.step_section(k))
            )
            bar = QProgressBar()
            bar.setMinimumWidth(150)
            bar.setRange(0, max(step.applicable, 1))
            bar.setValue(step.done)
            bar.setFormat(f"{step.done} of {step.applicable} done")
            bar.setAccessibleName(f"Progress of {step.title}")
            notes = [
                text
                for count, text in (
                    (step.overdue, coloured(f"{step.overdue} overdue", ERROR_TEXT)),
                    (step.blocked, f"{step.blocked} blocked"),
                    (step.unassigned, f"{step.unassigned} without owner"),
                )
                if count
            ]
            extra = QLabel(", ".join(notes))
            extra.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(button, row, 0)
            grid.addWidget(bar, row, 1)
            grid.addWidget(extra, row, 2)
        card.body.addLayout(grid)

    def _show_flags(self, analysis: PlanAnalysis) -> None:
        from hireplan.analysis.names import PlanNames
        from hireplan.analysis.results import Severity

        card = self.flags_card
        card.clear()
        counts = {severity: 0 for severity in Severity}
        acknowledged = 0
        for flag in analysis.flags:
            if flag.acknowledged:
                acknowledged += 1
            else:
                counts[flag.severity] += 1
        badges = " &nbsp; ".join(
            f"<span style='color:{SEVERITY_COLOURS[s]}; font-size:large'><b>{counts[s]}</b></span> {s.value}"
            for s in Severity
        )
        ack = f" &nbsp; ({acknowledged} acknowledged)" if acknowledged else ""
        self.flags_summary = card.add_text(f"{badges}{ack}")
        self.flags_summary.setAccessibleName(
            ", ".join(f"{counts[s]} {s.value}" for s in Severity)
            + " flags"
            + (f", {acknowledged} acknowledged" if acknowledged else "")
        )
        top = [flag for flag in analysis.flags if not flag.acknowledged][:MAX_LISTED]
        names = PlanNames(lambda: self._document.plan)
        for flag in top:
            colour = SEVERITY_COLOURS[flag.severity]
            about = f" — {names(flag.refs[0])}" if flag.refs and flag.refs[0].kind != "plan" else ""
            button = card.add_link(
                f"■ {shorten(flag.title + about, 80)}",
                f"{flag.severity.label}: {flag.message}",
                partial(self._open_flag_target, flag.target.kind, flag.target.id)
                if flag.target is not None
                else partial(self.sectionRequested.emit, nav.RISKS),
            )
            button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {colour};")
        open_count = sum(counts.values())
        if open_count > len(top):
            card.add_text(f"<span style='color:palette(mid)'>and {open_count - len(top)} more</span>")
        card.add_link(
            "Open the Risks page →",
            "All flags, acknowledgements and the risk register",
            lambda: self.sectionRequested.emit(nav.RISKS),
        )

    def _open_flag_target(self, kind: str, obj_id: str) -> None:
        """Ask the window to show one object (an item, an offer, a benchmark...)."""
        self.objectRequested.emit(kind, obj_id)

    def _show_budget(self, analysis: PlanAnalysis) -> None:
        from hireplan.analysis.format import format_conversion, format_money

        card = self.budget_card
        card.clear()
        budget = analysis.budget
        plan = self._document.plan
        if not plan.roles:
            card.add_text("No roles yet.")
            card.add_link(
                "Add roles and offers →",
                "Open Roles and offers",
                lambda: self.sectionRequested.emit(nav.ROLES),
            )
            return
        headcount = sum(role.headcount for role in budget.roles)
        total = html.escape(format_money(budget.total, budget.currency))
        card.add_text(
            f"<span style='font-size:large'><b>{total}</b></span>"
            f" for {plural(headcount, 'hire')} across {plural(len(budget.roles), 'role')}"
        )
        titles = {role.id: role.title for role in plan.roles}
        if budget.unpriced_role_ids:
            names = ", ".join(titles.get(r, r) for r in budget.unpriced_role_ids[:4])
            more = "…" if len(budget.unpriced_role_ids) > 4 else ""
            roles = plural(len(budget.unpriced_role_ids), "role")
            card.add_text(
                coloured(
                    f"Not included: {roles} without an offer or a rate ({html.escape(names)}{more}).",
                    CAUTION_TEXT,
                )
            )
        priced = sorted(
            (cost for cost in budget.roles if cost.total is not None), key=lambda c: -(c.total or 0)
        )
        for cost in priced[:MAX_LISTED]:
            per_hire = format_conversion(cost.per_hire) if cost.per_hire is not None else ""
            total = format_money(cost.total, budget.currency) if cost.total is not None else ""
            card.add_link(
                f"{shorten(titles.get(cost.role_id, cost.role_id), 40)}: {total}",
                f"{cost.headcount} × {per_hire} first-year cost per hire",
                partial(self._open_flag_target, "role", cost.role_id),
            )
        if len(priced) > MAX_LISTED:
            card.add_text(
                f"<span style='color:palette(mid)'>and {len(priced) - MAX_LISTED} more roles</span>"
            )
        card.add_link(
            "Compare offers with the market →",
            "Open the Compensation page",
            lambda: self.sectionRequested.emit(nav.COMPENSATION),
        )

    def _show_stale(self, analysis: PlanAnalysis) -> None:
        from hireplan.analysis.format import format_date
        from hireplan.analysis.names import PlanNames

        card = self.stale_card
        card.clear()
        stale = analysis.stale
        limit = self._document.plan.settings.stale_data_days
        if not stale:
            card.add_text(f"All benchmarks and rates are dated within the last {limit} days.")
            return
        undated = sum(1 for entry in stale if entry.as_of is None)
        card.add_text(
            f"{plural(len(stale), 'entry', 'entries')} older than {limit} days"
            + (f" or undated ({undated} undated)" if undated else "")
            + ": figures compared against them may mislead."
        )
        names = PlanNames(lambda: self._document.plan)
        oldest = sorted(stale, key=lambda e: (e.as_of is not None, -(e.age_days or 0)))
        for entry in oldest[:MAX_LISTED]:
            age = (
                "undated" if entry.as_of is None else f"{format_date(entry.as_of)}, {entry.age_days} days old"
            )
            kind = KINDS[entry.ref.kind].label
            card.add_link(
                f"{kind}: {shorten(names(entry.ref), 45)} ({age})",
                "Show it to update its figures and date",
                partial(self._open_flag_target, entry.ref.kind, entry.ref.id),
            )
        if len(stale) > MAX_LISTED:
            card.add_text(f"<span style='color:palette(mid)'>and {len(stale) - MAX_LISTED} more</span>")

    def _show_due(self, analysis: PlanAnalysis) -> None:
        from hireplan.analysis.due import next_due
        from hireplan.analysis.format import format_date

        card = self.due_card
        card.clear()
        due = next_due(self._document.plan, analysis.today, MAX_LISTED + 2)
        if not due:
            card.add_text("Nothing open has a due date. Give the important items a date in the checklist.")
            return
        for entry in due:
            if entry.overdue:
                when = f"overdue by {plural(-entry.days_left, 'day')}"
            elif entry.days_left == 0:
                when = "due today"
            else:
                when = f"in {plural(entry.days_left, 'day')}"
            owner = entry.owner.strip() or "no owner"
            button = card.add_link(
                f"{format_date(entry.due)} · {shorten(entry.text, 42)} — {owner}, {when}",
                "Show this item in the checklist",
                partial(self._open_flag_target, "item", entry.item_id),
            )
            if entry.overdue:
                button.setStyleSheet(f"text-align: left; padding: 1px 4px; color: {ERROR_TEXT};")
        card.add_link("Open the checklist →", "All steps", lambda: self.sectionRequested.emit(nav.ALL_STEPS))
