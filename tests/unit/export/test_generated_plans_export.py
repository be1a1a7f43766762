"""A plan that validates can be analysed, checked and exported: plans generated across the whole
accepted space (every bound at its limit included) go through load, analysis, `check` and both
exports without an exception.

Figures at the limits (amounts of 10^12, one-month vesting, rates of 10^-6 and 10^6 chained
through several currencies) used to overflow the decimal context while formatting.
"""

from __future__ import annotations

import io
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from helpers.limit_plans import limit_plans
from hireplan.analysis import analyse
from hireplan.cli.main import main
from hireplan.model import Plan
from hireplan.storage import load_plan, save_plan


@pytest.mark.slow
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=limit_plans)
def test_a_plan_at_the_limits_loads_analyses_checks_and_exports(plan: Plan) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "limits.hireplan"
        save_plan(plan, path)
        loaded = load_plan(path)
        analyse(loaded, today=date(2026, 11, 23))
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            status = main(["check", str(path), "--today", "2026-11-23", "--format", "json"])
            assert status in (0, 3), err.getvalue()
            status = main(["export", str(path), "--pdf", f"{folder}/b.pdf", "--xlsx", f"{folder}/b.xlsx"])
        assert status == 0, err.getvalue()
        assert Path(folder, "b.pdf").stat().st_size > 0 and Path(folder, "b.xlsx").stat().st_size > 0
