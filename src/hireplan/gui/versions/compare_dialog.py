"""Compare: what changed between two versions of a plan, one sentence a line, fields indented."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.plan_diff import PlanDiff, diff_plans
from hireplan.gui.versions.diff_tree_model import DiffTreeModel
from hireplan.model import Plan


def _count_sentence(diff: PlanDiff) -> str:
    if diff.empty:
        return QCoreApplication.translate("CompareDialog", "The two versions are the same.")
    return QCoreApplication.translate("CompareDialog", "{objects}, {figures}, {raised}, {cleared}.").format(
        objects=QCoreApplication.translate("CompareDialog", "%n object(s) changed", None, len(diff.objects)),
        figures=QCoreApplication.translate("CompareDialog", "%n figure(s) moved", None, len(diff.figures)),
        raised=QCoreApplication.translate("CompareDialog", "%n flag(s) raised", None, len(diff.raised)),
        cleared=QCoreApplication.translate("CompareDialog", "%n flag(s) cleared", None, len(diff.cleared)),
    )


class CompareDialog(QDialog):
    """Shows :func:`diff_plans` of ``old`` → ``new`` grouped as objects, figures and flags."""

    def __init__(self, old: Plan, new: Plan, old_label: str, new_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(QCoreApplication.translate("CompareDialog", "Compare versions"))
        self.resize(820, 560)
        self.diff = diff_plans(old, new)
        layout = QVBoxLayout(self)
        heading = QLabel(
            QCoreApplication.translate("CompareDialog", "Changes from {old} to {new}.").format(
                old=old_label, new=new_label
            )
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        self.summary = QLabel(_count_sentence(self.diff))
        layout.addWidget(self.summary)
        self.model = DiffTreeModel(self.diff, self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setAccessibleName(
            QCoreApplication.translate("CompareDialog", "Changes between the two versions")
        )
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # scroll, never cut
        layout.addWidget(self.tree, 1)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        """Every line shown, depth-first (for tests and for copying)."""
        return self.model.lines()
