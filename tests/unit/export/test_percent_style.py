"""One style for percentages wherever a person reads them: ``21%`` (no space) in the brief, the
offer statement and the CLI's report alike, because all of them format through
:func:`hireplan.analysis.format.format_percent`. Read back as a person would see them."""

from __future__ import annotations

import argparse
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.export_plans import TODAY, sample_plan
from hireplan.cli import check_command, export_command
from hireplan.model import BonusKind
from hireplan.storage.plan_file import save_plan

_SPACED = re.compile(r"\d\s%")
_PERCENT = re.compile(r"\d%")


def _cli(command: object, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="hireplan")
    command.add_parser(parser.add_subparsers())  # type: ignore[attr-defined]
    args = parser.parse_args(list(argv))
    return int(args.func(args))


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_brief_the_statement_and_the_cli_write_percentages_alike(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = sample_plan()
    offer = next(o for o in plan.offers if o.bonus_kind is BonusKind.PERCENT)
    offer.bonus_value = Decimal("12.50")
    path = tmp_path / "plan.hireplan"
    save_plan(plan, path, keep_backup=False)
    brief, statement = tmp_path / "brief.pdf", tmp_path / "statement.pdf"
    day = TODAY.isoformat()
    assert _cli(export_command, "export", str(path), "--pdf", str(brief), "--today", day) == 0
    assert _cli(export_command, "export", str(path), "--offer-statement", offer.id, "-o", str(statement)) == 0
    _cli(check_command, "check", str(path), "--today", day)
    report = capsys.readouterr().out

    readings = {"brief": _pdf_text(brief), "offer statement": _pdf_text(statement), "check": report}
    for name, text in readings.items():
        assert _PERCENT.search(text), f"the {name} shows no percentage at all"
        assert not _SPACED.search(text), (
            f"the {name} writes a percentage with a space: {_SPACED.findall(text)}"
        )
    assert "12.5% of base" in readings["offer statement"]  # as typed, without trailing zeros
