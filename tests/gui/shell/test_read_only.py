"""A plan file the person cannot write opens read-only: the title says so, every edit is refused
with one message, and Save offers Save As; saving a copy makes the copy editable."""

from __future__ import annotations

import stat
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.gui.checklist.checklist_cells import Column
from hireplan.gui.document.read_only import ReadOnlyError
from hireplan.gui.shell.error_handler import ErrorHandler
from hireplan.gui.shell.read_only_notice import STATUS_NOTE, why_read_only
from hireplan.storage.plan_file import load_plan, save_plan


@pytest.fixture
def read_only_plan(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "team.hireplan"
    path.parent.mkdir()
    save_plan(checklist_plan(), path)
    path.chmod(0o444)
    return path


@pytest.fixture
def app_error_handler(prompter: FakePrompter, monkeypatch: pytest.MonkeyPatch) -> ErrorHandler:
    """The app's own handler, so a refusal that ends a slot behaves as in the app; any other
    exception is still shown through the fake prompter, and each test asserts there was none."""
    handler = ErrorHandler(prompter, windows=[])
    monkeypatch.setattr(sys, "excepthook", handler)
    return handler


def open_read_only(make_window: Any, path: Path, prompter: FakePrompter) -> Any:
    window = make_window(prompter, show=True)
    assert window.files.load(path), prompter.errors
    return window


def test_a_file_without_write_permission_is_read_only(tmp_path: Path, read_only_plan: Path) -> None:
    assert why_read_only(read_only_plan) is not None
    writable = tmp_path / "mine.hireplan"
    save_plan(checklist_plan(), writable)
    assert why_read_only(writable) is None
    assert why_read_only(tmp_path / "not-yet.hireplan") is None
    link = tmp_path / "link.hireplan"
    link.symlink_to(read_only_plan)
    assert why_read_only(link) is not None, "a link is judged by the file it points at"
    writable_link = tmp_path / "writable-link.hireplan"
    writable_link.symlink_to(writable)
    assert why_read_only(writable_link) is None


def test_two_windows_open_the_same_read_only_plan_and_neither_can_change_it(
    make_window: Any, qtbot: Any, read_only_plan: Path, app_error_handler: ErrorHandler
) -> None:
    before = read_only_plan.read_bytes()
    prompters = [FakePrompter(), FakePrompter()]
    windows = [open_read_only(make_window, read_only_plan, p) for p in prompters]
    for window, prompter in zip(windows, prompters, strict=True):
        assert window.document.read_only
        assert window.windowTitle().startswith("team.hireplan (read-only)")
        assert window.read_only_notice.note.isVisible()
        assert window.read_only_notice.note.text() == STATUS_NOTE

        # typing into the header: refused, and the field shows the plan's title again
        header = window.header
        header.title_edit.setFocus()
        header.title_edit.selectAll()
        qtbot.keyClicks(header.title_edit, "Changed")
        assert window.document.plan.title == "Test plan"
        assert header.title_edit.text() == "Test plan"

        # a checklist cell, through the model as the view's editor does
        model = window.checklist.model
        step = model.index(0, 0)
        owner = model.index(0, Column.OWNER, step)
        assert not model.setData(owner, "Someone", Qt.ItemDataRole.EditRole)

        # a menu action that inserts and selects: it stops at the refusal
        window.checklist.item_actions.add_action.trigger()
        window.checklist.item_actions.delete_action.trigger()

        with pytest.raises(ReadOnlyError):  # and straight through the document
            window.document.set_field("item", "a", "status", "done")

        qtbot.waitUntil(lambda p=prompter: len(p.asked("show_warning")) == 1)
        qtbot.wait(20)
        [(title, message)] = prompter.asked("show_warning")
        assert title == "This plan is read-only"
        assert "Save As" in message and "team.hireplan" in message
        assert prompter.errors == [], "a refused edit is not an unexpected error"
        assert not window.document.is_modified()
        assert window.document.undo_stack.count() == 0

    assert read_only_plan.read_bytes() == before


def test_save_offers_save_as_and_the_copy_is_editable(
    make_window: Any, qtbot: Any, prompter: FakePrompter, read_only_plan: Path, tmp_path: Path
) -> None:
    window = open_read_only(make_window, read_only_plan, prompter)
    before = read_only_plan.read_bytes()
    prompter.save_path = None  # the person cancels the Save As dialog
    assert not window.files.save()
    assert prompter.asked("ask_save_path"), "Save on a read-only plan asks for another name"
    assert read_only_plan.read_bytes() == before

    prompter.save_path = read_only_plan  # choosing the read-only file itself is refused
    assert not window.files.save_as()
    assert "permission" in prompter.errors[-1]
    assert read_only_plan.read_bytes() == before
    assert stat.S_IMODE(read_only_plan.stat().st_mode) == 0o444

    copy = tmp_path / "copy.hireplan"
    prompter.save_path = copy
    assert window.files.save()
    assert not window.document.read_only
    assert window.windowTitle().startswith("copy.hireplan")
    assert not window.read_only_notice.note.isVisible()
    window.document.set_field("plan", window.document.plan.id, "title", "Now mine")
    assert window.files.save()
    assert load_plan(copy).title == "Now mine"
    assert read_only_plan.read_bytes() == before
