"""The template library dialog: what a person sees, saving the plan as a template and starting a new
plan from it, import/export files, rename and delete (not offered for built-ins, with the reason)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from helpers.fakes import FakeChooser
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.shell.dialog_actions import start_plan_with
from hireplan.gui.template_library.template_forms import (
    RenameTemplateDialog,
    SaveTemplateDialog,
    TemplateDetails,
)
from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog
from hireplan.gui.template_library.template_table_model import TemplateTableModel
from hireplan.model import Plan, Status
from hireplan.storage.builtin_templates import builtin_names, sample_plan
from hireplan.storage.template_file import load_template
from hireplan.storage.templates import TemplateLibrary


@pytest.fixture
def library(tmp_path: Path) -> TemplateLibrary:
    return TemplateLibrary(tmp_path / "templates")


@pytest.fixture
def started() -> list[Plan]:
    return []


@pytest.fixture
def make_dialog(
    qtbot: Any, prompter: Any, library: TemplateLibrary, started: list[Plan], tmp_path: Path
) -> Callable[..., TemplateLibraryDialog]:
    def make(
        chooser: FakeChooser | None = None, document: PlanDocument | None = None
    ) -> TemplateLibraryDialog:
        settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        settings.set_default_owner("Mei Lin")
        dialog = TemplateLibraryDialog(
            document or PlanDocument(sample_plan()),
            prompter,
            start_plan=lambda plan: started.append(plan) is None,
            library=library,
            files=chooser or FakeChooser(),
            settings=settings,
        )
        qtbot.addWidget(dialog)
        return dialog

    return make


def structure(plan: Plan) -> list[tuple[str, str, list[tuple[str, list[str]]]]]:
    return [(s.key, s.title, [(i.text, list(i.tags)) for i in s.items]) for s in plan.steps]


def answer_modal(qtbot: Any, fill: Callable[[Any], None]) -> None:
    """Answer the next modal dialog as a person would, once it is on screen."""

    def run() -> None:
        widget = QApplication.activeModalWidget()
        assert widget is not None
        fill(widget)

    QTimer.singleShot(0, run)


def rows(dialog: TemplateLibraryDialog) -> list[tuple[str, ...]]:
    model = dialog.model
    return [
        tuple(str(model.index(r, c).data()) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_lists_built_in_templates_with_title_regions_version(
    make_dialog: Callable[..., TemplateLibraryDialog], qtmodeltester: Any
) -> None:
    dialog = make_dialog()
    qtmodeltester.check(dialog.model)
    shown = rows(dialog)
    assert len(shown) == len(builtin_names()) > 0
    first = dialog.library.info(builtin_names()[0])
    assert shown[0][TemplateTableModel.TITLE] == first.title
    assert shown[0][TemplateTableModel.REGIONS] == ", ".join(first.region_tags)
    assert shown[0][TemplateTableModel.VERSION] == first.version
    assert all(row[TemplateTableModel.SOURCE] == "Built in" for row in shown)
    assert first.title in dialog.details.toPlainText(), "the selected template is described"


def test_save_plan_as_template_then_new_plan_keeps_structure_and_clears_people_and_dates(
    qtbot: Any, make_dialog: Callable[..., TemplateLibraryDialog], started: list[Plan], qtmodeltester: Any
) -> None:
    dialog = make_dialog()
    source = dialog.document.plan
    assert any(i.owner for s in source.steps for i in s.items), "the sample has owners to clear"
    assert any(i.status is not Status.TODO for s in source.steps for i in s.items)

    def fill(form: SaveTemplateDialog) -> None:
        assert isinstance(form, SaveTemplateDialog)
        form.title.clear()
        qtbot.keyClicks(form.title, "Hangzhou round 2027")
        assert form.name.text() == "hangzhou-round-2027", "the name follows the title"
        form.description.setPlainText("What worked for our LLM hires.")
        form.regions.setText("China, Silicon Valley")
        form.version.setText("2.0")
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(dialog.buttons.save_button, Qt.MouseButton.LeftButton)

    qtmodeltester.check(dialog.model)
    info = dialog.selected_info()
    assert info is not None and info.name == "hangzhou-round-2027" and info.source == "user"
    shown = rows(dialog)[dialog.model.row_of(info.name)]
    assert shown[TemplateTableModel.REGIONS] == "China, Silicon Valley"
    assert shown[TemplateTableModel.VERSION] == "2.0" and shown[TemplateTableModel.SOURCE] == "Yours"

    qtbot.mouseClick(dialog.buttons.new_button, Qt.MouseButton.LeftButton)

    assert len(started) == 1
    plan = started[0]
    assert structure(plan) == structure(source)
    assert [(r.title, r.level) for r in plan.roles] == [(r.title, r.level) for r in source.roles]
    items = [i for s in plan.steps for i in s.items]
    assert all(i.owner == "" and i.due is None and i.status is Status.TODO for i in items)
    assert all(r.owner == "" and r.review_date is None for r in plan.risks)
    assert plan.offers == [], "offers name candidates and stay out unless asked for"
    assert plan.owner == "Mei Lin", "the default owner from Settings"
    assert plan.id != source.id
    assert dialog.result() == dialog.DialogCode.Accepted


def test_new_plan_goes_into_the_window(
    make_window: Any, qtbot: Any, prompter: Any, library: TemplateLibrary
) -> None:
    """Wired to the window's file actions, the new plan replaces the open one as an untitled plan."""
    window = make_window()
    dialog = TemplateLibraryDialog(
        window.document, prompter, start_plan=start_plan_with(window.files), library=library
    )
    qtbot.addWidget(dialog)
    name = builtin_names()[0]
    assert dialog.select_name(name)
    assert dialog.new_plan_from_selected()
    assert window.document.path is None and not window.document.is_modified()
    assert structure(window.document.plan) == structure(library.get(name).plan)


