"""What each cell of the checklist shows: columns, item-data roles and the text, colour and icon of
every step and item cell.

Pure reading of a step or an item (and, for steps, of its progress): the model in
:mod:`hireplan.gui.checklist.checklist_model` owns the structure and asks here for the contents.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hireplan.gui.common.style import OVERDUE_COLOUR, priority_colour, status_icon
from hireplan.model.checklist import ChecklistItem, Step

if TYPE_CHECKING:
    from hireplan.analysis import StepProgress

STEP_BACKGROUND = QBrush(QColor(0, 0, 0, 14))
"""A faint shade on step rows, so steps stand out from their items in light and dark themes."""


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

COLUMN_WIDTHS = {
    Column.STATUS: 118,
    Column.OWNER: 96,
    Column.DUE: 86,
    Column.PRIORITY: 66,
    Column.TAGS: 130,
    Column.NOTES: 110,
}
"""Starting widths; the item text takes the rest, since it is what people read first."""


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
    """``"Culture, career-path"`` -> ``["culture", "career-path"]``; Chinese separators (``，`` ``、``)
    split too. Spaces inside a tag stay, so the model can refuse them with a message rather than guess."""
    return [part.strip().lower() for part in re.split(r"[,，、]", text) if part.strip()]


def _first_line(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def step_cell(
    row: int, step: Step, column: int, role: int, progress_of: Callable[[], StepProgress | None]
) -> Any:
    """What a step row shows in ``column`` for ``role``; ``progress_of`` is asked only when needed."""
    if role == ItemRole.KIND:
        return "step"
    if role == ItemRole.ID:
        return step.id
    if role == ItemRole.STEP_KEY:
        return step.key
    if role == ItemRole.PROGRESS:
        return progress_of()
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
        progress = progress_of()
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


def item_cell(item: ChecklistItem, column: int, role: int, overdue: Callable[[], bool]) -> Any:
    """What an item row shows in ``column`` for ``role``; ``overdue`` is asked only when needed."""
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
        return overdue()
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
        if role == Qt.ItemDataRole.ForegroundRole and overdue():
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole and item.due:
            return "Overdue: still open after its due date" if overdue() else None
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
