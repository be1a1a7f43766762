"""Files the CLI cannot use: exit status 2 and one message, never 1 with a traceback.

Read-only outputs are kept unless --force, links are never replaced by files, special files are
refused by type, a full disk leaves nothing behind (and no stray ZipFile.__del__ traceback), and
an old file format is read without writing the file, with a note that says so.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from helpers.paths import TESTS
from hireplan.cli.main import main
from hireplan.model import SCHEMA_VERSION
from hireplan.storage import load_plan, save_plan
from hireplan.storage.builtin_templates import sample_plan

FIXTURES = TESTS / "fixtures"


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.hireplan"
    save_plan(sample_plan(), path, keep_backup=False)
    return path


def _cli(*argv: str) -> tuple[int, str, str]:
    result = subprocess.run(
        [sys.executable, "-m", "hireplan", *argv], capture_output=True, text=True, timeout=180, check=False
    )
    return result.returncode, result.stdout, result.stderr


@pytest.mark.parametrize("kind", ["pdf", "xlsx"])
def test_export_keeps_a_read_only_output_unless_forced(plan_file: Path, tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"out.{kind}"
    out.write_bytes(b"kept")
    out.chmod(0o444)
    status = main(["export", str(plan_file), f"--{kind}", str(out)])
    assert status == 2 and out.read_bytes() == b"kept"
    assert main(["export", str(plan_file), f"--{kind}", str(out), "--force"]) == 0
    assert out.read_bytes() != b"kept" and stat.S_IMODE(out.stat().st_mode) == 0o444


def test_export_through_a_link_replaces_what_it_points_at_and_keeps_the_link(
    plan_file: Path, tmp_path: Path
) -> None:
    real = tmp_path / "reports" / "brief.pdf"
    real.parent.mkdir()
    real.write_bytes(b"old")
    link = tmp_path / "brief.pdf"
    link.symlink_to(real)
    assert main(["export", str(plan_file), "--pdf", str(link)]) == 0
    assert link.is_symlink() and real.read_bytes().startswith(b"%PDF")


def test_new_refuses_a_read_only_file_and_a_dangling_link(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    locked = tmp_path / "locked.hireplan"
    save_plan(sample_plan(), locked, keep_backup=False)
    locked.chmod(0o444)
    before = locked.read_bytes()
    assert main(["new", "-o", str(locked)]) == 2
    assert locked.read_bytes() == before
    dangling = tmp_path / "dangling.hireplan"
    dangling.symlink_to(tmp_path / "nowhere" / "x.hireplan")
    assert main(["new", "-o", str(dangling)]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "nowhere").exists()
    loop = tmp_path / "loop.hireplan"
    loop.symlink_to(loop)
    assert main(["new", "-o", str(loop), "--force"]) == 2
    assert loop.is_symlink()


@pytest.mark.parametrize("path", ["/dev/zero", "fifo"])
def test_validate_refuses_a_device_or_a_pipe_by_type(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str
) -> None:
    if path == "fifo":
        path = str(tmp_path / "pipe.hireplan")
        os.mkfifo(path)
    assert main(["validate", path]) == 2
    assert "not a file" in capsys.readouterr().err


_FULL_DISK = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from hireplan.cli.main import main
    sys.exit(main(sys.argv[2:]))
    """
)


def test_a_disk_that_fills_during_export_exits_2_with_one_message(plan_file: Path, tmp_path: Path) -> None:
    """A file-size limit stands in for a full disk (no mount needed): the write fails part-way.

    Before the fix, a limit just under the workbook's size let the zip's data through and failed
    on its directory, and ``ZipFile.__del__`` printed a traceback after the message.
    """
    full = tmp_path / "full.xlsx"
    assert main(["export", str(plan_file), "--xlsx", str(full)]) == 0
    size = full.stat().st_size
    full.unlink()
    out = tmp_path / "book.xlsx"
    for limit in (size // 2, size - 3000, size - 1500, size - 500):
        result = subprocess.run(
            [sys.executable, "-c", _FULL_DISK, str(limit), "export", str(plan_file), "--xlsx", str(out)],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
        assert result.returncode == 2, result.stderr
        assert result.stderr.startswith("hireplan: export: Cannot write"), result.stderr
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
        assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.hireplan"]


def test_an_old_format_is_read_without_writing_it_and_the_cli_says_so(tmp_path: Path) -> None:
    old = tmp_path / "prototype.hireplan"
    old.write_bytes((FIXTURES / "v0" / "plan_v0.hireplan").read_bytes())
    before = old.read_bytes()
    for argv in (
        ["validate", str(old)],
        ["check", str(old), "--format", "json", "--today", "2026-11-23"],
        ["export", str(old), "--xlsx", str(tmp_path / "b.xlsx")],
    ):
        status, out, err = _cli(*argv)
        assert status in (0, 3), err
        assert "file format 0" in err and "not changed" in err, err
        if argv[0] == "check":
            json.loads(out)  # the note goes to stderr: the JSON stays clean
    assert old.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.xlsx", "prototype.hireplan"]
    assert load_plan(old).schema_version == SCHEMA_VERSION
