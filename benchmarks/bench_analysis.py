"""How long a full analysis of the large plan takes, and a re-analysis after one offer edit.

Prints medians over several runs and the ratio to a floor (one pass touching every object the
analysis reads), so the figure means something on any machine. Target: full analysis under 50 ms,
re-analysis after one edit under 10 ms.

    python benchmarks/bench_analysis.py [--runs 15] [--plan FILE] [--small]
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms
from generate_large_plan import TODAY, make_large_plan
from hireplan.analysis import analyse, reanalyse
from hireplan.analysis.context import Context
from hireplan.analysis.offers import analyse_offer
from hireplan.model import Plan


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


def measure(
    runs: int = 15, *, small: bool = False, plan: Plan | None = None, today: date = TODAY
) -> list[Row]:
    if plan is None:
        plan = make_large_plan(small=small)
    floor_ms, _ = median_ms(lambda: _floor(plan), runs)
    full_ms, _ = median_ms(lambda: analyse(plan, today=today), runs)
    previous = analyse(plan, today=today)
    offer = plan.offers[len(plan.offers) // 2]

    def edit_and_reanalyse() -> None:
        offer.base = offer.base + Decimal(1)
        reanalyse(plan, previous, today=today, changed_offer_ids={offer.id}, touched={"offers"})

    re_ms, _ = median_ms(edit_and_reanalyse, runs)
    item = plan.steps[0].items[0] if plan.steps and plan.steps[0].items else None

    def edit_item_and_reanalyse() -> None:
        if item is not None:
            item.owner = "Someone else" if item.owner != "Someone else" else "Bo"
        reanalyse(plan, previous, today=today, changed_offer_ids=set(), touched={"checklist"})

    item_ms, _ = median_ms(edit_item_and_reanalyse, runs)

    def offers_only() -> None:
        ctx = Context.build(plan, today)
        for each in plan.offers:
            analyse_offer(ctx, each)

    offers_ms, _ = median_ms(offers_only, runs)
    return [
        Row("analysis floor: touch every object once", floor_ms, "ms"),
        Row(
            "full analysis, large plan",
            full_ms,
            "ms",
            "<= 50 ms",
            f"{full_ms / floor_ms:.0f}x floor",
            f"{len(previous.flags)} flags",
        ),
        Row(
            "of which every offer against its own and reference market",
            offers_ms,
            "ms",
            "",
            f"{offers_ms / full_ms:.2f}x full analysis",
            f"{len(plan.offers)} offers; other markets when first read",
        ),
        Row(
            "of which progress, budget and the rules",
            full_ms - offers_ms,
            "ms",
            "",
            f"{(full_ms - offers_ms) / full_ms:.2f}x full analysis",
        ),
        Row(
            "re-analysis after one checklist edit",
            item_ms,
            "ms",
            "",
            f"{item_ms / full_ms:.2f}x full analysis",
        ),
        Row(
            "re-analysis after one offer edit",
            re_ms,
            "ms",
            "<= 10 ms",
            f"{re_ms / full_ms:.2f}x full analysis",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--plan", type=Path, help="a .hireplan file instead of the generated plan")
    parser.add_argument("--small", action="store_true")
    args = parser.parse_args(argv)
    plan = None
    today = TODAY
    if args.plan:
        from hireplan.storage.plan_file import load_plan

        plan = load_plan(args.plan)
        today = date.today()
    for row in measure(args.runs, small=args.small, plan=plan, today=today):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
