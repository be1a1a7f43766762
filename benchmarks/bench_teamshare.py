"""Shared plans: ``hireplan diff`` of two large plans (target <= 300 ms) and opening a plan with
the lock beside it and the changed-on-disk hash vs opening it bare (target <= 1.1x).

The diff compares the large plan with a copy where every tenth offer's base and every fifth
item's status changed, so it reports about 400 changes and analyses both versions.

    python benchmarks/bench_teamshare.py [--runs 9] [--small]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms
from generate_large_plan import make_large_plan
from hireplan.analysis.plan_diff import diff_plans
from hireplan.model import Status
from hireplan.storage.backups import content_hash
from hireplan.storage.jsonio import read_file
from hireplan.storage.plan_file import load_plan, plan_from_bytes, save_plan
from hireplan.storage.plan_lock import PlanLock


def measure(runs: int = 9, *, small: bool = False) -> list[Row]:
    old = make_large_plan()
    if small:
        for step in old.steps:
            del step.items[20:]
    new = old.model_copy(deep=True)
    for offer in new.offers[::10]:
        offer.base = offer.base + Decimal(1000)
    for step in new.steps:
        for item in step.items[::5]:
            item.status = Status.DONE if item.status is not Status.DONE else Status.TODO
    diff_ms, _ = median_ms(lambda: diff_plans(old, new), runs)
    changes = len(diff_plans(old, new).objects)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.hireplan"
        save_plan(old, path)

        def open_shared() -> None:
            lock = PlanLock(path, user="bench")
            lock.acquire()
            data = read_file(path)
            plan_from_bytes(data, source=str(path))
            content_hash(data)
            lock.release()

        # interleaved, so a busy machine slows both alike
        bare_runs: list[float] = []
        shared_runs: list[float] = []
        for _ in range(runs):
            bare_runs.append(median_ms(lambda: load_plan(path), 1)[0])
            shared_runs.append(median_ms(open_shared, 1)[0])
        bare, shared = statistics.median(bare_runs), statistics.median(shared_runs)
    return [
        Row(f"hireplan diff of two large plans ({changes} object changes)", diff_ms, "ms", "<= 300 ms"),
        Row("open large plan (bare)", bare, "ms"),
        Row(
            "open large plan with lock + content hash",
            shared,
            "ms",
            "<= 1.1x bare",
            f"{shared / bare:.2f}x bare",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args(argv)
    for row in measure(args.runs, small=args.small):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
