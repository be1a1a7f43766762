"""Autosave and recovery: unsaved work survives a crash, and a clean exit leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.gui.app import ErrorHandler, error_log_path
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import UnsavedAnswer
from hireplan.gui.shell.autosave import orphaned_recoveries, recovery_dir
from hireplan.storage.paths import user_data_dir
from hireplan.storage.plan_file import load_plan, save_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.hireplan"
    save_plan(checklist_plan(), path)
    return path


def open_window(make_window: Any, prompter: FakePrompter, path: Path) -> Any:
    window = make_window()
    assert window.files.load(path), prompter.errors
    return window


def test_recovery_copy_is_written_while_modified_and_never_over_the_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path, qtbot: Any
) -> None:
    original = plan_path.read_bytes()
    window = open_window(make_window, prompter, plan_path)
    window.autosaver.set_interval(0.05)
    qtbot.wait(150)
    assert not window.autosaver.recovery_file.exists(), "nothing to recover while the plan is clean"

    window.document.set_field("item", "a", "owner", "Recovered Owner")
    qtbot.waitUntil(window.autosaver.recovery_file.exists, timeout=3000)
    recovered = load_plan(window.autosaver.recovery_file)
    assert recovered.steps[0].items[0].owner == "Recovered Owner"
    assert window.autosaver.recovery_file.parent == user_data_dir() / "recovery"
    assert plan_path.read_bytes() == original


def test_interval_comes_from_settings(make_window: Any, settings_file: Path) -> None:

    AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat)).set_autosave_seconds(90)
    window = make_window()
    assert window.autosaver.interval_ms() == 90_000


def test_saving_removes_the_recovery_copy(make_window: Any, prompter: FakePrompter, plan_path: Path) -> None:
    window = open_window(make_window, prompter, plan_path)
    window.document.set_field("item", "a", "owner", "Someone")
    assert window.autosaver.save_now()
    assert window.autosaver.recovery_file.exists()
    assert window.files.save()
    assert not window.autosaver.recovery_file.exists()
    assert not window.autosaver.note_file.exists()


def test_clean_exit_leaves_nothing_to_recover(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = open_window(make_window, prompter, plan_path)
    window.document.set_field("item", "a", "owner", "Someone")
    assert window.autosaver.save_now()
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    assert window.close()
    assert list(recovery_dir().glob("*.hireplan")) == []

    second_prompter = FakePrompter()
    second = make_window(second_prompter)
    second.startup(plan_path)
    assert second_prompter.asked("ask_restore_recovery") == []
    assert second.document.plan.steps[0].items[0].owner == "Mei Lin"


def test_a_window_that_is_still_open_is_not_offered_as_a_crash(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = open_window(make_window, prompter, plan_path)
    window.document.set_field("item", "a", "owner", "Someone")
    assert window.autosaver.save_now()
    assert orphaned_recoveries() == []


CRASHING_SESSION = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.common.prompts import QuietPrompter

    settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(prompter=QuietPrompter(), settings=settings)
    assert window.files.load(Path(sys.argv[1]))
    window.autosaver.set_interval(0.05)
    window.document.set_field("plan", window.document.plan.id, "title", "Edited before the crash")
    window.document.set_field("item", "a", "owner", "Crash Tester")

    def crash_once_saved():
        if window.autosaver.recovery_file.exists() and window.autosaver.note_file.exists():
            print("recovery written", flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    poll = QTimer()
    poll.timeout.connect(crash_once_saved)
    poll.start(20)
    QTimer.singleShot(10_000, app.quit)
    app.exec()
    """
)


