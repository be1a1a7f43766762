"""A plan open in two places is warned about; a lock left by a crash does not get in the way."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.gui.common.prompts import UnsavedAnswer
from hireplan.gui.shell.instance_lock import PlanLock, lock_path_for, locks_dir
from hireplan.storage.plan_file import save_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "shared.hireplan"
    save_plan(checklist_plan(), path)
    return path


def test_second_window_opening_the_same_plan_is_warned(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    assert prompter.asked("ask_open_locked") == []

    second_prompter = FakePrompter()
    second_prompter.open_locked = False
    second = make_window(second_prompter)
    second.files.show_untitled(checklist_plan())
    assert second.files.load(plan_path) is False
    ((path, holder),) = second_prompter.asked("ask_open_locked")
    assert path == plan_path and "another window" in holder
    assert second.document.path is None, "declining keeps the window's own plan"


def test_reopening_the_windows_own_plan_is_not_a_conflict(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    window.document.set_field("plan", window.document.plan.id, "title", "Changed")
    prompter.open_path = plan_path
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    window.files.open_action.trigger()
    assert prompter.asked("ask_open_locked") == []
    assert window.document.plan.title == "Test plan" and not window.document.is_modified()
    assert window.files.lock is not None and window.files.lock.held
    other = FakePrompter()
    other.open_locked = False
    assert make_window(other).files.load(plan_path) is False, "still locked against other windows"


def test_opening_anyway_after_the_warning_shows_the_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    second_prompter = FakePrompter()
    second_prompter.open_locked = True
    second = make_window(second_prompter)
    assert second.files.load(plan_path)
    assert second.document.path == plan_path.resolve()
    assert len(second_prompter.asked("ask_open_locked")) == 1


def test_closing_the_first_window_frees_the_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    assert first.close()
    second_prompter = FakePrompter()
    second = make_window(second_prompter)
    assert second.files.load(plan_path)
    assert second_prompter.asked("ask_open_locked") == []


def test_save_as_onto_a_plan_open_elsewhere_is_refused(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    before = plan_path.read_bytes()
    second_prompter = FakePrompter()
    second = make_window(second_prompter)
    second.files.show_untitled(checklist_plan())
    second_prompter.save_path = plan_path
    assert second.files.save_as() is False
    assert "open in another window" in second_prompter.errors[0]
    assert plan_path.read_bytes() == before


HOLD_LOCK = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from hireplan.gui.shell.instance_lock import PlanLock

    lock = PlanLock(Path(sys.argv[1]))
    assert lock.try_acquire()
    print("locked", flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
    lock.release()
    """
)


def _holder(tmp_path: Path, plan_path: Path, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "hold_lock.py"
    script.write_text(HOLD_LOCK)
    process = subprocess.Popen(
        [sys.executable, str(script), str(plan_path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.slow
def test_plan_open_in_another_process_is_warned_with_that_process(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    process = _holder(tmp_path, plan_path, "hold")
    try:
        prompter.open_locked = False
        window = make_window()
        assert window.files.load(plan_path) is False
        ((_, holder),) = prompter.asked("ask_open_locked")
        assert f"process {process.pid}" in holder
    finally:
        process.communicate("\n", timeout=30)  # the line lets it go; communicate also closes the pipes
    assert window.files.load(plan_path) is True
    assert len(prompter.asked("ask_open_locked")) == 1, "no warning once the other process let go"


@pytest.mark.slow
def test_stale_lock_left_by_a_killed_process_is_taken_over(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    process = _holder(tmp_path, plan_path, "crash")
    process.communicate(timeout=30)  # waits and closes the pipes
    assert process.returncode == -9
    assert lock_path_for(plan_path).exists(), "the killed process left its lock file behind"

    window = make_window()
    assert window.files.load(plan_path)
    assert prompter.asked("ask_open_locked") == []
    assert window.files.lock is not None and window.files.lock.held
    assert not PlanLock(plan_path).try_acquire(), "the window now holds the lock itself"


def test_an_unwritable_lock_folder_does_not_stop_opening(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    locks_dir().parent.mkdir(parents=True, exist_ok=True)
    locks_dir().write_text("a file where the lock folder should be")
    window = make_window()
    assert window.files.load(plan_path)
    assert prompter.asked("ask_open_locked") == [] and prompter.errors == []
    assert window.document.path == plan_path.resolve()
