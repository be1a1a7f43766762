"""The main window: sections, the editable plan header, the status bar, menus and shortcuts."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from helpers.fakes import FakePrompter
from helpers.plans import checklist_plan
from hireplan.analysis.format import format_progress
from hireplan.gui.common import section_keys as nav
from hireplan.gui.shell import section_panels
from hireplan.storage.plan_file import save_plan


def shown_window(make_window: Any, qtbot: Any) -> Any:
    window = make_window(show=True)
    window.files.show_untitled(checklist_plan())
    return window


def test_navigation_lists_every_section_with_the_plans_step_titles(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    entries = [e for e in window.navigation.nav_model.entries() if not e.is_heading]
    assert [e.key for e in entries] == [
        nav.OVERVIEW,
        nav.ALL_STEPS,
        "step:motivations",
        "step:compensation",
        "step:research",
        nav.ROLES,
        nav.COMPENSATION,
        nav.RISKS,
        nav.POLICY,
    ]
    assert entries[2].title == "1. Understand the motivations"


def test_navigation_model_is_a_sound_item_model(make_window: Any, qtbot: Any, qtmodeltester: Any) -> None:
    window = shown_window(make_window, qtbot)
    qtmodeltester.check(window.navigation.nav_model)
    window.document.set_field("step", "s1", "title", "Know what people want")
    qtmodeltester.check(window.navigation.nav_model)
    titles = [e.title for e in window.navigation.nav_model.entries()]
    assert "1. Know what people want" in titles


def test_headings_cannot_be_selected(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    model = window.navigation.nav_model
    heading_rows = [r for r, e in enumerate(model.entries()) if e.is_heading]
    assert heading_rows
    for row in heading_rows:
        assert not model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_choosing_a_step_shows_the_checklist_for_that_step(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    window.go_to_section("step:compensation")
    assert window.stack.currentWidget() is window.page(nav.ALL_STEPS)
    assert window.current_section() == "step:compensation"
    window.go_to_section(nav.OVERVIEW)
    assert window.stack.currentWidget() is window.overview


def test_section_screens_are_built_on_first_visit_and_kept(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    for key, name in (
        (nav.ROLES, "RolesOffersPanel"),
        (nav.COMPENSATION, "CompensationPanel"),
        (nav.RISKS, "RisksPanel"),
        (nav.POLICY, "PolicyPanel"),
    ):
        assert window.sections.built(key) is None  # start-up builds none of them
        window.go_to_section(key)
        panel = window.sections.built(key)
        assert type(panel).__name__ == name
        assert window.stack.currentWidget() is window.page(key)
        qtbot.waitUntil(panel.isVisible)
        window.go_to_section(nav.OVERVIEW)
        window.go_to_section(key)
        assert window.sections.built(key) is panel


def test_after_the_first_figures_the_screens_load_one_per_turn_and_none_is_built(
    make_window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    # A person's first visit to a screen should wait for its widgets only: its module is imported
    # while the window is idle, one per turn of the event loop, and nothing more is done.
    loaded: list[str] = []
    keys = (nav.ROLES, nav.COMPENSATION, nav.RISKS, nav.POLICY)
    monkeypatch.setattr(
        section_panels, "SCREEN_IMPORTS", tuple(lambda key=key: loaded.append(key) for key in keys)
    )
    window = make_window()
    with qtbot.waitSignal(window.figuresShown, timeout=5000):
        window.show()
    assert loaded == []  # the figures come first
    qtbot.waitUntil(lambda: len(loaded) == len(keys))
    assert loaded == list(keys)
    assert all(window.sections.built(key) is None for key in keys)


def test_waiting_imports_take_one_turn_of_the_event_loop_each(make_window: Any, qtbot: Any) -> None:
    window = make_window(show=True)
    loaded: list[int] = []
    window.sections.import_when_idle([lambda n=n: loaded.append(n) for n in range(3)])
    assert loaded == [0]  # a key pressed now waits for one import at most
    qtbot.waitUntil(lambda: loaded == [0, 1, 2])


def test_header_edits_the_plan_in_place_as_one_undo_step_per_field(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    header = window.header
    before = window.document.plan.model_dump()
    header.title_edit.setFocus()
    header.title_edit.selectAll()
    qtbot.keyClicks(header.title_edit, "Hangzhou hiring")
    assert window.document.plan.title == "Hangzhou hiring"
    assert window.document.undo_stack.count() == 1, "typing into one field is one undo step"
    assert window.isWindowModified()

    header.organisation_edit.setFocus()
    qtbot.keyClicks(header.organisation_edit, "Acme AI")
    assert window.document.plan.organisation == "Acme AI"
    assert window.document.undo_stack.count() == 2

    window.menus.undo_action.trigger()
    window.menus.undo_action.trigger()
    assert window.document.plan.model_dump() == before
    assert header.title_edit.text() == "Test plan" and header.organisation_edit.text() == ""
    assert not window.isWindowModified()


def test_header_currency_and_dates(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    header = window.header
    header.currency_combo.setCurrentText("cny")
    header.currency_combo.lineEdit().editingFinished.emit()
    assert window.document.plan.reporting_currency == "CNY"

    header.start_edit.setDate(QDate(2026, 3, 1))
    assert window.document.plan.start_date == date(2026, 3, 1)
    header.start_edit.setFocus()
    header.start_edit.lineEdit().selectAll()
    qtbot.keyClick(header.start_edit, Qt.Key.Key_Delete)
    assert window.document.plan.start_date is None
    assert header.start_edit.text() == "" and header.start_edit.placeholderText() == "Not set"


def test_header_refuses_a_bad_currency_with_a_message(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    header = window.header
    with qtbot.waitSignal(header.notice) as notice:
        header.currency_combo.setCurrentText("US")
        header.currency_combo.lineEdit().editingFinished.emit()
    assert "three-letter" in notice.args[0]
    assert window.document.plan.reporting_currency == "USD"
    assert header.currency_combo.currentText() == "USD"
    assert window.document.undo_stack.count() == 0


def test_header_follows_undo_and_new_plans(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    window.document.set_field("plan", window.document.plan.id, "owner", "Li Wei")
    assert window.header.owner_edit.text() == "Li Wei"
    window.document.undo_stack.undo()
    assert window.header.owner_edit.text() == "Mei Lin"


def test_status_bar_shows_progress_and_high_flags_from_the_analysis(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    qtbot.waitUntil(lambda: window.summary.progress_label.text() != "Progress: …")
    analysis = window.document.analysis()
    done, applicable = analysis.progress.done, analysis.progress.applicable
    assert window.summary.progress_label.text() == f"{done} of {applicable} items done"
    assert window.summary.progress_bar.value() == round(analysis.progress.overall * 100)
    assert window.summary.progress_bar.text() == format_progress(analysis.progress.overall)  # "21%"
    high = len(analysis.unacknowledged_high)
    assert (
        (str(high) in window.summary.flags_label.text())
        if high
        else (window.summary.flags_label.text() == "No high flags")
    )

    window.document.set_field("item", "a", "status", "done")
    qtbot.waitUntil(lambda: window.summary.progress_label.text() == f"{done + 1} of {applicable} items done")


def test_standard_shortcuts_are_on_the_actions(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    std = QKeySequence.StandardKey
    expected = {
        window.files.new_action: std.New,
        window.files.open_action: std.Open,
        window.files.save_action: std.Save,
        window.files.save_as_action: std.SaveAs,
        window.menus.undo_action: std.Undo,
        window.menus.redo_action: std.Redo,
        window.menus.find_action: std.Find,
        window.menus.quit_action: std.Quit,
        window.menus.close_action: std.Close,
    }
    for action, key in expected.items():
        assert action.shortcut() == QKeySequence(key), action.text()
    assert window.menus.section_actions[0].shortcut() == QKeySequence("Ctrl+1")


def test_undo_action_names_the_edit(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    assert not window.menus.undo_action.isEnabled()
    window.document.set_field("item", "a", "owner", "Li Wei")
    assert window.menus.undo_action.isEnabled()
    assert "Owner" in window.menus.undo_action.text() or "owner" in window.menus.undo_action.text()


def test_find_goes_to_the_checklist(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    window.go_to_section(nav.RISKS)
    window.menus.find_action.trigger()
    assert window.stack.currentWidget() is window.page(nav.ALL_STEPS)


def test_go_menu_reaches_every_section(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    keys = [e.key for e in window.navigation.nav_model.entries() if not e.is_heading]
    for action, key in zip(window.menus.section_actions, keys, strict=True):
        action.trigger()
        assert window.current_section() == key


def test_startup_without_a_file_reopens_the_last_plan(
    make_window: Any, prompter: FakePrompter, tmp_path: Any
) -> None:

    path = tmp_path / "last.hireplan"
    save_plan(checklist_plan(), path)
    first = make_window()
    assert first.files.load(path)
    assert first.close()
    second = make_window()
    second.startup(None)
    assert second.document.path == path.resolve()


def test_startup_the_first_time_shows_the_sample_untitled(make_window: Any, prompter: FakePrompter) -> None:
    window = make_window()
    window.startup(None)
    assert window.document.plan.is_example
    assert window.document.path is None and not window.document.is_modified()
    assert prompter.errors == []


def test_tab_goes_from_the_side_list_through_the_header_fields(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    header = window.header
    expected = [
        header.title_edit,
        header.organisation_edit,
        header.owner_edit,
        header.currency_combo,
        header.start_edit,
        header.target_edit,
    ]
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.navigation)
    for target in expected:
        window.focusNextChild()
        assert QApplication.focusWidget() is target


def test_reopening_on_a_section_screen_builds_it_after_the_first_paint(
    make_window: Any, qtbot: Any, settings_file: Any
) -> None:
    """The last screen comes back, but its analysis does not hold up the window's first paint."""
    first = make_window(show=True)
    first.go_to_section(nav.RISKS)
    first.save_layout()
    window = make_window()
    assert window.current_section() == nav.RISKS
    assert window.sections.built(nav.RISKS) is None
    window.show()
    qtbot.waitUntil(lambda: window.sections.built(nav.RISKS) is not None)
    assert window.stack.currentWidget() is window.page(nav.RISKS)
    qtbot.waitUntil(window.sections.built(nav.RISKS).isVisible)


def test_clicking_the_high_flag_count_opens_the_risks_screen(make_window: Any, qtbot: Any) -> None:
    window = shown_window(make_window, qtbot)
    qtbot.waitUntil(lambda: window.summary.flags_label.text() != "")
    qtbot.mouseClick(window.summary.flags_label, Qt.MouseButton.LeftButton)
    assert window.current_section() == nav.RISKS
    qtbot.waitUntil(lambda: window.sections.built(nav.RISKS) is not None)
