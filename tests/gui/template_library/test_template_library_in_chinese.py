"""The template library in Chinese: the list, its details pane, the save, rename and new-plan forms
and the upgrade preview read Chinese.

A template's own title, description and regions are what its author wrote (the built-in ones in
English), so they count as data, like a plan's; every word the dialogs add around them is checked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from helpers.fakes import FakePrompter
from helpers.visible_text import Allowed, Shown, english_texts, in_chinese, report
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.template_library.template_forms import RenameTemplateDialog, SaveTemplateDialog
from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog
from hireplan.gui.template_library.template_picker import TemplatePickerDialog
from hireplan.gui.template_library.upgrade_dialog import UpgradeDialog
from hireplan.model.template_upgrade import Upgrade
from hireplan.storage.builtin_templates import sample_plan
from hireplan.storage.templates import TemplateLibrary


def test_the_library_and_its_forms_read_chinese(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    library = TemplateLibrary(tmp_path / "templates")
    with in_chinese(qapp):
        document = PlanDocument(sample_plan())
        library.save_plan_as_template(document.plan, name="hangzhou-round", title="杭州招聘轮次")
        dialog = TemplateLibraryDialog(
            document, FakePrompter(), start_plan=lambda _plan: False, library=library
        )
        qtbot.addWidget(dialog)
        dialog.resize(900, 520)
        dialog.show()
        infos = library.list()
        template_text = [
            text
            for info in infos
            for text in (info.title, info.description, " ".join(info.description.split()), *info.region_tags)
            if text
        ]
        allowed = Allowed.for_plan(document.plan, phrases=template_text)
        found: list[Shown] = []
        for info in infos:
            assert dialog.select_name(info.name)
            found += english_texts(dialog, allowed)
        windows: list[QWidget] = [
            SaveTemplateDialog(document.plan, ["hangzhou-round"]),
            RenameTemplateDialog(infos[-1]),
            TemplatePickerDialog(infos),
            UpgradeDialog(Upgrade(new=library.get(infos[0].name)), "1.0"),
        ]
        for window in windows:
            qtbot.addWidget(window)
            window.show()
            found += english_texts(window, allowed)
        unique = list(dict.fromkeys(found))
        assert not unique, report(unique, allowed)
        assert dialog.windowTitle() == "模板"
        assert dialog.buttons.new_button.text() == "从模板新建计划(&N)"
