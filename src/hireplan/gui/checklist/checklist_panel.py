"""The checklist editor: the steps tree, its filter bar, the step guidance and the item actions.

Shows and edits only: values go to the document through the model, progress comes from the
analysis, and every action is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.checklist.checklist_actions import ChecklistActions
from hireplan.gui.checklist.checklist_cells import COLUMN_WIDTHS, Column, ItemRole
from hireplan.gui.checklist.checklist_delegates import ChecklistDelegate
from hireplan.gui.checklist.checklist_filter import ChecklistFilterProxy
from hireplan.gui.checklist.checklist_filter_bar import ChecklistFilterBar
from hireplan.gui.checklist.checklist_guidance import GuidancePanel
from hireplan.gui.checklist.checklist_model import ChecklistModel
from hireplan.gui.checklist.checklist_tree import ChecklistTree
from hireplan.gui.common.row_clipboard import RowSource, attach_row_clipboard
from hireplan.gui.common.style import NOTICE_BANNER_STYLE
from hireplan.gui.document.document import PlanDocument
from hireplan.model import checklist_edits, lookup
from hireplan.model.checklist import Status, Step

AskText = Callable[[QWidget, str, str, str], "str | None"]
"""(parent, title, label, initial text) -> the text, or None when cancelled."""


def _ask_text_dialog(parent: QWidget, title: str, label: str, text: str) -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


class ChecklistPanel(QWidget):
    """Steps tree + filter bar + guidance + item actions, over a :class:`PlanDocument`."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.ask_text: AskText = _ask_text_dialog
        """Asks for a text (the owner for many items); tests replace it."""

        self.model = ChecklistModel(document, self)
        self.proxy = ChecklistFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.delegate = ChecklistDelegate(document, self)

        self.filter_bar = ChecklistFilterBar(self.proxy, self)
        self.filter_bar.clear_filters_button.clicked.connect(self.clear_filters)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(NOTICE_BANNER_STYLE)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(10_000)
        self._message_timer.timeout.connect(self.message.hide)

        self.tree = ChecklistTree(self)
        self.tree.setAccessibleName(QCoreApplication.translate("ChecklistPanel", "Checklist items by step"))
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegate(self.delegate)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        self.guidance = GuidancePanel(self)

        self.item_actions = ChecklistActions(self, self.tree, self)
        self.toolbar = self.item_actions.toolbar()

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.guidance)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 250])
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.filter_bar.clear_filters_button, self.tree)
        self.setTabOrder(self.tree, self.guidance.text)

        self.model.editRejected.connect(self.show_message)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        attach_row_clipboard(
            self.tree,
            document,
            RowSource(
                "item",
                self.selected_item_ids,
                self.show_message,
                delete=self.delete_selected,
                paste_target=self._paste_target,
                select=lambda ids: self._select_ids(list(ids)),
            ),
        )
        document.planReset.connect(self._on_plan_reset)
        self._filters_timer = QTimer(self)
        self._filters_timer.setSingleShot(True)
        self._filters_timer.setInterval(100)
        self._filters_timer.timeout.connect(self._refill_owner_and_tag_filters)
        self._guidance_timer = QTimer(self)
        self._guidance_timer.setSingleShot(True)
        self._guidance_timer.setInterval(0)
        self._guidance_timer.timeout.connect(self._refresh_guidance)
        self.model.dataChanged.connect(self._on_model_data_changed)
        document.objectsChanged.connect(self._on_objects_changed)
        document.itemsInserted.connect(self._expand_step_of)
        self._on_plan_reset()

    # ------------------------------------------------------------------ public API

    def actions(self) -> list[QAction]:
        """The item actions (add, insert, duplicate, delete, move, set status, set owner)."""
        return self.item_actions.all()

    def select_object(self, kind: str, obj_id: str) -> bool:
        """Select and show a step or an item (clearing filters that hide it); False if not found."""
        if kind == "item":
            source = self.model.item_index(obj_id)
        elif kind == "step":
            source = self.model.step_index(obj_id)
        else:
            return False
        if not source.isValid():
            return False
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            self.clear_filters()
            self.proxy.set_step_key(None)
            index = self.proxy.mapFromSource(source)
            if not index.isValid():
                return False
        if index.parent().isValid():
            self.tree.expand(index.parent())
        self.tree.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.tree.scrollTo(index)
        return True

    def show_step(self, step_key: str | None) -> None:
        """Show only the step with ``step_key`` (None: every step)."""
        self.proxy.set_step_key(step_key)
        self._open_steps()
        first = self.proxy.index(0, 0)
        if first.isValid() and step_key is not None:
            self.tree.selectionModel().setCurrentIndex(
                first,
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._refresh_guidance()

    def _open_steps(self) -> None:
        """Open every step's row on show. Items hold no rows of their own, so ``expandAll``'s look
        under each item for some is spared: on a large plan, half the first switch to All steps."""
        for row in range(self.proxy.rowCount()):
            self.tree.expand(self.proxy.index(row, 0))

    def focus_filter(self) -> None:
        self.filter_bar.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.filter_edit.selectAll()

    def clear_filters(self) -> None:
        self.filter_bar.clear()

    def show_message(self, text: str) -> None:
        """Say why an edit was refused, without a modal dialog; it hides itself after a while."""
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()

    def selected_item_ids(self) -> list[str]:
        """Ids of the selected items, in plan order."""
        ids = []
        for index in self.tree.selectionModel().selectedRows(0):
            if index.data(ItemRole.KIND) == "item":
                ids.append(str(index.data(ItemRole.ID)))
        order = {item.id: n for n, item in enumerate(i for s in self._document.plan.steps for i in s.items)}
        return sorted(ids, key=lambda i: order.get(i, 0))

    def current_step(self) -> Step | None:
        return self.model.step_at(self.proxy.mapToSource(self.tree.currentIndex()))

    # ------------------------------------------------------------------ actions

    def add_item(self) -> None:
        step = self.current_step() or (self._document.plan.steps[0] if self._document.plan.steps else None)
        if step is None:
            return
        new = checklist_edits.new_item()
        self._document.insert_items(step.id, -1, [new])
        self._edit_new(new.id)

    def insert_item(self) -> None:
        current = self.proxy.mapToSource(self.tree.currentIndex())
        step = self.model.step_at(current)
        if step is None:
            self.add_item()
            return
        row = current.row() if self.model.item_at(current) is not None else 0
        new = checklist_edits.new_item()
        self._document.insert_items(step.id, row, [new])
        self._edit_new(new.id)

    def _paste_target(self) -> tuple[str | None, int]:
        """Pasted items go below the current item, or at the end of the current (else first) step."""
        current = self.proxy.mapToSource(self.tree.currentIndex())
        step = self.model.step_at(current)
        if step is None:
            steps = self._document.plan.steps
            return (steps[0].id if steps else None), -1
        return step.id, current.row() + 1 if self.model.item_at(current) is not None else -1

    def _edit_new(self, item_id: str) -> None:
        self.clear_filters()
        if self.select_object("item", item_id):
            self.tree.edit(self.tree.currentIndex().siblingAtColumn(Column.TEXT))

    def delete_selected(self) -> int:
        """Delete the selected items (one undo step); returns how many went."""
        ids = self.selected_item_ids()
        if not ids:
            return 0
        after = self.tree.indexBelow(self.tree.currentIndex())
        after_id = after.data(ItemRole.ID) if after.isValid() else None
        count = self._document.remove_items(ids)
        if after_id is not None and after_id not in ids:
            self.select_object(str(after.data(ItemRole.KIND) or "item"), str(after_id))
        return count

    def duplicate_selected(self) -> None:
        new_ids = self._document.duplicate_items(self.selected_item_ids())
        if new_ids:
            self._select_ids(new_ids)

    def move_up(self) -> None:
        self._move(-1)

    def move_down(self) -> None:
        self._move(+1)

    def _move(self, direction: int) -> None:
        ids = self.selected_item_ids()
        if not ids:
            return
        plan = self._document.plan
        anchor_id = ids[0] if direction < 0 else ids[-1]
        step, row, _ = lookup.find_item(plan, anchor_id)
        step_row, _ = lookup.find_step(plan, step.id)
        if direction < 0:
            if row > 0:
                moved = self._document.move_items(ids, step.id, row - 1)
            elif step_row > 0:
                moved = self._document.move_items(ids, plan.steps[step_row - 1].id, -1)
            else:
                return
        elif row < len(step.items) - 1:
            moved = self._document.move_items(ids, step.id, row + 2)
        elif step_row < len(plan.steps) - 1:
            moved = self._document.move_items(ids, plan.steps[step_row + 1].id, 0)
        else:
            return
        if moved:
            self._select_ids(ids)

    def set_status_for_selection(self, status: Status) -> int:
        """Give every selected item ``status`` as one undo step; returns how many changed."""
        return self._set_many("status", status)

    def set_owner_for_selection(self, owner: str) -> int:
        """Give every selected item ``owner`` as one undo step; returns how many changed."""
        return self._set_many("owner", owner.strip())

    def ask_owner_for_selection(self) -> None:
        ids = self.selected_item_ids()
        if not ids:
            return
        owner = self.ask_text(
            self,
            QCoreApplication.translate("ChecklistPanel", "Set owner"),
            QCoreApplication.translate("ChecklistPanel", "Owner of %n selected item(s):", None, len(ids)),
            "",
        )
        if owner is not None:
            self.set_owner_for_selection(owner)

    def _set_many(self, field: str, value: object) -> int:
        try:
            return self._document.set_fields_many("item", self.selected_item_ids(), field, value)
        except ValueError as error:
            self.show_message(str(error))
            return 0

    def _select_ids(self, ids: list[str]) -> None:
        selection = self.tree.selectionModel()
        selection.clearSelection()
        first = True
        for item_id in ids:
            index = self.proxy.mapFromSource(self.model.item_index(item_id))
            if not index.isValid():
                continue
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                first = False
            else:
                selection.select(index, flags)
            self.tree.scrollTo(index)

    # ------------------------------------------------------------------ following the document

    def _on_plan_reset(self) -> None:
        self._refill_owner_and_tag_filters()
        self._open_steps()
        self._refresh_guidance()
        self._update_actions()

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        if kind == "item":
            # After the edit has been painted, and once for a burst of edits: the lists need a
            # pass over every item, and nobody opens a filter within a tenth of a second.
            self._filters_timer.start()
            self.message.hide()

    def _expand_step_of(self, step_id: str, row: int, count: int) -> None:
        index = self.proxy.mapFromSource(self.model.step_index(step_id))
        if index.isValid():
            self.tree.expand(index)

    def _refill_owner_and_tag_filters(self) -> None:
        self.filter_bar.refill(self._document.known_owners(), self._document.known_tags())

    def _on_model_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        if not top_left.parent().isValid():  # step rows: progress changed (once per step row)
            self._guidance_timer.start()

    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self._refresh_guidance()
        self._update_actions()

    def _refresh_guidance(self) -> None:
        step = self.current_step()
        if step is None and self._document.plan.steps:
            key = self.proxy.step_key
            step = next((s for s in self._document.plan.steps if key in (None, s.key)), None)
        self.guidance.show_step(step, None if step is None else self.model.step_progress(step))

    def _update_actions(self, *args: object) -> None:
        self.item_actions.update_enabled(
            has_items=bool(self.selected_item_ids()), has_steps=bool(self._document.plan.steps)
        )

    def _show_context_menu(self, position: QPoint) -> None:
        self.item_actions.context_menu().popup(self.tree.viewport().mapToGlobal(position))
