"""The Help menu's entries: the user guide (F1), the keyboard shortcuts, About hireplan, About Qt.

The guide and shortcuts windows (and the HTML parser the guide's contents list needs) are imported
when first opened, not when the menu is built: the window's start-up does not wait for them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

SHORTCUTS_KEY = "Ctrl+/"
"""Free in the window and in the platforms' standard keys; the key many applications use for this."""


@dataclass(frozen=True)
class HelpActions:
    guide: QAction
    shortcuts: QAction
    about: QAction
    about_qt: QAction


def fill_help_menu(menu: QMenu, window: QMainWindow, on_about: Callable[[], None]) -> HelpActions:
    """Add the Help entries to ``menu``; the guide and shortcuts keys work while the menu is closed."""
    guide = QAction(QCoreApplication.translate("HelpMenu", "&User Guide"), window)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.setStatusTip(
        QCoreApplication.translate("HelpMenu", "Read how to plan, compare offers and share a plan")
    )
    guide.triggered.connect(lambda _c=False: _show_guide(window))
    shortcuts = QAction(QCoreApplication.translate("HelpMenu", "&Keyboard Shortcuts"), window)
    shortcuts.setShortcut(QKeySequence(SHORTCUTS_KEY))
    shortcuts.setStatusTip(QCoreApplication.translate("HelpMenu", "Every key the window answers to"))
    shortcuts.triggered.connect(lambda _c=False: _show_shortcuts(window))
    about = QAction(QCoreApplication.translate("HelpMenu", "&About hireplan"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda _c=False: on_about())
    about_qt = QAction(QCoreApplication.translate("HelpMenu", "About &Qt"), window)
    about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
    about_qt.triggered.connect(lambda _c=False: QMessageBox.aboutQt(window))
    for action in (guide, shortcuts):
        window.addAction(action)
    menu.addAction(guide)
    menu.addAction(shortcuts)
    menu.addSeparator()
    menu.addAction(about)
    menu.addAction(about_qt)
    return HelpActions(guide, shortcuts, about, about_qt)


def _show_guide(window: QMainWindow) -> None:
    from hireplan.gui.help.guide_window import show_guide

    show_guide(window)


def _show_shortcuts(window: QMainWindow) -> None:
    from hireplan.gui.help.shortcuts_window import show_shortcuts

    show_shortcuts(window)
