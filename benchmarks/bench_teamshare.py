"""Shared plans: ``hireplan diff`` of two large plans (target <= 300 ms) and opening a plan with
the lock beside it and the changed-on-disk hash vs opening it bare (target <= 1.1x).

Opening with both is what the window does (``PlanLock.acquire`` then ``open_plan``, which hashes
the bytes it read); bare is the same steps of ``open_plan`` without the hash, and no lock. The
two take turns, in alternating order, several opens per run, so machine load and the order of
the file cache hit both alike.

The diff compares the large plan with a copy where every tenth offer's base and every fifth
item's status changed, so it reports about 400 changes and analyses both versions.

    python benchmarks/bench_teamshare.py [--runs 9] [--small]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms, run_script
from generate_large_plan import make_large_plan
from hireplan.analysis.plan_diff import diff_plans
from hireplan.atomic import remove_stale_temps
from hireplan.model import Status
from hireplan.model.currency import alias_notes, may_name_an_alias
from hireplan.storage.jsonio import decode_json_object, read_file
from hireplan.storage.migrations import file_version
from hireplan.storage.plan_file import open_plan, save_plan, validate_plan_data
from hireplan.storage.plan_lock import PlanLock

OPENS_PER_RUN = 3


def measure(runs: int = 9, *, small: bool = False) -> list[Row]:
    old = make_large_plan(small=small)
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

        def open_bare() -> None:
            """``open_plan``'s steps, without the content hash."""
            data = read_file(path)
            remove_stale_temps(path.parent)
            raw = decode_json_object(data)
            file_version(raw)
            if may_name_an_alias(data):
                alias_notes(raw)
            validate_plan_data(raw)

        def open_shared() -> None:
            """What the window does on a shared folder: the lock, then the plan read and hashed."""
            lock = PlanLock(path, user="bench")
            lock.acquire()
            open_plan(path)
            lock.release()

        bare_runs: list[float] = []
        shared_runs: list[float] = []
        for run in range(runs * OPENS_PER_RUN):
            pair = [(bare_runs, open_bare), (shared_runs, open_shared)]
            for samples, fn in pair if run % 2 else reversed(pair):
                samples.append(median_ms(fn, 1)[0])
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
    return run_script(__doc__, measure, 9, argv)


if __name__ == "__main__":
    sys.exit(main())
