"""Issue 18's test: under zh_CN, with the sample plan, every screen and every dialog shows no English
but proper names, codes and figures.

The window is driven as a person would: every section of the side list, every tab and view switch on
each screen, then each dialog and tool window the menus open, and the questions and messages the
window asks through its prompter. Each is walked as a person sees it (helpers.visible_text: labels,
buttons, tabs, menus, tips, placeholders, headers, cells, status bar, accessible names). Plan data
(the sample's English checklist, names such as Priya Nair, Silicon Valley) is the team's own text,
not the program's, and is excused, as are the English built-in templates the library lists after the
Chinese ones, marked English in their Language column, for teams that work in both; so are codes
(USD, P50), figures, keys, paths and product names.

When it fails it lists what is still English per screen, so whoever owns that folder sees their part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from helpers.fakes import FakePrompter
from helpers.visible_text import Allowed, Shown, english_texts, in_chinese
from hireplan.gui.common import section_keys as nav
from hireplan.gui.shell.main_window import MainWindow
from hireplan.storage.plan_file import save_plan
from hireplan.storage.templates import TemplateLibrary

Scene = tuple[str, QWidget]


def _licences() -> list[str]:
    """About lists each dependency and font by its own name and licence, read from what is installed,
    and shows the licence's own words: legal texts stay as their authors wrote them."""
    from hireplan.gui.help.about_dialog import all_licences

    names = [licence.label() for licence in all_licences()]
    texts = [licence.text.strip() for licence in all_licences()]
    return names + texts + [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def _rule_vocabulary() -> list[str]:
    """The tag keys the risk rules read (``career-path``, ``follow-up``), which the guide names as the
    plan must spell them, and the HR term compa-ratio the guide explains beside its Chinese name."""
    from hireplan.analysis.tag_synonyms import SYNONYMS

    return [*set(SYNONYMS.values()), "compa-ratio"]


def _other_language_templates() -> list[str]:
    """The built-in templates written in English, which a Chinese window lists after the Chinese ones
    with English (each language named in its own script) in their Language column, so a team can
    still start from them: their title, description and regions are the template's own text, as a
    plan's checklist is the plan's."""
    from hireplan import i18n

    return [
        text
        for info in TemplateLibrary().list(i18n.CHINESE)
        if info.language and info.language != i18n.CHINESE
        for text in (info.title, info.description, *info.region_tags)
    ]


def _with_key_names(widget: QWidget, allowed: Allowed) -> Allowed:
    """Keyboard shortcuts' Keys column holds key caps as Qt prints them (Delete, Ctrl+Shift+N)."""
    from hireplan.gui.help.shortcuts_window import ShortcutsWindow

    return (
        allowed.plus(phrases=[row.keys for row in widget.rows])
        if isinstance(widget, ShortcutsWindow)
        else allowed
    )


def _settle(qtbot: QtBot) -> None:
    """Let queued analysis and repaints run, as they would before the person looks."""
    QApplication.processEvents()
    qtbot.wait(30)


def _tabs_of(widget: QWidget) -> Iterator[str]:
    """Switch every visible tab widget under ``widget`` through its tabs (outermost first)."""
    for tabs in widget.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if tabs.isTabVisible(index):
                tabs.setCurrentIndex(index)
                yield tabs.tabText(index).replace("&", "")


def _screens(window: MainWindow, qtbot: QtBot) -> Iterator[Scene]:
    """Every section of the side list, and every tab and view inside it, shown in turn."""
    keys = [entry.key for entry in window.navigation.nav_model.entries() if not entry.is_heading]
    for key in keys:
        window.go_to_section(key)
        _settle(qtbot)
        yield key, window
        page = window.page(key)
        assert page is not None
        for tab in _tabs_of(page):
            _settle(qtbot)
            yield f"{key} › {tab}", window
    compensation = window.sections.built(nav.COMPENSATION)
    if compensation is not None:
        window.go_to_section(nav.COMPENSATION)
        for button in (compensation.ppp_button, compensation.nominal_button):  # type: ignore[attr-defined]
            button.click()
            _settle(qtbot)
            yield f"{nav.COMPENSATION} › {button.text()}", window


def _dialog(opened: QWidget, qtbot: QtBot) -> QWidget:
    opened.show()
    qtbot.waitExposed(opened)
    _settle(qtbot)
    return opened


def _dialogs(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> Iterator[Scene]:
    """Each dialog and tool window the menus open, built as the window builds it, then closed."""
    from hireplan.gui.help.about_dialog import show_about
    from hireplan.gui.help.guide_window import show_guide
    from hireplan.gui.help.shortcuts_window import show_shortcuts
    from hireplan.gui.template_library.template_picker import TemplatePickerDialog
    from hireplan.gui.versions.approve_dialog import ApproveDialog
    from hireplan.gui.versions.compare_dialog import CompareDialog
    from hireplan.gui.versions.restore_dialog import RestoreDialog

    plan = window.document.plan
    makers: list[tuple[str, Callable[[], QWidget]]] = [
        ("New plan from a template", lambda: TemplatePickerDialog(TemplateLibrary().list(), window)),
        ("Export", window.dialogs.show_export),
        ("Templates", window.dialogs.show_templates),
        ("Settings", window.dialogs.show_settings),
        ("Approve this version", lambda: ApproveDialog(plan.title, "王磊", window)),
        ("Restore earlier version", lambda: RestoreDialog(window.document.path or tmp_path, window)),
        (
            "Compare versions",
            lambda: CompareDialog(_changed(plan), plan, "已批准的版本", "本计划", window),
        ),
        ("Keyboard shortcuts", lambda: show_shortcuts(window)),
        ("About", lambda: show_about(window)),
        ("User guide", lambda: show_guide(window)),
    ]
    for name, make in makers:
        dialog = _dialog(make(), qtbot)
        yield name, dialog
        for tab in _tabs_of(dialog):
            _settle(qtbot)
            yield f"{name} › {tab}", dialog
        dialog.close()
        if isinstance(dialog, QDialog):
            dialog.reject()
        _settle(qtbot)


def _changed(plan: Any) -> Any:
    """An earlier version of the plan: another title and one offer fewer, so the diff has rows."""
    earlier = plan.model_copy(deep=True)
    earlier.title = "杭州与硅谷（上一版）"
    earlier.offers = earlier.offers[1:]
    return earlier


def _prompts(window: MainWindow, prompter: FakePrompter, tmp_path: Path) -> list[Shown]:
    """The questions and messages the window asks through its prompter, for a few journeys."""
    window.team.publish()  # no team library set: says where to set one
    window.versions.compare_with_approved()  # never approved: says how to approve
    missing = tmp_path / "不见了.hireplan"
    window.files.open_recent(missing)
    texts: list[Shown] = []
    for name, (title, message) in [(n, d) for n, d in prompter.calls if isinstance(d, tuple) and len(d) == 2]:
        if isinstance(title, str) and isinstance(message, str):
            texts += [Shown("prompt title", name, title), Shown("prompt message", name, message)]
    return texts


def _english_by_place(
    scenes: Iterator[Scene], allowed: Allowed, already: set[tuple[str, str]]
) -> dict[str, list[Shown]]:
    found: dict[str, list[Shown]] = {}
    for name, widget in scenes:
        for shown in english_texts(widget, _with_key_names(widget, allowed)):
            key = (shown.kind, shown.text)
            if key not in already:  # a text seen on an earlier screen is reported there only
                already.add(key)
                found.setdefault(name, []).append(shown)
    return found


@pytest.mark.qt_log_ignore(  # the offscreen platform, on showing windows
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
def test_every_screen_and_dialog_speaks_chinese(  # type: ignore[no-untyped-def]
    qapp, make_window, prompter, qtbot, tmp_path
) -> None:
    with in_chinese(qapp):
        window: MainWindow = make_window(show=True)
        window.open_sample()
        path = tmp_path / "团队计划.hireplan"
        save_plan(window.document.plan, path)
        assert window.files.load(path)
        qtbot.waitUntil(lambda: window.summary.progress_label.text() != "进度：…")
        allowed = Allowed.for_plan(window.document.plan)
        seen: set[tuple[str, str]] = set()
        found = _english_by_place(_screens(window, qtbot), allowed, seen)
        allowed = allowed.plus(phrases=[*_licences(), *_rule_vocabulary(), *_other_language_templates()])
        found |= _english_by_place(_dialogs(window, qtbot, tmp_path), allowed, seen)
        asked = _prompts(window, prompter, tmp_path)
        prompts = [shown for shown in asked if allowed.english_words(shown.text)]
        if prompts:
            found["prompts"] = prompts

    lines = [f"{sum(len(v) for v in found.values())} English texts on {len(found)} screens or dialogs:"]
    for place, texts in found.items():
        lines.append(f"== {place}")
        lines += [f"   {shown}  <- {', '.join(allowed.english_words(shown.text))}" for shown in texts]
    assert not found, "\n".join(lines)
    assert len(asked) >= 6  # three questions and messages, each with its title, were read
