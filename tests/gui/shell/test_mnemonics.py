"""Alt+letter reaches every button, tab and check box, and every menu entry has its letter, with no
two on the same letter where one key would be ambiguous.

The tour (tests/helpers/window_tour.py) shows the real window on every screen and sub-view and
opens every dialog. In each state the scope is the window or dialog the person is in: the menu
bar's titles (in the main window), visible buttons, check boxes, radio buttons, tabs, and labels
with a buddy. Each menu is its own scope (its letters work while it is open). Left out: a
dialog's standard OK/Cancel/Close buttons (Enter and Escape), toolbar buttons (their actions are
in the menus), tab bars' scroll arrows, and buttons whose text is data (an overview row, a count),
which gui.common.mnemonics marks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from helpers.window_tour import tour
from hireplan.gui.common.mnemonics import is_list_entry


def letter(text: str) -> str:
    """The mnemonic key of ``text`` ("Alt+R"), or "" when it has none."""
    return QKeySequence.mnemonic(text).toString()


def _needs_letter(button: QAbstractButton) -> bool:
    parent = button.parentWidget()
    if isinstance(parent, (QTabBar, QToolBar)) or is_list_entry(button) or not button.text().strip():
        return False
    return not (
        isinstance(parent, QDialogButtonBox)
        and parent.standardButton(button) != QDialogButtonBox.StandardButton.NoButton
    )


def entries(root: QWidget) -> Iterator[tuple[str, str, bool]]:
    """(kind, text, must have a mnemonic) of everything with a letter in ``root``'s scope now."""
    if isinstance(root, QMainWindow):
        for action in root.menuBar().actions():
            yield "menu", action.text(), True
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        if isinstance(widget, QAbstractButton):
            if _needs_letter(widget):
                yield type(widget).__name__, widget.text(), True
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index), True
        elif isinstance(widget, QLabel) and widget.buddy() is not None and letter(widget.text()):
            yield "label", widget.text(), False


def problems_in(root: QWidget) -> list[str]:
    found = []
    by_letter: dict[str, list[str]] = {}
    for kind, text, required in entries(root):
        key = letter(text)
        if not key:
            if required:
                found.append(f"no mnemonic: {kind} {text!r}")
            continue
        by_letter.setdefault(key, []).append(text)
    found.extend(
        f"{key} clashes: {', '.join(repr(t) for t in texts)}"
        for key, texts in by_letter.items()
        if len(texts) > 1
    )
    return found


def menu_problems(menu: QMenu) -> list[str]:
    found = []
    by_letter: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        key = letter(action.text())
        if not key:
            found.append(f"no mnemonic in {menu.title()!r}: {action.text()!r}")
        else:
            by_letter.setdefault(key, []).append(action.text())
        if action.menu() is not None:
            found.extend(menu_problems(action.menu()))
    found.extend(
        f"{key} clashes in {menu.title()!r}: {', '.join(repr(t) for t in texts)}"
        for key, texts in by_letter.items()
        if len(texts) > 1
    )
    return found


@pytest.mark.qt_log_ignore(  # the offscreen platform, on showing windows
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_every_window_and_dialog_has_a_letter_for_each_control_and_no_two_alike(
    make_window: Callable[..., Any], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(show=True)
    window.open_sample()
    assert window.checklist is not None  # its menu joins the menu bar once the checklist is built
    problems: dict[str, str] = {}

    def look(scope: str, root: QWidget) -> None:
        for problem in problems_in(root):
            problems.setdefault(problem, scope)

    tour(window, qtbot, look, tmp_path)
    for action in window.menuBar().actions():
        for problem in menu_problems(action.menu()):
            problems.setdefault(problem, "menus")

    assert not problems, "\n".join(f"{problem} (on {scope})" for problem, scope in problems.items())


def test_a_clash_and_a_missing_letter_are_caught(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton

    root = QWidget()
    qtbot.addWidget(root)
    row = QHBoxLayout(root)
    for text in ("&Add risk", "Show &acknowledged", "Delete"):
        row.addWidget(QCheckBox(text) if text.startswith("Show") else QPushButton(text))
    root.show()
    qtbot.waitExposed(root)
    assert sorted(problems_in(root)) == [
        "Alt+A clashes: '&Add risk', 'Show &acknowledged'",
        "no mnemonic: QPushButton 'Delete'",
    ]
