"""The checklist's tree view: step rows span every column, items sit under them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from hireplan.gui.common.style import LIST_FOCUS_STYLE


class ChecklistTree(QTreeView):
    """The tree of steps and items; drops move items (the model does the move)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setStyleSheet(LIST_FOCUS_STYLE)  # the focus shows even on a selected row
        # DragDrop rather than InternalMove: the model already refuses anything but a move of this
        # plan's own items, and InternalMove would also refuse drops that carry no Qt drag source.
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.span_step_rows)
        self.span_step_rows()

    def span_step_rows(self, *args: object) -> None:
        """Step titles run across the row (the delegate draws the step's progress at its end)."""
        model = self.model()
        if model is None:
            return
        root = QModelIndex()
        for row in range(model.rowCount(root)):
            if not self.isFirstColumnSpanned(row, root):
                self.setFirstColumnSpanned(row, root, True)
