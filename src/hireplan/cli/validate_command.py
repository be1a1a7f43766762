"""``hireplan validate FILE``: is this plan file readable and valid?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail, note_opened


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check that a plan file is readable and valid",
        description="Exit 0 when FILE is a valid plan; 2 with the problems on stderr otherwise.",
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import open_plan

    try:
        opened = open_plan(args.file)
    except PlanFileError as err:
        return fail(str(err))
    note_opened(args.file, opened)
    plan = opened.plan
    items = sum(len(step.items) for step in plan.steps)
    print(
        f"{args.file}: valid plan \u201c{plan.title}\u201d "
        f"({len(plan.steps)} steps, {items} items, {len(plan.roles)} roles, {len(plan.offers)} offers)"
    )
    return EXIT_OK
