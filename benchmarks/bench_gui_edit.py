"""GUI edit latency on the large plan: from a commit to the views and flags updated.

Three kinds of edit, each on the screen that makes it, each sample followed by the event loop
running until every view has handled the change and the analysis (flags, progress) is current:

- an item edit: one checklist item's owner through the checklist model's ``setData`` (what a
  delegate does when the user presses Enter), on All steps;
- an offer edit: one offer's base through the document's ``set_field`` (what the offer form
  does when its field commits), on Roles and offers;
- an acknowledgement: one open flag accepted through the document (what the Risks screen does
  once its dialog is answered), on Risks.

Target: median <= 16 ms, 95th percentile <= 24 ms for each.

The comparison is against one frame at 60 Hz (16 ms), the budget for an edit to feel instant;
the event-loop floor (the same settle with no edit) is printed beside it.

    python benchmarks/bench_gui_edit.py [--edits 60] [--small]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtWidgets import QApplication

from common import Row, gui_application, percentile
from generate_large_plan import make_large_plan
from hireplan.gui.checklist.checklist_cells import Column
from hireplan.gui.checklist.checklist_model import ChecklistModel
from hireplan.gui.common.app_settings import AppSettings
from hireplan.gui.common.prompts import QuietPrompter
from hireplan.gui.shell import navigation as nav
from hireplan.gui.shell.main_window import MainWindow


def _settle(app: QApplication, window: MainWindow) -> None:
    """Run the event loop until the edit has reached every view and the analysis is current."""
    app.processEvents()
    app.processEvents()  # the coalesced analysisChanged timer fires on the second turn
    window.document.analysis()


def _timed(app: QApplication, window: MainWindow, edits: int, edit: Callable[[int], object]) -> list[float]:
    samples: list[float] = []
    for number in range(edits):
        start = time.perf_counter()
        edit(number)
        _settle(app, window)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def _rows(label: str, samples: list[float]) -> list[Row]:
    median = statistics.median(samples)
    p95 = percentile(samples, 95)
    return [
        Row(f"GUI {label} latency, median", median, "ms", "<= 16 ms", f"{median / 16:.2f}x one frame"),
        Row(f"GUI {label} latency, 95th percentile", p95, "ms", "<= 24 ms", f"{p95 / 16:.2f}x one frame"),
    ]


def measure(edits: int = 60, *, small: bool = False) -> list[Row]:
    app = gui_application()
    plan = make_large_plan(small=small)
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

    def edit_item(number: int) -> None:
        item = items[(number * 37) % len(items)]
        model.setData(model.item_index(item.id, Column.OWNER), f"Owner {number}")

    item_samples = _timed(app, window, edits, edit_item)

    window.go_to_section(nav.ROLES)
    _settle(app, window)
    offers = list(plan.offers)

    def edit_offer(number: int) -> None:
        offer = offers[(number * 7) % len(offers)]
        window.document.set_field("offer", offer.id, "base", offer.base + Decimal(100))

    offer_samples = _timed(app, window, edits, edit_offer)

    window.go_to_section(nav.RISKS)
    _settle(app, window)
    open_flags = [flag for flag in window.document.analysis().flags if not flag.acknowledged]
    review = dt.date.today() + dt.timedelta(days=60)
    acks = min(edits, len(open_flags))

    def acknowledge(number: int) -> None:
        flag = open_flags[number]
        window.document.acknowledge_flags(
            [flag.key],
            "Accepted for the benchmark.",
            review,
            accepted={flag.key: (flag.severity.value, flag.figure)},
        )

    ack_samples = _timed(app, window, acks, acknowledge)
    window.document.undo_stack.setClean()
    window.close()

    return [
        Row("GUI floor: one event-loop turn, no edit", statistics.median(floor), "ms"),
        *_rows("item edit", item_samples),
        *_rows("offer edit", offer_samples),
        *_rows("acknowledgement", ack_samples),
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
