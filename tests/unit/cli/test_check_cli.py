"""`hireplan check FILE`: what a person reads in a terminal and what a script parses in CI."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from helpers.paths import REPO
from helpers.plans import TODAY, clean_plan
from hireplan.cli import check_command
from hireplan.model import STEP_KEYS, Acknowledgement, Plan
from hireplan.storage.plan_file import save_plan

SAMPLE = REPO / "resources" / "sample" / "llm-research-team.hireplan"


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="hireplan")
    check_command.add_parser(parser.add_subparsers())
    return parser.parse_args(["check", *argv])


def _high_flag_plan() -> Plan:
    plan = clean_plan()
    plan.offers[0].research_budget = Decimal(0)  # research role without infrastructure: high
    return plan


def _write(plan: Plan, tmp_path: Path) -> Path:
    path = tmp_path / "plan.hireplan"
    save_plan(plan, path)
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    args = _parse(*argv)
    code = args.func(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_text_report_shows_progress_and_flags_and_exits_3_on_a_high_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(_high_flag_plan(), tmp_path)
    code, out, err = _run(capsys, str(path), "--today", TODAY.isoformat())
    assert code == 3 and err == ""
    assert "Plan: Clean plan" in out and "Progress: 100% (6 of 6 applicable items done)" in out
    assert "HIGH   Research role without research budget or compute" in out
    assert "What to do:" in out and "Result: 1 high flag needs attention" in out


def test_json_has_exactly_the_documented_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(_high_flag_plan(), tmp_path)
    code, out, _err = _run(capsys, str(path), "--format", "json", "--today", TODAY.isoformat())
    data = json.loads(out)
    assert code == 3
    assert set(data) == {"plan", "progress", "flags", "offers", "budget"} and data["plan"] == "Clean plan"
    assert set(data["progress"]) == {"overall", "steps"} and data["progress"]["overall"] == 1.0
    assert all(set(step) == {"key", "title", "done", "applicable"} for step in data["progress"]["steps"])
    assert [step["key"] for step in data["progress"]["steps"]] == list(STEP_KEYS)
    (flag,) = data["flags"]
    assert set(flag) == {
        "rule",
        "severity",
        "category",
        "message",
        "mitigation",
        "acknowledged",
        "reopened",
        "refs",
    }
    assert (flag["rule"], flag["severity"], flag["acknowledged"]) == (
        "research-infrastructure-missing",
        "high",
        False,
    )
    assert {"kind": "offer", "id": "offer-a"} in flag["refs"]
    (offer,) = data["offers"]
    assert offer["own_market"]["basis"] == "total_direct" and offer["own_market"]["level_fit"] == "exact"
    assert offer["uncompared"] is None
    assert set(data["budget"]) == {"currency", "planned", "offered", "roles"}


def test_text_report_prints_the_offer_against_its_market_and_the_budget(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _high_flag_plan()
    plan.roles[0].planned_cost_per_hire = Decimal(300_000)
    path = _write(plan, tmp_path)
    _code, out, _err = _run(capsys, str(path), "--today", TODAY.isoformat())
    assert "of the Hangzhou median on total direct pay (base, bonus and equity) (P" in out
    assert "Budget, year one: USD " in out and "against USD 600,000 planned." in out


def test_text_report_says_why_an_offer_has_no_position_in_its_market(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No rate, no median and no benchmark each ask for a different fix, so each is named."""
    plan = clean_plan()
    plan.offers[0].currency = "EUR"  # the clean plan holds no EUR rate; Hangzhou's benchmark is in CNY
    _code, out, _err = _run(capsys, str(_write(plan, tmp_path)), "--today", TODAY.isoformat())
    assert "no EUR-to-CNY rate to compare with the offer's market" in out
    _code, out, _err = _run(
        capsys, str(_write(plan, tmp_path)), "--format", "json", "--today", TODAY.isoformat()
    )
    assert [offer["uncompared"] for offer in json.loads(out)["offers"]] == ["no_rate"]  # a code for scripts
    plan.offers[0].currency = "CNY"
    hangzhou = plan.benchmarks[1]
    hangzhou.total_p25 = hangzhou.total_p50 = hangzhou.total_p75 = hangzhou.total_p90 = None
    _code, out, _err = _run(capsys, str(_write(plan, tmp_path)), "--today", TODAY.isoformat())
    assert "the benchmark for the offer's market gives no median (P50) to compare with" in out
    plan.benchmarks.pop(1)
    _code, out, _err = _run(capsys, str(_write(plan, tmp_path)), "--today", TODAY.isoformat())
    assert "no benchmark for the offer's market" in out


def test_acknowledged_high_flag_exits_0_but_stays_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = _high_flag_plan()
    plan.acknowledgements.append(
        Acknowledgement(
            flag_key="research-infrastructure-missing:llm,offer-a",
            reason="Compute comes from the shared cluster, agreed with the lab head",
            review_date=TODAY + timedelta(days=30),
            acknowledged_on=TODAY,
        )
    )
    path = _write(plan, tmp_path)
    code, out, _err = _run(capsys, str(path), "--today", TODAY.isoformat())
    assert code == 0
    assert "[acknowledged]" in out and "shared cluster" in out
    code, out, _err = _run(capsys, str(path), "--format", "json", "--today", TODAY.isoformat())
    assert code == 0 and json.loads(out)["flags"][0]["acknowledged"] is True
    later = (TODAY + timedelta(days=31)).isoformat()
    assert _run(capsys, str(path), "--today", later)[0] == 3


def test_clean_plan_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = _run(capsys, str(_write(clean_plan(), tmp_path)), "--today", TODAY.isoformat())
    assert code == 0 and "The plan raises no flags." in out


@pytest.mark.parametrize("content", [None, b"{not json", b'{"title": 5}', "\ufeff{}".encode()])
def test_unreadable_file_exits_2_with_a_message_and_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    path = tmp_path / "broken.hireplan"
    if content is not None:
        path.write_bytes(content)
    code, out, err = _run(capsys, str(path))
    assert code == 2 and out == ""
    assert err.startswith("hireplan: ") and "Traceback" not in err and "broken.hireplan" in err
    if content is not None:
        assert path.read_bytes() == content


def test_bad_date_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _parse("plan.hireplan", "--today", "yesterday")
    assert exited.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_installed_command_checks_the_sample_plan() -> None:
    """End to end through `python -m hireplan`, as CI would call it."""
    result = subprocess.run(
        [sys.executable, "-m", "hireplan", "check", str(SAMPLE), "--format", "json", "--today", "2026-07-01"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    data = json.loads(result.stdout)
    high = [f for f in data["flags"] if f["severity"] == "high" and not f["acknowledged"]]
    assert result.returncode == (3 if high else 0), result.stderr
    assert data["flags"] and 0 <= data["progress"]["overall"] <= 1
