"""The checklist's item actions (add, insert, duplicate, delete, move, set status, set owner): their
texts, keys and tips, the toolbar and context menu that show them, and when they are enabled.

The actions only call the panel's slots (:class:`ItemCommands`); what each one does to the plan
is the panel's and the document's business. Their shortcuts work while the tree has the focus,
and the main window puts the same actions in its Checklist menu.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar, QToolButton, QWidget

from hireplan.gui.common.style import status_icon
from hireplan.model.checklist import Status

STATUS_ENTRIES = {
    Status.TODO: str(QT_TRANSLATE_NOOP("ChecklistPanel", "&To do")),
    Status.IN_PROGRESS: str(QT_TRANSLATE_NOOP("ChecklistPanel", "In p&rogress")),
    Status.DONE: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Do&ne")),
    Status.BLOCKED: str(QT_TRANSLATE_NOOP("ChecklistPanel", "&Blocked")),
    Status.NOT_APPLICABLE: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Not app&licable")),
}
"""The status entries of the Checklist menu and its Set status menu, each with its letter."""
STATUS_TIPS = {
    Status.TODO: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Mark the selected items to do")),
    Status.IN_PROGRESS: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Mark the selected items in progress")),
    Status.DONE: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Mark the selected items done")),
    Status.BLOCKED: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Mark the selected items blocked")),
    Status.NOT_APPLICABLE: str(QT_TRANSLATE_NOOP("ChecklistPanel", "Mark the selected items not applicable")),
}


class ItemCommands(Protocol):
    """What the actions call: the checklist panel's slots."""

    def add_item(self) -> None: ...
    def insert_item(self) -> None: ...
    def delete_selected(self) -> int: ...
    def duplicate_selected(self) -> None: ...
    def move_up(self) -> None: ...
    def move_down(self) -> None: ...
    def ask_owner_for_selection(self) -> None: ...
    def set_status_for_selection(self, status: Status) -> int: ...


class ChecklistActions:
    """Every item action, made once; ``view`` (the tree) holds them so their keys work in it."""

    def __init__(self, parent: QWidget, view: QWidget, commands: ItemCommands) -> None:
        self._parent = parent
        self._view = view
        self.add_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "&Add item"),
            "Ctrl+Shift+N",
            commands.add_item,
            QCoreApplication.translate("ChecklistPanel", "Add an item at the end of the current step"),
        )
        self.insert_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "&Insert item"),
            QKeySequence(Qt.Key.Key_Insert),
            commands.insert_item,
            QCoreApplication.translate("ChecklistPanel", "Insert an item above the current one"),
        )
        self.delete_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "&Delete"),
            QKeySequence(Qt.Key.Key_Delete),
            commands.delete_selected,
            QCoreApplication.translate("ChecklistPanel", "Delete the selected items"),
        )
        self.duplicate_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "D&uplicate"),
            "Ctrl+D",
            commands.duplicate_selected,
            QCoreApplication.translate("ChecklistPanel", "Copy the selected items"),
        )
        self.move_up_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "Move u&p"),
            "Alt+Up",
            commands.move_up,
            QCoreApplication.translate("ChecklistPanel", "Move the selected items up"),
        )
        self.move_down_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "Move do&wn"),
            "Alt+Down",
            commands.move_down,
            QCoreApplication.translate("ChecklistPanel", "Move the selected items down"),
        )
        self.set_owner_action = self._action(
            QCoreApplication.translate("ChecklistPanel", "Set &owner…"),
            "Ctrl+Shift+O",
            commands.ask_owner_for_selection,
            QCoreApplication.translate("ChecklistPanel", "Give the selected items one owner"),
        )
        self.status_menu = QMenu(QCoreApplication.translate("ChecklistPanel", "Set &status"), parent)
        self.status_actions: list[QAction] = []
        for number, status in enumerate(Status, start=1):
            action = self._action(
                QCoreApplication.translate("ChecklistPanel", STATUS_ENTRIES[status]),
                f"Ctrl+Alt+{number}",
                functools.partial(commands.set_status_for_selection, status),
                QCoreApplication.translate("ChecklistPanel", STATUS_TIPS[status]),
            )
            action.setIcon(status_icon(status))
            self.status_menu.addAction(action)
            self.status_actions.append(action)

    def _action(
        self, text: str, shortcut: QKeySequence | str | None, slot: Callable[[], object], tip: str
    ) -> QAction:
        action = QAction(text, self._parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            QCoreApplication.translate("ChecklistPanel", "{tip} ({keys})").format(
                tip=tip, keys=action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            )
            if shortcut is not None
            else tip
        )
        action.triggered.connect(lambda _checked=False: slot())
        self._view.addAction(action)
        return action

    def all(self) -> list[QAction]:
        """Every item action, in menu order, for the main window's Checklist menu."""
        return [
            self.add_action,
            self.insert_action,
            self.duplicate_action,
            self.delete_action,
            self.move_up_action,
            self.move_down_action,
            *self.status_actions,
            self.set_owner_action,
        ]

    def toolbar(self) -> QToolBar:
        """The row of buttons above the tree: edit, move, then Set status (a menu) and Set owner."""
        toolbar = QToolBar(self._parent)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.insert_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.move_up_action)
        toolbar.addAction(self.move_down_action)
        toolbar.addSeparator()
        status_button = QToolButton(toolbar)
        status_button.setText(QCoreApplication.translate("ChecklistPanel", "Set status"))
        status_button.setMenu(self.status_menu)
        status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # The style draws the menu arrow in the corner without widening the button for it: room for
        # it, or it covers the last character ("Set statu▾s", "设置状▾态").
        status_button.setMinimumWidth(
            status_button.sizeHint().width() + status_button.fontMetrics().horizontalAdvance("00")
        )
        toolbar.addWidget(status_button)
        toolbar.addAction(self.set_owner_action)
        return toolbar

    def context_menu(self) -> QMenu:
        """The tree's right-click menu: the same actions as the toolbar."""
        menu = QMenu(self._parent)
        for action in (self.add_action, self.insert_action, self.duplicate_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.move_up_action)
        menu.addAction(self.move_down_action)
        menu.addSeparator()
        menu.addMenu(self.status_menu)
        menu.addAction(self.set_owner_action)
        return menu

    def update_enabled(self, *, has_items: bool, has_steps: bool) -> None:
        """Actions on the selection need selected items; adding needs a step to add to."""
        for action in (
            self.delete_action,
            self.duplicate_action,
            self.move_up_action,
            self.move_down_action,
            self.set_owner_action,
            *self.status_actions,
        ):
            action.setEnabled(has_items)
        self.add_action.setEnabled(has_steps)
        self.insert_action.setEnabled(has_steps)