def test_export_and_import_a_template_file_round_trip(
    make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any, tmp_path: Path
) -> None:
    shared = tmp_path / "shared" / "our-round.hireplan-template"
    shared.parent.mkdir()
    dialog = make_dialog(FakeChooser(save_paths=[shared], open_paths=[shared]))
    saved = dialog.save_current_as_template(
        TemplateDetails(name="our-round", title="Our round", region_tags=("China",), version="3.1")
    )
    assert saved is not None
    original = dialog.library.get("our-round")

    assert dialog.export_selected() == shared
    assert load_template(shared) == original

    prompter.confirm = True
    assert dialog.delete_selected()
    assert dialog.model.row_of("our-round") == -1

    imported = dialog.import_template()
    assert imported is not None and (imported.title, imported.version, imported.region_tags) == (
        "Our round",
        "3.1",
        ("China",),
    )
    assert dialog.library.get("our-round") == original
    assert dialog.selected_info() == imported
    assert prompter.errors == []


def test_import_of_a_name_you_already_have_asks_before_replacing(
    make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any, tmp_path: Path
) -> None:
    other = tmp_path / "other.hireplan-template"
    dialog = make_dialog(FakeChooser(save_paths=[other], open_paths=[other]))
    dialog.save_current_as_template(TemplateDetails(name="our-round", title="First"))
    dialog.export_selected()
    dialog.rename_selected("our-round", "Renamed")
    prompter.confirm = False
    assert dialog.import_template() is None
    assert dialog.library.get("our-round").title == "Renamed", "declining keeps yours"
    assert prompter.asked("ask_confirm")


