"""Help text measured in terminal columns: what lets Chinese help line up and wrap (cli.help_width)."""

from __future__ import annotations

from hireplan.cli.help_width import display_width, wrap


def test_a_chinese_character_takes_two_columns() -> None:
    assert display_width("输出文件") == 8
    assert display_width("--pdf OUT") == 9
    assert display_width("，") == 2


def test_chinese_wraps_between_characters_and_never_before_a_closing_mark() -> None:
    lines = wrap("将某一录用方案的整体薪酬说明（给候选人）写入指定的文件。", 20)
    assert all(display_width(line) <= 20 for line in lines[:-1])
    assert "".join(lines) == "将某一录用方案的整体薪酬说明（给候选人）写入指定的文件。"
    assert not any(line[0] in "，。）" for line in lines[1:])
    assert not any(line.endswith("（") for line in lines)


def test_english_wraps_between_words_and_a_list_after_its_commas() -> None:
    assert wrap("write the PDF brief to OUT", 12) == ["write the", "PDF brief to", "OUT"]
    listed = wrap("from: summary,roles,exceptions,risks", 19)
    assert listed == ["from: summary,", "roles,exceptions,", "risks"]
