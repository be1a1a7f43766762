"""How long a full analysis of the large plan takes, and a re-analysis after one offer edit.

Prints medians over several runs and the ratio to a floor (one pass touching every object the
analysis reads), so the figure means something on any machine. Target: full analysis under 50 ms,
re-analysis after one edit under 10 ms.

    python benchmarks/bench_analysis.py [--runs 15] [--plan FILE]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_large_plan import TODAY, make_large_plan
from hireplan.analysis import analyse, reanalyse
from hireplan.model import Plan


def _median_ms(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm caches and imports
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


def _floor(plan: Plan) -> int:
    """Touch every item, offer, role, benchmark and risk once: the least any analysis must do."""
    count = 0
    for step in plan.steps:
        for item in step.items:
            count += item.status is not None
    for offer in plan.offers:
        count += offer.base > 0
    count += len(plan.roles) + len(plan.benchmarks) + len(plan.risks)
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--plan", type=Path, help="a .hireplan file instead of the generated plan")
    args = parser.parse_args(argv)
    if args.plan:
        from hireplan.storage.plan_file import load_plan

        plan = load_plan(args.plan)
        today = date.today()
    else:
        plan = make_large_plan()
        today = TODAY
    items = sum(len(step.items) for step in plan.steps)
    print(
        f"plan: {items} items, {len(plan.roles)} roles, {len(plan.offers)} offers, "
        f"{len(plan.benchmarks)} benchmarks, {len(plan.risks)} risks"
    )

    floor_ms, _ = _median_ms(lambda: _floor(plan), args.runs)
    full_ms, full_min = _median_ms(lambda: analyse(plan, today=today), args.runs)
    previous = analyse(plan, today=today)
    offer = plan.offers[len(plan.offers) // 2]

    def edit_and_reanalyse() -> None:
        offer.base = offer.base + Decimal(1)
        reanalyse(plan, previous, today=today, changed_offer_ids={offer.id})

    re_ms, re_min = _median_ms(edit_and_reanalyse, args.runs)
    print(f"flags: {len(previous.flags)}")
    print(f"floor (touch every object): median {floor_ms:.2f} ms")
    print(
        f"full analysis:              median {full_ms:.1f} ms (min {full_min:.1f} ms), "
        f"{full_ms / floor_ms:.0f}x floor, target < 50 ms"
    )
    print(f"re-analysis after 1 edit:   median {re_ms:.1f} ms (min {re_min:.1f} ms), target < 10 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
