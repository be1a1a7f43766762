"""Settings › Language and the dialog in Chinese.

A person who wants hireplan in Chinese (or back in English) picks it under This Computer, is told it
applies at the next start, and the next start reads it; the dialog itself, opened in a Chinese
window, shows no English but the name of the English language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from helpers.visible_text import Allowed, english_texts, in_chinese, report
from hireplan import i18n
from hireplan.gui.common import language
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.plan_settings.settings_dialog import SettingsDialog
from hireplan.storage.builtin_templates import sample_plan


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "hireplan.ini"


def _dialog(qtbot: Any, ini: Path) -> SettingsDialog:
    dialog = SettingsDialog(
        PlanDocument(sample_plan()), AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_language_is_chosen_in_settings_and_read_at_the_next_start(
    qtbot: Any, ini: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, ini)
    choices = [dialog.language.itemData(i) for i in range(dialog.language.count())]
    assert choices == [language.FOLLOW_SYSTEM, i18n.ENGLISH, i18n.CHINESE]
    assert [dialog.language.itemText(i) for i in range(3)] == ["Follow the system", "English", "简体中文"]
    assert dialog.language.currentData() == language.FOLLOW_SYSTEM
    assert "next time hireplan starts" in dialog.language_note.text()

    dialog.language.setCurrentIndex(dialog.language.findData(i18n.CHINESE))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    stored = QSettings(str(ini), QSettings.Format.IniFormat)
    assert stored.value(language.SETTING_KEY) == i18n.CHINESE

    before = (i18n.current_language(), i18n.language_source())
    try:  # the next start: the environment says English, the stored choice wins
        i18n.set_language(i18n.ENGLISH, source="environment")
        assert language.apply_stored_choice(stored) == i18n.CHINESE
    finally:
        i18n.set_language(before[0], source=before[1])
    assert _dialog(qtbot, ini).language.currentData() == i18n.CHINESE, "the dialog shows the stored choice"


def test_the_settings_dialog_in_chinese_shows_no_english(qapp: QApplication, qtbot: Any, ini: Path) -> None:
    plan = sample_plan()
    # The English language named in itself, and the backups folder's name.
    allowed = Allowed.for_plan(plan, words=("English",), phrases=[".hireplan-backups"])
    with in_chinese(qapp):
        dialog = _dialog(qtbot, ini)
        dialog.show()
        qtbot.waitExposed(dialog)
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            found = english_texts(dialog, allowed)
            assert not found, report(found, allowed)
        assert dialog.windowTitle() == "设置"
        dialog.risk_medium.setValue(dialog.risk_high.value())
        assert dialog.problem.text() and not allowed.english_words(dialog.problem.text())
