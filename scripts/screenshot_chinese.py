"""Save screenshots of every screen and the main dialogs in Chinese (for docs/screenshots), under Xvfb.

    xvfb-run -a -s "-screen 0 3200x2400x24" .venv/bin/python scripts/screenshot_chinese.py \
        docs/screenshots [--scale 2]

Opens the sample plan in a real window under ``--lang zh_CN``, shows each screen of the side list
(Overview, the checklist and one step, Roles and offers with its Market data tab, Compensation,
Risks, Policy watch) and then the Export, Templates, Settings, Approve and Compare dialogs, and saves
each as ``zh_CN-<name>.png`` (``zh_CN-<name>@2x.png`` with ``--scale 2``). The Help windows have
their own script (scripts/screenshot_help.py --lang zh_CN).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", default="1")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan import i18n

    i18n.set_language(i18n.CHINESE, source="option")
    from hireplan.gui.app import make_application
    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.versions.approve_dialog import ApproveDialog
    from hireplan.gui.versions.compare_dialog import CompareDialog

    app = make_application()
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    window.resize(1280, 820)
    window.show()
    suffix = "" if args.scale == "1" else f"@{args.scale}x"
    args.folder.mkdir(parents=True, exist_ok=True)
    plan = window.document.plan
    first_step = plan.steps[0].key if plan.steps else None

    def save(name: str, widget: QWidget) -> None:
        QApplication.processEvents()
        widget.grab().save(str(args.folder / f"zh_CN-{name}{suffix}.png"))

    def section(key: str, tab: int | None = None) -> Callable[[], QWidget]:
        def show() -> QWidget:
            window.go_to_section(key)
            QApplication.processEvents()
            if tab is not None:
                page = window.page(key)
                tabs = page.findChildren(QTabWidget)[0] if page is not None else None
                if tabs is not None:
                    tabs.setCurrentIndex(tab)
            return window

        return show

    def earlier() -> object:
        copy = plan.model_copy(deep=True)
        copy.title = "杭州与硅谷（上一版）"
        copy.offers = copy.offers[1:]
        return copy

    shots: list[tuple[str, Callable[[], QWidget]]] = [
        ("window-overview", section(nav.OVERVIEW)),
        ("window-checklist", section(nav.ALL_STEPS)),
        ("window-roles-offers", section(nav.ROLES, 0)),
        ("window-market-data", section(nav.ROLES, 1)),
        ("window-compensation", section(nav.COMPENSATION)),
        ("window-risks", section(nav.RISKS)),
        ("window-policy", section(nav.POLICY)),
        ("export-dialog", window.dialogs.show_export),
        ("template-library", window.dialogs.show_templates),
        ("settings", window.dialogs.show_settings),
        ("approve-dialog", lambda: ApproveDialog(plan.title, "王磊", window)),
        ("compare-dialog", lambda: CompareDialog(earlier(), plan, "已批准的版本", "本计划", window)),  # type: ignore[arg-type]
    ]
    if first_step is not None:
        shots.insert(2, ("window-step", section(nav.step_section(first_step))))

    def take(index: int) -> None:
        if index >= len(shots):
            window.document.undo_stack.setClean()
            app.quit()
            return
        name, show = shots[index]
        widget = show()
        widget.show()

        def grab() -> None:
            save(name, widget)
            if widget is not window:
                widget.close()
            QTimer.singleShot(200, lambda: take(index + 1))

        QTimer.singleShot(700, grab)

    QTimer.singleShot(1500, lambda: take(0))
    QTimer.singleShot(120_000, app.quit)
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
