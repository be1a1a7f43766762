"""The wheel and sdist: built cleanly, carrying what must ship, and working outside the repository.

Issue 2 (the wheel carries resources/ and the CLI works from it) and issue 17 (`python -m build`
prints no warning; the wheel ships the code, every resource, the desktop files, the icons and the
licences; the sdist carries the tests and docs so it can be tested).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import sysconfig
import tarfile
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

from hireplan import __version__

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """``python -m build``: the sdist, then the wheel built from that sdist; and what it printed."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(REPO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (sdist,) = out.glob("hireplan-*.tar.gz")
    (wheel,) = out.glob("hireplan-*.whl")
    return sdist, wheel, done.stdout + done.stderr


def test_build_prints_no_warning(built: tuple[Path, Path, str]) -> None:
    log = built[2]
    # distutils' own notes that byte-compiling is off are not about this project, and the lines that
    # list files copied or added name modules (unprintable_warning.py), not warnings.
    listing = re.compile(r"^(copying|adding|creating|removing|hard linking) ")
    lines = [
        line
        for line in log.splitlines()
        if "byte-compiling is disabled" not in line and not listing.match(line.strip())
    ]
    warnings = [line for line in lines if re.search(r"warn|deprecat|!!", line, re.IGNORECASE)]
    assert not warnings, "\n".join(warnings[:20])


def _tracked(folder: str) -> set[str]:
    listed = subprocess.run(["git", "-C", str(REPO), "ls-files", folder], capture_output=True, text=True)
    assert listed.returncode == 0, listed.stderr
    return set(listed.stdout.split())


def test_the_wheel_ships_the_code_every_resource_the_desktop_files_and_the_licences(
    built: tuple[Path, Path, str],
) -> None:
    with zipfile.ZipFile(built[1]) as wheel:
        names = set(wheel.namelist())
        metadata = Parser().parsestr(wheel.read(f"hireplan-{__version__}.dist-info/METADATA").decode())
        entry_points = wheel.read(f"hireplan-{__version__}.dist-info/entry_points.txt").decode()
    code = {
        "hireplan/" + str(path.relative_to(REPO / "src" / "hireplan"))
        for path in (REPO / "src" / "hireplan").rglob("*.py")
        if "__pycache__" not in path.parts
    }
    resources = {"hireplan/resources/" + name.removeprefix("resources/") for name in _tracked("resources")}
    missing = (code | resources) - names
    assert not missing, sorted(missing)[:20]
    must_ship = {
        "hireplan/resources/fonts/wqy-microhei.ttc",
        "hireplan/resources/schema/plan.schema.json",
        "hireplan/resources/sample/llm-research-team.hireplan",
        "hireplan/resources/templates/ai-talent-attract-retain.json",
        "hireplan/resources/desktop/io.github.hireplan.hireplan.desktop",
        "hireplan/resources/desktop/io.github.hireplan.hireplan.metainfo.xml",
        "hireplan/resources/desktop/hireplan-mime.xml",
        "hireplan/resources/icons/hireplan.svg",
        "hireplan/resources/icons/hicolor/16x16/apps/hireplan.png",
        "hireplan/resources/icons/hicolor/512x512/apps/hireplan.png",
        "hireplan/resources/licenses/LICENSE-wqy-microhei.txt",
        "hireplan/resources/guide/en/guide.html",
        "hireplan/resources/guide/zh_CN/guide.html",
        # The window's translations (make translations): what gui.common.language loads.
        "hireplan/resources/translations/hireplan_zh_CN.qm",
        "hireplan/resources/translations/hireplan_en.qm",
        "hireplan/resources/locale/zh_CN/LC_MESSAGES/hireplan.mo",
        f"hireplan-{__version__}.dist-info/licenses/LICENSE",
        f"hireplan-{__version__}.dist-info/licenses/resources/licenses/LICENSE-wqy-microhei.txt",
    }
    assert must_ship <= names, sorted(must_ship - names)
    assert not [name for name in names if name.startswith(("tests/", "docs/", "benchmarks/"))]

    assert metadata["License-Expression"] == "MIT"
    requires = metadata.get_all("Requires-Dist") or []
    assert not [r for r in requires if r.lower().startswith(("pyside6-addons", "pyside6 ", "pyside6=="))]
    assert "Intended Audience :: End Users/Desktop" in (metadata.get_all("Classifier") or [])
    assert "[gui_scripts]\nhireplan-gui = hireplan.cli.main:gui_main" in entry_points
    assert "[console_scripts]\nhireplan = hireplan.cli.main:main" in entry_points


def test_the_sdist_carries_the_tests_docs_and_benchmarks_so_it_can_be_tested(
    built: tuple[Path, Path, str],
) -> None:
    with tarfile.open(built[0]) as tar:
        names = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    needed = _tracked("tests") | _tracked("docs") | _tracked("benchmarks") | _tracked("resources")
    needed |= (
        _tracked("scripts") | _tracked("packaging") | {"LICENSE", "Makefile", "pyproject.toml", "README.md"}
    )
    missing = needed - names
    assert not missing, sorted(missing)[:20]


def test_wheel_installs_and_runs_outside_the_repository(
    tmp_path: Path, built: tuple[Path, Path, str]
) -> None:
    wheel = built[1]

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

    # The windowed launcher (gui-scripts; no console on Windows) opens the window on a plan.
    window = subprocess.run(
        [str(venv / "bin" / "hireplan-gui"), "--smoke", "sample.hireplan"],
        cwd=outside,
        env={**env, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path / "home")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert window.returncode == 0, window.stderr
    assert window.stdout.startswith("startup_ms=")
