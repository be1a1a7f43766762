"""Help › Keyboard shortcuts: every key the window answers to, read from the window itself.

The rows come from the window's actions (menus first, in menu order, then actions that belong to a
list or table) and their current shortcuts, so a new action or a changed key shows up here without
anyone keeping a list; only keys that are no action (moving between panes, leaving a table, date
fields) are documented below by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

NATIVE = QKeySequence.SequenceFormat.NativeText


@dataclass(frozen=True)
class ShortcutRow:
    keys: str
    command: str
    where: str


# Keys that are no QAction: (keys, what they do, where they work). F6 and Shift+F6 are the
# window's QShortcuts (shell/pane_cycle.py); the rest is what tables and date fields do themselves.
_DOCUMENTED: tuple[tuple[str, str, str], ...] = (
    (
        "F6",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Move to the next pane: side list, plan header, screen")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Anywhere in the window")),
    ),
    (
        "Shift+F6",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Move to the previous pane")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Anywhere in the window")),
    ),
    (
        "Tab",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Leave the table for the next field (arrows move in it)")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a table")),
    ),
    (
        "Shift+Tab",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Leave the table for the previous field")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a table")),
    ),
    (
        "Tab",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Keep what you typed and type in the next cell of the row")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "While typing in a table cell")),
    ),
    (
        "F2",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Edit the current cell (or start typing)")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a table")),
    ),
    (
        "Up",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "One day later (an empty date starts from today)")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a date field")),
    ),
    (
        "Down",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "One day earlier")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a date field")),
    ),
    (
        "Alt+Down",
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Open the calendar")),
        str(QT_TRANSLATE_NOOP("ShortcutsWindow", "In a date field")),
    ),
)

_ALT_LETTER = str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Alt+underlined letter"))
_ALT_LETTER_DOES = str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Press that button or open that tab"))
_ANYWHERE = str(QT_TRANSLATE_NOOP("ShortcutsWindow", "Anywhere in the window"))


def plain_text(text: str) -> str:
    """A menu text without its mnemonic: ``&Save As…`` -> ``Save As…``, ``R&&D`` -> ``R&D``."""
    return re.sub(r"&(.)", r"\1", text).replace("\t", " ").strip()


def keys_of(action: QAction) -> str:
    return ", ".join(seq.toString(NATIVE) for seq in action.shortcuts() if not seq.isEmpty())


def _where_of(action: QAction) -> str:
    """Where a shortcut outside the menus works: the widget it belongs to, by its accessible name."""
    if action.shortcutContext() in (
        Qt.ShortcutContext.WindowShortcut,
        Qt.ShortcutContext.ApplicationShortcut,
    ):
        return QCoreApplication.translate("ShortcutsWindow", _ANYWHERE)
    for owner in action.associatedObjects():
        if isinstance(owner, QWidget) and not isinstance(owner, QMenu) and owner.accessibleName():
            return QCoreApplication.translate("ShortcutsWindow", "In {name}").format(
                name=owner.accessibleName()
            )
    return QCoreApplication.translate("ShortcutsWindow", "In its list or table")


def _menu_actions(menu: QMenu, path: str) -> Iterable[tuple[QAction, str]]:
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from _menu_actions(sub, f"{path} › {plain_text(sub.title())}")
        elif not action.isSeparator():
            yield action, path


def window_actions(window: QMainWindow) -> list[QAction]:
    """Every action of ``window`` that has a shortcut, each once: the menus' and its children's."""
    found: list[QAction] = []
    seen: set[int] = set()
    candidates = [action for action, _path in _menu_bar_actions(window)]
    candidates += window.actions() + window.findChildren(QAction)
    for action in candidates:
        if id(action) in seen or action.isSeparator() or not keys_of(action):
            continue
        if not _belongs_to(action, window):
            continue
        seen.add(id(action))
        found.append(action)
    return found


def _belongs_to(action: QAction, window: QWidget) -> bool:
    """False for an action of another window parented to this one (a dialog's own Copy)."""
    parent = action.parent()
    while parent is not None:
        if isinstance(parent, QWidget) and parent.isWindow():
            return parent is window
        parent = parent.parent()
    return True


def _menu_bar_actions(window: QMainWindow) -> list[tuple[QAction, str]]:
    pairs: list[tuple[QAction, str]] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            pairs += _menu_actions(menu, plain_text(menu.title()))
    return pairs


def shortcut_rows(window: QMainWindow) -> list[ShortcutRow]:
    """The table's rows: the menus' shortcuts in menu order, then the other actions', then the keys
    that no action owns. No row twice (the same action in a menu and a toolbar is one row)."""
    menu_paths = {id(action): path for action, path in reversed(_menu_bar_actions(window))}
    rows: list[ShortcutRow] = []
    for action in window_actions(window):
        path = menu_paths.get(id(action))
        where = (
            QCoreApplication.translate("ShortcutsWindow", "{menu} menu").format(menu=path)
            if path is not None
            else _where_of(action)
        )
        rows.append(ShortcutRow(keys_of(action), plain_text(action.text()), where))
    for keys, does, where in _DOCUMENTED:
        rows.append(
            ShortcutRow(
                QKeySequence(keys).toString(NATIVE),
                QCoreApplication.translate("ShortcutsWindow", does),
                QCoreApplication.translate("ShortcutsWindow", where),
            )
        )
    rows.append(
        ShortcutRow(
            QCoreApplication.translate("ShortcutsWindow", _ALT_LETTER),
            QCoreApplication.translate("ShortcutsWindow", _ALT_LETTER_DOES),
            QCoreApplication.translate("ShortcutsWindow", _ANYWHERE),
        )
    )
    return list(dict.fromkeys(rows))


def rows_as_text(rows: Iterable[ShortcutRow]) -> str:
    """Tab-separated lines, which a spreadsheet or a document takes as a table."""
    return "".join(f"{row.keys}\t{row.command}\t{row.where}\n" for row in rows)


class ShortcutsWindow(QDialog):
    """A read-only table of the shortcuts, with a filter, Copy (Ctrl+C) and Copy all."""

    def __init__(self, rows: list[ShortcutRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsWindow")
        self.setWindowTitle(QCoreApplication.translate("ShortcutsWindow", "Keyboard shortcuts"))
        self.rows = rows
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ShortcutsWindow", "Keys"),
                QCoreApplication.translate("ShortcutsWindow", "Command"),
                QCoreApplication.translate("ShortcutsWindow", "Where"),
            ]
        )
        for row in rows:
            items = [QStandardItem(text) for text in (row.keys, row.command, row.where)]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("shortcutsFilter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(QCoreApplication.translate("ShortcutsWindow", "Filter shortcuts"))
        self.filter_edit.setPlaceholderText(QCoreApplication.translate("ShortcutsWindow", "Keys or command"))
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        filter_label = QLabel(QCoreApplication.translate("ShortcutsWindow", "&Filter:"))
        filter_label.setBuddy(self.filter_edit)

        self.table = QTableView()
        self.table.setObjectName("shortcutsTable")
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(QCoreApplication.translate("ShortcutsWindow", "Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        copy = QAction(QCoreApplication.translate("ShortcutsWindow", "&Copy"), self.table)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        copy.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        copy.triggered.connect(lambda _c=False: self.copy_selected())
        self.table.addAction(copy)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_all_button = QPushButton(QCoreApplication.translate("ShortcutsWindow", "Copy &all"))
        self.copy_all_button.setAutoDefault(False)
        self.copy_all_button.clicked.connect(self.copy_all)
        buttons.addButton(self.copy_all_button, QDialogButtonBox.ButtonRole.ActionRole)

        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)

    def visible_rows(self) -> list[ShortcutRow]:
        return [
            ShortcutRow(*(str(self.proxy.index(r, c).data()) for c in range(3)))
            for r in range(self.proxy.rowCount())
        ]

    def copy_selected(self) -> None:
        """Ctrl+C: the selected rows (all shown rows when none is selected) to the clipboard."""
        picked = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        shown = self.visible_rows()
        rows = [shown[r] for r in picked] if picked else shown
        QGuiApplication.clipboard().setText(rows_as_text(rows))

    def copy_all(self) -> None:
        QGuiApplication.clipboard().setText(rows_as_text(self.rows))


def show_shortcuts(window: QMainWindow) -> ShortcutsWindow:
    """The shortcuts as they are now (screens built since the last look add their own); one window:
    asking again replaces the one already open, with the rows read afresh."""
    for old in window.findChildren(ShortcutsWindow):
        old.close()
        old.deleteLater()
    dialog = ShortcutsWindow(shortcut_rows(window), window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.table.setFocus(Qt.FocusReason.OtherFocusReason)
    return dialog
