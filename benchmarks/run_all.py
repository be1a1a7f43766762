"""Run every benchmark, print one table and write benchmarks/RESULTS.md.

Each figure is a median of several runs; each comparison is a ratio of two things measured in
this same run (a floor, a peer, or a frame budget). Nothing here is asserted by the tests: the
test suite only checks that these scripts still run (``--small --no-peers``).

    python benchmarks/run_all.py [--small] [--runs N] [--no-write] [--no-peers] [--bundle EXE]

``--small`` is a check that every script runs: small plans, one run of each measure (a few edits
for the latency figures), short settles. ``--no-peers`` leaves LibreOffice out. ``--bundle`` also
times the start-up of the bundle ``make dist`` built (``make bench`` builds it first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import BENCH_DIR, Row, machine_description, python_speed_ms

HEADER = ["measure", "median", "target", "comparison", "note"]


def _suites(
    runs: int, small: bool, peers: bool = True, bundle: Path | None = None
) -> list[tuple[str, Callable[[], list[Row]]]]:
    import bench_analysis
    import bench_export
    import bench_gui_edit
    import bench_startup
    import bench_storage
    import bench_switch
    import bench_teamshare
    import bench_window_export

    def repeats(least: int, share: int) -> int:
        """A suite's number of runs: ``share`` of ``runs``, at least ``least`` (one when small)."""
        return 1 if small else max(least, share)

    return [
        (
            "Start-up and memory",
            lambda: bench_startup.measure(repeats(3, runs // 2), small=small, peers=peers, bundle=bundle),
        ),
        ("Files", lambda: bench_storage.measure(runs, small=small)),
        ("Analysis", lambda: bench_analysis.measure(runs, small=small)),
        ("First switch to each screen", lambda: bench_switch.measure(repeats(3, runs // 3), small=small)),
        (
            "Editing in the window",
            lambda: bench_gui_edit.measure(3 if small else max(10, runs * 4), small=small),
        ),
        ("Exports", lambda: bench_export.measure(repeats(3, runs // 3), small=small, peers=peers)),
        ("Exports from the window", lambda: bench_window_export.measure(repeats(3, runs // 3), small=small)),
        ("Shared plans", lambda: bench_teamshare.measure(runs, small=small)),
    ]


def _table(sections: list[tuple[str, list[Row]]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    for title, rows in sections:
        lines.append(f"| **{title}** |  |  |  |  |")
        lines.extend("| " + " | ".join(row.cells()) + " |" for row in rows)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--small", action="store_true", help="small plans, few runs: checks the scripts run")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--no-peers", action="store_true", help="leave LibreOffice out")
    parser.add_argument("--bundle", type=Path, help="the executable make dist built, to time its start-up")
    args = parser.parse_args(argv)
    runs = 1 if args.small else args.runs

    sections: list[tuple[str, list[Row]]] = []
    failed = False
    for title, suite in _suites(runs, args.small, peers=not args.no_peers, bundle=args.bundle):
        print(f"== {title}", flush=True)
        try:
            rows = suite()
        except Exception:  # one broken suite must not hide the others' figures
            traceback.print_exc()
            failed = True
            rows = [Row(title, None, "", note="failed: see the run's output")]
        for row in rows:
            print("   " + " | ".join(row.cells()), flush=True)
        sections.append((title, rows))

    table = _table(sections)
    if not args.no_write and not args.small:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
        speed = python_speed_ms()
        (BENCH_DIR / "RESULTS.md").write_text(
            f"# Benchmark results\n\nRun {stamp} with `make bench` on: {machine_description()}. "
            f"A reference pure-Python loop (ten million additions, `benchmarks/common.py`) took "
            f"{speed / 1000:.2f} s here: time it on another machine to scale the absolute figures. "
            f"Ratios compare things measured in this same run.\n\n"
            f"{table}\n\n{_notes()}",
            encoding="utf-8",
        )
        print(f"wrote {BENCH_DIR / 'RESULTS.md'}")
    return 1 if failed else 0


def _notes() -> str:
    path = BENCH_DIR / "NOTES.md"
    return path.read_text(encoding="utf-8") if path.exists() else ""


if __name__ == "__main__":
    sys.exit(main())
