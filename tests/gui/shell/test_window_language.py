"""The window's language: Qt's own dialogs in Chinese, a stored choice, and a CJK font to fall back on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from hireplan import i18n
from hireplan.gui.common import language


@pytest.fixture
def restore_language() -> Iterator[None]:
    before = (i18n.current_language(), i18n.language_source())
    yield
    i18n.set_language(before[0], source=before[1])


def test_qt_standard_buttons_speak_chinese_once_qtbase_zh_cn_is_loaded(qapp: QApplication) -> None:
    translators = language.install_translators(qapp, i18n.CHINESE)
    try:
        assert translators, "qtbase_zh_CN.qm ships with PySide6 and must load"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "").startswith("取消")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    english = language.install_translators(qapp, i18n.ENGLISH)
    try:
        assert len(english) == 1, "hireplan_en.qm (the English plural forms) loads, Qt's own catalogue not"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)


def test_a_stored_choice_beats_the_environment_but_not_lang(tmp_path, restore_language) -> None:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert language.stored_choice(settings) == language.FOLLOW_SYSTEM
    language.store_choice(settings, i18n.CHINESE)
    i18n.set_language(i18n.ENGLISH, source="environment")
    assert language.apply_stored_choice(settings) == i18n.CHINESE
    i18n.set_language(i18n.ENGLISH, source="option")
    assert language.apply_stored_choice(settings) == i18n.ENGLISH
    with pytest.raises(ValueError):
        language.store_choice(settings, "fr")


def test_the_bundled_cjk_font_is_registered_as_a_fallback(qapp: QApplication) -> None:
    family = language.register_cjk_fallback(qapp.font())
    assert family is not None and "WenQuanYi" in family
    assert family.lower() in [name.lower() for name in QFont.substitutes(qapp.font().family())]
    metrics = QFontMetrics(QFont(family))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "薪酬分位")


def test_english_plural_messages_take_their_forms_from_hireplan_en_qm(qapp: QApplication) -> None:
    """The session's English catalogue (loaded as the app loads it): "1 high flag", "3 high flags"."""
    translate = QCoreApplication.translate
    assert translate("StatusSummary", "⚠ %n high flag(s)", None, 1) == "⚠ 1 high flag"
    assert translate("StatusSummary", "⚠ %n high flag(s)", None, 3) == "⚠ 3 high flags"
    chinese = language.install_translators(qapp, i18n.CHINESE)
    try:
        assert translate("StatusSummary", "⚠ %n high flag(s)", None, 3) == "⚠ 3 条高风险提示"
    finally:
        for translator in chinese:
            qapp.removeTranslator(translator)
