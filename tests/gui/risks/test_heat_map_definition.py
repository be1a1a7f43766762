"""One heat map: the window and the PDF brief count the same risks in the same cells, closed risks
left out of both and said so in words, from hireplan.analysis.heat_map.

The PDF is read back with ``pdftotext -bbox``: each count drawn in the grid is placed in its cell
by the axis numbers printed beside and under the grid.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from helpers.plans import make_plan
from hireplan.analysis import analyse
from hireplan.export.pdf import write_pdf
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.model import Plan, Risk, RiskStatus

TODAY = date(2026, 12, 1)
WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>')


def plan_with_closed_risks() -> Plan:
    def risk(title: str, likelihood: int, impact: int, status: RiskStatus = RiskStatus.OPEN) -> Risk:
        return Risk(title=title, likelihood=likelihood, impact=impact, status=status)

    return make_plan(
        risks=[
            risk("Rival lab counters", 5, 5),
            risk("Travel approval delays", 5, 5, RiskStatus.MITIGATING),
            risk("Visa quota", 5, 5, RiskStatus.ACCEPTED),
            risk("Old budget freeze", 5, 5, RiskStatus.CLOSED),
            risk("Relocation stalls", 2, 4),
            risk("Office move", 3, 1, RiskStatus.CLOSED),
            risk("Mentor leaves", 1, 2),
            risk("Second mentor leaves", 1, 2),
        ]
    )


def window_counts(qtbot: Any, plan: Plan) -> tuple[dict[tuple[int, int], int], str]:
    document = PlanDocument(plan)
    panel = RisksPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    counts = {
        (likelihood, impact): panel.register.heat_map.count((likelihood, impact))
        for likelihood in range(1, 6)
        for impact in range(1, 6)
    }
    return {cell: n for cell, n in counts.items() if n}, panel.register.heat_legend.text()


def pdf_counts(pdf: Path) -> tuple[dict[tuple[int, int], int], str]:
    """The counts drawn in the brief's heat map, by cell, and the page's text."""
    for page in range(1, 20):
        run = subprocess.run(
            ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            break
        words = [
            (float(x0), float(y0), float(x1), float(y1), text)
            for x0, y0, x1, y1, text in WORD.findall(run.stdout)
        ]
        page_text = " ".join(word[4] for word in words)
        if "Likelihood" not in page_text or "Impact" not in page_text:
            continue
        small = [w for w in words if w[4] in "12345" and len(w[4]) == 1 and w[3] - w[1] < 9]
        big = [w for w in words if w[4].isdigit() and w[3] - w[1] >= 9]
        # The impact axis: five small numbers 1..5 on one line; the likelihood axis: five in a column.
        rows: dict[float, list[Any]] = {}
        for w in small:
            rows.setdefault(round(w[1]), []).append(w)
        impact_axis = next(r for r in rows.values() if sorted(x[4] for x in r) == list("12345"))
        columns: dict[float, list[Any]] = {}
        for w in small:
            columns.setdefault(round(w[2]), []).append(w)
        likelihood_axis = next(c for c in columns.values() if sorted(x[4] for x in c) == list("12345"))
        impact_x = {int(w[4]): (w[0] + w[2]) / 2 for w in impact_axis}
        likelihood_y = {int(w[4]): (w[1] + w[3]) / 2 for w in likelihood_axis}
        counts: dict[tuple[int, int], int] = {}
        for x0, y0, x1, y1, text in big:
            impact = min(impact_x, key=lambda i: abs(impact_x[i] - (x0 + x1) / 2))
            likelihood = min(likelihood_y, key=lambda n: abs(likelihood_y[n] - (y0 + y1) / 2))
            counts[(likelihood, impact)] = int(text)
        return counts, page_text
    raise AssertionError("no page with the heat map")


def test_window_and_pdf_count_the_same_risks_per_cell_without_closed_ones(qtbot: Any, tmp_path: Path) -> None:
    plan = plan_with_closed_risks()
    in_window, window_legend = window_counts(qtbot, plan)
    pdf = tmp_path / "brief.pdf"
    write_pdf(plan, analyse(plan, today=TODAY), pdf, today=TODAY)
    in_pdf, page_text = pdf_counts(pdf)

    # Open, mitigating and accepted risks count; the two closed ones do not, anywhere.
    assert in_window == {(5, 5): 3, (2, 4): 1, (1, 2): 2}
    assert in_pdf == in_window
    # Both say what the colours mean and that closed risks are left out, in the same words.
    for words in (
        "Red: high, a score of 15",
        "Amber: medium",
        "Green: low",
        "2 closed risks are not counted.",
    ):
        assert words in window_legend
        assert words in page_text
