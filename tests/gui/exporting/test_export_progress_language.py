"""What a person sees around a long export: a bar that keeps moving through every stage, documents
in the language they chose (a Chinese brief from an English window), and a warning naming the
fields that will print as boxes before anything is written."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from helpers.fakes import FakeChooser
from hireplan import i18n
from hireplan.export.options import SECTIONS, PdfOptions
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.exporting.export_dialog import ExportDialog
from hireplan.gui.exporting.export_worker import ExportJob, run_export
from hireplan.storage.builtin_templates import sample_plan

WAIT_MS = 60_000


@pytest.fixture
def document() -> Iterator[PlanDocument]:
    doc = PlanDocument(sample_plan())
    yield doc
    doc.deleteLater()


def test_progress_moves_within_every_stage_and_reaches_100(document: PlanDocument, tmp_path: Path) -> None:
    job = ExportJob.of(
        document,
        pdf_path=tmp_path / "brief.pdf",
        xlsx_path=tmp_path / "book.xlsx",
        pdf_options=PdfOptions(sections=SECTIONS),
    )
    seen: list[tuple[int, str]] = []
    outcome = run_export(job, lambda percent, text: seen.append((percent, text)), lambda: False)
    percents = [percent for percent, _text in seen]
    assert percents == sorted(percents), "the bar never goes back"
    assert percents[-1] == 100 and seen[-1][1] == "Done"
    assert len(set(percents)) >= 40, f"the bar moves in small steps, not a few jumps: {sorted(set(percents))}"
    texts = [text for _percent, text in seen]
    assert "Writing the Excel workbook: sheet Scenario…" in texts
    assert "Writing the PDF brief: Appendix: every offer in every market…" in texts
    laid_out = {m.group(1) for t in texts if (m := re.match(r"Laying out the PDF brief: page (\d+)…", t))}
    assert len(laid_out) >= 5, "layout reports the page it has reached"
    pages = outcome.pdf_pages
    assert f"Finishing the PDF brief: page {pages} of {pages}…" in texts
    workbook_share = [p for p, t in seen if "workbook" in t]
    assert max(workbook_share) - min(workbook_share) >= 30, "the workbook's stage fills its part of the bar"


def test_a_chinese_brief_and_workbook_from_an_english_window(document: PlanDocument, tmp_path: Path) -> None:
    assert i18n.current_language() == "en"
    pdf, xlsx = tmp_path / "简报.pdf", tmp_path / "计划.xlsx"
    job = ExportJob.of(document, pdf_path=pdf, xlsx_path=xlsx, language="zh_CN")
    seen: list[str] = []
    run_export(job, lambda _percent, text: seen.append(text), lambda: False)
    assert i18n.current_language() == "en", "the window keeps its language"
    assert "Writing the Excel workbook: sheet Summary…" in seen, "progress speaks the window's language"
    assert openpyxl.load_workbook(xlsx).sheetnames[:2] == ["概览", "工作清单"]
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "招聘计划简报" in text and "提请管理层决策" in text
    assert "资深人才录用面临反聘风险" in text, "flag texts are worded again in the brief's language"
    assert "Hiring plan brief" not in text


def test_the_dialog_offers_the_document_language_and_names_text_that_will_not_print(
    qtbot: Any, document: PlanDocument, prompter: Any, tmp_path: Path
) -> None:
    dialog = ExportDialog(document, prompter, files=FakeChooser(), opener=lambda _path: None)
    qtbot.addWidget(dialog)
    assert dialog.document_language() == "en", "the window's language by default"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == ["English", "简体中文"]
    role = document.plan.roles[0]
    document.set_field("role", role.id, "title", "डेटा वैज्ञानिक")
    dialog.targets.pdf_path.setText(str(tmp_path / "brief.pdf"))
    dialog.targets.xlsx_check.setChecked(False)
    prompter.confirm = False
    assert not dialog.start_export(), "Cancel in the question exports nothing"
    (title, message), *_ = prompter.asked("ask_confirm")
    assert title == "Some text will not print"
    assert "• Role “डेटा वैज्ञानिक”, Title: " in message and "(U+0921)" in message
    assert list(tmp_path.iterdir()) == []

    prompter.confirm = True
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    with qtbot.waitSignal(dialog.exportFinished, timeout=WAIT_MS):
        assert dialog.start_export()
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(tmp_path / "brief.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "招聘计划简报" in text


def test_every_section_and_sheet_has_a_name_in_the_dialog() -> None:
    from hireplan.export.xlsx import SHEETS
    from hireplan.gui.exporting.labels import SECTION_LABELS, SHEET_LABELS

    assert list(SECTION_LABELS) == list(SECTIONS)
    assert list(SHEET_LABELS) == [title for title, _builder in SHEETS]
