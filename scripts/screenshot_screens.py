"""Save a screenshot of every screen of the window (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 2560x1600x24" .venv/bin/python scripts/screenshot_screens.py \
        docs/screenshots [--scale 2] [--theme dark] [--plan large] [--size 1200x780]

Opens the sample plan (or the large generated plan of benchmarks/generate_large_plan.py) in a real
window at the default size, visits the Overview, All steps, Roles and offers (both tabs),
Compensation, Risks and Policy watch, and saves screen-<screen>[-large][-dark][@2x].png. The dark
theme is a dark Fusion palette, as a desktop in dark mode hands the window. Run it for each
combination (the README lists the ones in docs/screenshots) and look at every picture.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCREENS = ("overview", "all-steps", "roles", "market-data", "compensation", "risks", "policy")


def _large_plan() -> object:
    path = REPO / "benchmarks" / "generate_large_plan.py"
    spec = importlib.util.spec_from_file_location("generate_large_plan", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.make_large_plan()


def _dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    role = QPalette.ColorRole
    palette = QPalette()
    for which, colour in (
        (role.Window, "#2b2b2b"),
        (role.WindowText, "#e6e6e6"),
        (role.Base, "#1e1e1e"),
        (role.AlternateBase, "#262626"),
        (role.Text, "#e6e6e6"),
        (role.Button, "#353535"),
        (role.ButtonText, "#e6e6e6"),
        (role.ToolTipBase, "#353535"),
        (role.ToolTipText, "#e6e6e6"),
        (role.PlaceholderText, "#9a9a9a"),
        (role.Highlight, "#3d7ab8"),
        (role.HighlightedText, "#ffffff"),
        (role.Link, "#7fb2e5"),
        (role.Mid, "#555555"),
    ):
        palette.setColor(which, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, role.Text, QColor("#7a7a7a"))
    palette.setColor(QPalette.ColorGroup.Disabled, role.ButtonText, QColor("#7a7a7a"))
    return palette


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--plan", choices=("sample", "large"), default="sample")
    parser.add_argument("--size", default="1200x780")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan.gui.app import make_application
    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    if args.theme == "dark":
        app.setStyle("Fusion")
        app.setPalette(_dark_palette())  # type: ignore[arg-type]
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    if args.plan == "large":
        window.files.show_untitled(_large_plan())  # type: ignore[arg-type]
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    suffix = ("-large" if args.plan == "large" else "") + ("-dark" if args.theme == "dark" else "")
    suffix += f"@{args.scale}x" if args.scale != "1" else ""
    args.folder.mkdir(parents=True, exist_ok=True)
    queue = list(SCREENS)

    def show(screen: str) -> None:
        if screen == "market-data":
            window.go_to_section(nav.ROLES)
            window.section_panel(nav.ROLES).tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
            return
        if screen == "roles":
            window.go_to_section(nav.ROLES)
            window.section_panel(nav.ROLES).tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
            return
        key = {"overview": nav.OVERVIEW, "all-steps": nav.ALL_STEPS}.get(screen, screen)
        window.go_to_section(key)

    def next_screen() -> None:
        if not queue:
            app.quit()
            return
        screen = queue[0]
        show(screen)
        QTimer.singleShot(900, shoot)

    def shoot() -> None:
        screen = queue.pop(0)
        window.grab().save(str(args.folder / f"screen-{screen}{suffix}.png"))
        next_screen()

    QTimer.singleShot(600, next_screen)
    app.exec()
    return 0 if not queue else 1


if __name__ == "__main__":
    sys.exit(main())
