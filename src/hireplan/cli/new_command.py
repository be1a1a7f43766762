"""``hireplan new -o FILE``: start a plan from a template or the sample plan."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail

DEFAULT_TEMPLATE = "ai-talent-attract-retain"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "new",
        help="write a new plan from a template or the sample plan",
        description=(
            "Write a new plan file. Refuses to overwrite an existing file (read-only ones included) "
            "unless --force; never writes through a dangling or looping link."
        ),
    )
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--template",
        metavar="NAME",
        default=None,
        help=f"template name (default: {DEFAULT_TEMPLATE}, in Chinese under --lang zh_CN)",
    )
    source.add_argument("--sample", action="store_true", help="start from the sample plan instead")
    parser.add_argument(
        "--force", action="store_true", help="overwrite FILE if it exists, even when it is read-only"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hireplan import i18n
    from hireplan.model.template_plans import new_plan_from_template
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import save_plan
    from hireplan.storage.templates import TemplateLibrary, localised_builtin, sample_plan

    output: Path = args.output
    if output.exists() and not args.force:
        return fail(f"{output} already exists; choose another name or pass --force to replace it")
    try:
        if args.sample:
            plan = sample_plan()
            origin = "the sample plan"
        else:
            name = args.template or localised_builtin(DEFAULT_TEMPLATE, i18n.current_language())
            template = TemplateLibrary().get(name)
            plan = new_plan_from_template(template, today=date.today())
            origin = f"template \u201c{template.title}\u201d"
        save_plan(plan, output, keep_backup=False, force=args.force)
    except PlanFileError as err:
        return fail(str(err))
    print(f"wrote {output} from {origin}")
    return EXIT_OK
