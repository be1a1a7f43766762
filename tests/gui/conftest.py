"""GUI test set-up: Qt's test mode for standard paths, a scripted Prompter, and a window factory.

The root conftest already forces the offscreen platform and private XDG folders; here every
window also gets its own settings file, so no test reads another's recent files or geometry.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import RecoveryOffer, UnsavedAnswer
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


class FakePrompter:
    """Answers every question from its attributes and records what was asked."""

    def __init__(self) -> None:
        self.unsaved_answer = UnsavedAnswer.CANCEL
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.restore: bool | None = True
        self.open_locked = True
        self.template: str | None = None
        self.confirm = True
        self.calls: list[tuple[str, Any]] = []

    def _record(self, name: str, detail: Any = None) -> None:
        self.calls.append((name, detail))

    def asked(self, name: str) -> list[Any]:
        return [detail for call, detail in self.calls if call == name]

    @property
    def errors(self) -> list[str]:
        return [f"{t}: {m}" for t, m in self.asked("show_error")]

    def ask_open_path(self, parent: QWidget | None, start_dir: Path | None) -> Path | None:
        self._record("ask_open_path", start_dir)
        return self.open_path

    def ask_save_path(self, parent: QWidget | None, suggested: Path) -> Path | None:
        self._record("ask_save_path", suggested)
        return self.save_path

    def ask_unsaved_changes(self, parent: QWidget | None, document_name: str) -> UnsavedAnswer:
        self._record("ask_unsaved_changes", document_name)
        return self.unsaved_answer

    def ask_restore_recovery(self, parent: QWidget | None, offer: RecoveryOffer) -> bool | None:
        self._record("ask_restore_recovery", offer)
        return self.restore

    def ask_open_locked(self, parent: QWidget | None, path: Path, holder: str) -> bool:
        self._record("ask_open_locked", (path, holder))
        return self.open_locked

    def ask_template(self, parent: QWidget | None, templates: Sequence[Any]) -> str | None:
        self._record("ask_template", [t.name for t in templates])
        return self.template

    def ask_confirm(self, parent: QWidget | None, title: str, message: str, action: str) -> bool:
        self._record("ask_confirm", (title, message))
        return self.confirm

    def show_error(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_error", (title, message))

    def show_warning(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_warning", (title, message))

    def show_info(self, parent: QWidget | None, title: str, message: str) -> None:
        self._record("show_info", (title, message))


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
