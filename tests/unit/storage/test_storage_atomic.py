"""A save that fails or is cut short never damages the plan already on disk.

The failures are injected where the operating system reports them (``os.write``, ``os.fsync``,
``os.replace``...), and a real child process is killed in the middle of saving.
"""

from __future__ import annotations

import contextlib
import errno
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers.full_plans import full_plan
from hireplan.i18n import CHINESE, using_language
from hireplan.model import ChecklistItem, Plan, Step
from hireplan.storage import (
    PlanFileError,
    atomic_write_bytes,
    backup_path,
    load_plan,
    plan_to_bytes,
    save_plan,
)


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder`` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A folder holding a plan saved twice (so it also has a .bak)."""
    path = tmp_path / "plan.hireplan"
    save_plan(Plan(title="before"), path)
    save_plan(full_plan(), path)
    return path


def _failing_save(path: Path, monkeypatch: pytest.MonkeyPatch, name: str, fake: Callable[..., object]) -> str:
    """Save a different plan with ``os.<name>`` replaced by ``fake``; return the error message."""
    folder_before = _snapshot(path.parent)
    with monkeypatch.context() as patch:
        patch.setattr(os, name, fake)
        with pytest.raises(PlanFileError) as info:
            save_plan(Plan(title="after"), path)
    assert _snapshot(path.parent) == folder_before, "the plan, its .bak and the folder must be untouched"
    assert load_plan(path) == full_plan()
    return str(info.value)


def test_a_disk_that_fills_up_halfway_leaves_the_old_plan_intact(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    calls: list[int] = []

    def half_then_full(fd: int, data: bytes) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(data[: len(data) // 2]))
        raise OSError(errno.ENOSPC, "No space left on device")

    message = _failing_save(saved, monkeypatch, "write", half_then_full)
    assert len(calls) == 2, "the rest of the data was attempted after the short write"
    assert message.startswith(f"Could not save {saved}: the disk holding {saved.parent} is full")


def test_a_write_that_silently_writes_nothing_is_caught(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The QSaveFile trap: a write reporting no error but not writing everything."""
    message = _failing_save(saved, monkeypatch, "write", lambda fd, data: 0)
    assert "is full" in message


