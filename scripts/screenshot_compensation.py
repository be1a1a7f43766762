"""Save a screenshot of the Compensation screen (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 3200x2000x24" .venv/bin/python scripts/screenshot_compensation.py \
        docs/screenshots/window-compensation.png [--scale 2] [--ppp] [--plan FILE] [--chart-only]

Opens the sample plan (or FILE) in a real window, shows Compensation, and grabs the window.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--ppp", action="store_true")
    parser.add_argument("--plan", type=Path)
    parser.add_argument("--size", default="1500x950")
    parser.add_argument("--chart-only", action="store_true")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan.gui.app import make_application
    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(prompter=QuietPrompter())
    window.startup(args.plan, sample=args.plan is None, offer_recovery=False)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()

    def shoot() -> None:
        panel = window.section_panel(nav.COMPENSATION)
        target = panel.chart if args.chart_only else window  # type: ignore[attr-defined]
        args.output.parent.mkdir(parents=True, exist_ok=True)
        target.grab().save(str(args.output))
        app.quit()

    def show_compensation() -> None:
        window.go_to_section(nav.COMPENSATION)
        if args.ppp:
            window.section_panel(nav.COMPENSATION).set_mode("ppp")  # type: ignore[attr-defined]
        QTimer.singleShot(600, shoot)

    QTimer.singleShot(400, show_compensation)
    app.exec()
    return 0 if args.output.is_file() else 1


if __name__ == "__main__":
    sys.exit(main())
