"""`hireplan export` as a user runs it: files written, exit codes, messages a person understands."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from helpers.export_plans import sample_plan
from hireplan.cli import export_command
from hireplan.export.options import SECTIONS
from hireplan.storage.plan_file import save_plan


def _run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="hireplan")
    export_command.add_parser(parser.add_subparsers())
    args = parser.parse_args(["export", *argv])
    return int(args.func(args))


@pytest.fixture
def plan_file(tmp_path: Path) -> Path:
    path = tmp_path / "plan.hireplan"
    save_plan(sample_plan(), path, keep_backup=False)
    return path


def test_writes_both_files(plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pdf, xlsx = tmp_path / "brief.pdf", tmp_path / "book.xlsx"
    assert _run([str(plan_file), "--pdf", str(pdf), "--xlsx", str(xlsx), "--today", "2026-11-23"]) == 0
    assert len(PdfReader(pdf).pages) > 3
    assert "Scenario" in openpyxl.load_workbook(xlsx).sheetnames
    captured = capsys.readouterr()
    assert f"Wrote {pdf} (" in captured.out and f"Wrote {xlsx}." in captured.out
    assert "warning:" in captured.err and "U+1F389" in captured.err  # the emoji in an item


def test_options_reach_the_pdf(plan_file: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "brief.pdf"
    code = _run(
        [
            str(plan_file),
            "--pdf",
            str(pdf),
            "--sections",
            "summary,risks",
            "--page-size",
            "letter",
            "--redact-offers",
        ]
    )
    assert code == 0
    reader = PdfReader(pdf)
    assert round(float(reader.pages[0].mediabox.width)) == 612
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Checklist by step" not in text and "redacted" in text


@pytest.mark.parametrize(
    ("argv_tail", "message"),
    [
        ([], "--pdf OUT, --xlsx OUT or --offer-statement OFFER_ID -o OUT"),
        (["--pdf", "{tmp}/x.pdf", "--sections", "summary,nonsense"], "unknown section(s): nonsense"),
        (["--xlsx", "{tmp}/x.xlsx", "--redact-offers"], "add --pdf OUT"),
        (["--pdf", "{tmp}/no-such-folder/x.pdf"], "does not exist"),
        (["--pdf", "{tmp}/same", "--xlsx", "{tmp}/same"], "same file"),
    ],
)
def test_usage_errors_exit_2_with_a_clear_message(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], argv_tail: list[str], message: str
) -> None:
    argv = [str(plan_file), *[part.replace("{tmp}", str(tmp_path)) for part in argv_tail]]
    assert _run(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unreadable_plan_exits_2_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.hireplan"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "brief.pdf"
    assert _run([str(bad), "--pdf", str(out)]) == 2
    assert not out.exists()
    assert "bad.hireplan" in capsys.readouterr().err


def test_unwritable_destination_exits_2(
    plan_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.geteuid() == 0:
        target = Path("/proc/hireplan-cannot-write-here.pdf")  # refused even to root
    else:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        target = locked / "brief.pdf"
    assert _run([str(plan_file), "--pdf", str(target)]) == 2
    err = capsys.readouterr().err
    assert "Cannot write" in err or "cannot write" in err


def test_section_names_match_the_export_package() -> None:
    """--help lists sections without importing the exporter; the two lists must stay the same."""
    assert export_command.SECTION_NAMES == SECTIONS


def test_python_m_hireplan_export(plan_file: Path, tmp_path: Path) -> None:
    """The command as installed: `python -m hireplan export FILE --xlsx OUT`."""
    out = tmp_path / "book.xlsx"
    result = subprocess.run(
        [sys.executable, "-m", "hireplan", "export", str(plan_file), "--xlsx", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Summary" in openpyxl.load_workbook(out).sheetnames
