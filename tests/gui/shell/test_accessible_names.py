"""A screen reader names every control a person can tab to.

The real window on the sample plan visits every screen and sub-view (each tab, tabs inside tabs,
both compensation modes) and opens every dialog and tool window the app has. On each, every
visible widget that takes focus must have an accessible name: the name Qt gives assistive
technology (``QAccessible`` Name), which is the widget's ``accessibleName()``, or a button's or
check box's own text, or the text of a label whose buddy it is. A widget whose focus passes to
another (a focus proxy) is named through that other widget, which is checked itself.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from helpers.window_tour import app_dialog_classes, tour


def spoken_name(widget: QWidget) -> str:
    """What assistive technology hears as the widget's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    """Enough to find the widget in the code: its class, object name and the parents above it."""
    chain = []
    current: QWidget | None = widget
    while current is not None and len(chain) < 4:
        name = type(current).__name__
        chain.append(f"{name}#{current.objectName()}" if current.objectName() else name)
        current = current.parentWidget()
    return " < ".join(chain)


def unnamed_focusable(root: QWidget) -> list[QWidget]:
    return [
        widget
        for widget in (root, *root.findChildren(QWidget))
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and widget.focusProxy() is None
        and not spoken_name(widget)
    ]


@pytest.mark.qt_log_ignore(  # the offscreen platform, on showing windows
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_every_focusable_widget_on_every_screen_and_dialog_has_a_name(
    make_window: Callable[..., Any], qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(show=True)
    window.open_sample()
    problems: dict[str, str] = {}
    checked: list[int] = []

    def look(scope: str, root: QWidget) -> None:
        focusable = [w for w in root.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        checked.append(len(focusable))
        for widget in unnamed_focusable(root):
            problems.setdefault(describe(widget), scope)

    opened = tour(window, qtbot, look, tmp_path)

    assert not problems, "Focusable widgets without an accessible name:\n" + "\n".join(
        f"{widget} (on {scope})" for widget, scope in problems.items()
    )
    assert opened == app_dialog_classes(), "dialogs the tour never opened, so never checked"
    assert len(checked) > 20 and min(checked) > 0  # every screen, tab and dialog was looked at


def test_a_table_without_a_name_is_caught(qtbot: QtBot) -> None:
    """The check itself: a bare table fails it, the same table named passes."""
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    table = QTableView()
    QVBoxLayout(root).addWidget(table)
    root.show()
    qtbot.waitExposed(root)
    assert unnamed_focusable(root) == [table]
    table.setAccessibleName("Offers")
    assert unnamed_focusable(root) == []
