"""The Scenario sheet's live formulas, recalculated by LibreOffice, give hireplan's own numbers.

Finance changes inputs on that sheet and trusts the totals; if a formula drifted from the analysis
they would be planning with wrong figures. LibreOffice is installed by ``make test``; without it
this test fails and says so rather than passing unchecked.
"""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from helpers.export_plans import TODAY, sample_plan
from helpers.office import soffice
from hireplan import i18n
from hireplan.analysis import Converted, analyse
from hireplan.export.xlsx import write_workbook
from hireplan.export.xlsx_scenario import SCENARIO_HEADER
from hireplan.model import BonusKind, Offer

pytestmark = pytest.mark.slow


def _recalculated(source: Path, tmp_path: Path) -> openpyxl.Workbook:
    """Open the workbook in LibreOffice headless, let it compute, save a copy, read the values."""
    out_dir = tmp_path / "recalc"
    profile = (tmp_path / "lo-profile").as_uri()
    result = subprocess.run(
        [
            soffice(),
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


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_scenario_formulas_match_analysis(tmp_path: Path, language: str) -> None:
    """In either language: the formulas compare the words the sheets show (a Chinese workbook's
    bonus kinds, bases and pay periods are Chinese words), so every branch must still be taken."""
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
    # A 14-month package with a target bonus too: both parts of the bonus formula at once.
    plan.offers.append(
        Offer(
            id="o-14-and-bonus",
            role_id="r-ldn",
            market_id="hz",
            currency="CNY",
            base=720_000,
            guaranteed_months=Decimal(2),
            bonus_kind=BonusKind.AMOUNT,
            bonus_value=90_000,
        )
    )
    # The Hangzhou base median a month over 14 months: the offer's guaranteed extra months then
    # count as base (the formula's months branch).
    next(b for b in plan.benchmarks if b.id == "b-hz").months_per_year = Decimal(14)
    analysis = analyse(plan, today=TODAY)
    source = tmp_path / "plan.xlsx"
    with i18n.using_language(language):
        write_workbook(plan, analysis, source, today=TODAY)
        sheet = i18n._("Scenario")
    col = {name: i for i, name in enumerate(SCENARIO_HEADER)}
    wb = _recalculated(source, tmp_path)
    rows = [r for r in wb[sheet].iter_rows(min_row=2, values_only=True) if r[col["Offer id"]]]
    assert len(rows) == len(plan.offers)
    compared = 0
    for row in rows:
        result = analysis.offers[row[col["Offer id"]]]
        figures = result.figures
        assert row[col["Bonus and extra months"]] == pytest.approx(float(figures.bonus), rel=1e-9)
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


def _scenario_total(wb: openpyxl.Workbook) -> float:
    for row in wb["Scenario"].iter_rows(values_only=True):
        if row[0] and str(row[0]).startswith("Total of the offers in"):
            return float(row[SCENARIO_HEADER.index("Annual total (reporting)")])
    raise AssertionError("the Scenario sheet has no totals row")


def test_changing_a_rate_on_assumptions_moves_every_total(tmp_path: Path) -> None:
    """Finance changes the USD/CNY rate on the Assumptions sheet: the offers paid in yuan move in the
    reporting currency, their compa-ratios against USD benchmarks move, and so does the total."""
    plan = sample_plan()
    analysis = analyse(plan, today=TODAY)
    source = tmp_path / "plan.xlsx"
    write_workbook(plan, analysis, source, today=TODAY)
    before = _recalculated(source, tmp_path / "before")
    exported = sum(
        float(r.annual_reporting.amount)
        for r in analysis.offers.values()
        if isinstance(r.annual_reporting, Converted)
    )
    assert _scenario_total(before) == pytest.approx(exported, rel=1e-9)

    book = openpyxl.load_workbook(source)
    sheet = book["Assumptions"]
    changed = None
    for row in sheet.iter_rows(min_row=1):
        if row[0].value == "USD" and row[1].value == "CNY":
            row[2].value = row[2].value * 2  # the yuan halves in value
            changed = row[2].coordinate
    assert changed, "the sample plan has a USD/CNY rate"
    edited = tmp_path / "edited.xlsx"
    book.save(edited)
    after = _recalculated(edited, tmp_path / "after")
    col = {name: i for i, name in enumerate(SCENARIO_HEADER)}
    old_rows = {
        r[col["Offer id"]]: r
        for r in before["Scenario"].iter_rows(min_row=2, values_only=True)
        if r[col["Offer id"]]
    }
    new_rows = {
        r[col["Offer id"]]: r
        for r in after["Scenario"].iter_rows(min_row=2, values_only=True)
        if r[col["Offer id"]]
    }
    moved = 0
    for offer in plan.offers:
        old, new = old_rows[offer.id], new_rows[offer.id]
        if offer.currency == "CNY" and plan.reporting_currency == "USD":
            assert new[col["Annual total (reporting)"]] == pytest.approx(
                old[col["Annual total (reporting)"]] / 2
            )
            moved += 1
        assert new[col["Annual total"]] == pytest.approx(old[col["Annual total"]])  # own currency: unchanged
    assert moved >= 1
    assert _scenario_total(after) < _scenario_total(before)
