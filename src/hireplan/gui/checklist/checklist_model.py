"""Qt item model over the plan's checklist: steps at the top level, their items below.

An adapter, not a copy: ``data`` reads the plan, ``setData`` asks the document (one undo
command per edit) and the model follows the document's signals, emitting ``dataChanged`` for the
rows that changed and begin/end row notifications around structure edits.

Index layout: a step row has internal id 0; an item row has internal id ``step row + 1``, so
``parent()`` needs no lookup and no Python object is stored in an index.
"""

from __future__ import annotations

import json
from datetime import date
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QDate,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from hireplan.analysis.progress import is_overdue
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.style import OVERDUE_COLOUR, priority_colour, status_icon
from hireplan.gui.document.document import PlanDocument
from hireplan.model import edits
from hireplan.model.checklist import ChecklistItem, Priority, Status, Step

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis, StepProgress

Index = QModelIndex | QPersistentModelIndex

STEP_BACKGROUND = QBrush(QColor(0, 0, 0, 14))
"""A faint shade on step rows, so steps stand out from their items in light and dark themes."""

MIME_TYPE = "application/x-hireplan-checklist-items"


class Column(IntEnum):
    TEXT = 0
    STATUS = 1
    OWNER = 2
    DUE = 3
    PRIORITY = 4
    TAGS = 5
    NOTES = 6


COLUMN_TITLES = ("Item", "Status", "Owner", "Due", "Priority", "Tags", "Notes")
COLUMN_FIELDS = ("text", "status", "owner", "due", "priority", "tags", "notes")


class ItemRole(IntEnum):
    KIND = Qt.ItemDataRole.UserRole + 1
    """``"step"`` or ``"item"``."""
    ID = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    """The item's :class:`Status`."""
    OWNER = Qt.ItemDataRole.UserRole + 4
    TAGS = Qt.ItemDataRole.UserRole + 5
    """The item's tags as a list."""
    OVERDUE = Qt.ItemDataRole.UserRole + 6
    """True when the analysis says the item is overdue."""
    PROGRESS = Qt.ItemDataRole.UserRole + 7
    """The step's :class:`hireplan.analysis.StepProgress` (step rows only)."""
    STEP_KEY = Qt.ItemDataRole.UserRole + 8
    SEARCH_TEXT = Qt.ItemDataRole.UserRole + 9
    """Lower-cased text, owner, notes and tags, for the text filter."""


def tags_to_text(tags: list[str]) -> str:
    return ", ".join(tags)


