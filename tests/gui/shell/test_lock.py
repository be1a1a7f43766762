"""A plan someone else has open: the lock beside it warns the next person, who opens it read-only,
as a copy, or (only when the lock is stale) takes it over; a file changed on disk is never
overwritten silently."""

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
from hireplan.gui.common.prompts import ChangedAnswer, LockedAnswer
from hireplan.storage.backups import list_backups
from hireplan.storage.plan_file import load_plan, save_plan
from hireplan.storage.plan_lock import LockState, PlanLock, lock_path_for, read_lock


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    share = tmp_path / "share"
    share.mkdir()
    path = share / "shared.hireplan"
    save_plan(checklist_plan(), path)
    return path


def test_second_window_is_warned_and_opens_read_only(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    assert prompter.asked("ask_open_locked") == []
    assert lock_path_for(plan_path).exists(), "the lock lies beside the plan"

    second_prompter = FakePrompter()
    second = make_window(second_prompter)
    assert second.files.load(plan_path)
    ((path, holder, stale),) = second_prompter.asked("ask_open_locked")
    assert path == plan_path and not stale and "has had this plan open" in holder
    assert second.document.read_only
    assert "read-only" in second.windowTitle().lower()


def test_open_a_copy_shows_an_untitled_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    second_prompter = FakePrompter()
    second_prompter.open_locked = LockedAnswer.COPY
    second = make_window(second_prompter)
    assert second.files.load(plan_path)
    assert second.document.path is None and not second.document.read_only
    assert second.document.plan.title == checklist_plan().title


def test_cancel_keeps_the_current_plan(make_window: Any, prompter: FakePrompter, plan_path: Path) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    second_prompter = FakePrompter()
    second_prompter.open_locked = LockedAnswer.CANCEL
    second = make_window(second_prompter)
    assert second.files.load(plan_path) is False
    assert second.document.path != plan_path.resolve()


def test_closing_the_first_window_frees_the_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    first = make_window()
    assert first.files.load(plan_path)
    assert first.close()
    assert not lock_path_for(plan_path).exists()
    second_prompter = FakePrompter()
    second = make_window(second_prompter)
    assert second.files.load(plan_path)
    assert second_prompter.asked("ask_open_locked") == []


def test_save_as_onto_a_plan_open_elsewhere_is_refused(
    make_window: Any, prompter: FakePrompter, plan_path: Path
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


# Two users: separate processes with separate HOME and data folders, one shared plan folder ----------

HOLD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from hireplan.storage.plan_lock import LockState, PlanLock

    lock = PlanLock(Path(sys.argv[1]), user="alice")
    assert lock.acquire().state is LockState.ACQUIRED
    print("locked", flush=True)
    if sys.argv[2] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
    lock.release()
    """
)


def _alice(tmp_path: Path, plan_path: Path, mode: str) -> subprocess.Popen[str]:
    home = tmp_path / "home-alice"
    (home / "data").mkdir(parents=True)
    script = tmp_path / "alice.py"
    script.write_text(HOLD)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "USER": "alice"}
    process = subprocess.Popen(
        [sys.executable, str(script), str(plan_path), mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.mark.slow
def test_another_user_process_holding_the_plan_makes_this_window_read_only(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    process = _alice(tmp_path, plan_path, "hold")
    try:
        prompter.open_locked = LockedAnswer.TAKE_OVER  # asked for, but a live lock is never taken over
        window = make_window()
        assert window.files.load(plan_path)
        ((_, holder, stale),) = prompter.asked("ask_open_locked")
        assert holder.startswith("alice has had this plan open") and not stale
        assert window.document.read_only
        assert read_lock(lock_path_for(plan_path)).user == "alice"  # type: ignore[union-attr]
    finally:
        process.communicate("\n", timeout=30)


@pytest.mark.slow
def test_a_killed_users_lock_is_stale_and_taken_over(
    make_window: Any, prompter: FakePrompter, plan_path: Path, tmp_path: Path
) -> None:
    process = _alice(tmp_path, plan_path, "crash")
    process.communicate(timeout=30)
    assert process.returncode == -9
    assert lock_path_for(plan_path).exists(), "the killed process left its lock behind"
    prompter.open_locked = LockedAnswer.TAKE_OVER
    window = make_window()
    assert window.files.load(plan_path)
    ((_, _, stale),) = prompter.asked("ask_open_locked")
    assert stale and not window.document.read_only
    assert window.files.lock is not None and window.files.lock.held
    assert PlanLock(plan_path, user="carol").acquire().state is LockState.HELD


def test_an_unwritable_lock_leaves_the_plan_editable_with_a_notice(
    make_window: Any, prompter: FakePrompter, plan_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = os.open

    def read_only_share(path: Any, flags: int, *args: Any) -> int:
        if str(path).endswith("#") and flags & os.O_CREAT:
            raise OSError(30, "Read-only file system", str(path))
        return real_open(path, flags, *args)

    monkeypatch.setattr(os, "open", read_only_share)
    window = make_window()
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    assert window.files.load(plan_path)
    assert not window.document.read_only and prompter.errors == []
    assert any("No lock could be written beside the plan" in m for m in messages)


def test_a_corrupt_lock_never_stops_the_plan_opening_read_only(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    lock_path_for(plan_path).write_bytes(b"\x00\xff not a lock \n" * 50)
    window = make_window()
    assert window.files.load(plan_path)
    ((_, holder, _),) = prompter.asked("ask_open_locked")
    assert "cannot be read" in holder
    assert window.document.read_only


# Changed on disk -----------------------------------------------------------------------------------


def _edited_elsewhere(plan_path: Path) -> bytes:
    theirs = load_plan(plan_path)
    theirs.title = "Their edit"
    save_plan(theirs, plan_path)
    return plan_path.read_bytes()


def _my_edit(window: Any) -> None:
    window.document.set_field("plan", window.document.plan.id, "notes", "My edit")


@pytest.mark.parametrize("answer", [ChangedAnswer.CANCEL, ChangedAnswer.RELOAD, ChangedAnswer.KEEP_COPY])
def test_a_file_changed_on_disk_is_never_overwritten_silently(
    make_window: Any, prompter: FakePrompter, plan_path: Path, answer: ChangedAnswer
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    _my_edit(window)
    theirs = _edited_elsewhere(plan_path)
    prompter.changed_on_disk = [answer]
    assert window.files.save() is False
    assert prompter.asked("ask_changed_on_disk") == [plan_path.resolve()]
    assert plan_path.read_bytes() == theirs, "their file is untouched whatever the answer"
    if answer is ChangedAnswer.RELOAD:
        assert window.document.plan.title == "Their edit" and window.document.plan.notes != "My edit"
        assert window.files.save()  # now in step with the disk: saves without asking again
        assert len(prompter.asked("ask_changed_on_disk")) == 1
    elif answer is ChangedAnswer.KEEP_COPY:
        copy = window.document.path
        assert copy is not None and copy != plan_path.resolve() and copy.parent == plan_path.parent
        assert load_plan(copy).notes == "My edit"
        assert "copy by" in copy.name
    else:
        assert window.document.is_modified()


def test_compare_shows_both_versions_then_asks_again(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    _my_edit(window)
    _edited_elsewhere(plan_path)
    compared: list[tuple[str, str]] = []
    window.files.compare_versions = lambda old, new, a, b: compared.append((old.title, new.notes))
    prompter.changed_on_disk = [ChangedAnswer.COMPARE, ChangedAnswer.CANCEL]
    assert window.files.save() is False
    assert compared == [("Their edit", "My edit")]
    assert len(prompter.asked("ask_changed_on_disk")) == 2


def test_regaining_focus_gives_a_quiet_notice_once(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    window.files.check_disk_quietly()
    assert messages == []
    _edited_elsewhere(plan_path)
    window.files.check_disk_quietly()
    window.files.check_disk_quietly()
    assert len(messages) == 1 and "changed by someone else" in messages[0]
    assert prompter.asked("ask_changed_on_disk") == [] and prompter.errors == []


def test_saves_rotate_backups_beside_the_plan(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = make_window()
    window.settings.set_backups_kept(2)
    assert window.files.load(plan_path)
    for number in range(4):
        window.document.set_field("plan", window.document.plan.id, "notes", f"save {number}")
        assert window.files.save()
    kept = list_backups(plan_path)
    assert len(kept) == 2
    assert [load_plan(b.path).notes for b in kept] == ["save 2", "save 1"]


def test_a_backup_folder_that_cannot_be_written_still_saves_with_a_notice(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    (plan_path.parent / ".hireplan-backups").write_text("a file where the backups folder belongs")
    window = make_window()
    assert window.files.load(plan_path)
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    window.document.set_field("plan", window.document.plan.id, "notes", "Saved anyway")
    assert window.files.save()
    assert load_plan(plan_path).notes == "Saved anyway"
    assert any("no backup could be kept in .hireplan-backups" in m for m in messages)
    assert not window.document.read_only and prompter.errors == []


def test_a_window_whose_lock_was_taken_over_says_so(
    make_window: Any, prompter: FakePrompter, plan_path: Path
) -> None:
    window = make_window()
    assert window.files.load(plan_path)
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    lock_path_for(plan_path).unlink()  # as if another computer took over after this one slept for hours
    assert PlanLock(plan_path, user="carol").acquire().state is LockState.ACQUIRED
    window.files.disk._refresh_lock()
    assert len(messages) == 1 and "took over" in messages[0]
    assert read_lock(lock_path_for(plan_path)).user == "carol"  # type: ignore[union-attr]
