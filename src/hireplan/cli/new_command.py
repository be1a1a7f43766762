"""``hireplan new -o FILE``: start a plan from a template or the sample plan."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail
from hireplan.i18n import _

DEFAULT_TEMPLATE = "ai-talent-attract-retain"


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "new",
        help=_("write a new plan from a template or the sample plan"),
        description=_(
            "Write a new plan file. Refuses to overwrite an existing file (read-only ones included) "
            "unless --force; never writes through a dangling or looping link."
        ),
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FILE"), help=_("the plan file to write")
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--template",
        metavar=_("NAME"),
        default=None,
        help=_("template name (default: {name}, in Chinese under --lang zh_CN)").format(
            name=DEFAULT_TEMPLATE
        ),
    )
    source.add_argument("--sample", action="store_true", help=_("start from the sample plan instead"))
    parser.add_argument(
        "--force", action="store_true", help=_("overwrite FILE if it exists, even when it is read-only")
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from hireplan import i18n
    from hireplan.model.template_plans import new_plan_from_template
    from hireplan.storage.builtin_templates import localised_builtin, sample_plan
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import save_plan
    from hireplan.storage.templates import TemplateLibrary

    output: Path = args.output
    if output.exists() and not args.force:
        return fail(
            _("{file} already exists; choose another name or pass --force to replace it.").format(file=output)
        )
    try:
        if args.sample:
            plan = sample_plan()
            done = _("Wrote {file} from the sample plan.").format(file=output)
        else:
            name = args.template or localised_builtin(DEFAULT_TEMPLATE, i18n.current_language())
            template = TemplateLibrary().get(name)
            plan = new_plan_from_template(template, today=date.today())
            done = _("Wrote {file} from the template \u201c{title}\u201d.").format(
                file=output, title=template.title
            )
        save_plan(plan, output, keep_backup=False, force=args.force)
    except PlanFileError as err:
        return fail(str(err))
    print(done)
    return EXIT_OK
