"""The Help menu and its windows speak Chinese: every string is in help.ts, translated.

A Chinese-speaking HR professional sees the Help menu, the shortcuts table and About in Chinese;
a string added to gui/help without its translation, or a .ts left behind the code, fails here.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication

from helpers.paths import REPO
from hireplan.gui.help.shortcuts_window import shortcut_rows

TS = REPO / "resources" / "translations" / "zh_CN" / "help.ts"
TOOLS = Path(sys.executable).parent


def test_help_ts_holds_every_string_of_gui_help_each_translated(tmp_path: Path) -> None:
    copy = tmp_path / "help.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (REPO / "src" / "hireplan" / "gui" / "help").glob("*.py"))
    done = subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-no-obsolete", "-locations", "none", "-ts", str(copy)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert copy.read_text(encoding="utf-8") == TS.read_text(encoding="utf-8"), "run lupdate on gui/help"
    messages = list(ET.parse(TS).iter("message"))
    assert len(messages) > 40
    for message in messages:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert (text and text != source) or source == "hireplan {version}", source
        for placeholder in ("{name}", "{licence}", "{menu}", "{version}"):
            assert (placeholder in source) == (placeholder in text), source
        assert ("&" in source.replace("&&", "")) == ("&" in text.replace("&&", "")), source


def test_with_the_chinese_catalogue_the_help_menu_and_shortcuts_read_chinese(
    qapp: QApplication, tmp_path: Path, make_window: Callable[..., Any]
) -> None:
    qm = tmp_path / "help_zh_CN.qm"
    done = subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(TS), "-qm", str(qm)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        window = make_window()
        help_menu = window.menuBar().actions()[-1].menu()
        texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
        assert texts == ["使用指南(&U)", "键盘快捷键(&K)", "关于 hireplan(&A)", "关于 Qt(&Q)"]
        rows = shortcut_rows(window)
        assert any(row.keys == "F6" and row.where == "窗口中任意位置" for row in rows)
    finally:
        qapp.removeTranslator(translator)
