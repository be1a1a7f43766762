"""Qt item model over the plan's checklist: steps at the top level, their items below.

An adapter, not a copy: ``data`` reads the plan, ``setData`` asks the document (one undo
command per edit) and the model follows the document's signals, emitting ``dataChanged`` for the
rows that changed and begin/end row notifications around structure edits.

Index layout: a step row has internal id 0; an item row has internal id ``step row + 1``, so
``parent()`` needs no lookup and no Python object is stored in an index.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from hireplan.analysis.progress import is_overdue
from hireplan.gui.checklist.checklist_cells import (
    COLUMN_FIELDS,
    COLUMN_TITLES,
    Column,
    column_title,
    item_cell,
    priority_name,
    status_name,
    step_cell,
    text_to_tags,
)
from hireplan.gui.checklist.checklist_dnd import MIME_TYPE, dropped_item_ids, items_mime_data
from hireplan.gui.common.containment import Contained
from hireplan.gui.document.document import PlanDocument
from hireplan.model import lookup
from hireplan.model.checklist import ChecklistItem, Priority, Status, Step

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis, StepProgress

Index = QModelIndex | QPersistentModelIndex

# Worked out once: a tree view asks for every index, its flags and its counts as it lays out the
# checklist (expanding All steps on a large plan asked some 13,000 times), and Qt's own hasIndex
# and Python's enum operators each cost a call back into Python per question.
_COLUMNS = len(Column)
_STEP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
_ITEM_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemNeverHasChildren
)


class ChecklistModel(Contained, QAbstractItemModel):
    """Steps and checklist items of the document's plan."""

    editRejected = Signal(str)
    """A value typed into a cell was refused; the argument says why in plain words."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._analysis_scheduled = False
        self._last_analysis: PlanAnalysis | None = None
        self._marks_day: date | None = None
        document.planAboutToBeReset.connect(self._forget_analysis)
        document.planAboutToBeReset.connect(self.beginResetModel)
        document.planReset.connect(self.endResetModel)
        document.objectsChanged.connect(self._on_objects_changed)
        document.itemsAboutToBeInserted.connect(self._on_about_to_insert)
        document.itemsInserted.connect(self._on_inserted)
        document.itemsAboutToBeRemoved.connect(self._on_about_to_remove)
        document.itemsRemoved.connect(self._on_removed)
        document.itemAboutToBeMoved.connect(self._on_about_to_move)
        document.itemMoved.connect(self._on_moved)
        document.itemsAboutToBeRearranged.connect(self._on_about_to_rearrange)
        document.itemsRearranged.connect(self._on_rearranged)
        document.analysisChanged.connect(self._schedule_analysis)
        self._saved_persistent: list[tuple[QModelIndex, tuple[str, str | int, int]]] = []

    @property
    def document(self) -> PlanDocument:
        return self._document

    # ------------------------------------------------------------------ structure

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        # hasIndex(), checked here without calling back into rowCount() and columnCount().
        if row < 0 or not 0 <= column < _COLUMNS:
            return QModelIndex()
        steps = self._document.plan.steps
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(steps) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            step_row = parent.row()
            if step_row < len(steps) and row < len(steps[step_row].items):
                return self.createIndex(row, column, step_row + 1)
        return QModelIndex()

    def parent(self, child: Index | None = None) -> QModelIndex:  # type: ignore[override]
        if child is None:  # QObject.parent()
            return super().parent()  # type: ignore[return-value]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        steps = self._document.plan.steps
        if not parent.isValid():
            return len(steps)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(steps[parent.row()].items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return _COLUMNS

    # ------------------------------------------------------------------ lookups

    def step_at(self, index: Index) -> Step | None:
        """The step of a step row, or the step holding an item row."""
        if not index.isValid():
            return None
        step_row = index.row() if index.internalId() == 0 else index.internalId() - 1
        steps = self._document.plan.steps
        return steps[step_row] if 0 <= step_row < len(steps) else None

    def item_at(self, index: Index) -> ChecklistItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        step = self.step_at(index)
        if step is None or not 0 <= index.row() < len(step.items):
            return None
        return step.items[index.row()]

    def step_index(self, step_id: str, column: int = 0) -> QModelIndex:
        try:
            row, _ = lookup.find_step(self._document.plan, step_id)
        except lookup.NotFoundError:
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def item_index(self, item_id: str, column: int = 0) -> QModelIndex:
        try:
            step, row, _ = lookup.find_item(self._document.plan, item_id)
        except lookup.NotFoundError:
            return QModelIndex()
        step_row, _ = lookup.find_step(self._document.plan, step.id)
        return self.createIndex(row, column, step_row + 1)

    # ------------------------------------------------------------------ data

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMN_TITLES):
            return column_title(section)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _STEP_FLAGS if index.internalId() == 0 else _ITEM_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            step = self.step_at(index)
            if step is None:
                return None
            return step_cell(index.row(), step, index.column(), role, lambda: self.step_progress(step))
        item = self.item_at(index)
        if item is None:
            return None
        return item_cell(item, index.column(), role, lambda: self._is_overdue(item))

    def _analysis(self) -> PlanAnalysis | None:
        """The document's analysis once computed; a missing one is scheduled after this paint.

        So showing the checklist never waits for the analysis imports, and after an edit the
        previous figures stay on screen (no flicker) for the one event-loop turn until the new
        ones arrive through ``dataChanged``.
        """
        analysis = self._document.peek_analysis()
        if analysis is None:
            self._schedule_analysis()
            return self._last_analysis
        self._last_analysis = analysis
        return analysis

    def _schedule_analysis(self) -> None:
        """The plan changed: fetch the new figures after this event (once, however many edits)."""
        if not self._analysis_scheduled:
            self._analysis_scheduled = True
            QTimer.singleShot(0, self, self._compute_analysis)

    def _forget_analysis(self) -> None:
        """Another plan is coming: the figures on screen belong to the old one."""
        self._last_analysis = None
        self._marks_day = None

    def _compute_analysis(self) -> None:
        self._analysis_scheduled = False
        previous = self._last_analysis
        analysis = self._document.analysis()
        self._last_analysis = analysis
        # A re-analysis that did not touch the checklist hands back the same progress object
        # (an offer or a flag edited elsewhere): the step rows show nothing new, so no repaint.
        if previous is None or analysis.progress is not previous.progress:
            self._on_analysis_changed()
        if self._marks_day == analysis.today:
            return  # an edit repaints its own row; overdue marks elsewhere only change with the day
        self._marks_day = analysis.today
        count = self.rowCount()
        for row in range(count):  # overdue marks on the due cells
            parent = self.index(row, 0)
            items = self.rowCount(parent)
            if items:
                self.dataChanged.emit(
                    self.index(0, Column.DUE, parent), self.index(items - 1, Column.DUE, parent)
                )

    def step_progress(self, step: Step) -> StepProgress | None:
        analysis = self._analysis()
        if analysis is None:
            return None
        for progress in analysis.progress.steps:
            if progress.step_id == step.id:
                return progress
        return None

    def _is_overdue(self, item: ChecklistItem) -> bool:
        analysis = self._analysis()
        if analysis is None:
            return False

        return is_overdue(item, analysis.today)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn an edited cell into one undo command; a refused value emits ``editRejected``."""
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        try:
            self._document.set_field("item", item.id, COLUMN_FIELDS[column], self._to_model(column, value))
        except ValueError as error:
            self.editRejected.emit(
                QCoreApplication.translate("ChecklistModel", "{column}: {reason}").format(
                    column=column_title(column), reason=error
                )
            )
            return False
        return True

    @staticmethod
    def _to_model(column: Column, value: Any) -> Any:
        """Editor value -> model value; pydantic validation then decides whether it is accepted."""
        if column == Column.DUE:
            if isinstance(value, QDate):
                return value.toPython() if value.isValid() else None
            if value in (None, ""):
                return None
            return value
        if column == Column.STATUS and isinstance(value, str):
            for status in Status:
                if value in (status.value, status.label, status_name(status)):
                    return status
            raise ValueError(
                QCoreApplication.translate(
                    "ChecklistModel", "'{value}' is not a status; choose one from the list."
                ).format(value=value)
            )
        if column == Column.PRIORITY and isinstance(value, str):
            for priority in Priority:
                if value in (priority.value, priority.label, priority_name(priority)):
                    return priority
            raise ValueError(
                QCoreApplication.translate(
                    "ChecklistModel", "'{value}' is not a priority; choose one from the list."
                ).format(value=value)
            )
        if column == Column.TAGS and isinstance(value, str):
            return text_to_tags(value)
        if column == Column.OWNER and isinstance(value, str):
            return value.strip()
        return value

    # ------------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids: list[str] = []
        for index in indexes:
            item = self.item_at(index)
            if item is not None and item.id not in ids:
                ids.append(item.id)
        return items_mime_data(self._document.plan.id, ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not parent.isValid() or parent.internalId() != 0:
            return False
        return bool(dropped_item_ids(data, self._document.plan.id))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Move the dragged items into the step ``parent`` before ``row`` (-1: at the end), one undo step.

        The move is done here; the model has no ``removeRows``, so the view's clean-up after a
        move-drop removes nothing.
        """
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        step = self.step_at(parent)
        if step is None:
            return False
        try:
            self._document.move_items(dropped_item_ids(data, self._document.plan.id), step.id, row)
        except (LookupError, ValueError):
            return False
        return True

    # ------------------------------------------------------------------ following the document

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        last = len(Column) - 1
        if kind == "item":
            # One pass, and one signal per run of adjacent changed rows, so a bulk edit of
            # thousands of items costs a handful of signals rather than thousands.
            wanted = set(ids)
            for step_row, step in enumerate(self._document.plan.steps):
                first: int | None = None
                for row, item in enumerate([*step.items, None]):
                    changed = item is not None and item.id in wanted
                    if changed and first is None:
                        first = row
                    elif not changed and first is not None:
                        self.dataChanged.emit(
                            self.createIndex(first, 0, step_row + 1),
                            self.createIndex(row - 1, last, step_row + 1),
                        )
                        first = None
        elif kind == "step":
            for step_id in ids:
                index = self.step_index(step_id)
                if index.isValid():
                    self.dataChanged.emit(index, index.siblingAtColumn(last))

    def _on_analysis_changed(self) -> None:
        """Progress lives on the step rows: one signal per step row.

        One range over all steps would span every expanded item between them, and a tree view
        re-measures every row inside a changed range (slow on thousands of items).
        """
        for row in range(self.rowCount()):
            self.dataChanged.emit(self.index(row, Column.TEXT), self.index(row, Column.STATUS))

    def _on_about_to_rearrange(self) -> None:
        self.layoutAboutToBeChanged.emit()
        saved = []
        for index in self.persistentIndexList():
            item = self.item_at(index)
            key: tuple[str, str | int, int] = (
                ("item", item.id, index.column())
                if item is not None
                else ("step", index.row(), index.column())
            )
            saved.append((index, key))
        self._saved_persistent = saved

    def _on_rearranged(self) -> None:
        """Point every persistent index (selection, current item, proxy mapping) at its item's new row."""
        where = {
            item.id: (step_row, row)
            for step_row, step in enumerate(self._document.plan.steps)
            for row, item in enumerate(step.items)
        }
        old: list[QModelIndex] = []
        new: list[QModelIndex] = []
        for index, (kind, key, column) in self._saved_persistent:
            old.append(index)
            if kind == "step":
                new.append(self.createIndex(int(key), column, 0))
            elif key in where:
                step_row, row = where[str(key)]
                new.append(self.createIndex(row, column, step_row + 1))
            else:  # pragma: no cover - a rearrangement never removes items
                new.append(QModelIndex())
        self._saved_persistent = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _on_about_to_insert(self, step_id: str, row: int, count: int) -> None:
        self.beginInsertRows(self.step_index(step_id), row, row + count - 1)

    def _on_inserted(self, step_id: str, row: int, count: int) -> None:
        self.endInsertRows()

    def _on_about_to_remove(self, step_id: str, row: int, count: int) -> None:
        self.beginRemoveRows(self.step_index(step_id), row, row + count - 1)

    def _on_removed(self, step_id: str, row: int, count: int) -> None:
        self.endRemoveRows()

    def _on_about_to_move(self, src_step_id: str, src_row: int, dst_step_id: str, dst_row: int) -> None:
        destination = dst_row + 1 if src_step_id == dst_step_id and dst_row > src_row else dst_row
        moved = self.beginMoveRows(
            self.step_index(src_step_id), src_row, src_row, self.step_index(dst_step_id), destination
        )
        if not moved:  # pragma: no cover - checklist_edits.plan_moves never yields a no-op move
            raise RuntimeError(f"invalid move {src_step_id}:{src_row} -> {dst_step_id}:{dst_row}")

    def _on_moved(self, src_step_id: str, src_row: int, dst_step_id: str, dst_row: int) -> None:
        self.endMoveRows()
