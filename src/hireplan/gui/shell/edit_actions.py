"""Edit › Cut, Copy, Paste and Select All, acting on whatever has the keyboard focus.

In a text field they do what the field does itself (a line edit even takes Ctrl+C before the
window's shortcut sees it); on a table or the checklist tree that a screen plugged into
:mod:`hireplan.gui.common.row_clipboard` they copy whole rows as a spreadsheet's tab-separated text,
Cut deletes the copied rows, Paste adds the clipboard's rows, Select All selects every row.
The actions are enabled for the focused widget, and more precisely (a selection, something on
the clipboard) while the Edit menu is open.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hireplan.gui.common.row_clipboard import RowClipboard, row_clipboard_for

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit


def _text_widget(widget: QWidget | None) -> TextWidget | None:
    """The text field behind the focus: a line edit, text editor, or a spin box's or combo's field."""
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        line = widget.findChild(QLineEdit)
        return line if isinstance(line, QLineEdit) else None
    return None


def _read_only(widget: TextWidget) -> bool:
    return widget.isReadOnly()


def _has_selection(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.hasSelectedText()
    return widget.textCursor().hasSelection()


class EditActions(QObject):
    """The four clipboard actions of the Edit menu (window-wide shortcuts, standard keys)."""

    def __init__(self, parent: QWidget, *, show_status: Callable[[str], None]) -> None:
        super().__init__(parent)
        self._show_status = show_status
        self.cut_action = self._make(
            parent, QCoreApplication.translate("EditActions", "Cu&t"), QKeySequence.StandardKey.Cut, self.cut
        )
        self.copy_action = self._make(
            parent,
            QCoreApplication.translate("EditActions", "&Copy"),
            QKeySequence.StandardKey.Copy,
            self.copy,
        )
        self.paste_action = self._make(
            parent,
            QCoreApplication.translate("EditActions", "&Paste"),
            QKeySequence.StandardKey.Paste,
            self.paste,
        )
        self.select_all_action = self._make(
            parent,
            QCoreApplication.translate("EditActions", "Select &All"),
            QKeySequence.StandardKey.SelectAll,
            self.select_all,
        )
        self.cut_action.setStatusTip(
            QCoreApplication.translate(
                "EditActions", "Cut the selected text, or copy and delete the selected rows"
            )
        )
        self.copy_action.setStatusTip(
            QCoreApplication.translate(
                "EditActions", "Copy the selected text, or the selected rows as a spreadsheet's rows"
            )
        )
        self.paste_action.setStatusTip(
            QCoreApplication.translate(
                "EditActions", "Paste text, or add the rows copied from a spreadsheet to the focused table"
            )
        )
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)  # a method: let go when this object goes
        self.update_enabled()

    @property
    def actions(self) -> list[QAction]:
        return [self.cut_action, self.copy_action, self.paste_action, self.select_all_action]

    def _make(
        self, parent: QWidget, text: str, key: QKeySequence.StandardKey, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, parent)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _checked=False: slot())
        parent.addAction(action)  # the shortcut works while the menu is closed
        return action

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self.update_enabled()

    def attach_to_menu(self, menu: QMenu) -> None:
        """Be precise while ``menu`` is open, and back to the focus-wide state when it closes (a
        shortcut pressed later must not meet an action disabled for a selection since made)."""
        menu.aboutToShow.connect(lambda: self.update_enabled(precise=True))
        menu.aboutToHide.connect(self.update_enabled)

    # ------------------------------------------------------------------ what has the focus

    @staticmethod
    def _focus() -> QWidget | None:
        return QApplication.focusWidget()

    def update_enabled(self, *, precise: bool = False) -> None:
        focus = self._focus()
        text = _text_widget(focus)
        rows = row_clipboard_for(focus)
        if text is not None:
            writable = not _read_only(text)
            selected = _has_selection(text) or not precise
            self.cut_action.setEnabled(writable and selected)
            self.copy_action.setEnabled(selected)
            self.paste_action.setEnabled(writable and (not precise or bool(QApplication.clipboard().text())))
            self.select_all_action.setEnabled(True)
        elif rows is not None:
            self.cut_action.setEnabled(rows.can_cut() if precise else rows.source.delete is not None)
            self.copy_action.setEnabled(rows.can_copy() if precise else True)
            self.paste_action.setEnabled(rows.can_paste() if precise else True)
            self.select_all_action.setEnabled(True)
        else:
            view = isinstance(focus, QAbstractItemView)
            for action in (self.cut_action, self.copy_action, self.paste_action):
                action.setEnabled(False)
            self.select_all_action.setEnabled(view)

    # ------------------------------------------------------------------ the actions

    def _rows(self) -> RowClipboard | None:
        return row_clipboard_for(self._focus())

    def cut(self) -> None:
        text = _text_widget(self._focus())
        if text is not None:
            text.cut()
            return
        rows = self._rows()
        if rows is not None:
            count = rows.cut()
            if count:
                self._show_status(
                    QCoreApplication.translate("EditActions", "Cut %n row(s) to the clipboard.", None, count)
                )

    def copy(self) -> None:
        text = _text_widget(self._focus())
        if text is not None:
            text.copy()
            return
        rows = self._rows()
        if rows is not None:
            count = rows.copy()
            if count:
                self._show_status(
                    QCoreApplication.translate(
                        "EditActions", "Copied %n row(s); paste them into a spreadsheet.", None, count
                    )
                )

    def paste(self) -> None:
        text = _text_widget(self._focus())
        if text is not None:
            text.paste()
            return
        rows = self._rows()
        if rows is not None:
            ids = rows.paste()
            if ids:
                self._show_status(
                    QCoreApplication.translate("EditActions", "Pasted %n row(s).", None, len(ids))
                )

    def select_all(self) -> None:
        focus = self._focus()
        text = _text_widget(focus)
        if text is not None:
            text.selectAll()
            return
        if isinstance(focus, QAbstractItemView):
            focus.selectAll()
