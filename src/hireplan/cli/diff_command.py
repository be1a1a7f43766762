"""``hireplan diff OLD NEW`` and ``hireplan diff FILE --since-approved``: what changed between two versions.

Exit status: 0 no change, 1 changes, 2 a file that cannot be read (or no approved version).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail
from hireplan.i18n import _

EXIT_CHANGED = 1


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "diff",
        help=_("show what changed between two versions of a plan"),
        description=_(
            "Compare OLD with NEW, or FILE with its approved version (--since-approved). "
            "Exit 0 when nothing changed, 1 when something did, 2 on an error."
        ),
    )
    parser.add_argument(
        "old", type=Path, metavar=_("OLD"), help=_("the earlier version (or FILE with --since-approved)")
    )
    parser.add_argument("new", type=Path, metavar=_("NEW"), nargs="?", help=_("the later version"))
    parser.add_argument(
        "--since-approved",
        action="store_true",
        help=_("compare FILE with the approved version kept in .hireplan-backups beside it"),
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("output format (default: text)")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hireplan.analysis.diff_report import diff_json, diff_lines
    from hireplan.analysis.plan_diff import diff_plans
    from hireplan.storage.approvals import approved_copy
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import load_plan

    if args.since_approved == (args.new is not None):
        return fail(_("Give either OLD and NEW, or one FILE with --since-approved."))
    try:
        if args.since_approved:
            new_path = args.old
            new = load_plan(new_path)
            if new.approval is None:
                return fail(
                    _("{file} has never been approved (File › Approve this version…).").format(file=new_path)
                )
            old_path = approved_copy(new_path, new)
            if old_path is None:
                return fail(
                    _(
                        "The approved version of {file} is no longer in the .hireplan-backups "
                        "folder beside it."
                    ).format(file=new_path)
                )
            old = load_plan(old_path)
        else:
            old_path, new_path = args.old, args.new
            old, new = load_plan(old_path), load_plan(new_path)
    except PlanFileError as err:
        return fail(str(err))
    diff = diff_plans(old, new)
    if args.format == "json":
        print(json.dumps(diff_json(diff, old=str(old_path), new=str(new_path)), ensure_ascii=False, indent=2))
    else:
        print("\n".join(diff_lines(diff)))
    return EXIT_OK if diff.empty else EXIT_CHANGED
