"""A Chinese reader never sees a line of the brief's tables start with '，' or '。' (nor end with '（'):
the character before the mark moves down with it, as Chinese typesetting does."""

from __future__ import annotations

from hireplan.export.pdf_lines import text_width, wrap
from hireplan.line_breaks import NO_LINE_END, NO_LINE_START

SIZE = 8.0


def test_a_closing_mark_takes_the_character_before_it_to_the_next_line() -> None:
    first = "写明每个事项受阻的原因和能解决的人；若无人能解决"
    lines = wrap(first + "，请上报。", text_width(first, SIZE) + 1, SIZE)
    assert lines == ["写明每个事项受阻的原因和能解决的人；若无人能解", "决，请上报。"]


def test_no_wrapped_line_starts_with_a_closing_mark_or_ends_with_an_opening_one() -> None:
    text = "对照来源逐条核查，记录变化（并填写今天的核查日期）。涉及：录用方案：LLM scientist（杭州）。"
    for width in range(40, 200, 3):
        lines = wrap(text, float(width), SIZE)
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost
        for line in lines[1:]:
            assert line[:1] not in NO_LINE_START, (width, lines)
        for line in lines[:-1]:
            assert line[-1:] not in NO_LINE_END, (width, lines)
