"""``hireplan check FILE [--format json]``: progress and risk flags, for people and for CI.

Exit 0 when no high flag is left unacknowledged, 3 when one is, 2 when the file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hireplan.cli.common_args import EXIT_OK, fail, note_opened
from hireplan.i18n import N_, _, ngettext, prose_date

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.model import Plan

EXIT_HIGH_FLAG = 3

SEVERITY_LABELS = {"high": N_("HIGH"), "medium": N_("MEDIUM"), "low": N_("LOW")}
"""How a flag's severity heads it in the terminal report."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        message = _("'{text}' is not a date in the form YYYY-MM-DD.").format(text=text)
        raise argparse.ArgumentTypeError(message) from None


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help=_("print a plan's progress and risk flags"),
        description=_(
            "Print progress per step and every risk flag the plan raises. Exit 0 when no high flag "
            "is left unacknowledged, 3 when one is, 2 when the file cannot be read."
        ),
    )
    parser.add_argument("file", type=Path, metavar=_("FILE"), help=_("the .hireplan file to check"))
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help=_("output format (default: text)")
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
    # Imported here, not at the top: building the parser for `hireplan --help` must stay cheap.
    from hireplan.analysis import analyse
    from hireplan.storage.errors import PlanFileError
    from hireplan.storage.plan_file import open_plan

    try:
        opened = open_plan(args.file)
    except PlanFileError as err:
        return fail(str(err))
    note_opened(args.file, opened)
    plan = opened.plan
    today = getattr(args, "today", None) or date.today()
    analysis = analyse(plan, today=today)
    if getattr(args, "format", "text") == "json":
        json.dump(as_json(plan.title, analysis, plan), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(as_text(plan.title, analysis, plan))
    return EXIT_HIGH_FLAG if analysis.unacknowledged_high else EXIT_OK


def as_json(title: str, analysis: PlanAnalysis, plan: Plan | None = None) -> dict[str, Any]:
    """The documented JSON shape; keys are a contract for scripts, so add, never rename."""
    from hireplan.cli.check_figures import figures_json

    return {
        "plan": title,
        "progress": {
            "overall": analysis.progress.overall,
            "steps": [
                {"key": step.key, "title": step.title, "done": step.done, "applicable": step.applicable}
                for step in analysis.progress.steps
            ],
        },
        "flags": [
            {
                "rule": flag.rule,
                "severity": flag.severity.value,
                "category": flag.category,
                "message": flag.message,
                "mitigation": flag.mitigation,
                "acknowledged": flag.acknowledged,
                "reopened": flag.reopened,
                "refs": [{"kind": ref.kind, "id": ref.id} for ref in flag.refs],
            }
            for flag in analysis.flags
        ],
        **(figures_json(analysis) if plan is not None else {}),
    }


def _wrap(text: str) -> str:
    # Chinese has no spaces to break at: a width in characters, cut anywhere, is what a terminal shows.
    return textwrap.fill(
        text, width=100, initial_indent=" " * 7, subsequent_indent=" " * 7, break_on_hyphens=False
    )


def as_text(title: str, analysis: PlanAnalysis, plan: Plan | None = None) -> str:
    """A report a person reads in a terminal: progress, the pay figures, then flags, most severe first."""
    from hireplan.analysis import Severity
    from hireplan.analysis.format import format_progress
    from hireplan.cli.check_figures import figures_text

    progress = analysis.progress
    lines = [
        _("Plan: {title}").format(title=title),
        _("Checked as of {date}").format(date=analysis.today.isoformat()),
        "",
        ngettext(
            "Progress: {progress} ({done} of {applicable} applicable item done)",
            "Progress: {progress} ({done} of {applicable} applicable items done)",
            progress.applicable,
        ).format(
            progress=format_progress(progress.overall), done=progress.done, applicable=progress.applicable
        ),
    ]
    for number, step in enumerate(progress.steps, start=1):
        extras = [
            _(template).format(count=count)
            for count, template in (
                (step.overdue, N_("{count} overdue")),
                (step.blocked, N_("{count} blocked")),
                (step.unassigned, N_("{count} without owner")),
            )
            if count
        ]
        line = _("  {number}. {step}: {done}/{applicable} done ({progress})").format(
            number=number,
            step=step.title,
            done=step.done,
            applicable=step.applicable,
            progress=format_progress(step.ratio),
        )
        lines.append(line + (_("; {details}").format(details=_(", ").join(extras)) if extras else ""))
    if plan is not None:
        lines += figures_text(plan, analysis)
    counts = {severity: 0 for severity in Severity}
    acknowledged = 0
    for flag in analysis.flags:
        counts[flag.severity] += 1
        acknowledged += flag.acknowledged
    lines += [
        "",
        _("Flags: {high} high, {medium} medium, {low} low ({acknowledged} acknowledged)").format(
            high=counts[Severity.HIGH],
            medium=counts[Severity.MEDIUM],
            low=counts[Severity.LOW],
            acknowledged=acknowledged,
        ),
    ]
    if not analysis.flags:
        lines.append(_("  The plan raises no flags."))
    for flag in analysis.flags:
        status = _(" [acknowledged]") if flag.acknowledged else ""
        lines.append("")
        severity = _(SEVERITY_LABELS[flag.severity.value])
        lines.append(f"{severity:<6} {flag.title}{status}  ({flag.rule})")
        lines.append(_wrap(flag.message))
        lines.append(_wrap(_("What to do: {mitigation}").format(mitigation=flag.mitigation)))
        ack = flag.acknowledgement
        if ack is not None and flag.acknowledged:
            template = (
                _("Acknowledged by {who} on {on} until {until}: {reason}")
                if ack.acknowledged_by
                else _("Acknowledged on {on} until {until}: {reason}")
            )
            lines.append(
                _wrap(
                    template.format(
                        who=ack.acknowledged_by,
                        on=prose_date(ack.acknowledged_on),
                        until=prose_date(ack.review_date),
                        reason=ack.reason,
                    )
                )
            )
        elif flag.reopened:
            lines.append(_wrap(flag.reopened))
    unacknowledged = len(analysis.unacknowledged_high)
    lines.append("")
    if unacknowledged:
        lines.append(
            ngettext(
                "Result: {count} high flag needs attention or an acknowledgement.",
                "Result: {count} high flags need attention or an acknowledgement.",
                unacknowledged,
            ).format(count=unacknowledged)
        )
    else:
        lines.append(_("Result: no unacknowledged high flags."))
    return "\n".join(lines) + "\n"
