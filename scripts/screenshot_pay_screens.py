"""Save screenshots of the roles, market data, compensation and risks screens and their dialogs
(the offer form with a competing package, the benchmark import, the acknowledgement, the template
library and the save-as-template form), for docs/screenshots and for looking at clipping, under Xvfb
or a desktop::

    xvfb-run -a -s "-screen 0 3200x2000x24" .venv/bin/python scripts/screenshot_pay_screens.py \
        docs/screenshots [--scale 2] [--lang zh_CN]

Opens the sample plan in a real window at 1400 x 900 (logical) and saves screen-<name>.png for each
(with -<lang> and @<scale>x when given).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SURVEY = (
    "城市,职位,级别,币种,计薪周期,月薪中位数,数据来源,数据日期\n"
    "Hangzhou,ML/AI engineer,资深,CNY,月,98000,示例调研（截图用）,2026/3/31\n"
    "杭州,ML/AI engineer,高级,CNY,月,76000,示例调研（截图用）,2026/3/31\n"
)
"""A GBK survey for the import dialog's picture: one row that imports, one whose market is unknown."""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--scale", default="1")
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QStandardPaths, QTimer
    from PySide6.QtWidgets import QWidget

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan import i18n

    i18n.set_language(args.lang, source="option")
    from hireplan.gui.app import make_application
    from hireplan.gui.common import section_keys as nav
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.compensation.compensation_panel import CompensationPanel
    from hireplan.gui.risks.ack_dialog import AckDialog
    from hireplan.gui.risks.risks_panel import RisksPanel
    from hireplan.gui.roles.roles_offers_panel import RolesOffersPanel
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.template_library.template_forms import SaveTemplateDialog
    from hireplan.gui.template_library.template_library_dialog import TemplateLibraryDialog

    app = make_application()
    window = MainWindow(prompter=QuietPrompter())
    window.startup(None, sample=True, offer_recovery=False)
    window.resize(1400, 900)
    window.show()
    suffix = ("" if args.lang == "en" else f"-{args.lang}") + ("" if args.scale == "1" else f"@{args.scale}x")
    args.folder.mkdir(parents=True, exist_ok=True)
    survey = args.folder / "survey-example.csv"
    shots: list[tuple[str, QWidget]] = []

    def save(name: str, widget: QWidget) -> None:
        app.processEvents()
        widget.grab().save(str(args.folder / f"screen-{name}{suffix}.png"))

    def steps() -> None:
        window.go_to_section(nav.ROLES)
        roles = window.section_panel(nav.ROLES)
        assert isinstance(roles, RolesOffersPanel)
        roles.select_object("offer", "offer-hz-research-a")
        save("roles", window)
        roles.tabs.setCurrentWidget(roles.market_data)
        save("market-data", window)
        survey.write_bytes(SURVEY.encode("gb18030"))
        dialog = roles.market_data.import_benchmarks(survey, show=False)
        assert dialog is not None
        dialog.show()
        shots.append(("import", dialog))
        window.go_to_section(nav.COMPENSATION)
        compensation = window.section_panel(nav.COMPENSATION)
        assert isinstance(compensation, CompensationPanel)
        save("compensation", window)
        compensation.set_mode("ppp")
        save("compensation-ppp", window)
        window.go_to_section(nav.RISKS)
        risks = window.section_panel(nav.RISKS)
        assert isinstance(risks, RisksPanel)
        risks.flags_view.selectRow(0)
        save("risks", window)
        ack = AckDialog(risks.flags_model.flags_shown()[:1], window)
        ack.show()
        shots.append(("acknowledge", ack))
        library = TemplateLibraryDialog(
            window.document, QuietPrompter(), start_plan=lambda _plan: False, parent=window
        )
        library.show()
        shots.append(("template-library", library))
        form = SaveTemplateDialog(window.document.plan, [], window)
        form.show()
        shots.append(("save-template", form))
        QTimer.singleShot(3000, grab_dialogs)

    def grab_dialogs() -> None:
        for name, widget in shots:
            save(name, widget)
            widget.close()
        survey.unlink(missing_ok=True)
        window.document.undo_stack.setClean()
        app.quit()

    QTimer.singleShot(1500, steps)
    QTimer.singleShot(90_000, app.quit)
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
