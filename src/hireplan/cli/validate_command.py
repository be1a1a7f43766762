"""``hireplan validate FILE``: is this plan file readable and valid?"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail, note_opened
from hireplan.i18n import _, ngettext


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "validate",
        help=_("check that a plan file is readable and valid"),
        description=_("Exit 0 when FILE is a valid plan; 2 with the problems on stderr otherwise."),
    )
    parser.add_argument("file", type=Path, metavar=_("FILE"), help=_("the .hireplan file to check"))
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
    counts = _("{steps}, {items}, {roles}, {offers}").format(
        steps=ngettext("{count} step", "{count} steps", len(plan.steps)).format(count=len(plan.steps)),
        items=ngettext("{count} item", "{count} items", items).format(count=items),
        roles=ngettext("{count} role", "{count} roles", len(plan.roles)).format(count=len(plan.roles)),
        offers=ngettext("{count} offer", "{count} offers", len(plan.offers)).format(count=len(plan.offers)),
    )
    print(
        _("{file}: valid plan \u201c{title}\u201d ({counts})").format(
            file=args.file, title=plan.title, counts=counts
        )
    )
    return EXIT_OK