def crash_a_session(plan_path: Path, settings_file: Path, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "crash.py"
    script.write_text(CRASHING_SESSION)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(script), str(plan_path), str(settings_file)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


@pytest.mark.slow
def test_after_a_crash_the_next_start_offers_the_recovery_copy_with_its_time(
    make_window: Any, prompter: FakePrompter, plan_path: Path, settings_file: Path, tmp_path: Path
) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    result = crash_a_session(plan_path, settings_file, tmp_path)
    assert result.returncode == -9 and "recovery written" in result.stdout, result.stderr
    assert load_plan(plan_path).title == "Test plan", "the crash must not have touched the plan"

    prompter.restore = True
    window = make_window()
    window.startup(plan_path)
    offers = prompter.asked("ask_restore_recovery")
    assert len(offers) == 1
    assert offers[0].plan_title == "Edited before the crash"
    assert offers[0].plan_path == plan_path.resolve()
    assert before <= offers[0].saved_at <= datetime.now(UTC)

    doc = window.document
    assert doc.plan.title == "Edited before the crash"
    assert doc.plan.steps[0].items[0].owner == "Crash Tester"
    assert doc.path == plan_path.resolve()
    assert doc.is_modified() and window.isWindowModified(), "restored work is unsaved until saved"
    assert window.files.save()
    assert load_plan(plan_path).steps[0].items[0].owner == "Crash Tester"


@pytest.mark.slow
def test_not_now_keeps_the_recovery_copy_and_delete_removes_it(
    make_window: Any, prompter: FakePrompter, plan_path: Path, settings_file: Path, tmp_path: Path
) -> None:
    result = crash_a_session(plan_path, settings_file, tmp_path)
    assert result.returncode == -9, result.stderr

    prompter.restore = None  # "Not Now"
    later = make_window()
    later.startup(plan_path)
    assert len(prompter.asked("ask_restore_recovery")) == 1
    assert later.document.plan.title == "Test plan" and not later.document.is_modified()
    assert len(orphaned_recoveries()) == 1, "kept for the next start"

    delete_prompter = FakePrompter()
    delete_prompter.restore = False  # "Delete Copy"
    window = make_window(delete_prompter)
    window.startup(plan_path)
    assert len(delete_prompter.asked("ask_restore_recovery")) == 1
    assert window.document.plan.title == "Test plan" and not window.document.is_modified()
    assert orphaned_recoveries() == []
    assert list(recovery_dir().glob("*.hireplan")) == []


def test_unexpected_error_is_logged_autosaved_and_reported(
    make_window: Any, prompter: FakePrompter, plan_path: Path, qtbot: Any
) -> None:

    window = open_window(make_window, prompter, plan_path)
    window.document.set_field("item", "a", "owner", "Unsaved Owner")
    handler = ErrorHandler(prompter, windows=[window])
    try:
        raise RuntimeError("a slot went wrong")
    except RuntimeError as exc:
        handler(type(exc), exc, exc.__traceback__)

    log = error_log_path().read_text(encoding="utf-8")
    assert "RuntimeError: a slot went wrong" in log and "Traceback" in log
    assert load_plan(window.autosaver.recovery_file).steps[0].items[0].owner == "Unsaved Owner"
    qtbot.waitUntil(lambda: len(prompter.errors) == 1)  # told from the event loop, not inside the error
    assert "a slot went wrong" in prompter.errors[0] and str(error_log_path()) in prompter.errors[0]
    assert window.document.is_modified(), "the window keeps going with its unsaved changes"


FAILING_SLOT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QSettings, QTimer
    from hireplan.gui.app import error_log_path, install_error_handler, make_application
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.common.prompts import QuietPrompter

    app = make_application()
    install_error_handler(QuietPrompter())
    window = MainWindow(QuietPrompter(), AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    assert window.files.load(Path(sys.argv[1]))
    window.document.set_field("item", "a", "owner", "Unsaved Owner")

    def broken_slot():
        raise ZeroDivisionError("a bug in a slot")

    def afterwards():
        print("still running", flush=True)
        print("log:", error_log_path().is_file(), flush=True)
        print("recovery:", window.autosaver.recovery_file.is_file(), flush=True)
        app.quit()

    QTimer.singleShot(0, broken_slot)
    QTimer.singleShot(300, afterwards)
    app.exec()
    """
)


@pytest.mark.slow
def test_an_exception_in_a_slot_is_caught_logged_and_the_work_autosaved(
    plan_path: Path, settings_file: Path, tmp_path: Path
) -> None:
    script = tmp_path / "failing_slot.py"
    script.write_text(FAILING_SLOT)
    result = subprocess.run(
        [sys.executable, str(script), str(plan_path), str(settings_file)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["still running", "log: True", "recovery: True"]
    assert "Something went wrong" in result.stderr and "a bug in a slot" in result.stderr
    assert "ZeroDivisionError: a bug in a slot" in error_log_path().read_text(encoding="utf-8")
