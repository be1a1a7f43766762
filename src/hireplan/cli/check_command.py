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

from hireplan.cli.common_args import EXIT_OK, fail, note_old_format

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis
    from hireplan.model import Plan

EXIT_HIGH_FLAG = 3


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date in the form YYYY-MM-DD") from None


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help="print a plan's progress and risk flags",
        description=(
            "Print progress per step and every risk flag the plan raises. Exit 0 when no high flag "
            "is left unacknowledged, 3 when one is, 2 when the file cannot be read."
        ),
    )
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default: text)"
    )
    parser.add_argument(
        "--today",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="judge due dates and data age as of this day (default: today)",
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
    note_old_format(args.file, opened.format_version)
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
        f"Plan: {title}",
        f"Checked as of {analysis.today.isoformat()}",
        "",
        f"Progress: {format_progress(progress.overall)} "
        f"({progress.done} of {progress.applicable} applicable items done)",
    ]
    for number, step in enumerate(progress.steps, start=1):
        extras = [
            f"{count} {what}"
            for count, what in (
                (step.overdue, "overdue"),
                (step.blocked, "blocked"),
                (step.unassigned, "without owner"),
            )
            if count
        ]
        lines.append(
            f"  {number}. {step.title}: {step.done}/{step.applicable} done "
            f"({format_progress(step.ratio)})" + (f"; {', '.join(extras)}" if extras else "")
        )
    if plan is not None:
        lines += figures_text(plan, analysis)
    counts = {severity: 0 for severity in Severity}
    acknowledged = 0
    for flag in analysis.flags:
        counts[flag.severity] += 1
        acknowledged += flag.acknowledged
    lines += [
        "",
        f"Flags: {counts[Severity.HIGH]} high, {counts[Severity.MEDIUM]} medium, {counts[Severity.LOW]} low"
        f" ({acknowledged} acknowledged)",
    ]
    if not analysis.flags:
        lines.append("  The plan raises no flags.")
    for flag in analysis.flags:
        status = " [acknowledged]" if flag.acknowledged else ""
        lines.append("")
        lines.append(f"{flag.severity.value.upper():<6} {flag.title}{status}  ({flag.rule})")
        lines.append(_wrap(flag.message))
        lines.append(_wrap(f"What to do: {flag.mitigation}"))
        ack = flag.acknowledgement
        if ack is not None and flag.acknowledged:
            who = f" by {ack.acknowledged_by}" if ack.acknowledged_by else ""
            lines.append(
                _wrap(
                    f"Acknowledged{who} on {ack.acknowledged_on.isoformat()} until "
                    f"{ack.review_date.isoformat()}: {ack.reason}"
                )
            )
        elif flag.reopened:
            lines.append(_wrap(flag.reopened))
    unacknowledged = len(analysis.unacknowledged_high)
    lines.append("")
    if unacknowledged:
        lines.append(f"Result: {unacknowledged} high flag(s) need attention or an acknowledgement.")
    else:
        lines.append("Result: no unacknowledged high flags.")
    return "\n".join(lines) + "\n"
