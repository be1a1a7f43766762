"""``hireplan export FILE [--pdf OUT] [--xlsx OUT] ...``: the PDF brief and the Excel workbook, headless.

Exit 0 when every requested file was written, 2 for a usage error or a file that cannot be read
or written. Warnings (text cut at Excel's limit, characters the PDF font lacks) go to stderr and
do not change the exit status. A failed export leaves nothing half-written at OUT.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from hireplan.cli.common_args import EXIT_OK, fail, note_opened
from hireplan.i18n import _, ngettext

SECTION_NAMES = (
    "summary",
    "roles",
    "exceptions",
    "risks",
    "policy",
    "changes",
    "appendix",
    "checklist",
    "compensation",
    "register",
)
"""Kept here as well as in hireplan.export.options so ``--help`` needs no export import;
a test checks the two agree."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = _("'{text}' is not a date in the form YYYY-MM-DD.").format(text=text)
        raise argparse.ArgumentTypeError(message) from None


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "export",
        help=_("write the PDF brief and/or the Excel workbook of a plan"),
        description=_(
            "Write the PDF brief for leadership (--pdf) and/or the Excel workbook for finance (--xlsx). "
            "Exit 0 when written, 2 when the plan cannot be read or an output cannot be written."
        ),
    )
    parser.add_argument("file", type=Path, metavar=_("FILE"), help=_("the .hireplan file to export"))
    parser.add_argument("--pdf", type=Path, metavar=_("OUT"), help=_("write the PDF brief to OUT"))
    parser.add_argument("--xlsx", type=Path, metavar=_("OUT"), help=_("write the Excel workbook to OUT"))
    parser.add_argument(
        "--sections",
        metavar=_("LIST"),
        help=_(
            "PDF sections to include, comma-separated, from: {sections}; "
            "'full' for every section (the last three are full-detail appendices); "
            "default: the brief without the full-detail appendices"
        ).format(sections=",".join(SECTION_NAMES)),
    )
    parser.add_argument(
        "--page-size",
        choices=("a4", "letter"),
        default="a4",
        help=_("paper size of the PDF and of the workbook's printed pages (default: a4)"),
    )
    parser.add_argument(
        "--redact-offers",
        action="store_true",
        help=_("in the PDF, show each offer's position against the market instead of its amounts"),
    )
    parser.add_argument(
        "--offer-statement",
        metavar=_("OFFER_ID"),
        help=_(
            "write the total-rewards statement of one offer (for its candidate) to the file given with -o"
        ),
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar=_("OUT"), help=_("where --offer-statement writes its PDF")
    )
    parser.add_argument(
        "--with-reporting-currency",
        action="store_true",
        help=_("in the offer statement, also show each figure in the plan's reporting currency"),
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help=_("replace OUT even when it is a read-only file"),
    )
    parser.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar=_("YYYY-MM-DD"),
        help=_("judge due dates and data age as of this day (default: today)"),
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    # Imported here so that building the parser (and `hireplan --help`) stays cheap.
    from hireplan.analysis import analyse
    from hireplan.export import ExportError, PdfOptions, parse_sections
    from hireplan.storage.approvals import approved_version
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import open_plan

    pdf_out: Path | None = getattr(args, "pdf", None)
    xlsx_out: Path | None = getattr(args, "xlsx", None)
    offer_id: str | None = getattr(args, "offer_statement", None)
    statement_out: Path | None = getattr(args, "output", None)
    if offer_id is not None and statement_out is None:
        return fail(_("export: --offer-statement needs the file to write, given with -o OUT."))
    if statement_out is not None and offer_id is None:
        return fail(
            _("export: -o names the offer statement's file; say which offer with --offer-statement OFFER_ID.")
        )
    if pdf_out is None and xlsx_out is None and offer_id is None:
        return fail(
            _("export: say what to write with --pdf OUT, --xlsx OUT or --offer-statement OFFER_ID -o OUT.")
        )
    sections_text: str | None = getattr(args, "sections", None)
    if pdf_out is None and (sections_text or getattr(args, "redact_offers", False)):
        return fail(_("export: --sections and --redact-offers shape the PDF; add --pdf OUT."))
    for out in (pdf_out, xlsx_out, statement_out):
        if out is not None and not out.parent.is_dir():
            return fail(
                _("export: cannot write {file}: the folder {folder} does not exist.").format(
                    file=out, folder=out.parent
                )
            )
        if out is not None and out.is_dir():
            return fail(_("export: cannot write {file}: it is a folder.").format(file=out))
    outputs = [out.resolve() for out in (pdf_out, xlsx_out, statement_out) if out is not None]
    if len(set(outputs)) < len(outputs):
        return fail(_("export: two outputs name the same file."))
    try:
        options = PdfOptions(
            sections=parse_sections(sections_text) if sections_text else PdfOptions().sections,
            page_size=getattr(args, "page_size", "a4"),
            redact_offers=bool(getattr(args, "redact_offers", False)),
        )
    except ValueError as err:
        return fail(_("export: {problem}").format(problem=err))
    try:
        opened = open_plan(args.file)
    except PlanFileError as err:
        return fail(str(err))
    note_opened(args.file, opened)
    plan = opened.plan
    if "changes" in options.sections:
        try:
            options = replace(options, approved=approved_version(args.file, plan))
        except PlanFileError as err:
            return fail(_("export: the approved version cannot be read: {problem}").format(problem=err))

    if offer_id is not None and all(offer.id != offer_id for offer in plan.offers):
        if not plan.offers:
            return fail(
                _("export: the plan has no offer with the id '{id}'; it has no offers.").format(id=offer_id)
            )
        known = _(", ").join(offer.id for offer in plan.offers[:10])
        return fail(
            _("export: the plan has no offer with the id '{id}' (its offers: {known}).").format(
                id=offer_id, known=known
            )
        )
    today = getattr(args, "today", None) or date.today()
    force = bool(getattr(args, "force", False))
    analysis = analyse(plan, today=today)
    try:
        if xlsx_out is not None:
            from hireplan.export.xlsx import write_workbook

            report = write_workbook(
                plan, analysis, xlsx_out, today=today, page_size=options.page_size, force=force
            )
            _warn(report.warnings)
            print(_("Wrote {file}.").format(file=xlsx_out))
        if pdf_out is not None:
            from hireplan.export.pdf import write_pdf

            report = write_pdf(plan, analysis, pdf_out, options, today=today, force=force)
            _warn(report.warnings, report.unprintable)
            print(_wrote(pdf_out, report.pages or 0))
        if offer_id is not None and statement_out is not None:
            from hireplan.export.offer_statement import StatementOptions, write_offer_statement

            chosen = StatementOptions(
                page_size=options.page_size,
                reporting_currency=bool(getattr(args, "with_reporting_currency", False)),
            )
            report = write_offer_statement(
                plan, analysis, offer_id, statement_out, chosen, today=today, force=force
            )
            _warn(report.warnings, report.unprintable)
            print(_wrote(statement_out, report.pages or 0))
    except ExportError as err:
        return fail(_("export: {problem}").format(problem=err))
    return EXIT_OK


def _wrote(path: Path, pages: int) -> str:
    return ngettext("Wrote {file} ({count} page).", "Wrote {file} ({count} pages).", pages).format(
        file=path, count=pages
    )


def _warn(warnings: list[str], unprintable: list[Any] | None = None) -> None:
    """Each warning on stderr; fields holding characters the PDF could not draw, one a line."""
    if unprintable:
        from hireplan.export.printable import warning_text

        warnings = [warning_text(unprintable), *warnings]
    for warning in warnings:
        print(_("hireplan: warning: {warning}").format(warning=warning), file=sys.stderr)
