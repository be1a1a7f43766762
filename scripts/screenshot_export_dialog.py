"""Save a screenshot of File › Export (for docs/screenshots), under Xvfb or a desktop.

    xvfb-run -a -s "-screen 0 1920x1200x24" .venv/bin/python scripts/screenshot_export_dialog.py \
        docs/screenshots [--lang zh_CN]

Opens the Export dialog on the sample plan, with its document language, sections, paper and
redaction choices, and saves export-dialog.png (export-dialog-<lang>.png for another language).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args()

    from PySide6.QtCore import QStandardPaths, QTimer

    QStandardPaths.setTestModeEnabled(True)  # never the person's own recent files or settings
    from hireplan import i18n

    i18n.set_language(args.lang, source="option")
    from hireplan.gui.app import make_application
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.document.document import PlanDocument
    from hireplan.gui.exporting.export_dialog import ExportDialog
    from hireplan.storage.builtin_templates import sample_plan

    app = make_application()
    document = PlanDocument(sample_plan())
    dialog = ExportDialog(document, QuietPrompter())
    dialog.targets.pdf_path.setText("/home/hr/plans/llm-research-team.pdf")
    dialog.targets.xlsx_path.setText("/home/hr/plans/llm-research-team.xlsx")
    dialog.show()
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    args.folder.mkdir(parents=True, exist_ok=True)

    def grab() -> None:
        dialog.grab().save(str(args.folder / f"export-dialog{suffix}.png"))
        app.quit()

    QTimer.singleShot(500, grab)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
