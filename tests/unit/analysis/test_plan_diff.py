"""What changed between two versions: exactly the edits, figures from the analysis, nothing for a copy."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from hireplan.analysis.diff_report import diff_lines
from hireplan.analysis.plan_diff import diff_plans
from hireplan.cli.main import main
from hireplan.i18n import CHINESE, using_language
from hireplan.model import Plan, Risk, Status
from hireplan.storage import sample_plan, save_plan
from hireplan.storage.approvals import approve, keep_approved

TODAY = date(2026, 12, 1)


@pytest.fixture
def plan() -> Plan:
    return sample_plan()


def _edited(plan: Plan) -> Plan:
    """Five edits a person makes after approval, one of each kind the brief names."""
    new = plan.model_copy(deep=True)
    new.offers[0].base = new.offers[0].base * 2
    item = new.steps[0].items[0]
    item.status = Status.BLOCKED if item.status is not Status.BLOCKED else Status.TODO
    new.risks.append(Risk(id="risk-new", title="A new risk"))
    removed = new.policy_watch.pop()
    new.steps[1].items.insert(0, new.steps[0].items.pop(1))
    assert removed.id
    return new


def test_a_plan_compared_with_itself_shows_no_change(plan: Plan) -> None:
    diff = diff_plans(plan, plan.model_copy(deep=True), today=TODAY)
    assert diff.empty
    assert diff_lines(diff) == ["No changes."]


def test_the_diff_lists_exactly_the_edits(plan: Plan) -> None:
    new = _edited(plan)
    diff = diff_plans(plan, new, today=TODAY)
    found = {(c.kind, c.id, c.change) for c in diff.objects}
    assert found == {
        ("offer", plan.offers[0].id, "changed"),
        ("item", plan.steps[0].items[0].id, "changed"),
        ("risk", "risk-new", "added"),
        ("policy", plan.policy_watch[-1].id, "removed"),
        ("item", plan.steps[0].items[1].id, "moved"),
    }
    offer = next(c for c in diff.objects if c.kind == "offer")
    assert [f.field for f in offer.fields] == ["base"]
    annual = next(f for f in diff.figures if f.figure == "annual total")
    assert annual.offer_id == plan.offers[0].id and annual.before != annual.after
    moved = next(c for c in diff.objects if c.change == "moved")
    assert moved.moved_from == plan.steps[0].title and moved.moved_to == plan.steps[1].title


def test_changed_figures_and_dates_read_as_the_screens_show_them(plan: Plan) -> None:
    """An approver reads 'from 960,000 to 1,600,000' and a date in prose, in each language."""
    new = plan.model_copy(deep=True)
    new.offers[0].base = Decimal(1_600_000)
    new.exchange_rates[0].rate = Decimal("7.3")
    new.steps[0].items[0].due = date(2027, 1, 5)
    diff = diff_plans(plan, new, today=TODAY)
    lines = diff_lines(diff)
    assert "  Its base changed from 960,000 to 1,600,000." in lines
    assert f"  Its rate changed from {plan.exchange_rates[0].rate} to 7.3." in lines
    assert any(line.endswith("to 5 Jan 2027.") for line in lines)
    with using_language(CHINESE):
        chinese = diff_lines(diff)
    assert "  基本工资由 960,000 改为 1,600,000。" in chinese
    assert any(line.endswith("改为 2027年1月5日。") for line in chinese)


def test_a_reordered_list_names_only_the_object_that_moved(plan: Plan) -> None:
    new = plan.model_copy(deep=True)
    new.risks.append(new.risks.pop(0))
    diff = diff_plans(plan, new, today=TODAY)
    assert [(c.id, c.change) for c in diff.objects] == [(plan.risks[0].id, "moved")]


def test_flags_raised_and_cleared_come_from_the_analysis(plan: Plan) -> None:
    new = plan.model_copy(deep=True)
    new.offers[0].base = Decimal(1)
    diff = diff_plans(plan, new, today=TODAY)
    assert diff.raised, "an offer of 1 a year raises flags"
    assert all(flag.title for flag in diff.raised)
    back = diff_plans(new, plan, today=TODAY)
    assert {flag.key for flag in back.cleared} == {flag.key for flag in diff.raised}


def _approved_then_edited(tmp_path: Path, plan: Plan) -> Path:
    path = tmp_path / "plan.hireplan"
    approved = approve(plan, by="Li Na", role="CHRO")
    save_plan(approved, path)
    keep_approved(path, approved)
    save_plan(_edited(approved), path)
    return path


def test_cli_since_approved_lists_exactly_the_edits_as_json(
    tmp_path: Path, plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _approved_then_edited(tmp_path, plan)
    assert main(["diff", str(path), "--since-approved", "--format", "json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["changed"] is True and out["format"] == 1
    assert sorted((o["kind"], o["change"]) for o in out["objects"]) == [
        ("item", "changed"),
        ("item", "moved"),
        ("offer", "changed"),
        ("policy", "removed"),
        ("risk", "added"),
    ]
    assert {f["figure"] for f in out["figures"]} >= {"annual total"}
    assert set(out["flags"]) == {"raised", "cleared"}


def test_cli_exit_status_0_same_1_changed_2_error(
    tmp_path: Path, plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.hireplan", tmp_path / "b.hireplan"
    save_plan(plan, a)
    save_plan(plan, b)
    assert main(["diff", str(a), str(b)]) == 0
    assert capsys.readouterr().out.strip() == "No changes."
    save_plan(_edited(plan), b)
    assert main(["diff", str(a), str(b)]) == 1
    text = capsys.readouterr().out
    assert "was added." in text and "went from" in text
    (tmp_path / "bad.hireplan").write_text("not json")
    assert main(["diff", str(a), str(tmp_path / "bad.hireplan")]) == 2
    assert main(["diff", str(a), "--since-approved"]) == 2
    assert "never been approved" in capsys.readouterr().err


def test_the_brief_lists_the_changes_since_the_approved_version(
    tmp_path: Path, plan: Plan, capsys: pytest.CaptureFixture[str]
) -> None:
    import subprocess

    path = _approved_then_edited(tmp_path, plan)
    pdf = tmp_path / "brief.pdf"
    assert main(["export", str(path), "--pdf", str(pdf), "--sections", "summary,changes"]) == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Changes since the approved version" in flat
    assert "Approved on" in flat and "by Li Na (CHRO)." in flat
    assert "Risk “A new risk” was added." in flat
    assert "went from" in flat, "the annual total before → after"

    redacted = tmp_path / "redacted.pdf"
    assert (
        main(["export", str(path), "--pdf", str(redacted), "--sections", "changes", "--redact-offers"]) == 0
    )
    hidden = subprocess.run(
        ["pdftotext", str(redacted), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "went from" not in hidden and "Its base changed" not in hidden


def test_an_offer_change_names_its_annual_total_and_compa_ratio_before_and_after() -> None:
    from helpers.plans import make_plan
    from hireplan.analysis import analyse
    from hireplan.analysis.format import format_ratio

    old = make_plan()
    new = old.model_copy(deep=True)
    new.offers[0].base = new.offers[0].base + Decimal(20000)
    figures = {f.figure: f for f in diff_plans(old, new, today=TODAY).figures}
    assert set(figures) == {"annual total", "compa-ratio"}
    own = analyse(new, today=TODAY).offers[new.offers[0].id].own_market
    assert own is not None and own.nominal is not None
    assert figures["compa-ratio"].after == format_ratio(own.nominal.compa_ratio)
    assert figures["compa-ratio"].before != figures["compa-ratio"].after
