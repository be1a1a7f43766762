"""Save screenshots of the window's screens and main dialogs (for docs/screenshots), under Xvfb or a
desktop, in either language, colour scheme and scale, on the sample or the large plan::

    xvfb-run -a -s "-screen 0 3200x2400x24" .venv/bin/python scripts/screenshot.py docs/screenshots \\
        [--lang en|zh_CN] [--theme light|dark] [--scale 1|2] [--plan sample|large] \\
        [--names screen|window] [--size 1200x780] [--screens NAME ...]

Opens the plan in a real window (``QStandardPaths`` test mode: never the person's own settings or
recent files), shows each screen asked for, grabs the window or the dialog and saves it. The dark
theme is the app's own dark colour scheme (Settings › This Computer › Colours: dark). The window
is left clean and closed, so no autosave or lock is left behind. Look at every picture.

File names, by ``--names``:

* ``screen`` (default): ``screen-<name>[-large][-<lang>][-dark][@<scale>x].png``
* ``window``: ``[<lang>-]<window name>[-large][-dark][@<scale>x].png``, where a screen's window
  name is ``window-<screen>`` (``window-checklist``, ``window-roles-offers``...) and a dialog's
  is its own name (``export-dialog``, ``settings``...).

The pictures in docs/screenshots come from these runs (add ``--scale 2`` for the ``@2x`` ones)::

    screenshot.py docs/screenshots                          screen-<seven screens>.png
    screenshot.py docs/screenshots --screens import         screen-import.png (README)
    screenshot.py docs/screenshots --plan large             screen-*-large.png
    screenshot.py docs/screenshots --theme dark             screen-*-dark.png
    screenshot.py docs/screenshots --lang zh_CN --size 1400x900 \\
        --screens roles market-data import compensation risks acknowledge template-library
                                                            screen-*-zh_CN.png
    screenshot.py docs/screenshots --names window \\
        --screens overview all-steps roles compensation risks policy
                                                            window-*.png (README)
    screenshot.py docs/screenshots --names window --theme dark --screens overview compensation risks
                                                            window-*-dark.png
    screenshot.py docs/screenshots --names window --lang zh_CN --size 1280x820
                                                            zh_CN-*.png (README.zh-CN)

The Help windows (scripts/screenshot_help.py), the Settings pages (screenshot_settings.py), the
Export dialog (screenshot_export_dialog.py) and the Compensation chart (screenshot_compensation.py)
have scripts of their own.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SAMPLE_OFFER = "offer-hz-research-a"
"""The sample plan's offer the Roles screen shows (a Hangzhou offer with a competing package)."""
SURVEY = (
    "城市,职位,级别,币种,计薪周期,月薪中位数,数据来源,数据日期\n"
    "Hangzhou,ML/AI engineer,资深,CNY,月,98000,示例调研（截图用）,2026/3/31\n"
    "杭州,ML/AI engineer,高级,CNY,月,76000,示例调研（截图用）,2026/3/31\n"
    "成都,ML/AI engineer,高级,CNY,月,52000,示例调研（截图用）,2026/3/31\n"
)
"""A GBK survey for the import dialog's picture: a row that imports, one whose market is named in
Chinese (杭州, the plan's Hangzhou: imported, with a note) and one whose market is unknown."""
TEMP = tempfile.TemporaryDirectory(prefix="hireplan-shot-")
"""Where the survey is written (removed when the script ends)."""


@dataclass(frozen=True)
class Shot:
    """One picture: how to show it (returns the window or the dialog to grab) and its window name."""

    show: Callable[[Any], Any]
    window_name: str
    wait: int = 0
    """Milliseconds more to wait before the grab (a file read in the background)."""


