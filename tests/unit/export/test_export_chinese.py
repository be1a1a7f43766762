"""A Chinese brief and workbook for the Hangzhou leadership, exported from an English session.

Read back with tools nobody here wrote: openpyxl for the workbook (sheet names and headings),
LibreOffice for the live formulas that name a Chinese sheet, pdftotext for the brief.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from helpers.export_plans import TODAY, sample_plan
from helpers.paths import REPO
from hireplan import i18n
from hireplan.analysis import Converted, analyse
from hireplan.analysis.format import format_money
from hireplan.cli.main import main
from hireplan.export.xlsx import write_workbook
from hireplan.export.xlsx_scenario import SCENARIO_HEADER

ROOT = REPO
SAMPLE = ROOT / "resources" / "sample" / "llm-research-team.hireplan"


def _export(tmp_path: Path) -> tuple[Path, Path]:
    xlsx, pdf = tmp_path / "计划.xlsx", tmp_path / "简报.pdf"
    code = main(
        [
            "export",
            str(SAMPLE),
            "--lang",
            "zh_CN",
            "--xlsx",
            str(xlsx),
            "--pdf",
            str(pdf),
            "--today",
            "2026-12-01",
        ]
    )
    i18n.set_language("en")
    assert code == 0
    return xlsx, pdf


def test_the_chinese_workbook_has_chinese_sheets_and_headings(tmp_path: Path) -> None:
    xlsx, _pdf = _export(tmp_path)
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["概览", "工作清单", "薪酬对标", "情景测算", "假设数据", "风险", "政策跟踪"]
    assert [c.value for c in wb["工作清单"][1]][:5] == ["步骤", "序号", "事项", "状态", "负责人"]
    summary = [row[0] for row in wb["概览"].iter_rows(values_only=True) if row and row[0]]
    assert "各步骤进度" in summary and "按严重程度统计的风险提示" in summary
    risks = [row[6] for row in wb["风险"].iter_rows(values_only=True) if row and row[0] == "风险提示"]
    assert "资深人才录用面临反聘风险" in risks  # flag titles come from the same catalogue


def test_the_english_session_is_left_in_english(tmp_path: Path) -> None:
    _export(tmp_path)
    plan = sample_plan()
    out = tmp_path / "plan.xlsx"
    write_workbook(plan, analyse(plan, today=TODAY), out, today=TODAY)
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"


@pytest.mark.slow
def test_formulas_that_name_the_chinese_assumptions_sheet_recalculate(tmp_path: Path) -> None:
    from helpers.office import soffice

    plan = sample_plan()
    with i18n.using_language("zh_CN"):
        analysis = analyse(plan, today=TODAY)
        source = tmp_path / "plan.xlsx"
        write_workbook(plan, analysis, source, today=TODAY)
        headings = {i18n._(name): i for i, name in enumerate(SCENARIO_HEADER)}
    out_dir = tmp_path / "recalc"
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    wb = openpyxl.load_workbook(out_dir / source.name, data_only=True)
    checked = 0
    for row in wb["情景测算"].iter_rows(min_row=2, values_only=True):
        offer_id = row[headings["录用编号"]]
        if offer_id not in analysis.offers:
            continue
        converted = analysis.offers[offer_id].annual_reporting
        if isinstance(converted, Converted):
            assert row[headings["年度总薪酬（报告币种）"]] == pytest.approx(float(converted.amount), rel=1e-9)
            checked += 1
    assert checked >= 2


def test_the_chinese_brief_reads_back_with_chinese_headings(tmp_path: Path) -> None:
    assert shutil.which("pdftotext"), "poppler-utils (pdftotext) is a test dependency"
    _xlsx, pdf = _export(tmp_path)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "资深人才录用面临反聘风险" in text
    for heading in (
        "招聘计划简报",
        "成本：预算与录用对比",
        "需要决策的风险（按类型）",
        "提请管理层决策",
        "概览（续）",
    ):
        assert heading in text


def test_the_chinese_brief_writes_money_and_dates_as_a_chinese_reader_expects(tmp_path: Path) -> None:
    """Figures first with the currency named after them, prose dates in 年月日 (calculations.md, 13)."""
    _xlsx, pdf = _export(tmp_path)
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"\d{1,3}(,\d{3})+ 美元", text), "no amount written as 250,000 美元"
    assert "2026年12月1日" in text
    from hireplan.storage.plan_file import load_plan

    budget = analyse(load_plan(SAMPLE), today=date(2026, 12, 1)).budget
    with i18n.using_language("zh_CN"):
        offered = format_money(budget.total, budget.currency)
    assert offered.endswith(" 美元") and offered in text  # the budget line, as the app formats it