def test_a_write_that_claims_success_but_loses_data_is_caught(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system that reports every byte written yet stores only half: the size check notices."""
    real_write = os.write

    def lying(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[: len(data) // 2]))
        return len(data)

    message = _failing_save(saved, monkeypatch, "write", lying)
    assert "shorter than the data" in message


def test_short_writes_are_continued_until_everything_is_written(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing fewer bytes than asked is legal (pipes, network drives); the save must finish the job."""
    real_write = os.write

    def small_chunks(fd: int, data: bytes) -> int:
        return real_write(fd, bytes(data[:1000]))

    monkeypatch.setattr(os, "write", small_chunks)
    plan = Plan(
        title="after",
        steps=[Step(key="k", title="t", items=[ChecklistItem(text="x" * 400) for _ in range(20)])],
    )
    save_plan(plan, saved)
    monkeypatch.undo()
    assert load_plan(saved) == plan


@pytest.mark.parametrize(
    ("name", "code", "reason"),
    [
        ("fsync", errno.EIO, "the system refused to write the file"),
        ("replace", errno.EACCES, "permission denied"),
        ("replace", errno.EROFS, "is read-only"),
    ],
)
def test_a_failure_late_in_the_save_leaves_the_old_plan_intact(
    saved: Path, monkeypatch: pytest.MonkeyPatch, name: str, code: int, reason: str
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    message = _failing_save(saved, monkeypatch, name, fail)
    assert reason in message
    assert "\n" not in message


def test_no_permission_to_create_a_file_in_the_folder(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated (tests may run as root, whom permissions do not stop)."""

    real_open = os.open

    def denied(path: object, flags: int, *args: object, **kwargs: object) -> int:
        if flags & os.O_CREAT:
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_open(path, flags, *args, **kwargs)  # type: ignore[arg-type]

    before = _snapshot(saved.parent)
    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(PlanFileError, match=f"permission denied: you cannot write to {saved.parent}"):
        save_plan(Plan(title="after"), saved)
    assert _snapshot(saved.parent) == before


def test_saving_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    target = tmp_path / "gone" / "plan.hireplan"
    with pytest.raises(PlanFileError, match=r"the folder .*gone does not exist"):
        save_plan(Plan(title="x"), target)


def test_saving_over_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "plan.hireplan").mkdir()
    with pytest.raises(PlanFileError, match="is a folder, not a file"):
        save_plan(Plan(title="x"), tmp_path / "plan.hireplan")
    assert (tmp_path / "plan.hireplan").is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["plan.hireplan"]


def test_why_a_save_failed_is_said_in_the_person_s_language(tmp_path: Path) -> None:
    """A Chinese window's save error names the folder and the fix in Chinese, not the system's English."""
    (tmp_path / "计划.hireplan").mkdir()
    with using_language(CHINESE), pytest.raises(PlanFileError) as folder_error:
        save_plan(Plan(title="x"), tmp_path / "计划.hireplan")
    with using_language(CHINESE), pytest.raises(PlanFileError) as missing_error:
        save_plan(Plan(title="x"), tmp_path / "不在" / "计划.hireplan")
    assert "是文件夹，不是文件" in str(folder_error.value)
    assert "不存在" in str(missing_error.value) and "不在" in str(missing_error.value)


def test_the_backup_is_copied_where_hard_links_are_not_supported(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """USB sticks (FAT) and some network drives have no hard links; the .bak must still be made."""
    current = saved.read_bytes()

    def no_links(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    save_plan(Plan(title="after"), saved)
    assert backup_path(saved).read_bytes() == current
    assert load_plan(saved).title == "after"
    assert sorted(p.name for p in saved.parent.iterdir()) == ["plan.hireplan", "plan.hireplan.bak"]


def test_a_successful_save_leaves_no_temporary_files(saved: Path) -> None:
    for index in range(5):
        save_plan(Plan(title=f"v{index}"), saved)
    assert sorted(p.name for p in saved.parent.iterdir()) == ["plan.hireplan", "plan.hireplan.bak"]


def test_atomic_write_bytes_writes_exactly_the_bytes(tmp_path: Path) -> None:
    data = bytes(range(256)) * 1000
    atomic_write_bytes(tmp_path / "blob", data)
    assert (tmp_path / "blob").read_bytes() == data


_CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from hireplan.storage import atomic_write_bytes
    target = Path(sys.argv[1])
    versions = [Path(sys.argv[2]).read_bytes(), Path(sys.argv[3]).read_bytes()]
    print("ready", flush=True)
    index = 0
    while True:
        atomic_write_bytes(target, versions[index % 2], keep_backup=True)
        index += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")
def test_killing_the_app_in_the_middle_of_saves_never_leaves_an_unreadable_plan(tmp_path: Path) -> None:
    """20 times: a real process saves in a loop and is killed with SIGKILL at a random moment.
    Afterwards the plan (and its .bak) always opens and is one of the two versions saved."""
    big = full_plan()
    big.steps[0].items = [ChecklistItem(text=f"item {i} " + "x" * 200) for i in range(4000)]
    versions = {"a": big, "b": full_plan()}
    blobs = {key: plan_to_bytes(plan) for key, plan in versions.items()}
    for key, blob in blobs.items():
        (tmp_path / f"{key}.json").write_bytes(blob)
    work = tmp_path / "work"
    work.mkdir()
    target = work / "plan.hireplan"
    target.write_bytes(blobs["b"])
    rng = random.Random(20)
    interrupted_mid_save = 0
    for _ in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(target), str(tmp_path / "a.json"), str(tmp_path / "b.json")],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline() == b"ready\n"
        time_in_loop = rng.uniform(0.001, 0.08)
        with contextlib.suppress(subprocess.TimeoutExpired):
            child.wait(timeout=time_in_loop)
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        leftovers = [p for p in work.iterdir() if p.name.endswith(".tmp")]
        interrupted_mid_save += bool(leftovers)
        for leftover in leftovers:  # what a crash leaves behind; the next run starts clean
            leftover.unlink()
        assert load_plan(target) in versions.values()
        if backup_path(target).exists():
            assert load_plan(backup_path(target)) in versions.values()
    print(f"{interrupted_mid_save} of 20 kills landed inside a save")
    assert interrupted_mid_save > 0, "no kill landed inside a save, so the test proved nothing"


def test_old_style_temporary_files_left_by_a_crash_are_cleaned_up_by_the_next_save(saved: Path) -> None:
    """Names earlier versions used carry no lock: only old ones go; other files are never touched."""
    folder = saved.parent
    old_tmp = folder / ".plan.hireplan.abcd1234.tmp"
    old_bak_tmp = folder / ".plan.hireplan.zz_99xyz.bak.tmp"
    old_export = folder / ".brief.pdf.k2j4h5g6.part"
    fresh_tmp = folder / ".plan.hireplan.freshtmp.tmp"
    not_ours = [folder / ".plan.hireplan.swp", folder / "notes.tmp", folder / ".hireplan-notours.tmp"]
    for path in (old_tmp, old_bak_tmp, old_export, fresh_tmp, *not_ours):
        path.write_bytes(b"partial")
    hours_ago = time.time() - 3 * 3600
    for path in (old_tmp, old_bak_tmp, old_export, *not_ours):
        os.utime(path, (hours_ago, hours_ago))
    save_plan(Plan(title="after"), saved)
    assert not old_tmp.exists() and not old_bak_tmp.exists() and not old_export.exists()
    assert fresh_tmp.exists() and all(path.exists() for path in not_ours)
