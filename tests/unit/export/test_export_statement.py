"""The offer statement a candidate receives: every component of their own offer, a year and in year
one, the vesting schedule, what it buys where they will live, research budget and compute; and
nothing about the market or any other candidate. Read back with pdftotext, qpdf and pdffonts."""

from __future__ import annotations

import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.export_plans import TODAY, sample_plan
from hireplan.analysis import Converted, analyse
from hireplan.analysis.format import format_money
from hireplan.analysis.statement import yearly_schedule
from hireplan.cli.main import main
from hireplan.export import ExportError
from hireplan.export.offer_statement import StatementOptions, write_offer_statement
from hireplan.model import BonusKind, Offer, Relocation
from hireplan.storage.plan_file import save_plan


def _text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pick(plan_offers: list[Offer]) -> Offer:
    return max(plan_offers, key=lambda o: (bool(o.equity_grant), bool(o.sign_on), bool(o.relocation)))


def test_the_statement_holds_the_offer_and_nothing_else(tmp_path: Path) -> None:
    plan = sample_plan()
    offer = _pick(plan.offers)
    role = next(r for r in plan.roles if r.id == offer.role_id)
    role.relocation = Relocation.RELOCATING
    analysis = analyse(plan, today=TODAY)
    out = tmp_path / "statement.pdf"
    report = write_offer_statement(
        plan, analysis, offer.id, out, StatementOptions(reporting_currency=True), today=TODAY
    )
    assert report.pages is not None and 1 <= report.pages <= 2
    text = _text(out)
    f = analysis.offers[offer.id].figures
    cur = f.currency
    for amount in (
        f.base,
        f.annual_total,
        f.first_year_value,
        offer.equity_grant,
        offer.sign_on,
        offer.relocation,
    ):
        if amount:
            assert format_money(amount, cur) in text, amount
    result = analysis.offers[offer.id]
    if isinstance(result.annual_ppp, Converted):
        assert format_money(result.annual_ppp.amount, "INT$") in text
    if cur != plan.reporting_currency and isinstance(result.annual_reporting, Converted):
        assert format_money(result.annual_reporting.amount, plan.reporting_currency) in text
    for year in yearly_schedule(offer, f):
        assert f"Year {year.year}" in text
    # No market data and no other candidate.
    for benchmark in plan.benchmarks:
        for name in ("base_p50", "total_p50", "total_p25", "total_p75"):
            value = getattr(benchmark, name)
            if value:
                assert f"{value:,.0f}" not in text
    for other in plan.offers:
        if other.id != offer.id and other.candidate and other.candidate != offer.candidate:
            assert other.candidate not in text
    assert "P50" not in text and "compa" not in text.lower() and "median" not in text.lower()
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert all(row.split()[-5] == "yes" for row in fonts.strip().splitlines()[2:])
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True, check=False).returncode == 0


def test_a_14_month_package_with_a_bonus_shows_both_lines(tmp_path: Path) -> None:
    """The candidate sees the guaranteed extra months and the target bonus apart, each with its
    figure, and a year's pay that adds them both."""
    plan = sample_plan()
    offer = next(o for o in plan.offers if o.guaranteed_months)
    offer.bonus_kind, offer.bonus_value = BonusKind.PERCENT, Decimal(15)
    analysis = analyse(plan, today=TODAY)
    out = tmp_path / "statement.pdf"
    write_offer_statement(plan, analysis, offer.id, out, today=TODAY)
    text = _text(out)
    f = analysis.offers[offer.id].figures
    lines = {
        line.split()[0] + " " + line.split()[1]: line for line in text.splitlines() if len(line.split()) > 1
    }
    assert "2 guaranteed extra months of base salary" in lines["Extra months"]
    assert format_money(offer.base / 12 * 2, f.currency) in lines["Extra months"]
    assert "target, 15% of base" in text and format_money(offer.base * Decimal("0.15"), f.currency) in text
    assert "base, extra months, bonus and a year of equity" in text
    assert (
        f.annual_total == offer.base + offer.base / 12 * 2 + offer.base * Decimal("0.15") + f.equity_per_year
    )
    assert format_money(f.annual_total, f.currency) in text


def test_vesting_schedule_adds_up() -> None:
    plan = sample_plan()
    analysis = analyse(plan, today=TODAY)
    for offer in plan.offers:
        years = yearly_schedule(offer, analysis.offers[offer.id].figures)
        assert sum(y.equity for y in years) == offer.equity_grant
        assert years[0].total == analysis.offers[offer.id].figures.first_year_value
    grant = Offer(
        role_id="r",
        market_id="m",
        currency="USD",
        base=100,
        equity_grant=400_000,
        vesting_years=Decimal("2.5"),
    )
    figures = analyse(plan, today=TODAY).offers[plan.offers[0].id].figures
    assert [y.equity for y in yearly_schedule(grant, figures)] == [160_000, 160_000, 80_000]


def test_unknown_offer_is_refused(tmp_path: Path) -> None:
    plan = sample_plan()
    with pytest.raises(ExportError, match="no offer"):
        write_offer_statement(plan, analyse(plan, today=TODAY), "nope", tmp_path / "x.pdf", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = sample_plan()
    source = tmp_path / "plan.hireplan"
    save_plan(plan, source)
    offer = plan.offers[0]
    out = tmp_path / "statement.pdf"
    code = main(
        ["export", str(source), "--offer-statement", offer.id, "-o", str(out), "--today", TODAY.isoformat()]
    )
    assert code == 0 and out.exists()
    assert main(["export", str(source), "--offer-statement", "nope", "-o", str(tmp_path / "n.pdf")]) == 2
    assert main(["export", str(source), "--offer-statement", offer.id]) == 2
    err = capsys.readouterr().err
    assert "no offer with the id 'nope'" in err and "-o OUT" in err
    assert not (tmp_path / "n.pdf").exists()
