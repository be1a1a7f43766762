"""The Hangzhou leadership reads the brief, the candidate the offer statement and finance the workbook
in Chinese: every sentence the documents write is Chinese, only the plan's own text (names, notes)
stays as typed. Read back with pdftotext and openpyxl."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import openpyxl

from helpers.paths import REPO
from hireplan import i18n
from hireplan.analysis import analyse
from hireplan.export.offer_statement import StatementOptions, write_offer_statement
from hireplan.export.options import SECTIONS, PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.export.xlsx import write_workbook
from hireplan.storage.plan_file import open_plan

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"
TODAY_TEXT = "2026-12-01"


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _english_words(text: str, plan_text: str) -> set[str]:
    """Words of three or more Latin letters in ``text`` that are not part of the plan's own text
    (a word of the plan may be cut where a Chinese line wraps, so a piece of one counts as the plan's)."""
    found = set(re.findall(r"[A-Za-z][A-Za-z'-]{2,}", text))
    plan = plan_text.lower()
    return {word for word in found if word.lower() not in plan and word not in {"INT", "PPP"}}


def _plan_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def test_a_chinese_full_brief_writes_no_english_of_its_own(tmp_path: Path) -> None:
    from datetime import date

    plan = open_plan(SAMPLE).plan
    today = date.fromisoformat(TODAY_TEXT)
    out = tmp_path / "简报.pdf"
    with i18n.using_language("zh_CN"):
        write_pdf(plan, analyse(plan, today=today), out, PdfOptions(sections=SECTIONS), today=today)
    text = _text(out)
    assert "进度落后：时间已过去" in text  # the verdict line
    assert "第 1 页，共" in text and "提请管理层决策" in text
    assert "附录：完整工作清单" in text and "附录：风险登记表与全部风险提示" in text
    assert _english_words(text, _plan_text()) == set()


def test_the_redacted_chinese_brief_gives_positions_as_bands(tmp_path: Path) -> None:
    from datetime import date

    plan = open_plan(SAMPLE).plan
    today = date.fromisoformat(TODAY_TEXT)
    out = tmp_path / "简报.pdf"
    with i18n.using_language("zh_CN"):
        write_pdf(plan, analyse(plan, today=today), out, PdfOptions(redact_offers=True), today=today)
    text = _text(out)
    assert "本版本已隐藏录用金额" in text
    assert re.search(r"P\d\d–P\d\d|低于 P25|高于 P90", text), "positions as bands, in Chinese"
    assert "候选人 A" in text  # candidates named by role and letter
    assert _english_words(text, _plan_text()) == set()


def test_a_chinese_offer_statement(tmp_path: Path) -> None:
    from datetime import date

    plan = open_plan(SAMPLE).plan
    today = date.fromisoformat(TODAY_TEXT)
    out = tmp_path / "录用薪酬说明.pdf"
    offer = next(o for o in plan.offers if o.market_id != plan.offers[-1].market_id)
    with i18n.using_language("zh_CN"):
        analysis = analyse(plan, today=today)
        write_offer_statement(
            plan, analysis, offer.id, out, StatementOptions(reporting_currency=True), today=today
        )
    text = _text(out)
    for heading in ("录用薪酬说明", "您的薪酬方案", "逐年明细", "科研经费与算力", "以正式录用通知书为准"):
        assert heading in text
    assert "2026年12月1日" in text
    assert _english_words(text, _plan_text()) == set()


def test_the_chinese_workbook_fills_its_cells_in_chinese(tmp_path: Path) -> None:
    from datetime import date

    plan = open_plan(SAMPLE).plan
    today = date.fromisoformat(TODAY_TEXT)
    out = tmp_path / "计划.xlsx"
    with i18n.using_language("zh_CN"):
        write_workbook(plan, analyse(plan, today=today), out, today=today)
    book = openpyxl.load_workbook(out)
    checklist = book["工作清单"]
    statuses = {row[3] for row in checklist.iter_rows(min_row=2, values_only=True) if row[3]}
    assert statuses <= {"待办", "进行中", "已完成", "受阻", "不适用"}, statuses
    validation = checklist.data_validations.dataValidation[0]
    assert "待办" in str(validation.formula1)
    cells = [
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str) and not cell.startswith("=")
    ]
    english = _english_words("\n".join(cells), _plan_text()) - {"hireplan"}
    assert english == set()
