"""Render the exports of the sample plan into docs/screenshots (pdftoppm, LibreOffice headless).

    .venv/bin/python scripts/screenshot_exports.py [docs/screenshots] [--today 2026-12-01] [--lang zh_CN]

Writes the brief's pages (brief-page-N.png), the redacted brief's first pages, an offer statement,
and the workbook as LibreOffice prints it (workbook-print-N.png), each at 60 dpi. With ``--lang zh_CN``
the documents are written in Chinese and the pictures are named ``zh-brief-page-N.png`` and so on.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "sample" / "llm-research-team.hireplan"
DPI = 60
PREFIX = ""


def _pages(pdf: Path, out: Path, stem: str, first: int | None = None, last: int | None = None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        args = ["pdftoppm", "-r", str(DPI), "-png"]
        if first:
            args += ["-f", str(first)]
        if last:
            args += ["-l", str(last)]
        subprocess.run([*args, str(pdf), f"{tmp}/p"], check=True)
        for index, png in enumerate(sorted(Path(tmp).glob("p-*.png")), 1):
            shutil.copy(png, out / f"{PREFIX}{stem}-{index}.png")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path, nargs="?", default=ROOT / "docs" / "screenshots")
    parser.add_argument("--today", type=date.fromisoformat, default=date(2026, 12, 1))
    parser.add_argument("--lang", default="en", choices=("en", "zh_CN"))
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args()
    from hireplan import i18n

    i18n.set_language(args.lang, source="option")
    global DPI, PREFIX
    DPI, PREFIX = args.dpi, "" if args.lang == "en" else "zh-"
    from hireplan.analysis import analyse
    from hireplan.export import PdfOptions
    from hireplan.export.offer_statement import StatementOptions, write_offer_statement
    from hireplan.export.pdf import write_pdf
    from hireplan.export.xlsx import write_workbook
    from hireplan.storage.plan_file import load_plan

    plan = load_plan(SAMPLE)
    analysis = analyse(plan, today=args.today)
    out: Path = args.out
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        write_pdf(plan, analysis, work / "brief.pdf", today=args.today)
        _pages(work / "brief.pdf", out, "brief-page")
        write_pdf(plan, analysis, work / "redacted.pdf", PdfOptions(redact_offers=True), today=args.today)
        _pages(work / "redacted.pdf", out, "brief-redacted-page", 1, 3)
        relocating = next(o for o in plan.offers if o.equity_grant and o.relocation)
        write_offer_statement(
            plan,
            analysis,
            relocating.id,
            work / "statement.pdf",
            StatementOptions(reporting_currency=True),
            today=args.today,
        )
        _pages(work / "statement.pdf", out, "offer-statement-page")
        write_workbook(plan, analysis, work / "workbook.xlsx", today=args.today)
        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if soffice:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation={(work / 'lo').as_uri()}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(work / "workbook.xlsx"),
                ],
                capture_output=True,
                check=False,
                timeout=300,
            )
            _pages(work / "workbook.pdf", out, "workbook-print")
    return 0


if __name__ == "__main__":
    sys.exit(main())
