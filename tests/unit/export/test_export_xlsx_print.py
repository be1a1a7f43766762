"""The workbook prints: LibreOffice turns it into a PDF of a few pages on the chosen paper, every
sheet one page wide with its header repeated and a footer naming the plan and the page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from helpers.export_plans import TODAY, sample_plan
from helpers.office import soffice
from hireplan.analysis import analyse
from hireplan.export.xlsx import SHEETS, write_workbook

A4 = (595, 842)
LETTER = (612, 792)


def _write(tmp_path: Path, page_size: str) -> Path:
    plan = sample_plan()
    out = tmp_path / f"plan-{page_size}.xlsx"
    write_workbook(plan, analyse(plan, today=TODAY), out, today=TODAY, page_size=page_size)
    return out


@pytest.mark.parametrize(("page_size", "code"), [("a4", 9), ("letter", 1)])
def test_every_sheet_has_a_page_setup(tmp_path: Path, page_size: str, code: int) -> None:
    wb = openpyxl.load_workbook(_write(tmp_path, page_size))
    plan = sample_plan()
    assert wb.sheetnames == [name for name, _ in SHEETS]
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == code, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.oddFooter.right.text == "Page &P of &N", ws.title
        assert plan.title.split()[0] in (ws.oddFooter.left.text or ""), ws.title
    for name in ("Checklist", "Compensation", "Scenario", "Policy watch"):
        assert wb[name].print_title_rows == "$1:$1", name
    assert wb["Risks"].print_title_rows  # the register's header, under the heat map
    assert wb["Compensation"].page_setup.orientation == "landscape"


@pytest.mark.slow
def test_libreoffice_prints_it_in_a_few_pages(tmp_path: Path) -> None:
    """70 Letter pages before; now every sheet is one page wide on A4."""
    source = _write(tmp_path, "a4")
    out = tmp_path / "pdf"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(source),
        ],
        capture_output=True,
        timeout=300,
        check=False,
    )
    reader = PdfReader(out / f"{source.stem}.pdf")
    assert len(SHEETS) <= len(reader.pages) <= 14
    for page in reader.pages:
        size = sorted((round(float(page.mediabox.width)), round(float(page.mediabox.height))))
        assert tuple(size) == A4
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Page 1 of" in text
    heat = next(
        p.extract_text()
        for p in reader.pages
        if "Open team risks by likelihood and impact" in p.extract_text()
    )
    assert (
        "Likelihood 5" in heat and "Likelihood 1" in heat and "Impact" in heat
    )  # the map and its titles together
