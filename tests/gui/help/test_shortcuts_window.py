"""Help › Keyboard shortcuts lists the keys the window really answers to, each once, and copies.

A person who works by keyboard looks up a key here; a list kept by hand would drift from the
menus, so the test compares the table with the actions found on the window itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from hireplan.gui.common import section_keys as nav
from hireplan.gui.help.shortcuts_window import ShortcutsWindow, shortcut_rows

NATIVE = QKeySequence.SequenceFormat.NativeText


def owned_by(action: QAction, window: QWidget) -> bool:
    parent = action.parent()
    while parent is not None:
        if isinstance(parent, QWidget) and parent.isWindow():
            return parent is window
        parent = parent.parent()
    return True


def actions_with_keys(window: QMainWindow) -> list[QAction]:
    return [
        action
        for action in window.findChildren(QAction)
        if not action.shortcut().isEmpty() and owned_by(action, window)
    ]


def every_screen_built(qtbot: Any, make_window: Callable[..., Any]) -> QMainWindow:
    """The window after visiting every screen, so each screen's own actions exist."""
    window = make_window(show=True)
    window.open_sample()
    for key in (nav.OVERVIEW, nav.ALL_STEPS, nav.ROLES, nav.COMPENSATION, nav.RISKS, nav.POLICY):
        window.go_to_section(key)
        qtbot.waitUntil(lambda k=key: window.current_section() == k)
    assert window.checklist is not None
    return window


def test_every_shortcut_of_the_window_is_listed_once(qtbot: Any, make_window: Callable[..., Any]) -> None:
    window = every_screen_built(qtbot, make_window)
    rows = shortcut_rows(window)
    listed = {(row.keys, row.command) for row in rows}
    actions = actions_with_keys(window)
    assert len(actions) >= 30, "the menus, the Go menu and the screens' actions"
    for action in actions:
        keys = ", ".join(s.toString(NATIVE) for s in action.shortcuts())
        command = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        assert (keys, command) in listed, f"{command} ({keys}) is missing"
    # Nothing twice: no row repeated, and an action in a menu and on the toolbar is one row.
    assert not [row for row, n in Counter(rows).items() if n > 1]
    for name in ("Save", "Export…", "Undo", "User Guide"):
        assert sum(row.command == name for row in rows) == 1, name
    # The window's keys that are no action (F6, Shift+F6) are listed too.
    pane_keys = {s.key().toString(NATIVE) for s in window.findChildren(QShortcut)}
    assert {"F6", "Shift+F6"} <= pane_keys
    assert pane_keys <= {row.keys for row in rows}
    # The screens and steps are each a keystroke away.
    assert {"Ctrl+1", "Ctrl+6", "Alt+1", "Ctrl+/", "F1"} <= {row.keys for row in rows}


def test_ctrl_slash_shows_the_table_which_copies_as_tab_separated_text(
    qtbot: Any, make_window: Callable[..., Any]
) -> None:
    window = make_window(show=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier
    )
    (dialog,) = window.findChildren(ShortcutsWindow)
    qtbot.waitExposed(dialog)
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    assert dialog.visible_rows() == shortcut_rows(window)
    dialog.activateWindow()  # what the window manager does (offscreen has none)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.table)  # the table has the focus

    qtbot.keyClick(dialog.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == len(dialog.rows)
    assert "Ctrl+S\tSave\tFile menu" in lines
    assert all(line.count("\t") == 2 for line in lines)

    dialog.filter_edit.setFocus()
    qtbot.keyClicks(dialog.filter_edit, "pane")
    assert [row.keys for row in dialog.visible_rows()] == ["F6", "Shift+F6"]
    # Asking again gives one window with the rows read afresh, not a second window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: [w for w in window.findChildren(ShortcutsWindow) if w.isVisible()] != [dialog])
    (again,) = [w for w in window.findChildren(ShortcutsWindow) if w.isVisible()]
    assert again.filter_edit.text() == ""
    qtbot.keyClick(again.table, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not again.isVisible())
