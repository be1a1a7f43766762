"""A redacted brief cannot be turned back into pay: read with pdftotext, it holds no offer amount (in
any currency, nominal, reporting or PPP, rounded as the brief rounds), no market figure an offer
could be recomputed from with its band, no exact percentile or gap, and no candidate's name."""

from __future__ import annotations

import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from helpers.export_plans import TODAY, sample_plan
from helpers.paths import REPO
from hireplan.analysis import Converted, PlanAnalysis, analyse
from hireplan.export import SECTIONS, PdfOptions
from hireplan.export.pdf import write_pdf
from hireplan.model import Plan

sys.path.insert(0, str(REPO / "benchmarks"))
from generate_large_plan import make_large_plan

SMALLEST = Decimal(1000)
"""Smaller figures (counts, days, scores) are everywhere in a brief and say nothing about pay."""

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?(?:[km]\b)?")


def _shown(amount: Decimal) -> set[Decimal]:
    """The amount as a brief could print it: whole units, or in thousands / millions."""
    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    forms = {whole}
    for unit in (Decimal(1000), Decimal(1_000_000)):
        for places in ("1", "0.1"):
            forms.add((amount / unit).quantize(Decimal(places), rounding=ROUND_HALF_UP) * unit)
    return {form for form in forms if form >= SMALLEST}


def _amounts(conversion: object) -> list[Decimal]:
    return [conversion.amount] if isinstance(conversion, Converted) else []


def secret_figures(plan: Plan, analysis: PlanAnalysis) -> set[Decimal]:
    """Every offer amount, and every market figure an offer's band could be worked back from."""
    secret: list[Decimal] = []
    for offer in plan.offers:
        result = analysis.offers[offer.id]
        f = result.figures
        secret += [offer.base, offer.equity_grant, offer.sign_on, offer.relocation]
        secret += [offer.housing_allowance, offer.living_allowance, f.base, f.bonus, f.equity_per_year]
        secret += [f.sign_on_per_year, f.allowances, f.annual_total, f.first_year_value, f.first_year_cost]
        for conversion in (
            result.annual_reporting,
            result.first_year_reporting,
            result.first_year_cost_reporting,
            result.annual_ppp,
            result.first_year_ppp,
        ):
            secret += _amounts(conversion)
        for comp in result.cross_market:
            secret += (
                _amounts(comp.offer_in_market) + _amounts(comp.offer_reporting) + _amounts(comp.p50_reporting)
            )
            secret.append(comp.p50)
            secret += [value for _, value in comp.points + comp.points_ppp + comp.points_reporting]
            if comp.ppp is not None:
                secret += [comp.ppp.value, comp.ppp.p50]
    for benchmark in plan.benchmarks:
        for name in type(benchmark).model_fields:
            value = getattr(benchmark, name)
            if name.startswith(("base_p", "total_p")) and value is not None:
                secret.append(value)
    for band in getattr(plan, "pay_bands", []):  # a band's figures and a band position give the pay back
        secret += [value for value in (band.minimum, band.midpoint, band.maximum) if value is not None]
    secret += [cost.total for cost in analysis.budget.roles if cost.total is not None]
    secret.append(analysis.budget.total)
    return {form for amount in secret if amount for form in _shown(amount)}


def printed_numbers(text: str) -> set[Decimal]:
    """Every number in the text (dates left out), with ``k`` and ``m`` read as thousands and millions."""
    found = set()
    for raw in _NUMBER.findall(_DATE.sub(" ", text)):
        token = raw.replace(",", "")
        scale = {"k": Decimal(1000), "m": Decimal(1_000_000)}.get(token[-1], Decimal(1))
        number = Decimal(token.rstrip("km") or "0") * scale
        if number >= SMALLEST:
            found.add(number)
    return found


def _typed_elsewhere(plan: Plan) -> str:
    """Text the team typed outside offers and benchmarks; it prints as typed in any edition."""
    parts = [plan.title, plan.notes]
    parts += [entry.summary + " " + entry.topic for entry in plan.policy_watch]
    parts += [item.text + " " + item.notes for step in plan.steps for item in step.items]
    parts += [risk.title + " " + risk.mitigation for risk in plan.risks]
    return "\n".join(parts)


def _redacted_text(plan: Plan, path: Path, today: object) -> str:
    analysis = analyse(plan, today=today)  # type: ignore[arg-type]
    options = PdfOptions(sections=SECTIONS, redact_offers=True)
    write_pdf(plan, analysis, path, options, today=today)  # type: ignore[arg-type]
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("which", ["sample", pytest.param("large", marks=pytest.mark.slow)])
def test_no_offer_amount_or_market_figure_can_be_read_or_derived(which: str, tmp_path: Path) -> None:
    if which == "sample":
        plan, today = sample_plan(), TODAY
    else:
        plan, today = make_large_plan(), TODAY
    analysis = analyse(plan, today=today)
    text = _redacted_text(plan, tmp_path / "redacted.pdf", today)
    typed = printed_numbers(_typed_elsewhere(plan))  # e.g. a policy's "USD 100,000 fee", printed as typed
    leaked = (printed_numbers(text) & secret_figures(plan, analysis)) - typed
    assert leaked == set(), sorted(leaked)[:10]
    for offer in plan.offers:
        if offer.candidate.strip():
            assert not re.search(rf"(?<!\w){re.escape(offer.candidate.strip())}(?!\w)", text), offer.candidate
    # Named by role and letter instead: a heading or a cell starts "Candidate A", a sentence
    # reads "…engineer, candidate A".
    assert re.search(r"(?m)(?:^|\s{2})Candidate A\b", text) and "Candidate A" not in {
        o.candidate for o in plan.offers
    }
    exact = {int(p) for p in re.findall(r"\bP(\d{1,2})\b", text)}
    assert exact <= {25, 50, 75, 90}, exact  # positions only as bands
    ratios = {
        f"{position.compa_ratio:.2f}"
        for result in analysis.offers.values()
        for comp in result.cross_market
        for position in (comp.nominal, comp.ppp)
        if position is not None
    }
    thresholds = {f"{plan.settings.below_market_threshold:.2f}", "1.00"}
    standalone = set(re.findall(r"(?<![–\d.])\d\.\d\d(?![–\d])", text))
    assert (standalone & ratios) - thresholds == set(), "an exact compa-ratio is printed"
    assert not re.search(r"[-−+]\d+(?:\.\d)?%", text), "an exact gap is printed"
    pdf = tmp_path / "redacted.pdf"
    assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True, check=False).returncode == 0
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert all(row.split()[-5] == "yes" for row in fonts.strip().splitlines()[2:])


def test_the_same_plan_unredacted_does_show_the_amounts(tmp_path: Path) -> None:
    """The check above can find a leak: the full edition shows what redaction hides."""
    plan = sample_plan()
    analysis = analyse(plan, today=TODAY)
    out = tmp_path / "full.pdf"
    write_pdf(plan, analysis, out, PdfOptions(sections=SECTIONS), today=TODAY)
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert printed_numbers(text) & secret_figures(plan, analysis)
    named = [offer.candidate for offer in plan.offers if offer.candidate.strip()]
    assert named and all(name.split()[0] in text for name in named)
