"""F6 and Shift+F6 move the focus between the window's panes (side list, plan header, screen).

Tab walks every field of a pane; a person who only wants to reach the screen should not have to
Tab through the header each time, hence the platform's usual pane keys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget


def first_focusable(pane: QWidget) -> QWidget | None:
    """The first widget of ``pane`` that Tab would reach, in the focus chain's order."""
    if _takes_tab(pane):
        return pane
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and _takes_tab(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def install_pane_keys(window: QWidget, panes: Callable[[], Sequence[QWidget | None]]) -> None:
    """F6 focuses the next pane, Shift+F6 the previous one; ``panes`` lists them in order."""

    def move(step: int) -> None:
        order = [p for p in panes() if p is not None and first_focusable(p) is not None]
        if not order:
            return
        focused = QApplication.focusWidget()
        here = next(
            (
                i
                for i, p in enumerate(order)
                if focused is not None and (p is focused or p.isAncestorOf(focused))
            ),
            -1,
        )
        target = order[(here + step) % len(order)] if here >= 0 else order[0]
        widget = first_focusable(target)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    for key, step in ((Qt.Key.Key_F6, 1), (Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_F6, -1)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda s=step: move(s))
