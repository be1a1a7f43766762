"""``hireplan --smoke`` opens the real window, prints its start-up time and exits cleanly."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from helpers.plans import checklist_plan
from hireplan.storage.plan_file import save_plan

HEAVY_MODULES = ("openpyxl", "reportlab", "PySide6.QtCharts", "PySide6.QtPdf", "PySide6.QtPdfWidgets")


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def _run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=120, env=_env(), check=False)


@pytest.mark.slow
def test_smoke_on_a_file_exits_0_and_prints_the_startup_time(tmp_path: Path) -> None:
    path = tmp_path / "plan.hireplan"
    save_plan(checklist_plan(), path)
    result = _run([sys.executable, "-m", "hireplan", "--smoke", str(path)])
    assert result.returncode == 0, result.stderr
    match = re.fullmatch(
        r"startup_ms=(\d+)\nfigures_ms=(\d+)(?:\npeak_rss_kib=(\d+))?", result.stdout.strip()
    )
    assert match, result.stdout
    # The first paint, then the analysis' figures painted after it (both read by the benchmarks).
    assert 0 < int(match.group(1)) <= int(match.group(2))
    if sys.platform.startswith("linux"):  # the benchmarks read the peak memory from this line
        assert int(match.group(3)) > 10_000
    assert "Traceback" not in result.stderr and "QWidget" not in result.stderr


@pytest.mark.slow
def test_smoke_without_a_file_shows_the_sample_plan_the_first_time() -> None:
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from hireplan.gui.app import run_gui\n"
        "code = run_gui(None, smoke=True, sample=False)\n"
        "window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow')\n"
        "print('title=' + window.document.plan.title)\n"
        "print('path=' + str(window.document.path))\n"
        "print('example=' + str(window.document.plan.is_example))\n"
        f"heavy = [m for m in {HEAVY_MODULES!r} if m in sys.modules]\n"
        "print('heavy=' + ','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    result = _run([sys.executable, "-c", script])
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.strip().splitlines())
    assert int(lines["startup_ms"]) > 0
    assert lines["path"] == "None", "the sample opens untitled, so Save asks where"
    assert lines["example"] == "True"
    assert lines["heavy"] == "", "start-up must not load export, chart or PDF modules"


@pytest.mark.slow
def test_smoke_on_an_unreadable_file_exits_2_with_a_message(tmp_path: Path) -> None:
    bad = tmp_path / "broken.hireplan"
    bad.write_text("not json at all")
    result = _run([sys.executable, "-m", "hireplan", "--smoke", str(bad)])
    assert result.returncode == 2
    assert "broken.hireplan" in result.stderr and "Traceback" not in result.stderr
