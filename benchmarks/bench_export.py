"""How long the exports of the large plan take, beside LibreOffice converting the same workbook.

Prints medians over several runs: writing the Excel workbook, writing the PDF brief (also with
offer amounts redacted), and, as a peer measured in the same run, LibreOffice headless turning
that workbook into a PDF. Targets: workbook <= 1.5 s, PDF <= 2 s on this machine.

    python benchmarks/bench_export.py [--runs 5] [--plan FILE] [--small]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_ms, soffice
from generate_large_plan import TODAY, make_large_plan
from hireplan.analysis import analyse
from hireplan.export import PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.export.xlsx import write_workbook
from hireplan.model import Plan


def _libreoffice_ms(workbook: Path, work: Path, runs: int) -> float | None:
    """Median wall time of `soffice --headless --convert-to pdf` on the workbook (own profile)."""
    binary = soffice()
    if binary is None:
        return None
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
    return statistics.median(samples)


def measure(
    runs: int = 5, *, small: bool = False, plan: Plan | None = None, today: date = TODAY
) -> list[Row]:
    if plan is None:
        plan = make_large_plan()
        if small:
            for step in plan.steps:
                del step.items[20:]
            del plan.offers[20:]
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
        redacted_ms, _ = median_ms(
            lambda: write_pdf(
                plan, analysis, work / "redacted.pdf", PdfOptions(redact_offers=True), today=today
            ),
            max(1, runs // 2),
        )
        lo_ms = _libreoffice_ms(xlsx, work, 1 if small else max(1, runs // 2))
    rows = [
        Row(
            "write the Excel workbook",
            xlsx_ms,
            "ms",
            "<= 1500 ms",
            f"{xlsx_ms / lo_ms:.2f}x LibreOffice" if lo_ms else "",
            size,
        ),
        Row(
            "write the PDF brief",
            pdf_ms,
            "ms",
            "<= 2000 ms",
            f"{pdf_ms / lo_ms:.2f}x LibreOffice" if lo_ms else "",
            f"{pages[-1]} pages",
        ),
        Row(
            "write the PDF brief, offers redacted",
            redacted_ms,
            "ms",
            "",
            f"{redacted_ms / pdf_ms:.2f}x full brief",
        ),
        Row(
            "peer: LibreOffice converts that workbook to PDF",
            lo_ms,
            "ms",
            "",
            "",
            "soffice not installed" if lo_ms is None else "headless, own profile, after a warm-up run",
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
    args = parser.parse_args(argv)
    plan = None
    today = TODAY
    if args.plan:
        from hireplan.storage.plan_file import load_plan

        plan = load_plan(args.plan)
        today = date.today()
    for row in measure(args.runs, small=args.small, plan=plan, today=today):
        print(" | ".join(row.cells()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
