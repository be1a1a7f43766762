"""An old file format is upgraded only after saying so, and its original is kept.

Reading never writes (the CLI's validate/check/export and the window's open); the first save in
the new format first copies the file as it was to ``FILE.format-N.bak``, which later saves (and
the rotating ``FILE.bak``) never overwrite.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.paths import TESTS
from hireplan import atomic
from hireplan.model import SCHEMA_VERSION
from hireplan.storage import PlanFileError, load_plan, save_plan
from hireplan.storage.plan_file import keep_original, open_plan, upgrade_notice

FIXTURE = TESTS / "fixtures" / "v0" / "plan_v0.hireplan"


@pytest.fixture
def old(tmp_path: Path) -> Path:
    path = tmp_path / "team.hireplan"
    path.write_bytes(FIXTURE.read_bytes())
    return path


def test_opening_an_old_file_says_which_format_and_changes_nothing(old: Path) -> None:
    before = old.read_bytes()
    opened = open_plan(old)
    assert opened.format_version == 0 and opened.older
    notice = upgrade_notice(old, opened.format_version)
    assert "file format 0" in notice and "team.format-0.hireplan" in notice
    assert old.read_bytes() == before and sorted(p.name for p in old.parent.iterdir()) == ["team.hireplan"]


def test_two_saves_after_an_upgrade_still_leave_the_original(old: Path) -> None:
    original = old.read_bytes()
    opened = open_plan(old)
    for title in ("first save", "second save", "third save"):
        opened.plan.title = title
        save_plan(opened.plan, old, upgrading_from=opened.format_version)
    assert (old.parent / "team.format-0.hireplan").read_bytes() == original
    assert open_plan(old).format_version == SCHEMA_VERSION and load_plan(old).title == "third save"
    assert sorted(p.name for p in old.parent.iterdir()) == [
        "team.format-0.hireplan",
        "team.hireplan",
        "team.hireplan.bak",
    ]


def test_a_current_file_gets_no_format_backup(tmp_path: Path, old: Path) -> None:
    path = tmp_path / "current.hireplan"
    save_plan(load_plan(old), path)
    opened = open_plan(path)
    assert not opened.older
    save_plan(opened.plan, path, upgrading_from=opened.format_version)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("current")) == [
        "current.hireplan",
        "current.hireplan.bak",
    ]


def test_when_the_original_cannot_be_kept_the_save_is_refused(
    old: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    original = old.read_bytes()
    opened = open_plan(old)
    real = atomic.write_bytes

    def refuse_backup(path: Path, data: bytes, **kwargs: object) -> Path:
        if ".format-0" in path.name:
            raise OSError(28, "No space left on device")
        return real(path, data, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic, "write_bytes", refuse_backup)
    with pytest.raises(PlanFileError, match="original"):
        save_plan(opened.plan, old, upgrading_from=0)
    assert old.read_bytes() == original


def test_a_second_copy_never_replaces_the_first(old: Path) -> None:
    original = old.read_bytes()
    first = keep_original(old, 0)
    old.write_bytes(b"changed by hand")
    second = keep_original(old, 0)
    assert first.name == "team.format-0.hireplan" and second.name == "team.format-0 (2).hireplan"
    assert first.read_bytes() == original
