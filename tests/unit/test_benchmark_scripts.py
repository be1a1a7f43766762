"""The benchmark suite still runs (on small plans, one run each), so `make bench` does not rot.

Nothing here is timed: the figures are the benchmark's business. This checks that every suite
ran to the end and printed a figure for each measure the speed issue names. LibreOffice, the
peer two suites compare with, is left out (``--no-peers``): its start-up is not hireplan's code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_every_benchmark_suite_runs_on_a_small_plan_and_prints_its_figures(tmp_path: Path) -> None:
    results = REPO / "benchmarks" / "RESULTS.md"
    before = results.read_bytes() if results.exists() else None
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run(
        [sys.executable, str(REPO / "benchmarks" / "run_all.py"), "--small", "--no-write", "--no-peers"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = completed.stdout
    assert completed.returncode == 0, output[-3000:] + completed.stderr[-3000:]
    for section in (
        "Start-up and memory",
        "Files",
        "Analysis",
        "First switch to each screen",
        "Editing in the window",
        "Exports",
        "Exports from the window",
        "Shared plans",
    ):
        assert f"== {section}" in output
    figure_lines = [line for line in output.splitlines() if line.startswith("   ")]
    assert len(figure_lines) >= 10
    assert not any("failed" in line for line in figure_lines), "\n".join(figure_lines)
    # The memory measure: the window with the large plan, as looked round, against the floor.
    assert any("after every screen was shown" in line and "x floor" in line for line in figure_lines)
    # A check run leaves the published results alone.
    assert (results.read_bytes() if results.exists() else None) == before