def test_a_broken_template_file_is_a_message(
    make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.hireplan-template"
    broken.write_text('{"name": "x", "title": ')
    dialog = make_dialog(FakeChooser(open_paths=[broken]))
    before = rows(dialog)
    assert dialog.import_template() is None
    assert len(prompter.errors) == 1 and "broken.hireplan-template" in prompter.errors[0]
    assert rows(dialog) == before


def test_built_in_templates_offer_no_rename_or_delete_and_say_why(
    qtbot: Any, make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any
) -> None:
    """A built-in template is not offered for renaming or deleting only to be refused: the buttons
    are unavailable, the dialog says why, and the Delete key does nothing to it."""
    dialog = make_dialog()
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save_current_as_template(TemplateDetails(name="our-round", title="Our round"))
    for name in builtin_names():
        assert dialog.select_name(name)
        assert not dialog.buttons.rename_button.isEnabled() and not dialog.buttons.delete_button.isEnabled()
        assert (
            dialog.read_only_note.isVisible()
            and "cannot be renamed or deleted" in dialog.read_only_note.text()
        )
        assert "cannot be renamed or deleted" in dialog.buttons.delete_button.toolTip()
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        assert prompter.errors == [] and not prompter.asked("ask_confirm")
        assert dialog.model.row_of(name) >= 0
    assert dialog.select_name("our-round")
    assert dialog.buttons.rename_button.isEnabled() and dialog.buttons.delete_button.isEnabled()
    assert not dialog.read_only_note.isVisible()


def test_rename_a_user_template_through_its_form(
    qtbot: Any, make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any
) -> None:
    dialog = make_dialog()
    dialog.save_current_as_template(TemplateDetails(name="draft", title="Draft"))

    def fill(form: RenameTemplateDialog) -> None:
        assert isinstance(form, RenameTemplateDialog)
        form.name.setText("hangzhou-2027")
        form.title.setText("Hangzhou 2027")
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    answer_modal(qtbot, fill)
    qtbot.mouseClick(dialog.buttons.rename_button, Qt.MouseButton.LeftButton)

    names = [info.name for info in dialog.library.list() if info.source == "user"]
    assert names == ["hangzhou-2027"]
    assert dialog.selected_info() is not None and dialog.selected_info().title == "Hangzhou 2027"  # type: ignore[union-attr]
    assert prompter.errors == []


def test_saving_under_a_built_in_name_is_refused(
    make_dialog: Callable[..., TemplateLibraryDialog], prompter: Any
) -> None:
    dialog = make_dialog()
    name = builtin_names()[0]
    assert dialog.save_current_as_template(TemplateDetails(name=name, title="Mine")) is None
    assert len(prompter.errors) == 1 and "built-in" in prompter.errors[0]
    assert [i.source for i in dialog.library.list()] == ["built-in"] * len(builtin_names())


def test_team_library_templates_are_listed_with_source_version_and_publisher(
    qtbot: Any, prompter: Any, tmp_path: Path, qtmodeltester: Any
) -> None:
    from hireplan.storage.team_library import TeamLibrary

    team = TeamLibrary(tmp_path / "share" / "team")
    base = TemplateLibrary(tmp_path / "mine").get(builtin_names()[0])
    custom = base.model_copy(update={"name": "team-onboarding", "title": "Team onboarding"})
    team.publish(custom, by="Zhao Min")
    team.publish(custom, by="Li Na")
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set_team_library(team.folder)
    dialog = TemplateLibraryDialog(
        PlanDocument(sample_plan()),
        prompter,
        start_plan=lambda plan: True,
        library=TemplateLibrary(tmp_path / "mine", team_dir=team.folder),
        files=FakeChooser(),
        settings=settings,
    )
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    (row,) = [r for r in rows(dialog) if r[TemplateTableModel.TITLE] == "Team onboarding"]
    assert row[TemplateTableModel.SOURCE] == "Team (Li Na)"
    assert row[TemplateTableModel.VERSION] == "2"
    assert dialog.library.get("team-onboarding").published_by == "Li Na"


def test_each_built_in_is_offered_in_english_and_chinese_with_its_language_shown(
    make_dialog: Callable[..., TemplateLibraryDialog], started: list[Plan]
) -> None:
    """Issue 18: a Chinese version of each template is on the list beside the English one, the
    Language column says which is which, and a Chinese plan starts from an English window."""
    dialog = make_dialog()
    language = {
        dialog.model.info(r).name: dialog.model.index(r, TemplateTableModel.LANGUAGE).data()
        for r in range(dialog.model.rowCount())
    }
    assert language == {
        "ai-talent-attract-retain": "English",
        "keep-existing-ai-team": "English",
        "ai-talent-attract-retain-zh-cn": "简体中文",
        "keep-existing-ai-team-zh-cn": "简体中文",
    }
    assert dialog.model.info(0).name == "ai-talent-attract-retain", "the window's language first"
    assert dialog.select_name("ai-talent-attract-retain-zh-cn")
    assert "简体中文" in dialog.details.toPlainText()
    assert dialog.new_plan_from_selected()
    plan = started[-1]
    assert plan.title == "AI 人才：吸引与保留"
    assert plan.steps[0].title == "了解 AI 人才的真实诉求"
    assert {market.name for market in plan.markets} >= {"北京", "上海", "深圳", "杭州", "硅谷"}


def test_new_plan_in_a_chinese_window_offers_the_chinese_templates_first(
    make_window: Any, prompter: Any
) -> None:
    from hireplan import i18n

    window = make_window()
    prompter.template = "keep-existing-ai-team-zh-cn"
    with i18n.using_language(i18n.CHINESE):
        assert window.files.new_plan()
    offered = prompter.asked("ask_template")[-1]
    assert offered[:2] == ["ai-talent-attract-retain-zh-cn", "keep-existing-ai-team-zh-cn"]
    assert {"ai-talent-attract-retain", "keep-existing-ai-team"} <= set(offered), "English stays selectable"
    assert window.document.plan.title == "保留现有 AI 团队"
