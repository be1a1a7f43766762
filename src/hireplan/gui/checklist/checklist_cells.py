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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from hireplan.gui.common.style import priority_colour, status_icon, tones
from hireplan.model.checklist import ChecklistItem, Priority, Status, Step

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


COLUMN_TITLES = (
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Item")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Status")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Owner")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Due")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Priority")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Tags")),
    str(QT_TRANSLATE_NOOP("ChecklistModel", "Notes")),
)
"""The column headings in English; :func:`column_title` gives them in the window's language."""
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

STATUS_NAMES = {
    Status.TODO: str(QT_TRANSLATE_NOOP("ChecklistStatus", "To do")),
    Status.IN_PROGRESS: str(QT_TRANSLATE_NOOP("ChecklistStatus", "In progress")),
    Status.DONE: str(QT_TRANSLATE_NOOP("ChecklistStatus", "Done")),
    Status.BLOCKED: str(QT_TRANSLATE_NOOP("ChecklistStatus", "Blocked")),
    Status.NOT_APPLICABLE: str(QT_TRANSLATE_NOOP("ChecklistStatus", "Not applicable")),
}
"""The statuses' names as the English model labels them (``Status.label``), to translate at use."""
PRIORITY_NAMES = {
    Priority.LOW: str(QT_TRANSLATE_NOOP("ChecklistPriority", "Low")),
    Priority.NORMAL: str(QT_TRANSLATE_NOOP("ChecklistPriority", "Normal")),
    Priority.HIGH: str(QT_TRANSLATE_NOOP("ChecklistPriority", "High")),
    Priority.CRITICAL: str(QT_TRANSLATE_NOOP("ChecklistPriority", "Critical")),
}


def column_title(column: int) -> str:
    """The heading of ``column`` in the window's language."""
    return QCoreApplication.translate("ChecklistModel", COLUMN_TITLES[column])


def status_name(status: Status) -> str:
    """``To do``, ``In progress``… in the window's language."""
    return QCoreApplication.translate("ChecklistStatus", STATUS_NAMES[status])


def priority_name(priority: Priority) -> str:
    return QCoreApplication.translate("ChecklistPriority", PRIORITY_NAMES[priority])


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


def progress_notes(progress: object) -> list[str]:
    """``3 overdue``, ``1 blocked``, ``2 without an owner`` for the counts a step's progress has."""
    notes = []
    overdue = int(getattr(progress, "overdue", 0))
    blocked = int(getattr(progress, "blocked", 0))
    unassigned = int(getattr(progress, "unassigned", 0))
    if overdue:
        notes.append(QCoreApplication.translate("ChecklistModel", "{count} overdue").format(count=overdue))
    if blocked:
        notes.append(QCoreApplication.translate("ChecklistModel", "{count} blocked").format(count=blocked))
    if unassigned:
        notes.append(
            QCoreApplication.translate("ChecklistModel", "{count} without an owner").format(count=unassigned)
        )
    return notes


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
        text = QCoreApplication.translate("ChecklistModel", "{done} of {applicable} done").format(
            done=progress.done, applicable=progress.applicable
        )
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ChecklistModel", "; ").join([text, *progress_notes(progress)])
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
            return status_name(item.status)
        if edit:
            return item.status.value
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(item.status)
    elif column == Column.OWNER:
        if display or edit:
            return item.owner
    elif column == Column.DUE:
        if display or role == Qt.ItemDataRole.AccessibleTextRole:
            if not item.due:
                return ""
            # In words as well as in red: the colour alone says nothing to many readers.
            if overdue():
                return QCoreApplication.translate("ChecklistModel", "{date}, overdue").format(
                    date=item.due.isoformat()
                )
            return item.due.isoformat()
        if edit:
            return QDate(item.due) if item.due else QDate()
        if role == Qt.ItemDataRole.ForegroundRole and overdue():
            return QBrush(QColor(tones().error))
        if role == Qt.ItemDataRole.ToolTipRole and item.due:
            return (
                QCoreApplication.translate("ChecklistModel", "Overdue: still open after its due date")
                if overdue()
                else None
            )
    elif column == Column.PRIORITY:
        if display:
            return priority_name(item.priority)
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
