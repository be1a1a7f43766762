"""The wheel carries resources/ and the CLI works from it, outside the repository (issue 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_wheel_installs_and_runs_outside_the_repository(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("hireplan-*.whl")

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    venv_python = venv / "bin" / "python"
    subprocess.run(
        [str(venv_python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    # Reuse the dependencies already installed for the tests instead of downloading them again;
    # hireplan itself must come from the wheel, so the .pth goes after the venv's own site-packages.
    venv_site = subprocess.run(
        [str(venv_python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps_site = sysconfig.get_paths()["purelib"]
    (Path(venv_site) / "zz_test_deps.pth").write_text(deps_site + "\n", encoding="utf-8")

    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    hireplan = str(venv / "bin" / "hireplan")

    where = subprocess.run(
        [
            str(venv_python),
            "-c",
            "import hireplan, hireplan.resources as r; print(hireplan.__file__, r.__file__)",
        ],
        cwd=outside,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert str(venv) in where and str(REPO) not in where

    listed = subprocess.run(
        [hireplan, "templates", "--format", "json"], cwd=outside, env=env, capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    names = {row["name"] for row in json.loads(listed.stdout) if row["source"] == "built-in"}
    assert {"ai-talent-attract-retain", "keep-existing-ai-team"} <= names

    created = subprocess.run(
        [hireplan, "new", "-o", "plan.hireplan"], cwd=outside, env=env, capture_output=True, text=True
    )
    assert created.returncode == 0, created.stderr
    checked = subprocess.run(
        [hireplan, "validate", "plan.hireplan"], cwd=outside, env=env, capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stderr

    sample = subprocess.run(
        [hireplan, "new", "--sample", "-o", "sample.hireplan"],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert sample.returncode == 0, sample.stderr
    schema = subprocess.run(
        [
            str(venv_python),
            "-c",
            "import importlib.resources as r, json;"
            "print(len(json.loads(r.files('hireplan.resources').joinpath('schema/plan.schema.json').read_text())))",
        ],
        cwd=outside,
        env=env,
        capture_output=True,
        text=True,
    )
    assert schema.returncode == 0, schema.stderr
