"""GUI test set-up: Qt's test mode for standard paths, a scripted Prompter, and a window factory.

The root conftest already forces the offscreen platform and private XDG folders; here every
window also gets its own settings file, so no test reads another's recent files or geometry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from helpers.fakes import FakePrompter
from hireplan import i18n
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.language import install_translators
from hireplan.gui.qt_workarounds import apply_workarounds
from hireplan.gui.shell.main_window import MainWindow

QStandardPaths.setTestModeEnabled(True)
apply_workarounds()  # as the app does at start: the tests build documents and widgets without it


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The offscreen platform cannot pass a window's size limits on and says so on every show.

    That message is about the test platform, not the app; every other Qt warning still fails.
    """
    for item in items:
        if "tests/gui/" in item.nodeid or "gui/" in str(item.path):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture(scope="session", autouse=True)
def _english_catalogue(qapp: QApplication) -> Iterator[None]:
    """As the app does at start in English: ``hireplan_en.qm`` gives plural messages ("%n high
    flag(s)") their singular and plural forms. A test in Chinese installs its catalogue on top."""
    translators = install_translators(qapp, i18n.ENGLISH)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def prompter() -> FakePrompter:
    return FakePrompter()


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "hireplan.ini"


@pytest.fixture
def make_window(qtbot: Any, prompter: FakePrompter, settings_file: Path) -> Iterator[Callable[..., Any]]:
    """Build a MainWindow with the fake prompter; windows left open are closed without questions."""

    windows: list[MainWindow] = []

    def make(p: FakePrompter | None = None, *, show: bool = False) -> MainWindow:
        settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
        window = MainWindow(prompter=p or prompter, settings=settings)
        qtbot.addWidget(window)
        windows.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            qtbot.waitUntil(window.has_painted)
        return window

    yield make
    for window in windows:
        window.autosaver.shutdown()
        window.files.shutdown()
        window.document.undo_stack.setClean()
