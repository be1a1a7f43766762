"""The one atomic writer (`hireplan.atomic`) as plans, templates and exports rely on it.

Read-only files stay read-only, links stay links, devices and pipes are refused by type, a name
at the file system's limit saves, a crashed save's leftovers go at the next open or save of the
folder, and nothing changes the process's umask.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hireplan import atomic
from hireplan.atomic import TargetRefusedError
from hireplan.model import Plan
from hireplan.storage import PlanFileError, load_plan, save_plan


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.hireplan"
    save_plan(Plan(title="original"), path, keep_backup=False)
    return path


def _folder(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


def test_a_read_only_plan_is_not_replaced_by_save(plan_path: Path) -> None:
    plan_path.chmod(0o444)
    before = plan_path.read_bytes()
    with pytest.raises(PlanFileError, match="is read-only; it was not replaced"):
        save_plan(Plan(title="changed"), plan_path)
    assert plan_path.read_bytes() == before
    assert stat.S_IMODE(plan_path.stat().st_mode) == 0o444
    assert _folder(plan_path) == ["plan.hireplan"]


def test_force_replaces_a_read_only_file_and_keeps_its_mode(plan_path: Path) -> None:
    plan_path.chmod(0o444)
    save_plan(Plan(title="changed"), plan_path, force=True)
    assert load_plan(plan_path).title == "changed"
    assert stat.S_IMODE(plan_path.stat().st_mode) == 0o444


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real_dir = tmp_path / "shared"
    real_dir.mkdir()
    real = real_dir / "real.hireplan"
    save_plan(Plan(title="original"), real, keep_backup=False)
    link = tmp_path / "link.hireplan"
    link.symlink_to(real)
    save_plan(Plan(title="through the link"), link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_plan(real).title == "through the link"
    assert (real_dir / "real.hireplan.bak").exists(), "the backup sits beside the real file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.hireplan", "shared"]


def test_a_link_to_a_read_only_file_is_refused(tmp_path: Path) -> None:
    real = tmp_path / "real.hireplan"
    save_plan(Plan(title="original"), real, keep_backup=False)
    real.chmod(0o444)
    link = tmp_path / "link.hireplan"
    link.symlink_to(real)
    with pytest.raises(PlanFileError, match="read-only"):
        save_plan(Plan(title="changed"), link)
    assert load_plan(real).title == "original" and link.is_symlink()


def test_a_dangling_link_is_refused_with_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "plan.hireplan"
    link.symlink_to(tmp_path / "elsewhere" / "gone.hireplan")
    with pytest.raises(PlanFileError, match="which does not exist"):
        save_plan(Plan(title="x"), link)
    assert link.is_symlink() and not (tmp_path / "elsewhere").exists()


def test_a_link_loop_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a.hireplan", tmp_path / "b.hireplan"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(PlanFileError, match="loops back on itself"):
        save_plan(Plan(title="x"), a)
    assert a.is_symlink() and b.is_symlink()


@pytest.mark.parametrize("kind", ["fifo", "device"])
def test_special_files_are_refused_by_type_without_writing(tmp_path: Path, kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe.hireplan"
        os.mkfifo(target)
        wording = "a named pipe"
    else:
        target = tmp_path / "null.hireplan"
        target.symlink_to("/dev/null")
        wording = "a device"
    with pytest.raises(PlanFileError, match=wording):  # a FIFO would block for ever if opened
        save_plan(Plan(title="x"), target)
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


@pytest.mark.parametrize("length", [249, 255])
def test_a_file_name_at_the_length_limit_saves(tmp_path: Path, length: int) -> None:
    name = "p" * (length - len(".hireplan")) + ".hireplan"
    assert len(name.encode()) == length
    path = tmp_path / name
    save_plan(Plan(title="long"), path)
    save_plan(Plan(title="longer"), path)
    assert load_plan(path).title == "longer"


def test_new_files_get_the_umask_without_anyone_changing_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """os.umask is process-wide: calling it from an export thread races every other thread."""
    current = os.umask(0o027)
    try:

        def no_umask(mask: int) -> int:
            raise AssertionError("the writer changed the process umask")

        monkeypatch.setattr(os, "umask", no_umask)
        written = atomic.write_bytes(tmp_path / "new.pdf", b"%PDF-1.4\n")
        assert stat.S_IMODE(written.stat().st_mode) == 0o640
    finally:
        monkeypatch.undo()
        os.umask(current)


def test_write_with_checks_the_target_before_producing(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    target.write_bytes(b"old")
    target.chmod(0o444)
    produced: list[bool] = []
    with pytest.raises(TargetRefusedError) as info:
        atomic.write_with(target, lambda out: produced.append(True))
    assert info.value.read_only and info.value.errno == errno.EACCES
    assert produced == [] and target.read_bytes() == b"old"


_HOLD_A_SAVE = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from hireplan import atomic
    fd, tmp = atomic._create_temp(Path(sys.argv[1]), 0o600)
    os.write(fd, b"half of a plan")
    print(tmp, flush=True)
    time.sleep(600)
    """
)


def test_a_crashed_saves_temporary_file_goes_at_the_next_open_but_a_live_one_stays(plan_path: Path) -> None:
    """Two processes share the folder: one is half-way through a save, then dies."""
    saver = subprocess.Popen(
        [sys.executable, "-c", _HOLD_A_SAVE, str(plan_path.parent)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert saver.stdout is not None
        tmp = Path(saver.stdout.readline().strip())
        assert tmp.exists() and len(tmp.name) < 30
        load_plan(plan_path)
        save_plan(Plan(title="meanwhile"), plan_path)
        assert tmp.exists(), "a save still running in another process was disturbed"
    finally:
        saver.kill()
        saver.wait()
        if saver.stdout is not None:
            saver.stdout.close()
    load_plan(plan_path)
    assert not tmp.exists(), "the dead save's temporary file was left behind"
    assert _folder(plan_path) == ["plan.hireplan", "plan.hireplan.bak"]
