"""The core speaks Simplified Chinese: the catalogue is complete and current, and the CLI uses it."""

from __future__ import annotations

import gettext
import os
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po

from helpers.paths import REPO
from hireplan import i18n

ROOT = REPO
PO = ROOT / "resources" / "locale" / "zh_CN" / "LC_MESSAGES" / "hireplan.po"
SAMPLE = ROOT / "resources" / "sample" / "llm-research-team.hireplan"
sys.path.insert(0, str(ROOT / "scripts"))
import translations  # noqa: E402


def _catalogue():
    with PO.open("rb") as stream:
        return read_po(stream, locale="zh_CN", domain="hireplan")


def test_every_message_has_a_chinese_translation_and_none_is_fuzzy_or_obsolete() -> None:
    catalogue = _catalogue()
    untranslated = [m.id for m in catalogue if m.id and not translations._translated(m.string)]
    fuzzy = [m.id for m in catalogue if m.id and m.fuzzy]
    assert untranslated == []
    assert fuzzy == []
    assert not catalogue.obsolete
    assert catalogue.plural_forms == "nplurals=1; plural=0;"


def test_the_catalogue_holds_exactly_the_strings_the_code_marks() -> None:
    in_code = {m.id for m in translations.template() if m.id}
    in_po = {m.id for m in _catalogue() if m.id}
    assert in_code - in_po == set(), "run `make translations`: new strings are not in the .po"
    assert in_po - in_code == set(), "run `make translations`: the .po keeps strings the code dropped"


def test_the_committed_mo_matches_the_po() -> None:
    with (PO.with_suffix(".mo")).open("rb") as stream:
        compiled = gettext.GNUTranslations(stream)
    for message in _catalogue():
        if not message.id:
            continue
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[0]
        else:
            assert compiled.gettext(message.id) == message.string


def test_placeholders_survive_translation() -> None:
    import string

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for message in _catalogue():
        if not message.id:
            continue
        # Chinese has one form for every count: it carries the placeholders of the English plural.
        source = message.id[1] if isinstance(message.id, tuple) else message.id
        target = message.string[0] if isinstance(message.string, tuple) else message.string
        assert fields(target) == fields(source), source


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zh_CN.UTF-8"}, "zh_CN"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_TW:en", "LANG": "en_US.UTF-8"}, "zh_CN"),
        ({"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({}, "en"),
    ],
)
def test_language_follows_the_environment_as_gettext_does(environ: dict[str, str], expected: str) -> None:
    assert i18n.language_from_environment(environ) == expected


def test_plural_forms_follow_the_count_in_english_and_stay_one_in_chinese() -> None:
    one = "{count} role ({names}) states no growth path, so candidates cannot see where the job leads."
    many = "{count} roles ({names}) state no growth path, so candidates cannot see where the job leads."
    assert i18n.ngettext(one, many, 1) == one
    assert i18n.ngettext(one, many, 3) == many
    with i18n.using_language("zh_CN"):
        assert i18n.ngettext(one, many, 1) == i18n.ngettext(one, many, 3)
        assert "职位" in i18n.ngettext(one, many, 3)
    assert i18n.current_language() == "en"


def _check(env_lang: str, *extra: str) -> str:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LANG", "LC_"))}
    env["LANG"] = env_lang
    result = subprocess.run(
        [sys.executable, "-m", "hireplan", *extra, "check", str(SAMPLE), "--today", "2026-12-01"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        check=False,
    )
    assert result.returncode in (0, 3), result.stderr
    return result.stdout


def test_check_under_a_chinese_locale_prints_chinese() -> None:
    out = _check("zh_CN.UTF-8")
    assert "计划：" in out
    assert "风险提示：" in out
    assert "建议措施：" in out
    assert "资深人才录用面临反聘风险" in out  # a flag title from the rules catalogue
    assert "What to do" not in out and "Flags:" not in out


def test_lang_option_overrides_the_environment() -> None:
    assert "Flags:" in _check("zh_CN.UTF-8", "--lang", "en")
    assert "风险提示：" in _check("en_US.UTF-8", "--lang=zh_CN")


def test_an_empty_heading_stays_empty_in_chinese() -> None:
    """An empty column heading must not turn into the catalogue's header block."""
    with i18n.using_language("zh_CN"):
        assert i18n._("") == ""


def test_dates_in_prose_take_one_style_per_language() -> None:
    from datetime import date

    assert i18n.prose_date(date(2026, 12, 1)) == "1 Dec 2026"
    with i18n.using_language("zh_CN"):
        assert i18n.prose_date(date(2026, 12, 1)) == "2026年12月1日"


def test_sentences_follow_each_other_as_each_language_writes_them() -> None:
    """A space between English sentences; none after a Chinese 。, where a space shows as a gap."""
    assert i18n.join_sentences("Below market.", "", "Indicative only.") == "Below market. Indicative only."
    with i18n.using_language(i18n.CHINESE):
        assert i18n.join_sentences("低于市场。", "", "仅供参考。") == "低于市场。仅供参考。"
    assert i18n.join_sentences("", "") == ""


def test_a_flag_s_indicative_note_follows_its_message_without_a_gap_in_chinese() -> None:
    from datetime import date

    from hireplan.analysis import analyse
    from hireplan.storage.builtin_templates import sample_plan

    with i18n.using_language(i18n.CHINESE):
        messages = [flag.message for flag in analyse(sample_plan(), today=date(2026, 12, 1)).flags]
    indicative = [message for message in messages if "仅供参考" in message]
    assert indicative and not any("。 " in message for message in indicative)
