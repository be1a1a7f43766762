"""GUI edit latency on the large plan: from a delegate's commit to the views and flags updated.

Each sample edits one checklist item's owner through the checklist model's ``setData`` (what a
delegate does when the user presses Enter), then lets the event loop run until every view has
handled the change and the analysis (flags, progress) is recomputed. Target: median <= 16 ms.

The comparison is against one frame at 60 Hz (16 ms), the budget for an edit to feel instant;
the event-loop floor (the same settle with no edit) is printed beside it.

    python benchmarks/bench_gui_edit.py [--edits 60] [--small]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication

from common import Row, percentile
from generate_large_plan import make_large_plan
from hireplan.gui.checklist.checklist_cells import Column
from hireplan.gui.checklist.checklist_model import ChecklistModel
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import QuietPrompter
from hireplan.gui.qt_workarounds import apply_workarounds
from hireplan.gui.shell import navigation as nav
from hireplan.gui.shell.main_window import MainWindow


def _settle(app: QApplication, window: MainWindow) -> None:
    """Run the event loop until the edit has reached every view and the analysis is current."""
    app.processEvents()
    app.processEvents()  # the coalesced analysisChanged timer fires on the second turn
    window.document.analysis()


def measure(edits: int = 60, *, small: bool = False) -> list[Row]:
    QStandardPaths.setTestModeEnabled(True)
    apply_workarounds()  # as hireplan.gui.app does before the first window
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    plan = make_large_plan()
    if small:
        for step in plan.steps:
            del step.items[20:]
    window = MainWindow(prompter=QuietPrompter(), settings=AppSettings())
    window.show()
    window.document.replace(plan, None)
    window.go_to_section(nav.ALL_STEPS)
    _settle(app, window)
    (model,) = window.findChildren(ChecklistModel)
    items = [item for step in plan.steps for item in step.items]

    floor: list[float] = []
    for _ in range(edits):
        start = time.perf_counter()
        _settle(app, window)
        floor.append((time.perf_counter() - start) * 1000)

    samples: list[float] = []
    for number in range(edits):
        item = items[(number * 37) % len(items)]
        index = model.item_index(item.id, Column.OWNER)
        start = time.perf_counter()
        model.setData(index, f"Owner {number}")
        _settle(app, window)
        samples.append((time.perf_counter() - start) * 1000)
    assert window.document.undo_stack.count() == edits
    window.document.undo_stack.setClean()
    window.close()

    median = statistics.median(samples)
    floor_median = statistics.median(floor)
    p95 = percentile(samples, 95)
    return [
        Row("GUI floor: one event-loop turn, no edit", floor_median, "ms"),
        Row("GUI edit latency, median", median, "ms", "<= 16 ms", f"{median / 16:.2f}x one frame"),
        Row("GUI edit latency, 95th percentile", p95, "ms", "", f"{p95 / 16:.2f}x one frame"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--edits", type=int, default=60)
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args(argv)
    for row in measure(args.edits, small=args.small):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