def _large_plan() -> object:
    path = REPO / "benchmarks" / "generate_large_plan.py"
    spec = importlib.util.spec_from_file_location("generate_large_plan", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_large_plan()


def _shots() -> dict[str, Shot]:
    """Every picture the script can take, by the name ``--screens`` uses."""
    from PySide6.QtWidgets import QApplication, QTabWidget

    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter

    def section(key: str | Callable[[Any], str], tab: int | None = None) -> Callable[[Any], Any]:
        def show(window: Any) -> Any:
            window.go_to_section(key(window) if callable(key) else key)
            QApplication.processEvents()
            if tab is not None:
                page = window.page(nav.ROLES)
                tabs = page.findChildren(QTabWidget)[0] if page is not None else None
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
            return window

        return show

    def first_step(window: Any) -> str:
        steps = window.document.plan.steps
        return nav.step_section(steps[0].key) if steps else nav.ALL_STEPS

    def roles(window: Any) -> Any:
        section(nav.ROLES, 0)(window)
        window.section_panel(nav.ROLES).select_object("offer", SAMPLE_OFFER)
        return window

    def compensation_ppp(window: Any) -> Any:
        section(nav.COMPENSATION)(window)
        window.section_panel(nav.COMPENSATION).set_mode("ppp")
        return window

    def risks(window: Any) -> Any:
        section(nav.RISKS)(window)
        window.section_panel(nav.RISKS).flags_view.selectRow(0)
        return window

    def import_preview(window: Any) -> Any:
        section(nav.ROLES, 1)(window)
        survey = Path(TEMP.name) / "survey-example.csv"
        survey.write_bytes(SURVEY.encode("gb18030"))
        return window.section_panel(nav.ROLES).market_data.import_benchmarks(survey, show=False)

    def acknowledge(window: Any) -> Any:
        from hireplan.gui.risks.ack_dialog import AckDialog

        section(nav.RISKS)(window)
        return AckDialog(window.section_panel(nav.RISKS).flags_model.flags_shown()[:1], window)

    def template_library(window: Any) -> Any:
        from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog

        return TemplateLibraryDialog(
            window.document, QuietPrompter(), start_plan=lambda _plan: False, parent=window
        )

    def save_template(window: Any) -> Any:
        from hireplan.gui.template_library.template_forms import SaveTemplateDialog

        return SaveTemplateDialog(window.document.plan, [], window)

    def approve(window: Any) -> Any:
        from hireplan.gui.versions.approve_dialog import ApproveDialog

        return ApproveDialog(window.document.plan.title, "王磊", window)

    def compare(window: Any) -> Any:
        from hireplan.gui.versions.compare_dialog import CompareDialog

        plan = window.document.plan
        earlier = plan.model_copy(deep=True)
        earlier.title = "杭州与硅谷（上一版）"
        earlier.offers = earlier.offers[1:]
        return CompareDialog(earlier, plan, "已批准的版本", "本计划", window)

    return {
        "overview": Shot(section(nav.OVERVIEW), "window-overview"),
        "all-steps": Shot(section(nav.ALL_STEPS), "window-checklist"),
        "step": Shot(section(first_step), "window-step"),
        "roles": Shot(roles, "window-roles-offers"),
        "market-data": Shot(section(nav.ROLES, 1), "window-market-data"),
        "compensation": Shot(section(nav.COMPENSATION), "window-compensation"),
        "compensation-ppp": Shot(compensation_ppp, "window-compensation-ppp"),
        "risks": Shot(risks, "window-risks"),
        "policy": Shot(section(nav.POLICY), "window-policy"),
        "import": Shot(import_preview, "import", wait=2500),
        "acknowledge": Shot(acknowledge, "acknowledge"),
        "template-library": Shot(template_library, "template-library"),
        "save-template": Shot(save_template, "save-template"),
        "export-dialog": Shot(lambda window: window.dialogs.show_export(), "export-dialog"),
        "settings": Shot(lambda window: window.dialogs.show_settings(), "settings"),
        "approve-dialog": Shot(approve, "approve-dialog"),
        "compare-dialog": Shot(compare, "compare-dialog"),
    }


SHOT_NAMES = (
    "overview",
    "all-steps",
    "step",
    "roles",
    "market-data",
    "compensation",
    "compensation-ppp",
    "risks",
    "policy",
    "import",
    "acknowledge",
    "template-library",
    "save-template",
    "export-dialog",
    "settings",
    "approve-dialog",
    "compare-dialog",
)
DEFAULT_SCREENS = {
    "screen": ("overview", "all-steps", "roles", "market-data", "compensation", "risks", "policy"),
    "window": (
        "overview",
        "all-steps",
        "step",
        "roles",
        "market-data",
        "compensation",
        "risks",
        "policy",
        "export-dialog",
        "template-library",
        "settings",
        "approve-dialog",
        "compare-dialog",
    ),
}
"""What a run takes when ``--screens`` is not given, by ``--names``."""


def file_name(shot: str, window_name: str, args: argparse.Namespace) -> str:
    """The picture's file name for these options (see the module docstring)."""
    large = "-large" if args.plan == "large" else ""
    dark = "-dark" if args.theme == "dark" else ""
    scale = f"@{args.scale}x" if args.scale != "1" else ""
    if args.names == "window":
        lang = f"{args.lang}-" if args.lang != "en" else ""
        return f"{lang}{window_name}{large}{dark}{scale}.png"
    lang = f"-{args.lang}" if args.lang != "en" else ""
    return f"screen-{shot}{large}{lang}{dark}{scale}.png"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", choices=("en", "zh_CN"), default="en")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--scale", choices=("1", "2"), default="1")
    parser.add_argument("--plan", choices=("sample", "large"), default="sample")
    parser.add_argument("--names", choices=("screen", "window"), default="screen")
    parser.add_argument("--size", default="1200x780", help="the window's size in logical pixels")
    parser.add_argument(
        "--screens", nargs="+", choices=SHOT_NAMES, metavar="NAME", help=", ".join(SHOT_NAMES)
    )
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan import i18n

    i18n.set_language(args.lang, source="option")
    from hireplan.gui.app import make_application
    from hireplan.gui.common.colour_scheme import DARK, apply_colour_scheme
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    if args.theme == "dark":
        apply_colour_scheme(app, DARK)
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    if args.plan == "large":
        window.files.show_untitled(_large_plan())
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.folder.mkdir(parents=True, exist_ok=True)
    shots = _shots()
    queue = list(args.screens or DEFAULT_SCREENS[args.names])
    settle = 900 if args.plan == "large" else 700
    saved: list[str] = []

    def take() -> None:
        if not queue:
            window.document.undo_stack.setClean()
            app.quit()
            return
        name = queue[0]
        widget = shots[name].show(window)
        widget.show()

        def grab() -> None:
            QApplication.processEvents()
            target = args.folder / file_name(name, shots[name].window_name, args)
            widget.grab().save(str(target))
            saved.append(target.name)
            queue.pop(0)
            if widget is not window:
                widget.close()
            QTimer.singleShot(200, take)

        QTimer.singleShot(settle + shots[name].wait, grab)

    QTimer.singleShot(1500, take)
    QTimer.singleShot(180_000, app.quit)
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    print("\n".join(saved))
    return 0 if not queue else 1


if __name__ == "__main__":
    sys.exit(main())
