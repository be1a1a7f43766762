"""How the tables on the roles, market data and policy screens look, edit and are selected."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QModelIndex, Qt, SignalInstance
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from hireplan.gui.common.column_fit import content_width
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.list_table_model import ChoicesRole, Index, ObjectIdRole
from hireplan.gui.common.style import LIST_FOCUS_STYLE


class ChoiceDelegate(Contained, QStyledItemDelegate):
    """A drop-down editor for columns that offer choices (:data:`ChoicesRole`), a line edit otherwise."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(ChoicesRole)
        if not choices:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        for label, value in choices:
            combo.addItem(str(label), value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            current = index.data(Qt.ItemDataRole.EditRole)
            position = editor.findData(current)
            editor.setCurrentIndex(max(position, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class EditTable(Contained, QTableView):
    """A table for the keyboard. Tab leaves it (arrows move between cells, F2 or typing edits).

    Rows are typed in across: Tab in a cell being edited goes to the next cell of the row that
    can be typed into (Shift+Tab to the previous one), passing over columns the analysis computes
    (an age, a count), so a new row is filled in by typing and Tab alone. Tab from the last such
    cell closes the editor and leaves the focus on the table, where the next Tab leaves it (Qt's
    own step would open the next row, or stop on a read-only cell).

    Reaching the table by keys selects the row under the cursor when nothing is selected, so the
    row that looks current is the one the buttons beside the table act on.

    Columns fitted to their contents are measured one cell per look when the model groups its
    rows (:mod:`hireplan.gui.common.column_fit`), not cell by cell, and that width is kept until
    the model, the font or the style changes: Qt asks again on each of the ten or so layout passes
    that build a screen, and after every edit, with nothing changed in between.
    :meth:`fit_to_contents` starts fitting when the table is first shown, not while its screen is
    still being put together.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: dict[int, int] = {}  # first: the style sheet below sends a StyleChange
        self._fit_when_shown: tuple[int, ...] = ()
        # Tab leaves the table (arrows move between cells, F2 or typing edits): no keyboard trap.
        self.setTabKeyNavigation(False)
        self.setStyleSheet(LIST_FOCUS_STYLE)

    # The kept widths are forgotten before Qt hears of a change: the header re-fits its columns
    # while the model's signal is being delivered, so a slot connected after Qt's own would run
    # too late. The view's own slots below come first; the signals that have none are caught
    # at their "about to" stage, before the model changes.

    def setModel(self, model: QAbstractItemModel | None) -> None:
        old = self.model()
        if old is not None:
            for signal in _other_changes(old):
                signal.disconnect(self._forget_fits)
        super().setModel(model)
        self._fitted.clear()
        if model is not None:
            for signal in _other_changes(model):
                signal.connect(self._forget_fits)

    def _forget_fits(self, *_args: object) -> None:
        self._fitted.clear()

    def fit_to_contents(self, *columns: int) -> None:
        """Fit these columns to their contents from the first time the table is shown.

        A screen being built lays its widgets out several times, and each time, a column that
        fits its contents is measured again: when the table's parents change, its style does and
        the kept widths go. Until shown, the rows may also lack what the first analysis adds (a
        risk's score), which would change the widths straight after. On the Risks screen of a
        large plan that was two of three measurements, a third of its first showing.
        """
        if self.isVisible():
            self._fit(columns)
        else:
            self._fit_when_shown = columns

    def _fit(self, columns: Sequence[int]) -> None:
        header = self.horizontalHeader()
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def showEvent(self, event: QShowEvent) -> None:
        if self._fit_when_shown:
            self._fit(self._fit_when_shown)
            self._fit_when_shown = ()
        super().showEvent(event)

    def dataChanged(self, top_left: Index, bottom_right: Index, roles: Sequence[int] = ()) -> None:
        if top_left.isValid() and bottom_right.isValid():
            for column in range(top_left.column(), bottom_right.column() + 1):  # only those changed
                self._fitted.pop(column, None)
        else:
            self._fitted.clear()
        super().dataChanged(top_left, bottom_right, list(roles))

    def rowsInserted(self, parent: Index, start: int, end: int) -> None:
        self._fitted.clear()
        super().rowsInserted(parent, start, end)

    def rowsAboutToBeRemoved(self, parent: Index, start: int, end: int) -> None:
        self._fitted.clear()
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:
        self._fitted.clear()
        super().reset()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fitted.clear()
        super().changeEvent(event)

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Any) -> QModelIndex:
        move = QAbstractItemView.CursorAction
        if action not in (move.MoveNext, move.MovePrevious):
            return super().moveCursor(action, modifiers)
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return super().moveCursor(action, modifiers)  # Qt's "first cell" on focus
        step = 1 if action == move.MoveNext else -1
        column = current.column() + step
        while 0 <= column < model.columnCount(current.parent()):
            candidate = model.index(current.row(), column, current.parent())
            if not self.isColumnHidden(column) and candidate.flags() & Qt.ItemFlag.ItemIsEditable:
                return candidate
            column += step
        return QModelIndex()

    def sizeHintForColumn(self, column: int) -> int:
        """Qt's fit-to-contents width, measured one cell per look where the model can tell."""
        width = self._fitted.get(column)
        if width is None:
            width = content_width(self, column)
            if width is None:
                # Qt's own scan measures the rows around those on show, so it is not kept.
                return super().sizeHintForColumn(column)
            self._fitted[column] = width
        return width

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        selection = self.selectionModel()
        model = self.model()
        if (
            event.reason() == Qt.FocusReason.MouseFocusReason
            or selection is None
            or model is None
            or selection.hasSelection()
            or model.rowCount() == 0
        ):
            return
        current = self.currentIndex()
        if not current.isValid():  # a filter took the current row away: start at the top
            current = model.index(0, self.horizontalHeader().logicalIndexAt(0))
        flags = QItemSelectionModel.SelectionFlag
        selection.setCurrentIndex(current, flags.ClearAndSelect | flags.Rows)


def _other_changes(model: QAbstractItemModel) -> tuple[SignalInstance, ...]:
    """The model's signals for the changes the view has no slot of its own for (see EditTable):
    their "about to" warnings, and the end of a removal, whose start the view's own
    ``rowsAboutToBeRemoved`` already catches."""
    return (
        model.layoutAboutToBeChanged,
        model.modelAboutToBeReset,
        model.rowsAboutToBeMoved,
        model.rowsRemoved,
    )


def make_table(model: QAbstractItemModel, name: str, accessible_name: str) -> QTableView:
    """A table view the way every list on these screens looks; ``accessible_name`` (translated) is
    what a screen reader says when the table takes focus."""
    view = EditTable()
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    view.setItemDelegate(ChoiceDelegate(view))
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    # Fitting a column to its contents measures the first 40 rows (more than a screenful at the default
    # size), not hundreds: a longer text further down is elided, and its tooltip shows it whole.
    view.horizontalHeader().setResizeContentsPrecision(40)
    return view


def selected_ids(view: QTableView) -> list[str]:
    ids: list[str] = []
    selection = view.selectionModel()
    if selection is None:
        return ids
    for index in sorted(selection.selectedRows(), key=lambda i: i.row()):
        value = index.data(ObjectIdRole)
        if isinstance(value, str):
            ids.append(value)
    return ids


def select_row(view: QTableView, row: int) -> None:
    model = view.model()
    if not 0 <= row < model.rowCount():
        return
    index = model.index(row, 0)
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    view.scrollTo(index)


def select_ids(view: QAbstractItemView, ids: Sequence[str], role: int = ObjectIdRole) -> None:
    """Select the rows holding ``ids`` (pasted rows, say), the first one current and in sight."""
    model = view.model()
    wanted = set(ids)
    rows = [row for row in range(model.rowCount()) if model.index(row, 0).data(role) in wanted]
    selection = view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag
    selection.clearSelection()
    for row in rows:
        selection.select(model.index(row, 0), flags.Select | flags.Rows)
    if rows:
        first = model.index(rows[0], 0)
        selection.setCurrentIndex(first, flags.Select | flags.Rows)
        view.scrollTo(first)


def tool_button(action: QAction) -> QToolButton:
    button = QToolButton()
    text = action.text()
    label = text.replace("…", "").replace("...", "").strip()
    if "&" in text and action.iconText() == label.replace("&", ""):
        action.setIconText(label)  # keep the mnemonic (Alt+letter) on the button, as Qt drops it
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button


def focus_action_button(parent: QWidget, action: QAction) -> bool:
    """Give the keyboard focus to the tool button under ``parent`` that shows ``action``."""
    for button in parent.findChildren(QToolButton):
        if button.defaultAction() is action and button.isVisibleTo(parent):
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
    return False


def bind_delete_key(view: QTableView, action: QAction) -> None:
    """The Delete key on ``view`` (when it has focus, not while a cell is edited) triggers ``action``."""
    action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    view.addAction(action)
