"""Save screenshots of the Help menu's windows (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 3200x2000x24" .venv/bin/python scripts/screenshot_help.py \
        docs/screenshots [--scale 2] [--lang zh_CN]

Opens the sample plan in a real window, visits every screen (so their shortcuts exist), then opens
the user guide (at "Reading compa-ratios and flags"), the keyboard shortcuts and About, and saves
help-guide.png, help-shortcuts.png and help-about.png (with -<lang> and @<scale>x when given).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan import i18n

    i18n.set_language(args.lang, source="option")
    from hireplan.gui.app import make_application
    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.help.about_dialog import show_about
    from hireplan.gui.help.guide_window import show_guide
    from hireplan.gui.help.shortcuts_window import show_shortcuts
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    window.show()
    suffix = ("" if args.lang == "en" else f"-{args.lang}") + ("" if args.scale == "1" else f"@{args.scale}x")
    args.folder.mkdir(parents=True, exist_ok=True)

    def open_windows() -> None:
        for key in (nav.ALL_STEPS, nav.ROLES, nav.COMPENSATION, nav.RISKS, nav.POLICY, nav.OVERVIEW):
            window.go_to_section(key)
        guide = show_guide(window)
        guide.show_section("reading")
        shortcuts = show_shortcuts(window)
        about = show_about(window)

        def grab() -> None:
            for name, widget in (("guide", guide), ("shortcuts", shortcuts), ("about", about)):
                widget.grab().save(str(args.folder / f"help-{name}{suffix}.png"))
            window.document.undo_stack.setClean()
            app.quit()

        QTimer.singleShot(1000, grab)

    QTimer.singleShot(1500, open_windows)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
