"""In-place editors for checklist cells and the progress bars painted on step rows.

One delegate serves the whole tree and picks the editor by column, so ``view.itemDelegate()``
is the one to ask. Editors only collect a value; the model's ``setData`` turns it into an undo
command and refuses bad values with a message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QWidget,
)

from hireplan.gui.checklist.checklist_cells import Column, ItemRole, priority_name, status_name
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.date_edit import DueDateEditor
from hireplan.gui.common.style import status_icon
from hireplan.gui.document.document import PlanDocument
from hireplan.model.checklist import Priority, Status

Index = QModelIndex | QPersistentModelIndex

STEP_PROGRESS_WIDTH = 170
"""Width of the progress bar and count drawn at the right end of a spanned step row."""


class StatusCombo(QComboBox):
    """Drop-down of the five statuses, each with its colour dot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for status in Status:
            self.addItem(status_icon(status), status_name(status), status.value)

    def set_status(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))

    def status(self) -> str:
        return str(self.currentData())


class PriorityCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for priority in Priority:
            self.addItem(priority_name(priority), priority.value)

    def set_priority(self, value: str) -> None:
        self.setCurrentIndex(max(0, self.findData(value)))

    def priority(self) -> str:
        return str(self.currentData())


class TagCompleter(Contained, QCompleter):
    """Completes the tag being typed after the last comma, keeping the tags before it."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        widget = self.widget()
        typed = widget.text() if isinstance(widget, QLineEdit) else ""
        head = typed.rsplit(",", 1)[0] + ", " if "," in typed else ""
        return head + str(index.data())


class ChecklistDelegate(Contained, QStyledItemDelegate):
    """Editors for item cells by column; progress bars on step rows."""

    editorOpened = Signal(QWidget)
    """Emitted with each new editor (tests and the panel use it to find the open editor)."""

    def __init__(self, document: PlanDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document

    # ------------------------------------------------------------------ painting

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if index.data(ItemRole.KIND) == "step":
            if index.column() == Column.STATUS:  # when the step row is not spanned
                self._paint_progress(painter, option, index)
                return
            if index.column() == Column.TEXT and option.rect.width() > 2 * STEP_PROGRESS_WIDTH:
                # The view spans the step title over the row: title on the left, progress on the right.
                title = QStyleOptionViewItem(option)
                title.rect = option.rect.adjusted(0, 0, -STEP_PROGRESS_WIDTH, 0)
                super().paint(painter, title, index)
                bar = QStyleOptionViewItem(option)
                bar.rect = QRect(
                    title.rect.right() + 1, option.rect.top(), STEP_PROGRESS_WIDTH, option.rect.height()
                )
                self._paint_progress(painter, bar, index.sibling(index.row(), Column.STATUS))
                return
        super().paint(painter, option, index)

    def _paint_progress(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        progress = index.data(ItemRole.PROGRESS)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        # Selection background first, so the bar sits on the row like the other cells.
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        if progress is None:
            return
        # A slim bar and the count beside it: a full-height bar with centred text is unreadable
        # at tree row height.
        text = f"{progress.done}/{progress.applicable}"
        text_width = option.fontMetrics.horizontalAdvance("000/000")
        cell = option.rect.adjusted(4, 0, -4, 0)
        bar_height = max(6, min(10, cell.height() // 2))
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(
            cell.left(),
            cell.center().y() - bar_height // 2,
            max(cell.width() - text_width - 6, 20),
            bar_height,
        )
        bar.minimum = 0
        bar.maximum = max(progress.applicable, 1)
        bar.progress = progress.done
        bar.textVisible = False
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)
        text_rect = QRect(bar.rect.right() + 6, cell.top(), text_width, cell.height())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
        painter.restore()

    # ------------------------------------------------------------------ editors

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        column = index.column()
        editor: QWidget
        if column == Column.STATUS:
            combo = StatusCombo(parent)
            combo.activated.connect(lambda _row: self._commit_and_close(combo))
            editor = combo
        elif column == Column.PRIORITY:
            priority = PriorityCombo(parent)
            priority.activated.connect(lambda _row: self._commit_and_close(priority))
            editor = priority
        elif column == Column.DUE:
            editor = DueDateEditor(parent)
        elif column == Column.OWNER:
            line = QLineEdit(parent)
            completer = QCompleter(self._document.known_owners(), line)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            line.setCompleter(completer)
            line.setPlaceholderText(QCoreApplication.translate("ChecklistDelegate", "Who owns this"))
            editor = line
        elif column == Column.TAGS:
            line = QLineEdit(parent)
            line.setPlaceholderText(
                QCoreApplication.translate(
                    "ChecklistDelegate", "tags, comma separated, e.g. culture, career-path"
                )
            )
            known = self._document.known_tags()
            line.setToolTip(
                QCoreApplication.translate(
                    "ChecklistDelegate", "Lower-case words joined by dashes, separated by commas"
                )
            )
            tag_completer = TagCompleter(known, line)
            tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            line.setCompleter(tag_completer)
            editor = line
        elif column == Column.NOTES:
            notes = QPlainTextEdit(parent)
            notes.setTabChangesFocus(True)
            notes.setToolTip(
                QCoreApplication.translate(
                    "ChecklistDelegate", "Tab or click elsewhere to keep the notes; Esc cancels"
                )
            )
            editor = notes
        else:
            editor = super().createEditor(parent, option, index)
        self.editorOpened.emit(editor)
        return editor

    def _commit_and_close(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, StatusCombo):
            editor.set_status(str(value))
        elif isinstance(editor, PriorityCombo):
            editor.set_priority(str(value))
        elif isinstance(editor, DueDateEditor):
            editor.set_date(value if isinstance(value, QDate) else QDate())
        elif isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != value:
                editor.setPlainText(str(value or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, StatusCombo):
            value = editor.status()
        elif isinstance(editor, PriorityCombo):
            value = editor.priority()
        elif isinstance(editor, DueDateEditor):
            value = editor.date()
        elif isinstance(editor, QPlainTextEdit):
            value = editor.toPlainText()
        elif isinstance(editor, QLineEdit):
            value = editor.text()
        else:
            super().setModelData(editor, model, index)
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        rect = QRect(option.rect)
        if isinstance(editor, QPlainTextEdit):
            rect.setHeight(max(rect.height() * 5, 110))
            rect.setWidth(max(rect.width(), 320))
        elif isinstance(editor, DueDateEditor | QComboBox):
            rect.setWidth(max(rect.width(), editor.sizeHint().width()))
        # Keep a widened editor inside the view: shift it left / up rather than cut it off.
        parent = editor.parentWidget()
        area = parent.rect() if parent is not None else rect
        if rect.right() > area.right():
            rect.moveRight(max(area.right(), rect.width() - 1))
        if rect.bottom() > area.bottom() and rect.height() < area.height():
            rect.moveBottom(area.bottom())
        editor.setGeometry(rect)
