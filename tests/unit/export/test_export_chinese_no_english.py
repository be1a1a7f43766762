"""A Chinese brief, offer statement and workbook of the sample plan hold no English of the program's own.

The Hangzhou leadership, a candidate and a finance analyst in Shenzhen read these documents; only the
plan's own text (the sample's English checklist, names, sources, ids), codes (USD, P50) and product
names may stay in Latin letters. Judged as the windows are (``helpers.english_text``: plan data
matched whole and case-sensitively, so the plan's tag ``compensation`` does not excuse an English
``Compensation`` heading), over everything a reader meets: the PDFs' text (``pdftotext``) and
document properties (``pdfinfo``), and the workbook's sheet names, cells, the words its formulas
compare, drop-downs and their messages, notes, chart titles, page footers and properties (openpyxl).
"""

from __future__ import annotations

import re
import subprocess
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from helpers.english_text import Allowed, plan_strings
from helpers.paths import REPO
from hireplan import i18n
from hireplan.analysis import analyse
from hireplan.export.offer_statement import StatementOptions, write_offer_statement
from hireplan.export.options import SECTIONS, PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.export.xlsx import write_workbook
from hireplan.model import Plan
from hireplan.storage.plan_file import load_plan

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"
TODAY = date(2026, 12, 1)
METADATA = ("Title", "Subject", "Author", "Keywords", "Creator")
"""What a reader's document properties show (Producer names the PDF library, a product name)."""
_LATIN_EDGE = re.compile(r"[A-Za-z0-9./:_-]+$")
_LATIN_START = re.compile(r"^[A-Za-z0-9./:_-]+")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
_FORMULA_STRING = re.compile(r'"((?:[^"]|"")*)"')


@pytest.fixture(scope="module")
def sample() -> Plan:
    return load_plan(SAMPLE)


@pytest.fixture(scope="module")
def allowed(sample: Plan) -> Allowed:
    """The plan's text, and its ids too: the workbook's last column names each row's object."""
    return Allowed.for_plan(sample, phrases=_ids(sample.model_dump()))


def _ids(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and (key == "id" or key.endswith("_id")):
                yield item
            else:
                yield from _ids(item)
    elif isinstance(value, list):
        for item in value:
            yield from _ids(item)


def _english(texts: list[tuple[str, str]], allowed: Allowed) -> list[str]:
    """``where: text <- words`` for every text still reading as English."""
    return [
        f"{where}: {text[:160]!r} <- {', '.join(words)}"
        for where, text in texts
        if (words := allowed.english_words(text))
    ]


def _pdf_texts(pdf: Path, plan_text: str) -> list[tuple[str, str]]:
    """Each page's text in drawing order (``pdftotext -raw``), its lines rejoined: with nothing
    between them where the line broke between Chinese characters (Chinese has no spaces: "候选人" +
    "乙") or inside a word of the plan ("ml-engin" + "eer/san-francisco" in a source's address),
    with a space elsewhere, so plan text wrapped across lines is found whole. Then the document
    properties."""
    raw = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    texts: list[tuple[str, str]] = []
    for number, page in enumerate(raw.split("\f"), 1):
        joined = ""
        for line in page.splitlines():
            tail, head = _LATIN_EDGE.search(joined), _LATIN_START.match(line)
            glue = bool(_CJK.match(line) and _CJK.search(joined[-1:])) or (
                tail is not None and head is not None and (tail.group() + head.group()) in plan_text
            )
            joined = f"{joined}{'' if glue or not joined else ' '}{line}"
        texts.append((f"{pdf.name} page {number}", joined))
    info = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    for line in info.splitlines():
        field, _colon, value = line.partition(":")
        if field in METADATA:
            texts.append((f"{pdf.name} properties, {field}", value.strip()))
    return texts


def _workbook_texts(path: Path) -> list[tuple[str, str]]:
    book = openpyxl.load_workbook(path)
    texts: list[tuple[str, str]] = []
    properties = book.properties
    for field in ("title", "subject", "creator", "description", "keywords", "category"):
        texts.append((f"properties, {field}", getattr(properties, field) or ""))
    for sheet in book.worksheets:
        texts.append(("sheet name", sheet.title))
        for row in sheet.iter_rows():
            for cell in row:
                where = f"{sheet.title}!{cell.coordinate}"
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    # the words a formula compares are the words its cells show
                    texts += [(f"{where} formula", s) for s in _FORMULA_STRING.findall(cell.value)]
                elif isinstance(cell.value, str):
                    texts.append((where, cell.value))
                if cell.comment is not None:
                    texts.append((f"{where} note", cell.comment.text))
        for validation in sheet.data_validations.dataValidation:
            for field in ("formula1", "prompt", "promptTitle", "error", "errorTitle"):
                texts.append((f"{sheet.title} drop-down {field}", str(getattr(validation, field) or "")))
        for part in (sheet.oddHeader, sheet.oddFooter, sheet.evenFooter, sheet.firstFooter):
            for side in (part.left, part.center, part.right):
                # &P, &N, &A: page, pages, sheet name codes, not words
                texts.append((f"{sheet.title} header/footer", re.sub(r"&[A-Z]", " ", side.text or "")))
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/charts/"):
                for run in re.findall(r"<a:t>([^<]*)</a:t>", archive.read(name).decode("utf-8")):
                    texts.append((f"{name} title", run))
    return texts


def test_the_chinese_brief_holds_no_english_of_its_own(
    tmp_path: Path, sample: Plan, allowed: Allowed
) -> None:
    """Every section (the full-detail appendices included), the heat map's axes and legend, the
    footers and the PDF's properties."""
    out = tmp_path / "简报.pdf"
    with i18n.using_language("zh_CN"):
        write_pdf(sample, analyse(sample, today=TODAY), out, PdfOptions(sections=SECTIONS), today=TODAY)
    texts = _pdf_texts(out, "\n".join(plan_strings(sample)))
    joined = "\n".join(text for _where, text in texts)
    assert "可能性" in joined and "影响" in joined, "the heat map's axes are named"
    assert _english(texts, allowed) == []


def test_every_chinese_offer_statement_holds_no_english_of_its_own(
    tmp_path: Path, sample: Plan, allowed: Allowed
) -> None:
    """Every offer of the sample (each kind of bonus, relocating and local hires), in the candidate's
    currency and the reporting currency."""
    with i18n.using_language("zh_CN"):
        analysis = analyse(sample, today=TODAY)
        found: list[str] = []
        for offer in sample.offers:
            out = tmp_path / f"{offer.id}.pdf"
            options = StatementOptions(reporting_currency=True)
            write_offer_statement(sample, analysis, offer.id, out, options, today=TODAY)
            found += _english(_pdf_texts(out, "\n".join(plan_strings(sample))), allowed)
    assert found == []


def test_the_chinese_workbook_holds_no_english_of_its_own(
    tmp_path: Path, sample: Plan, allowed: Allowed
) -> None:
    out = tmp_path / "计划.xlsx"
    with i18n.using_language("zh_CN"):
        write_workbook(sample, analyse(sample, today=TODAY), out, today=TODAY)
    texts = _workbook_texts(out)
    assert any(where.endswith("formula") for where, _text in texts), "the Scenario formulas were read"
    assert _english(texts, allowed) == []
