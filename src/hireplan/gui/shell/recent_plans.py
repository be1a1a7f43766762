"""File › Open Recent: the last plans opened, newest first, with their full paths as tips."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from hireplan.gui.common.app_settings import AppSettings


def fill_recent_menu(menu: QMenu, settings: AppSettings, open_recent: Callable[[Path], object]) -> None:
    menu.clear()
    paths = settings.recent_files()
    for number, path in enumerate(paths, start=1):
        prefix = f"&{number} " if number < 10 else ""
        action = menu.addAction(f"{prefix}{path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _c=False, p=path: open_recent(p))
    if not paths:
        empty = menu.addAction(QCoreApplication.translate("RecentPlans", "No recent plans"))
        empty.setEnabled(False)
        return
    menu.addSeparator()
    clear = menu.addAction(QCoreApplication.translate("RecentPlans", "&Clear Recent Plans"))
    clear.triggered.connect(lambda _c=False: settings.set_recent_files([]))
