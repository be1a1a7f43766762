"""Save screenshots of the window's screens (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 3200x2000x24" .venv/bin/python scripts/screenshot_colours.py \
        docs/screenshots [--scale 2] [--dark] [--section risks --section overview ...]

Opens the sample plan in a real window at the default size (1200 x 780) and grabs the window on
each section asked for (all the fixed screens by default), as window-<section>[-dark][@2x].png.
``--dark`` starts the app with the dark colour scheme (the ui/colour_scheme setting's "dark").
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SECTIONS = ("overview", "steps", "roles", "compensation", "risks", "policy")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--section", action="append", choices=SECTIONS)
    parser.add_argument("--size", default="1200x780")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan.gui.app import make_application
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    if args.dark:
        from hireplan.gui.common.colour_scheme import DARK, apply_colour_scheme

        apply_colour_scheme(app, DARK)
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    sections = list(args.section or SECTIONS)
    suffix = ("-dark" if args.dark else "") + ("" if args.scale == "1" else f"@{args.scale}x")
    args.folder.mkdir(parents=True, exist_ok=True)

    def shoot(remaining: list[str]) -> None:
        if not remaining:
            app.quit()
            return
        section = remaining[0]
        window.go_to_section(section)

        def grab() -> None:
            window.grab().save(str(args.folder / f"window-{section}{suffix}.png"))
            shoot(remaining[1:])

        QTimer.singleShot(700, grab)

    QTimer.singleShot(400, lambda: shoot(sections))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
