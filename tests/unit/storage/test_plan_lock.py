"""The lock beside a plan: every user sees it, a live holder keeps it, only a stale one is taken over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hireplan.storage.plan_lock import (
    STALE_AFTER_SECONDS,
    LockInfo,
    LockState,
    PlanLock,
    lock_path_for,
    read_lock,
    this_machine,
)

HOLD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from hireplan.storage.plan_lock import LockState, PlanLock

    lock = PlanLock(Path(sys.argv[1]), user=sys.argv[2])
    assert lock.acquire().state is LockState.ACQUIRED
    print("locked", flush=True)
    if sys.argv[3] == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    sys.stdin.readline()
    lock.release()
    """
)


def _user_env(tmp_path: Path, name: str) -> dict[str, str]:
    """A separate account: its own HOME and data folders, sharing only the plan folder."""
    home = tmp_path / f"home-{name}"
    (home / "data").mkdir(parents=True)
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"), "USER": name}


def _holder(tmp_path: Path, plan: Path, mode: str) -> subprocess.Popen[str]:
    script = tmp_path / "hold.py"
    script.write_text(HOLD)
    process = subprocess.Popen(
        [sys.executable, str(script), str(plan), "alice", mode],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=_user_env(tmp_path, "alice"),
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "locked"
    return process


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    shared = tmp_path / "share"
    shared.mkdir()
    path = shared / "team plan.hireplan"
    path.write_text("{}")
    return path


def test_the_lock_lies_beside_the_plan(plan: Path) -> None:
    assert lock_path_for(plan) == plan.parent / ".~lock.team plan.hireplan#"


def test_a_second_user_sees_who_holds_a_live_lock_and_cannot_take_it_over(tmp_path: Path, plan: Path) -> None:
    process = _holder(tmp_path, plan, "hold")
    try:
        bob = PlanLock(plan, user="bob")
        result = bob.acquire()
        assert result.state is LockState.HELD and not result.stale
        assert result.holder is not None and result.holder.user == "alice"
        assert "alice has had this plan open on" in result.holder.describe()
        assert bob.take_over().state is LockState.HELD, "a live holder's lock is never taken over"
        assert read_lock(lock_path_for(plan)).user == "alice"  # type: ignore[union-attr]
    finally:
        process.communicate("\n", timeout=30)
    assert not lock_path_for(plan).exists(), "the holder removed its lock when it let go"
    assert PlanLock(plan, user="bob").acquire().state is LockState.ACQUIRED


def test_a_lock_left_by_a_killed_process_is_stale_and_taken_over(tmp_path: Path, plan: Path) -> None:
    process = _holder(tmp_path, plan, "crash")
    process.communicate(timeout=30)
    assert process.returncode == -9
    bob = PlanLock(plan, user="bob")
    result = bob.acquire()
    assert result.state is LockState.HELD and result.stale
    assert bob.take_over().state is LockState.ACQUIRED
    holder = read_lock(lock_path_for(plan))
    assert holder is not None and holder.user == "bob" and holder.pid == os.getpid()
    bob.release()
    assert not lock_path_for(plan).exists()


def _write_lock(plan: Path, *, host: str, pid: int, seen: datetime) -> None:
    info = LockInfo("carol", host, pid, seen, seen, "abc")
    lock_path_for(plan).write_bytes(info.to_bytes())


def test_a_lock_from_another_machine_is_stale_only_after_the_stated_age(plan: Path) -> None:
    now = datetime.now(UTC)
    _write_lock(plan, host="other-machine", pid=999_999, seen=now - timedelta(minutes=5))
    result = PlanLock(plan, user="bob").acquire()
    assert result.state is LockState.HELD and not result.stale, "a pid means nothing on another machine"
    _write_lock(
        plan, host="other-machine", pid=999_999, seen=now - timedelta(seconds=STALE_AFTER_SECONDS + 60)
    )
    lock = PlanLock(plan, user="bob")
    assert lock.acquire().stale
    assert lock.take_over().state is LockState.ACQUIRED


def test_refresh_keeps_a_long_open_plan_from_going_stale(plan: Path) -> None:
    lock = PlanLock(plan, user="bob")
    assert lock.acquire().state is LockState.ACQUIRED
    raw = json.loads(lock_path_for(plan).read_text())
    raw["seen"] = (datetime.now(UTC) - timedelta(hours=5)).isoformat()
    lock_path_for(plan).write_text(json.dumps(raw))
    assert lock.refresh()
    info = read_lock(lock_path_for(plan))
    assert info is not None and datetime.now(UTC) - info.seen < timedelta(minutes=1)


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe garbage", b"[1, 2]", b'{"pid": "1; rm -rf /", "since": "x"}', b"{" * 100_000, b""],
)
def test_a_corrupt_or_hostile_lock_is_an_unknown_holder_never_an_error(plan: Path, content: bytes) -> None:
    lock_path_for(plan).write_bytes(content)
    result = PlanLock(plan, user="bob").acquire()
    assert result.state is LockState.HELD and result.holder is not None
    assert not result.holder.known
    assert "cannot be read" in result.holder.describe()


def test_a_folder_or_link_where_the_lock_belongs_is_never_followed(plan: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("do not touch")
    lock_path_for(plan).symlink_to(secret)
    result = PlanLock(plan, user="bob").acquire()
    assert result.state is LockState.HELD and not result.holder.known  # type: ignore[union-attr]
    assert secret.read_text() == "do not touch"
    lock_path_for(plan).unlink()
    lock_path_for(plan).mkdir()
    assert PlanLock(plan, user="bob").acquire().state is LockState.HELD


def test_a_read_only_share_leaves_the_plan_editable_with_a_reason(
    plan: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only share refuses to create files (EROFS); tests run as root, so the refusal is simulated."""
    real_open = os.open

    def read_only_share(path: object, flags: int, *args: object) -> int:
        if flags & os.O_CREAT:
            raise OSError(30, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_share)
    result = PlanLock(plan, user="bob").acquire()
    assert result.state is LockState.UNWRITABLE
    assert "No lock could be written beside the plan" in result.problem
    assert "Read-only file system" in result.problem


def test_releasing_never_removes_someone_elses_lock(plan: Path) -> None:
    mine = PlanLock(plan, user="bob")
    assert mine.acquire().state is LockState.ACQUIRED
    _write_lock(plan, host=this_machine(), pid=os.getpid(), seen=datetime.now(UTC))  # taken over meanwhile
    mine.release()
    assert lock_path_for(plan).exists()
