"""Compare: what changed between two versions of a plan, one sentence a line, fields indented."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.diff_report import field_sentence, figure_sentence, flag_sentence, object_sentence
from hireplan.analysis.plan_diff import PlanDiff, diff_plans
from hireplan.model import Plan
from hireplan.model.wording import plural


def _count_sentence(diff: PlanDiff) -> str:
    if diff.empty:
        return "The two versions are the same."
    changes = plural(len(diff.objects), "object changed", "objects changed")
    figures = plural(len(diff.figures), "figure moved", "figures moved")
    raised = plural(len(diff.raised), "flag raised", "flags raised")
    cleared = plural(len(diff.cleared), "flag cleared", "flags cleared")
    return f"{changes}, {figures}, {raised}, {cleared}."


class CompareDialog(QDialog):
    """Shows :func:`diff_plans` of ``old`` → ``new`` grouped as objects, figures and flags."""

    def __init__(self, old: Plan, new: Plan, old_label: str, new_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle("Compare versions")
        self.resize(820, 560)
        self.diff = diff_plans(old, new)
        layout = QVBoxLayout(self)
        heading = QLabel(f"Changes from {old_label} to {new_label}.")
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.summary = QLabel(_count_sentence(self.diff))
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # scroll, never cut
        layout.addWidget(self.tree, 1)
        self._fill()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _group(self, title: str, lines: list[str]) -> QTreeWidgetItem | None:
        if not lines:
            return None
        group = QTreeWidgetItem(self.tree, [title])
        for line in lines:
            QTreeWidgetItem(group, [line])
        group.setExpanded(True)
        return group

    def _fill(self) -> None:
        diff = self.diff
        if diff.objects:
            group = QTreeWidgetItem(self.tree, ["Plan contents"])
            for change in diff.objects:
                item = QTreeWidgetItem(group, [object_sentence(change)])
                for index in range(len(change.fields)):
                    QTreeWidgetItem(item, [field_sentence(change, index)])
                item.setExpanded(True)
            group.setExpanded(True)
        self._group("Offer figures", [figure_sentence(change) for change in diff.figures])
        self._group(
            "Flags",
            [flag_sentence(flag, raised=True) for flag in diff.raised]
            + [flag_sentence(flag, raised=False) for flag in diff.cleared],
        )

    def lines(self) -> list[str]:
        """Every line shown, depth-first (for tests and for copying)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            found.append(item.text(0))
            for index in range(item.childCount()):
                walk(item.child(index))

        for index in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(index))
        return found
