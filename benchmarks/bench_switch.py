"""First switch to each screen on the large plan: from the navigation request to the screen painted.

Each screen is timed in a fresh process (this script re-run with ``--child KEY``), so every figure
is a *first* switch, with whatever that screen builds or fills the first time it is shown. The
child opens the real window offscreen on the plan as ``hireplan`` does, waits until the first
paint and the work queued after it are done, then asks the navigation list for the screen and
stops the clock once the screen's page has been painted. Target: <= 150 ms each.

The window opens on Overview (a fresh settings folder), so Overview's figure is a switch back to
it after another screen; its first build is part of start-up.

Memory: one more child (``--child every``) shows every screen in turn, as a person looking round
the plan does, and reports its peak resident memory against the empty-window floor's in the same
run (start-up's own peak is in ``bench_startup.py``).

    python benchmarks/bench_switch.py [--runs 3] [--small] [--settle-ms 1500]

``--small`` also shortens the settle (to 300 ms): a check that the script runs, not a figure.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, Row, python, run_until_line
from generate_large_plan import make_large_plan

SCREENS = ("steps", "step:first", "roles", "compensation", "risks", "policy", "overview")
"""Section keys; ``step:first`` stands for the plan's first step."""

SETTLE_MS = 1500
"""How long the child lets the window finish what it does after its first paint."""

SMALL_SETTLE_MS = 300
"""The settle of a ``--small`` check run, where nothing measured is meant to be read."""


EVERY_SCREEN = "every"
"""The child key that shows every screen in turn and reports the window's peak memory."""

EVERY_SCREEN_STEP_MS = 100
"""The pause between screens in the ``every`` child: each is built and painted before the next."""


def _run_window(plan_path: Path, settle_ms: int, then: Callable[[Any], None]) -> int:
    """Open the real window on the plan as ``hireplan`` does, call ``then(window)`` once the first
    paint and the work queued after it are done, run until it quits the app, and close down."""
    from PySide6.QtCore import QTimer

    from hireplan.gui.app import make_application
    from hireplan.gui.common.prompts import QuietPrompter
    from hireplan.gui.shell.main_window import MainWindow

    app = make_application()
    window = MainWindow(prompter=QuietPrompter())
    window.startup(plan_path, offer_recovery=False)
    window.firstPainted.connect(lambda: QTimer.singleShot(settle_ms, lambda: then(window)))
    QTimer.singleShot(60_000, app.quit)
    window.show()
    app.exec()
    window.autosaver.shutdown()
    window.files.shutdown()
    return 0


def _screen_key(window: Any, key: str) -> str:
    return f"step:{window.document.plan.steps[0].key}" if key == "step:first" else key


def _child_switch(plan_path: Path, key: str, settle_ms: int = SETTLE_MS) -> int:
    """Switch to ``key`` once and print ``switch_ms=N``: from the request to the page painted."""
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

    clock = {"start": 0.0}

    def start(window: Any) -> None:
        page_key = _screen_key(window, key)

        class PagePainted(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint and clock["start"] and not clock.get("done"):
                    clock["done"] = 1.0
                    QTimer.singleShot(0, finish)  # after the whole paint pass, as floor_window does
                return False

        watcher = PagePainted(window)

        def finish() -> None:
            print(f"switch_ms={(time.perf_counter() - clock['start']) * 1000:.1f}", flush=True)
            window.document.undo_stack.setClean()
            QCoreApplication.quit()

        def switch() -> None:
            page = window.page(page_key)
            assert page is not None, page_key
            page.installEventFilter(watcher)
            clock["start"] = time.perf_counter()
            window.go_to_section(page_key)

        if page_key == "overview":  # leave Overview first, so coming back is a switch
            window.go_to_section("roles")
        QTimer.singleShot(settle_ms, switch)

    return _run_window(plan_path, settle_ms, start)


def _child_every(plan_path: Path, settle_ms: int = SETTLE_MS) -> int:
    """Show every screen in turn, then print ``shown_all`` and the window's peak memory."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from hireplan.process_memory import peak_memory_kib

    def start(window: Any) -> None:
        keys = [_screen_key(window, key) for key in SCREENS]

        def show_next() -> None:
            if keys:
                window.go_to_section(keys.pop(0))
                QTimer.singleShot(EVERY_SCREEN_STEP_MS, show_next)
                return
            print("shown_all", flush=True)
            print(f"peak_rss_kib={peak_memory_kib()}", flush=True)
            window.document.undo_stack.setClean()
            QCoreApplication.quit()

        show_next()

    return _run_window(plan_path, settle_ms, start)


def measure(runs: int = 3, *, small: bool = False, settle_ms: int | None = None) -> list[Row]:
    from hireplan.storage.plan_file import save_plan

    if settle_ms is None:
        settle_ms = SMALL_SETTLE_MS if small else SETTLE_MS

    plan = make_large_plan(small=small)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.hireplan"
        save_plan(plan, path)
        samples: dict[str, list[float]] = {key: [] for key in SCREENS}
        for _ in range(runs):  # taking turns, so machine load hits every screen alike
            for key in SCREENS:
                run = run_until_line(
                    [python(), __file__, "--settle-ms", str(settle_ms), "--child", key, str(path)],
                    "switch_ms=",
                )
                samples[key].append(float(run.line.split("=", 1)[1]))
        memory: dict[str, list[float]] = {"floor": [], "every": []}
        for _ in range(runs):
            floor = run_until_line([python(), str(BENCH_DIR / "floor_window.py")], "painted")
            memory["floor"].append(floor.maxrss_kib / 1024)
            every = run_until_line(
                [python(), __file__, "--settle-ms", str(settle_ms), "--child", EVERY_SCREEN, str(path)],
                "shown_all",
            )
            memory["every"].append(every.maxrss_kib / 1024)
    for key in SCREENS:
        median = statistics.median(samples[key])
        name = "first step" if key == "step:first" else key.replace("steps", "all steps")
        rows.append(Row(f"first switch to {name}", median, "ms", "<= 150 ms", f"{median / 150:.2f}x target"))
    floor_mib, every_mib = (statistics.median(memory[k]) for k in ("floor", "every"))
    rows.append(
        Row(
            "peak memory, large plan window after every screen was shown",
            every_mib,
            "MiB",
            "",
            f"{every_mib / floor_mib:.2f}x floor",
            f"floor: the empty window, {floor_mib:.1f} MiB in this run",
        )
    )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--small", action="store_true")
    parser.add_argument(
        "--settle-ms",
        type=int,
        default=None,
        help=f"wait after the first paint (default {SETTLE_MS}; {SMALL_SETTLE_MS} with --small)",
    )
    parser.add_argument("--child", nargs=2, metavar=("KEY", "PLAN"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        key, plan = args.child[0], Path(args.child[1])
        settle = args.settle_ms or SETTLE_MS
        return _child_every(plan, settle) if key == EVERY_SCREEN else _child_switch(plan, key, settle)
    for row in measure(args.runs, small=args.small, settle_ms=args.settle_ms):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