def text_to_tags(text: str) -> list[str]:
    """``"Culture, career-path"`` -> ``["culture", "career-path"]``; spaces inside a tag stay, so
    the model can refuse them with a message rather than guess."""
    return [part.strip().lower() for part in text.split(",") if part.strip()]


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


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
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
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
        return len(Column)

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
            row, _ = edits.find_step(self._document.plan, step_id)
        except edits.NotFoundError:
            return QModelIndex()
        return self.createIndex(row, column, 0)

    def item_index(self, item_id: str, column: int = 0) -> QModelIndex:
        try:
            step, row, _ = edits.find_item(self._document.plan, item_id)
        except edits.NotFoundError:
            return QModelIndex()
        step_row, _ = edits.find_step(self._document.plan, step.id)
        return self.createIndex(row, column, step_row + 1)

    # ------------------------------------------------------------------ data

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMN_TITLES):
            return COLUMN_TITLES[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == 0:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return (
            base
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            step = self.step_at(index)
            return None if step is None else self._step_data(index.row(), step, index.column(), role)
        item = self.item_at(index)
        return None if item is None else self._item_data(item, index.column(), role)

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
        analysis = self._document.analysis()
        self._last_analysis = analysis
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

    def _step_data(self, row: int, step: Step, column: int, role: int) -> Any:
        if role == ItemRole.KIND:
            return "step"
        if role == ItemRole.ID:
            return step.id
        if role == ItemRole.STEP_KEY:
            return step.key
        if role == ItemRole.PROGRESS:
            return self.step_progress(step)
        if role == ItemRole.SEARCH_TEXT:
            return step.title.lower()
        if role == Qt.ItemDataRole.BackgroundRole:
            return STEP_BACKGROUND
        if column == Column.TEXT:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{row + 1}. {step.title}"
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return step.purpose or None
        if column == Column.STATUS and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            progress = self.step_progress(step)
            if progress is None:
                return None
            text = f"{progress.done} of {progress.applicable} done"
            if role == Qt.ItemDataRole.ToolTipRole:
                extra = [
                    f"{progress.overdue} overdue" if progress.overdue else "",
                    f"{progress.blocked} blocked" if progress.blocked else "",
                    f"{progress.unassigned} without an owner" if progress.unassigned else "",
                ]
                return "; ".join([text, *[part for part in extra if part]])
            return text
        return None

    def _is_overdue(self, item: ChecklistItem) -> bool:
        analysis = self._analysis()
        if analysis is None:
            return False

        return is_overdue(item, analysis.today)

    def _item_data(self, item: ChecklistItem, column: int, role: int) -> Any:
        if role == ItemRole.KIND:
            return "item"
        if role == ItemRole.ID:
            return item.id
        if role == ItemRole.STATUS:
            return item.status
        if role == ItemRole.OWNER:
            return item.owner
        if role == ItemRole.TAGS:
            return list(item.tags)
        if role == ItemRole.OVERDUE:
            return self._is_overdue(item)
        if role == ItemRole.SEARCH_TEXT:
            return " ".join((item.text, item.owner, item.notes, *item.tags)).lower()
        display = role == Qt.ItemDataRole.DisplayRole
        edit = role == Qt.ItemDataRole.EditRole
        if column == Column.TEXT:
            if display or edit:
                return item.text
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.text
        elif column == Column.STATUS:
            if display:
                return item.status.label
            if edit:
                return item.status.value
            if role == Qt.ItemDataRole.DecorationRole:
                return status_icon(item.status)
        elif column == Column.OWNER:
            if display or edit:
                return item.owner
        elif column == Column.DUE:
            if display:
                return item.due.isoformat() if item.due else ""
            if edit:
                return QDate(item.due) if item.due else QDate()
            if role == Qt.ItemDataRole.ForegroundRole and self._is_overdue(item):
                return QBrush(OVERDUE_COLOUR)
            if role == Qt.ItemDataRole.ToolTipRole and item.due:
                return "Overdue: still open after its due date" if self._is_overdue(item) else None
        elif column == Column.PRIORITY:
            if display:
                return item.priority.label
            if edit:
                return item.priority.value
            if role == Qt.ItemDataRole.ForegroundRole:
                colour = priority_colour(item.priority)
                return QBrush(colour) if colour else None
        elif column == Column.TAGS:
            if display or edit:
                return tags_to_text(item.tags)
        elif column == Column.NOTES:
            if display:
                return _first_line(item.notes)
            if edit:
                return item.notes
            if role == Qt.ItemDataRole.ToolTipRole:
                return item.notes or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Turn an edited cell into one undo command; a refused value emits ``editRejected``."""
        item = self.item_at(index)
        if item is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = Column(index.column())
        try:
            self._document.set_field("item", item.id, COLUMN_FIELDS[column], self._to_model(column, value))
        except ValueError as error:
            self.editRejected.emit(f"{COLUMN_TITLES[column]}: {error}")
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
                if value in (status.value, status.label):
                    return status
            raise ValueError(f"{value!r} is not a status; choose one from the list.")
        if column == Column.PRIORITY and isinstance(value, str):
            for priority in Priority:
                if value in (priority.value, priority.label):
                    return priority
            raise ValueError(f"{value!r} is not a priority; choose one from the list.")
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
        data = QMimeData()
        payload = {"plan": self._document.plan.id, "ids": ids}
        data.setData(MIME_TYPE, QByteArray(json.dumps(payload).encode("utf-8")))
        return data

    def _dropped_ids(self, data: QMimeData) -> list[str]:
        if not data.hasFormat(MIME_TYPE):
            return []
        try:
            payload = json.loads(bytes(data.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return []
        if not isinstance(payload, dict) or payload.get("plan") != self._document.plan.id:
            return []
        ids = payload.get("ids")
        return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not parent.isValid() or parent.internalId() != 0:
            return False
        return bool(self._dropped_ids(data))

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
            self._document.move_items(self._dropped_ids(data), step.id, row)
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
        if not moved:  # pragma: no cover - edits.plan_moves never yields a no-op move
            raise RuntimeError(f"invalid move {src_step_id}:{src_row} -> {dst_step_id}:{dst_row}")

    def _on_moved(self, src_step_id: str, src_row: int, dst_step_id: str, dst_row: int) -> None:
        self.endMoveRows()
