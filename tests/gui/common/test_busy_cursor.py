"""The busy cursor shows while the person waits for a screen, a plan or a template, and is always
given back, also when the work fails (the failure is then told with the normal cursor)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from helpers.fakes import FakePrompter
from hireplan.gui.common import section_keys as nav
from hireplan.gui.common.busy_cursor import busy_cursor
from hireplan.gui.shell import file_actions, section_panels
from hireplan.storage import sample_plan, save_plan
from hireplan.storage.errors import PlanFileError

WAIT = Qt.CursorShape.WaitCursor


def cursor_now() -> Qt.CursorShape | None:
    cursor = QGuiApplication.overrideCursor()
    return None if cursor is None else cursor.shape()


def recording(seen: list[Qt.CursorShape | None], work: Callable[..., Any]) -> Callable[..., Any]:
    """``work`` that notes the cursor the person sees while it runs."""

    def run(*args: Any, **kwargs: Any) -> Any:
        seen.append(cursor_now())
        return work(*args, **kwargs)

    return run


def test_the_cursor_comes_back_when_the_work_fails(qtbot: QtBot) -> None:
    with pytest.raises(ValueError, match="broken"), busy_cursor(until_idle=True):
        assert cursor_now() == WAIT
        raise ValueError("broken")
    assert cursor_now() is None  # at once, not after the event loop turns


def test_building_a_screen_shows_the_busy_cursor_until_it_is_shown(
    make_window: Callable[..., Any], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(show=True)
    seen: list[Qt.CursorShape | None] = []
    monkeypatch.setitem(
        section_panels.FACTORIES, nav.RISKS, recording(seen, section_panels.FACTORIES[nav.RISKS])
    )
    assert cursor_now() is None
    window.go_to_section(nav.RISKS)
    assert seen == [WAIT]  # while the Risks screen was built
    assert cursor_now() == WAIT  # and while its lists fill in from the analysis
    qtbot.waitUntil(lambda: cursor_now() is None)
    assert window.current_section() == nav.RISKS


def test_opening_a_plan_and_starting_one_from_a_template_show_it(
    make_window: Callable[..., Any],
    prompter: FakePrompter,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(show=True)
    path = tmp_path / "plan.hireplan"
    save_plan(sample_plan(), path)
    seen: list[Qt.CursorShape | None] = []
    monkeypatch.setattr(file_actions, "open_plan_file", recording(seen, file_actions.open_plan_file))
    assert window.files.load(path)
    qtbot.waitUntil(lambda: cursor_now() is None)
    prompter.template = "ai-talent-attract-retain"
    monkeypatch.setattr(
        file_actions, "new_plan_from_template", recording(seen, file_actions.new_plan_from_template)
    )
    assert window.files.new_plan()
    qtbot.waitUntil(lambda: cursor_now() is None)
    assert seen == [WAIT, WAIT]


def test_a_plan_that_cannot_be_read_is_told_with_the_normal_cursor(
    make_window: Callable[..., Any],
    prompter: FakePrompter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(show=True)

    def unreadable(path: Path) -> Any:
        raise PlanFileError("The file is not a plan.", path=path)

    told: list[Qt.CursorShape | None] = []
    monkeypatch.setattr(file_actions, "open_plan_file", unreadable)
    monkeypatch.setattr(prompter, "show_error", lambda *_args: told.append(cursor_now()))
    assert not window.files.load(tmp_path / "broken.hireplan")
    assert told == [None] and cursor_now() is None
