"""How long the exports of the large plan take, beside LibreOffice converting the same workbook.

Prints medians over several runs: writing the Excel workbook, the default PDF brief (also with
offer amounts redacted), the full-detail brief, one offer statement, and, as a peer measured in
the same run, LibreOffice headless turning that workbook into a PDF (and how many pages it
prints). Targets: default brief <= 20 pages and <= 1.5 s, workbook <= 2.5 s, one offer
statement <= 0.3 s on this machine.

    python benchmarks/bench_export.py [--runs 5] [--plan FILE] [--small] [--no-peers]

``--no-peers`` leaves LibreOffice out (its row then reads n/a): a check that the script runs
need not wait for another program's start-up.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms, soffice
from generate_large_plan import TODAY, make_large_plan
from hireplan.analysis import analyse
from hireplan.export import SECTIONS, PdfOptions
from hireplan.export.offer_statement import write_offer_statement
from hireplan.export.pdf import write_pdf
from hireplan.export.xlsx import write_workbook
from hireplan.model import Plan


def _libreoffice_ms(workbook: Path, work: Path, runs: int) -> tuple[float | None, int | None]:
    """Median wall time of `soffice --headless --convert-to pdf` on the workbook (own profile), and
    the page count of the PDF it printed."""
    binary = soffice()
    if binary is None:
        return None, None
    profile = (work / "lo-profile").as_uri()
    samples = []
    for run in range(runs + 1):
        out = work / f"lo-{run}"
        start = time.perf_counter()
        subprocess.run(
            [
                binary,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(workbook),
            ],
            capture_output=True,
            check=False,
            timeout=600,
        )
        if run:  # the first run creates the profile: not counted
            samples.append((time.perf_counter() - start) * 1000)
    printed = out / f"{workbook.stem}.pdf"
    pages = None
    if printed.exists():
        from pypdf import PdfReader

        pages = len(PdfReader(printed).pages)
    return statistics.median(samples), pages


def _openpyxl_floor_ms(workbook: Path, work: Path, runs: int) -> tuple[float, int]:
    """The library's own cost: openpyxl (write-only) writing the same cell values, unstyled.

    Returns the median time and the number of cells. What the export spends above this goes on
    styles, widths, validations and charts.
    """
    from openpyxl import Workbook, load_workbook

    source = load_workbook(workbook, read_only=True)
    sheets = [(ws.title, [list(row) for row in ws.iter_rows(values_only=True)]) for ws in source.worksheets]
    source.close()
    cells = sum(1 for _title, rows in sheets for row in rows for value in row if value is not None)

    def write() -> None:
        book = Workbook(write_only=True)
        for title, rows in sheets:
            sheet = book.create_sheet(title)
            for row in rows:
                sheet.append(row)
        book.save(work / "floor.xlsx")

    median, _ = median_ms(write, runs)
    return median, cells


def _shown_strings(write: Callable[[], object]) -> list[list[str]]:
    """Every string ``write`` shows in its PDF, page by page (reportlab's one text formatter is
    watched while it runs)."""
    from reportlab.pdfgen import textobject

    pages: list[list[str]] = [[]]
    original = textobject.PDFTextObject._formatText
    original_page = textobject.PDFTextObject.__init__

    def watched(self: Any, text: str) -> Any:
        pages[-1].append(text)
        return original(self, text)

    def page_turn(self: Any, canvas: Any, *args: Any, **kwargs: Any) -> None:
        number = canvas.getPageNumber()
        while len(pages) < number:
            pages.append([])
        original_page(self, canvas, *args, **kwargs)

    textobject.PDFTextObject._formatText = watched  # type: ignore[method-assign]
    textobject.PDFTextObject.__init__ = page_turn  # type: ignore[method-assign]
    try:
        write()
    finally:
        textobject.PDFTextObject._formatText = original  # type: ignore[method-assign]
        textobject.PDFTextObject.__init__ = original_page  # type: ignore[method-assign]
    return pages


def _reportlab_floor_ms(pages: list[list[str]], work: Path, runs: int) -> float:
    """The library's own cost: a reportlab canvas showing the same strings on as many pages, in the
    same embedded font, with no layout, tables, colours or charts."""
    from reportlab.pdfgen.canvas import Canvas

    from hireplan.export.fonts import register_font

    font = register_font()

    def draw() -> None:
        canvas = Canvas(str(work / "floor.pdf"))
        for strings in pages:
            text = canvas.beginText(40, 800)
            text.setFont(font, 8)
            for string in strings:
                text.textOut(string)
                text.moveCursor(0, 0.02)
            canvas.drawText(text)
            canvas.showPage()
        canvas.save()

    median, _ = median_ms(draw, runs)
    return median


def measure(
    runs: int = 5,
    *,
    small: bool = False,
    plan: Plan | None = None,
    today: date = TODAY,
    peers: bool = True,
) -> list[Row]:
    if plan is None:
        plan = make_large_plan(small=small)
    analysis = analyse(plan, today=today)
    items = sum(len(step.items) for step in plan.steps)
    size = f"{items:,} items, {len(plan.offers):,} offers"
    with tempfile.TemporaryDirectory(prefix="hireplan-bench-") as tmp:
        work = Path(tmp)
        xlsx = work / "plan.xlsx"
        pdf = work / "plan.pdf"
        xlsx_ms, _ = median_ms(lambda: write_workbook(plan, analysis, xlsx, today=today), runs)
        pages: list[int | None] = []
        pdf_ms, _ = median_ms(lambda: pages.append(write_pdf(plan, analysis, pdf, today=today).pages), runs)
        full = PdfOptions(sections=SECTIONS)
        full_pages: list[int | None] = []
        full_ms, _ = median_ms(
            lambda: full_pages.append(write_pdf(plan, analysis, work / "full.pdf", full, today=today).pages),
            max(1, runs // 2),
        )
        redacted_ms, _ = median_ms(
            lambda: write_pdf(
                plan, analysis, work / "redacted.pdf", PdfOptions(redact_offers=True), today=today
            ),
            max(1, runs // 2),
        )
        statement_ms = None
        if plan.offers:
            offer_id = plan.offers[0].id
            statement = work / "statement.pdf"
            statement_ms, _ = median_ms(
                lambda: write_offer_statement(plan, analysis, offer_id, statement, today=today), runs
            )
        lo_ms, lo_pages = (
            _libreoffice_ms(xlsx, work, 1 if small else max(1, runs // 2)) if peers else (None, None)
        )
        xlsx_floor_ms, cells = _openpyxl_floor_ms(xlsx, work, runs)
        shown = _shown_strings(lambda: write_pdf(plan, analysis, work / "watched.pdf", full, today=today))
        lines = sum(len(strings) for strings in shown)
        pdf_floor_ms = _reportlab_floor_ms(shown, work, runs)
    rows = [
        Row(
            "write the Excel workbook",
            xlsx_ms,
            "ms",
            "<= 2500 ms",
            f"{xlsx_ms / lo_ms:.2f}x LibreOffice" if lo_ms else "",
            size,
        ),
        Row(
            "write the PDF brief (default sections)",
            pdf_ms,
            "ms",
            "<= 1500 ms, <= 20 pages",
            f"{pdf_ms / lo_ms:.2f}x LibreOffice" if lo_ms else "",
            f"{pages[-1]} pages",
        ),
        Row(
            "write the PDF brief, offers redacted",
            redacted_ms,
            "ms",
            "",
            f"{redacted_ms / pdf_ms:.2f}x default brief",
        ),
        Row(
            "write the PDF brief, full detail (every section)",
            full_ms,
            "ms",
            "",
            f"{full_ms / pdf_ms:.2f}x default brief",
            f"{full_pages[-1]} pages",
        ),
        Row(
            "write one offer statement",
            statement_ms,
            "ms",
            "<= 300 ms",
            f"{statement_ms / lo_ms:.3f}x LibreOffice" if lo_ms else "",
            "one candidate, 1-2 pages",
        ),
        Row(
            "floor: openpyxl writes the same cells, unstyled",
            xlsx_floor_ms,
            "ms",
            "",
            f"workbook = {xlsx_ms / xlsx_floor_ms:.2f}x this floor",
            f"{cells:,} cells",
        ),
        Row(
            "floor: reportlab draws the same strings, no layout",
            pdf_floor_ms,
            "ms",
            "",
            f"full-detail brief = {full_ms / pdf_floor_ms:.2f}x this floor",
            f"{lines:,} strings",
        ),
        Row(
            "peer: LibreOffice converts that workbook to PDF",
            lo_ms,
            "ms",
            "",
            "",
            ("soffice not installed" if peers else "not run (--no-peers)")
            if lo_ms is None
            else f"headless, own profile, after a warm-up run; prints {lo_pages} pages",
        ),
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--plan", type=Path, help="a .hireplan file instead of the generated plan")
    parser.add_argument("--small", action="store_true")
    parser.add_argument("--no-peers", action="store_true", help="leave LibreOffice out")
    args = parser.parse_args(argv)
    plan = None
    today = TODAY
    if args.plan:
        from hireplan.storage.plan_file import load_plan

        plan = load_plan(args.plan)
        today = date.today()
    for row in measure(args.runs, small=args.small, plan=plan, today=today, peers=not args.no_peers):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
