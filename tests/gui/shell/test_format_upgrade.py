"""A plan saved in an older file format: the window says so, asks before the first save writes the
new format, and keeps the original file beside it, still there after any number of saves."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from helpers.fakes import FakePrompter
from helpers.paths import TESTS
from hireplan.model import SCHEMA_VERSION
from hireplan.storage.plan_file import load_plan

FIXTURE = TESTS / "fixtures" / "v0" / "plan_v0.hireplan"


@pytest.fixture
def old_plan(tmp_path: Path) -> Path:
    path = tmp_path / "prototype.hireplan"
    shutil.copyfile(FIXTURE, path)
    return path


def open_old(make_window: Any, prompter: FakePrompter, path: Path) -> Any:
    window = make_window(prompter, show=True)
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    assert window.files.load(path), prompter.errors
    assert window.files.older_format == 0
    assert any("older file format" in message for message in messages)
    assert window.format_note.label.isVisible()
    return window


def edit(window: Any, title: str) -> None:
    window.document.set_field("plan", window.document.plan.id, "title", title)


def test_saving_an_older_file_asks_first_and_no_leaves_it_untouched(
    make_window: Any, prompter: FakePrompter, old_plan: Path
) -> None:
    original = old_plan.read_bytes()
    window = open_old(make_window, prompter, old_plan)
    edit(window, "Renamed")
    prompter.confirm = False
    assert not window.files.save()
    [(title, message)] = prompter.asked("ask_confirm")
    assert title == "Save in the new file format?"
    assert "file format 0" in message and "prototype.format-0.hireplan" in message
    assert old_plan.read_bytes() == original
    assert not (old_plan.parent / "prototype.format-0.hireplan").exists()
    assert window.document.is_modified() and window.files.older_format == 0


def test_yes_keeps_the_original_through_every_later_save(
    make_window: Any, prompter: FakePrompter, old_plan: Path
) -> None:
    original = old_plan.read_bytes()
    window = open_old(make_window, prompter, old_plan)
    edit(window, "Renamed")
    prompter.confirm = True
    assert window.files.save()
    kept = old_plan.parent / "prototype.format-0.hireplan"
    assert kept.read_bytes() == original
    assert json.loads(old_plan.read_text(encoding="utf-8"))["schema_version"] == SCHEMA_VERSION
    assert load_plan(old_plan).title == "Renamed"
    assert window.files.older_format is None and not window.format_note.label.isVisible()
    for number in range(3):  # later saves ask nothing and never touch the kept original
        edit(window, f"Renamed {number}")
        assert window.files.save()
    assert len(prompter.asked("ask_confirm")) == 1
    assert kept.read_bytes() == original
    assert load_plan(kept).title == load_plan(FIXTURE).title


def test_save_as_elsewhere_leaves_the_older_file_alone_without_asking(
    make_window: Any, prompter: FakePrompter, old_plan: Path, tmp_path: Path
) -> None:
    original = old_plan.read_bytes()
    window = open_old(make_window, prompter, old_plan)
    prompter.save_path = tmp_path / "new.hireplan"
    assert window.files.save_as()
    assert prompter.asked("ask_confirm") == []
    assert old_plan.read_bytes() == original
    assert window.files.older_format is None


def test_opening_a_plan_that_writes_rmb_says_it_is_read_as_cny(
    make_window: Any, prompter: FakePrompter, tmp_path: Path
) -> None:
    from hireplan.storage import sample_plan, save_plan

    path = tmp_path / "rmb.hireplan"
    save_plan(sample_plan(), path)
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["offers"][0]["currency"] = "RMB"
    path.write_text(json.dumps(raw), encoding="utf-8")
    window = make_window(prompter)
    messages: list[str] = []
    window.files.statusMessage.connect(messages.append)
    assert window.files.load(path), prompter.errors
    assert window.document.plan.offers[0].currency == "CNY"
    assert messages[-1] == "Opened rmb.hireplan. RMB is read as CNY, its ISO 4217 code."
