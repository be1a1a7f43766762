"""The window's frame speaks Chinese (issue 18): under zh_CN the menus, the toolbar, the side list,
the plan header and the status bar show no English but plan data, codes and names.

The screens inside the frame are their folders' to translate, each with its own test_*_in_chinese.py;
tests/gui/shell/test_every_screen_in_chinese.py walks all of them together.
"""

from __future__ import annotations

from helpers.visible_text import Allowed, english_texts, in_chinese, report, shown_texts
from hireplan.storage.plan_file import save_plan


def test_the_frame_of_the_window_speaks_chinese(qapp, make_window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with in_chinese(qapp):
        window = make_window(show=True)
        window.checklist  # the Checklist menu is made with the checklist  # noqa: B018
        window.open_sample()
        path = tmp_path / "团队计划.hireplan"
        save_plan(window.document.plan, path)
        assert window.files.load(path)
        qtbot.waitUntil(lambda: window.summary.progress_label.text() != "进度：…")
        window.document.set_field("plan", window.document.plan.id, "title", "杭州与硅谷")
        allowed = Allowed.for_plan(window.document.plan)
        found = english_texts(window, allowed, skip=lambda widget: widget is window.stack)
        texts = [shown.text for shown in shown_texts(window, skip=lambda widget: widget is window.stack)]

    assert not found, report(found, allowed)
    # What the walk saw is the frame in Chinese, not an empty window.
    assert "文件(&F)" in texts and "撤销(&U)：修改计划的标题" in texts
    assert "已打开 团队计划.hireplan" in texts
    assert any("已完成" in text for text in texts)
