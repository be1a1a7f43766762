"""A read-only tree model over one :class:`PlanDiff`: groups (plan contents, offer figures, flags),
one sentence a changed object, its fields beneath it.

The sentences come from :mod:`hireplan.analysis.diff_report`, so the dialog, the CLI and the PDF
section say the same thing; the model only arranges them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hireplan.analysis.diff_report import field_sentence, figure_sentence, flag_sentence, object_sentence
from hireplan.analysis.plan_diff import PlanDiff
from hireplan.gui.common.containment import Contained

_Index = QModelIndex | QPersistentModelIndex


@dataclass(eq=False)
class DiffNode:
    text: str
    parent: DiffNode | None = None
    children: list[DiffNode] = field(default_factory=list)

    def add(self, text: str) -> DiffNode:
        child = DiffNode(text, self)
        self.children.append(child)
        return child


def diff_tree(diff: PlanDiff) -> DiffNode:
    """The groups and lines to show, in reading order; empty groups are left out."""
    root = DiffNode("")
    if diff.objects:
        contents = root.add(QCoreApplication.translate("DiffTreeModel", "Plan contents"))
        for change in diff.objects:
            line = contents.add(object_sentence(change))
            for index in range(len(change.fields)):
                line.add(field_sentence(change, index))
    if diff.figures:
        figures = root.add(QCoreApplication.translate("DiffTreeModel", "Offer figures"))
        for figure in diff.figures:
            figures.add(figure_sentence(figure))
    if diff.raised or diff.cleared:
        flags = root.add(QCoreApplication.translate("DiffTreeModel", "Flags"))
        for flag in diff.raised:
            flags.add(flag_sentence(flag, raised=True))
        for flag in diff.cleared:
            flags.add(flag_sentence(flag, raised=False))
    return root


class DiffTreeModel(Contained, QAbstractItemModel):
    """One column of sentences; nothing is editable."""

    def __init__(self, diff: PlanDiff, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.root = diff_tree(diff)

    def _node(self, index: _Index) -> DiffNode:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if column != 0 or not 0 <= row < len(node.children):
            return QModelIndex()
        return self.createIndex(row, 0, node.children[row])

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up.parent is None:
            return QModelIndex()
        return self.createIndex(up.parent.children.index(up), 0, up)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 1

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._node(index).text
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def lines(self) -> list[str]:
        """Every line, depth-first (for tests and for copying)."""
        found: list[str] = []

        def walk(node: DiffNode) -> None:
            for child in node.children:
                found.append(child.text)
                walk(child)

        walk(self.root)
        return found
