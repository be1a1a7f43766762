"""Files from the window: nothing is lost on close, open, save failure or a bad file."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.gui.common.prompts import UnsavedAnswer
from hireplan.gui.template_library.template_picker import TemplatePickerDialog
from hireplan.model import Plan
from hireplan.storage.errors import PlanFileError
from hireplan.storage.plan_file import load_plan, save_plan
from hireplan.storage.templates import TemplateLibrary


def write_plan(path: Path, title: str) -> Path:
    plan = checklist_plan()
    plan.title = title
    save_plan(plan, path)
    return path


@pytest.fixture
def plan_a(tmp_path: Path) -> Path:
    return write_plan(tmp_path / "alpha.hireplan", "Alpha plan")


@pytest.fixture
def plan_b(tmp_path: Path) -> Path:
    return write_plan(tmp_path / "beta.hireplan", "Beta plan")


def edit_title(window: Any, title: str) -> None:
    window.document.set_field("plan", window.document.plan.id, "title", title)


def opened(window: Any, path: Path, prompter: FakePrompter) -> Any:
    assert window.files.load(path), prompter.errors
    return window


# Unsaved changes on close ------------------------------------------------------------------------


def test_close_with_changes_and_cancel_keeps_the_window_and_the_changes(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.CANCEL
    assert window.close() is False
    assert window.isVisible()
    assert prompter.asked("ask_unsaved_changes") == ["alpha.hireplan"]
    assert window.document.plan.title == "Changed" and window.document.is_modified()
    assert load_plan(plan_a).title == "Alpha plan"


def test_close_with_changes_and_discard_closes_without_writing(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    assert window.close() is True
    assert load_plan(plan_a).title == "Alpha plan"


def test_close_with_changes_and_save_writes_the_file_then_closes(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.SAVE
    assert window.close() is True
    assert load_plan(plan_a).title == "Changed"


def test_close_with_save_that_fails_stays_open(
    make_window: Any, prompter: FakePrompter, plan_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.SAVE

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise PlanFileError("The disk is full; alpha.hireplan was not changed.")

    monkeypatch.setattr("hireplan.storage.plan_file.save_plan", disk_full)
    assert window.close() is False
    assert window.document.plan.title == "Changed" and window.document.is_modified()
    assert "The disk is full" in prompter.errors[0]


def test_close_without_changes_asks_nothing(make_window: Any, prompter: FakePrompter, plan_a: Path) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    assert window.close() is True
    assert prompter.asked("ask_unsaved_changes") == []


# Unsaved changes on open -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("answer", "expect_title_shown", "expect_alpha_on_disk"),
    [
        (UnsavedAnswer.SAVE, "Beta plan", "Changed"),
        (UnsavedAnswer.DISCARD, "Beta plan", "Alpha plan"),
        (UnsavedAnswer.CANCEL, "Changed", "Alpha plan"),
    ],
)
def test_open_with_unsaved_changes_follows_the_answer(
    make_window: Any,
    prompter: FakePrompter,
    plan_a: Path,
    plan_b: Path,
    *,
    answer: UnsavedAnswer,
    expect_title_shown: str,
    expect_alpha_on_disk: str,
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = answer
    prompter.open_path = plan_b
    window.files.open_action.trigger()
    assert prompter.asked("ask_unsaved_changes") == ["alpha.hireplan"]
    assert window.document.plan.title == expect_title_shown
    assert load_plan(plan_a).title == expect_alpha_on_disk
    if answer is UnsavedAnswer.CANCEL:
        assert window.document.is_modified() and window.document.path == plan_a.resolve()
        assert prompter.asked("ask_open_path") == []
    else:
        assert not window.document.is_modified() and window.document.path == plan_b.resolve()


def test_new_with_unsaved_changes_and_cancel_keeps_the_plan(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.CANCEL
    window.files.new_action.trigger()
    assert prompter.asked("ask_template") == []
    assert window.document.plan.title == "Changed"


# Save, Save As, failures -------------------------------------------------------------------------


def test_save_failure_keeps_the_windows_data_and_modified_state(
    make_window: Any, prompter: FakePrompter, plan_a: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Unsaved work")
    undo_count = window.document.undo_stack.count()

    def no_permission(*_args: object, **_kwargs: object) -> None:
        raise PlanFileError("You do not have permission to write alpha.hireplan.")

    monkeypatch.setattr("hireplan.storage.plan_file.save_plan", no_permission)
    window.files.save_action.trigger()
    assert len(prompter.errors) == 1 and "permission" in prompter.errors[0]
    assert window.document.plan.title == "Unsaved work"
    assert window.document.is_modified() and window.isWindowModified()
    assert window.document.undo_stack.count() == undo_count
    assert load_plan(plan_a).title == "Alpha plan"


def test_save_as_to_a_place_that_cannot_be_written_says_so_and_keeps_everything(
    make_window: Any, prompter: FakePrompter, plan_a: Path, tmp_path: Path
) -> None:
    """A real failure from the file system (these tests may run as root, so not a chmod)."""
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Unsaved work")
    not_a_folder = tmp_path / "report.txt"
    not_a_folder.write_text("a file, not a folder")
    prompter.save_path = not_a_folder / "copy.hireplan"
    assert window.files.save_as() is False
    assert len(prompter.errors) == 1 and "Traceback" not in prompter.errors[0]
    assert not_a_folder.read_text() == "a file, not a folder"
    assert window.document.path == plan_a.resolve()
    assert window.document.plan.title == "Unsaved work" and window.document.is_modified()
    assert load_plan(plan_a).title == "Alpha plan"


def test_save_as_writes_a_new_file_and_the_window_follows_it(
    make_window: Any, prompter: FakePrompter, plan_a: Path, tmp_path: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Copy")
    prompter.save_path = tmp_path / "copy.hireplan"
    window.files.save_as_action.trigger()
    assert prompter.errors == []
    assert load_plan(tmp_path / "copy.hireplan").title == "Copy"
    assert load_plan(plan_a).title == "Alpha plan"
    assert window.document.path == (tmp_path / "copy.hireplan").resolve()
    assert not window.document.is_modified()
    assert window.windowTitle().startswith("copy.hireplan")


def test_save_of_an_untitled_plan_asks_where_and_suggests_a_name_from_the_title(
    make_window: Any, prompter: FakePrompter, tmp_path: Path
) -> None:
    window = make_window()
    window.files.show_untitled(checklist_plan())
    edit_title(window, "AI hiring 2026")
    prompter.save_path = tmp_path / "chosen.hireplan"
    window.files.save_action.trigger()
    assert prompter.asked("ask_save_path")[0].name == "AI-hiring-2026.hireplan"
    assert load_plan(tmp_path / "chosen.hireplan").title == "AI hiring 2026"


def test_title_shows_the_file_name_and_a_modified_marker(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    assert window.windowTitle() == "alpha.hireplan[*] — hireplan"
    assert not window.isWindowModified()
    edit_title(window, "Changed")
    assert window.isWindowModified()
    window.document.undo_stack.undo()
    assert not window.isWindowModified()


def test_open_a_bad_file_shows_a_message_and_keeps_the_current_plan(
    make_window: Any, prompter: FakePrompter, plan_a: Path, tmp_path: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Unsaved work")
    bad = tmp_path / "broken.hireplan"
    bad.write_bytes(b"{ this is not json")
    prompter.unsaved_answer = UnsavedAnswer.DISCARD
    assert window.files.load(bad) is False
    assert len(prompter.errors) == 1 and "broken.hireplan" in prompter.errors[0]
    assert "Traceback" not in prompter.errors[0]
    assert window.document.plan.title == "Unsaved work" and window.document.is_modified()
    assert bad.read_bytes() == b"{ this is not json"


def test_revert_reloads_the_saved_file_after_confirmation(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    edit_title(window, "Changed")
    assert window.files.revert_action.isEnabled()
    prompter.confirm = False
    window.files.revert_action.trigger()
    assert window.document.plan.title == "Changed"
    prompter.confirm = True
    window.files.revert_action.trigger()
    assert window.document.plan.title == "Alpha plan" and not window.document.is_modified()


# New from a template ---------------------------------------------------------------------------


def test_new_plan_from_the_chosen_template_is_untitled(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:

    window = opened(make_window(), plan_a, prompter)
    templates = TemplateLibrary().list()
    prompter.template = templates[-1].name
    window.files.new_action.trigger()
    assert prompter.asked("ask_template") == [[t.name for t in templates]]
    assert window.document.path is None and not window.document.is_modified()
    assert [s.key for s in window.document.plan.steps] == [
        s.key for s in TemplateLibrary().get(prompter.template).plan.steps
    ]
    assert all(item.owner == "" for step in window.document.plan.steps for item in step.items)


def test_new_plan_takes_the_default_owner_from_settings(
    make_window: Any, prompter: FakePrompter, plan_a: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    window.settings.set_default_owner("Mei Lin")
    prompter.template = TemplateLibrary().list()[0].name
    window.files.new_action.trigger()
    assert window.document.plan.owner == "Mei Lin"
    assert window.header.owner_edit.text() == "Mei Lin"


def test_template_picker_shows_each_templates_description(qtbot: Any) -> None:

    templates = TemplateLibrary().list()
    dialog = TemplatePickerDialog(templates)
    qtbot.addWidget(dialog)
    for info in templates:
        assert dialog.select_name(info.name)
        shown = dialog.details.toPlainText()
        assert info.title in shown
        assert info.description.split("\n")[0][:60] in shown
        assert dialog.selected_name() == info.name


# Recent files and drag-and-drop ------------------------------------------------------------------


def test_recent_files_list_newest_first_and_reopen(
    make_window: Any, prompter: FakePrompter, plan_a: Path, plan_b: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    opened(window, plan_b, prompter)
    assert window.settings.recent_files()[:2] == [plan_b.resolve(), plan_a.resolve()]
    window.files.recent_menu.aboutToShow.emit()
    names = [a.text() for a in window.files.recent_menu.actions() if a.text()]
    assert names[:2] == ["&1 beta.hireplan", "&2 alpha.hireplan"]
    window.files.recent_menu.actions()[1].trigger()
    assert window.document.path == plan_a.resolve()


def test_a_recent_file_that_vanished_is_reported_and_dropped(
    make_window: Any, prompter: FakePrompter, plan_a: Path, plan_b: Path
) -> None:
    window = opened(make_window(), plan_a, prompter)
    opened(window, plan_b, prompter)
    plan_a.unlink()
    assert window.files.open_recent(plan_a.resolve()) is False
    assert "no longer there" in prompter.errors[0]
    assert plan_a.resolve() not in window.settings.recent_files()
    assert window.document.path == plan_b.resolve()


def _drop(window: Any, paths: list[Path]) -> tuple[bool, bool]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    with warnings.catch_warnings():  # PySide marks the only QDragEnterEvent constructor deprecated
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            QPoint(50, 50),
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    drop = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    return enter.isAccepted(), drop.isAccepted()


def test_dropping_a_plan_file_on_the_window_opens_it(
    make_window: Any, prompter: FakePrompter, plan_a: Path, plan_b: Path, qtbot: Any
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    assert _drop(window, [plan_b]) == (True, True)
    qtbot.waitUntil(lambda: window.document.path == plan_b.resolve())
    assert window.document.plan.title == "Beta plan"


def test_dropping_other_files_is_refused(
    make_window: Any, prompter: FakePrompter, plan_a: Path, tmp_path: Path, qtbot: Any
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    other = tmp_path / "notes.txt"
    other.write_text("hello")
    accepted_enter, _ = _drop(window, [other])
    assert accepted_enter is False
    qtbot.wait(20)
    assert window.document.path == plan_a.resolve()


def test_dropping_a_plan_with_unsaved_changes_asks_first(
    make_window: Any, prompter: FakePrompter, plan_a: Path, plan_b: Path, qtbot: Any
) -> None:
    window = opened(make_window(show=True), plan_a, prompter)
    edit_title(window, "Changed")
    prompter.unsaved_answer = UnsavedAnswer.CANCEL
    _drop(window, [plan_b])
    qtbot.waitUntil(lambda: len(prompter.asked("ask_unsaved_changes")) == 1)
    assert window.document.path == plan_a.resolve() and window.document.plan.title == "Changed"


def test_untitled_plan_is_not_written_anywhere_until_saved(make_window: Any, tmp_path: Path) -> None:
    window = make_window()
    plan = Plan(title="Fresh")
    window.files.show_untitled(plan)
    assert window.document.path is None
    assert window.windowTitle() == "Fresh[*] — hireplan"
