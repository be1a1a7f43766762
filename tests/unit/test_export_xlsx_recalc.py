"""The Scenario sheet's live formulas, recalculated by LibreOffice, give hireplan's own numbers.

Finance changes inputs on that sheet and trusts the totals; if a formula drifted from the analysis
they would be planning with wrong figures. LibreOffice is installed by ``make test``; without it
this test fails and says so rather than passing unchecked.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from test_export_plans import TODAY, sample_plan

from hireplan.analysis import Converted, analyse
from hireplan.export.xlsx import write_workbook
from hireplan.export.xlsx_comp import SCENARIO_HEADER
from hireplan.model import BonusKind, Offer

pytestmark = pytest.mark.slow


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.fail(
            "LibreOffice (soffice) is needed to recalculate the workbook; run `make test`, "
            "which installs it, or install libreoffice-calc-nogui"
        )
    return found


def _recalculated(source: Path, tmp_path: Path) -> openpyxl.Workbook:
    """Open the workbook in LibreOffice headless, let it compute, save a copy, read the values."""
    out_dir = tmp_path / "recalc"
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out_dir),
            str(source),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    converted = out_dir / source.name
    assert converted.exists(), f"LibreOffice did not convert the workbook: {result.stdout}{result.stderr}"
    return openpyxl.load_workbook(converted, data_only=True)


def test_scenario_formulas_match_analysis(tmp_path: Path) -> None:
    plan = sample_plan()
    # one offer of each bonus kind, so every branch of the bonus formula is exercised
    plan.offers.append(
        Offer(
            id="o-pct",
            role_id="r-ldn",
            market_id="ldn",
            currency="GBP",
            base=95_000,
            bonus_kind=BonusKind.PERCENT,
            bonus_value=12.5,
            sign_on=9_000,
            sign_on_amortisation_years=3,
            living_allowance=2_400,
            equity_grant=30_000,
            vesting_years=3,
        )
    )
    analysis = analyse(plan, today=TODAY)
    source = tmp_path / "plan.xlsx"
    write_workbook(plan, analysis, source, today=TODAY)
    wb = _recalculated(source, tmp_path)
    col = {name: i for i, name in enumerate(SCENARIO_HEADER)}
    rows = list(wb["Scenario"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(plan.offers)
    compared = 0
    for row in rows:
        result = analysis.offers[row[col["Offer id"]]]
        figures = result.figures
        assert row[col["Target bonus"]] == pytest.approx(float(figures.bonus), rel=1e-9)
        assert row[col["Annual total"]] == pytest.approx(float(figures.annual_total), rel=1e-9)
        assert row[col["First-year value"]] == pytest.approx(float(figures.first_year_value), rel=1e-9)
        if isinstance(result.annual_reporting, Converted):
            assert row[col["Annual total (reporting)"]] == pytest.approx(
                float(result.annual_reporting.amount), rel=1e-9
            )
        own = result.own_market
        if own is not None and own.nominal is not None:
            assert row[col["Compa-ratio"]] == pytest.approx(float(own.nominal.compa_ratio), rel=1e-9)
            compared += 1
    assert compared >= 3
