"""The window speaks Simplified Chinese: every wrapped string has its translation, the committed .qm
are what `make translations` builds, and the app started with --lang zh_CN shows them.

What a person relies on: no English left in a Chinese window because a string was added without its
translation, or because the .ts was edited but the .qm not rebuilt; and English plurals that read
"1 open risk" / "3 open risks", not "1 open risk(s)".
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from helpers.paths import REPO

sys.path.insert(0, str(REPO / "scripts"))
import translations

TRANSLATIONS = REPO / "resources" / "translations"


def _messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _describe(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.fixture(scope="module")
def rescanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed .ts files, merged again with what the code holds now (obsolete ones kept, so
    lupdate marks them instead of dropping them)."""
    root = tmp_path_factory.mktemp("translations")
    for language in translations.QT_LANGUAGES:
        (root / language).mkdir()
        for group, sources in translations.gui_groups().items():
            committed = translations.ts_path(language, group)
            copy = translations.ts_path(language, group, root)
            if committed.exists():
                shutil.copy(committed, copy)
            translations.lupdate(language, group, sources, copy, keep_obsolete=True)
    return root


@pytest.mark.slow
def test_lupdate_finds_no_unfinished_and_no_obsolete_chinese_message(rescanned: Path) -> None:
    problems = [
        f"{ts.name}: {message.find('translation').get('type')} {_describe(context, message)}"  # type: ignore[union-attr]
        for ts in sorted((rescanned / "zh_CN").glob("*.ts"))
        for context, message in _messages(ts)
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")  # type: ignore[union-attr]
    ]
    assert problems == [], "translate them in resources/translations/zh_CN/ and run `make translations`"


@pytest.mark.slow
def test_the_committed_ts_files_hold_what_the_code_holds(rescanned: Path) -> None:
    """A string changed in the code without `make translations` leaves the .ts behind."""
    for language in translations.QT_LANGUAGES:
        for ts in sorted((rescanned / language).glob("*.ts")):
            now = {(c, m.findtext("source")) for c, m in _messages(ts)}
            committed_path = TRANSLATIONS / language / ts.name
            committed = (
                {(c, m.findtext("source")) for c, m in _messages(committed_path)}
                if committed_path.exists()
                else set()
            )
            assert now == committed, f"run `make translations`: {language}/{ts.name} is not current"


@pytest.mark.slow
def test_every_english_plural_message_has_its_singular_and_plural_form(rescanned: Path) -> None:
    missing = []
    for ts in sorted((rescanned / "en").glob("*.ts")):
        for context, message in _messages(ts):
            translation = message.find("translation")
            assert translation is not None
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") or len(forms) != 2 or not all(f.strip() for f in forms):
                missing.append(f"{ts.name}: {_describe(context, message)}")
    assert missing == [], "fill both <numerusform>s in resources/translations/en/ (singular, plural)"


def test_every_chinese_plural_message_has_its_one_form() -> None:
    for ts in sorted((TRANSLATIONS / "zh_CN").glob("*.ts")):
        for context, message in _messages(ts):
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in message.iter("numerusform")]
                assert len(forms) == 1 and forms[0].strip(), _describe(context, message)


def test_every_gui_folder_is_a_source_group_and_the_loose_files_are_app() -> None:
    groups = translations.gui_groups()
    folders = {p.name for p in (REPO / "src" / "hireplan" / "gui").iterdir() if (p / "__init__.py").exists()}
    assert set(groups) == folders | {translations.APP_GROUP}
    assert REPO / "src" / "hireplan" / "gui" / "app.py" in groups[translations.APP_GROUP]


@pytest.mark.slow
def test_the_committed_qm_files_are_what_lrelease_builds_from_the_ts(tmp_path: Path) -> None:
    for language in translations.QT_LANGUAGES:
        built = translations.lrelease(language, TRANSLATIONS, tmp_path / f"{language}.qm")
        committed = translations.qm_path(language)
        assert committed.exists(), f"run `make translations`: {committed.name} is missing"
        assert built.read_bytes() == committed.read_bytes(), (
            f"run `make translations`: {committed.name} is stale"
        )


@pytest.mark.slow
def test_the_app_started_with_lang_zh_cn_shows_its_menus_in_chinese_and_with_lang_en_in_english() -> None:
    """The real start-up path (``--lang``, the stored settings, the translators, the window), offscreen."""
    script = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from hireplan.cli.main import take_language\n"
        "from hireplan.gui.app import run_gui\n"
        "take_language(sys.argv[1:])\n"
        "code = run_gui(None, smoke=True, sample=True)\n"
        "window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow')\n"
        "print('menus=' + '|'.join(a.text() for a in window.menuBar().actions()))\n"
        "sys.exit(code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "en_US.UTF-8"}
    for language, file_menu in (("zh_CN", "文件(&F)"), ("en", "&File")):
        done = subprocess.run(
            [sys.executable, "-c", script, "--lang", language],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        lines = dict(line.split("=", 1) for line in done.stdout.strip().splitlines())
        menus = lines["menus"].split("|")
        assert menus[0] == file_menu, menus
        if language == "zh_CN":
            assert "帮助(&H)" in menus
