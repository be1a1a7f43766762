"""``hireplan templates``: list, import and export templates."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail
from hireplan.i18n import _


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "templates",
        help=_("list, import or export templates"),
        description=_(
            "With no action, list the built-in and user templates: the built-ins in the chosen "
            "language (--lang, else LANG) first, then your own, then the built-ins in other languages."
        ),
    )
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("output format (default: text)")
    )
    parser.set_defaults(func=run_list)
    actions = parser.add_subparsers(title=_("actions"), metavar=_("ACTION"), parser_class=type(parser))
    importer = actions.add_parser("import", help=_("add a template file to your template library"))
    importer.add_argument("file", type=Path, metavar=_("FILE"), help=_("the template file to add"))
    importer.set_defaults(func=run_import)
    exporter = actions.add_parser("export", help=_("write a template to a file"))
    exporter.add_argument("name", metavar=_("NAME"), help=_("the template's name, as the list shows it"))
    exporter.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FILE"), help=_("the file to write")
    )
    exporter.set_defaults(func=run_export)


def run_list(args: argparse.Namespace) -> int:
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.templates import TemplateLibrary

    try:
        infos = TemplateLibrary().list()
    except PlanFileError as err:
        return fail(str(err))
    if args.format == "json":
        rows = [
            {
                "name": info.name,
                "title": info.title,
                "source": info.source,
                "version": info.version,
                "description": info.description,
                "region_tags": list(info.region_tags),
                "language": info.language,
            }
            for info in infos
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    width = max((len(info.name) for info in infos), default=4)
    for info in infos:
        language = info.language or "-"
        print(f"{info.name:<{width}}  {info.version:<6} {info.source:<9} {language:<6} {info.title}")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.templates import TemplateLibrary

    try:
        info = TemplateLibrary().import_file(args.file)
    except PlanFileError as err:
        return fail(str(err))
    print(
        _("Imported the template {name} \u201c{title}\u201d into {file}.").format(
            name=info.name, title=info.title, file=info.path
        )
    )
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.templates import TemplateLibrary

    try:
        TemplateLibrary().export(args.name, args.output)
    except PlanFileError as err:
        return fail(str(err))
    print(_("Wrote the template {name} to {file}.").format(name=args.name, file=args.output))
    return EXIT_OK
