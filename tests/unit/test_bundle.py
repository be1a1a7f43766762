"""The bundle a person runs without Python (`make dist`, issue 17).

Builds it as `make dist` does, then runs it from a folder outside the repository with a bare
environment (no virtual environment on PATH, no PYTHONPATH, a fresh HOME), and compares what it
prints with the same commands run from the source: the frozen app must behave as the real one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from hireplan import __version__

REPO = Path(__file__).resolve().parents[2]
ARCHIVE_LIMIT_MB = 80
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the bundle's executable, the archive), built by scripts/build_dist.py into a temporary folder."""
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_dist.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        capture_output=True,
        text=True,
        # A cache of PyInstaller's own for this build: the per-user bincache is shared by every build on
        # the machine, and two builds at once (or one killed half-way) leave it unreadable for the next.
        env=os.environ | {"PYINSTALLER_CONFIG_DIR": str(out / "pyinstaller-cache")},
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (archive,) = (out / "dist").glob(f"hireplan-{__version__}-*.tar.gz")
    return out / "dist" / "hireplan" / "hireplan", archive


def _bare_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program: no venv, no PYTHONPATH, nothing of this repository."""
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }


def _source(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "hireplan", *args], cwd=cwd, capture_output=True, text=True)


def test_the_bundle_runs_every_command_outside_the_repository_without_python(
    bundle: tuple[Path, Path], tmp_path: Path
) -> None:
    executable, _ = bundle
    outside = tmp_path / "desktop"
    outside.mkdir()
    env = _bare_env(tmp_path / "home")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(executable), *args], cwd=outside, env=env, capture_output=True, text=True, timeout=120
        )

    version = run("--version")
    assert (version.returncode, version.stdout.strip()) == (0, f"hireplan {__version__}")

    created = run("new", "--sample", "-o", "sample.hireplan")
    assert created.returncode == 0, created.stderr
    from_source = _source("new", "--sample", "-o", "from-source.hireplan", cwd=outside)
    assert from_source.returncode == 0, from_source.stderr
    assert (outside / "sample.hireplan").read_bytes() == (outside / "from-source.hireplan").read_bytes()

    checked = run("check", "sample.hireplan")
    expected = _source("check", "sample.hireplan", cwd=outside)
    assert (checked.returncode, checked.stdout) == (expected.returncode, expected.stdout)
    assert checked.returncode == 3, "the sample plan has high flags nobody acknowledged"

    # Currency codes are checked against Babel's ISO 4217 list, whose data the bundle trims.
    plan = json.loads((outside / "sample.hireplan").read_text(encoding="utf-8"))
    plan["reporting_currency"] = "XYZ"
    (outside / "bad-currency.hireplan").write_text(json.dumps(plan), encoding="utf-8")
    refused = run("validate", "bad-currency.hireplan")
    expected = _source("validate", "bad-currency.hireplan", cwd=outside)
    assert (refused.returncode, refused.stderr) == (expected.returncode, expected.stderr)
    assert refused.returncode == 2 and "ISO 4217" in refused.stderr

    listed = run("templates")
    assert listed.returncode == 0 and "ai-talent-attract-retain" in listed.stdout, listed.stderr

    exported = run("export", "--pdf", "brief.pdf", "--xlsx", "figures.xlsx", "sample.hireplan")
    assert exported.returncode == 0, exported.stderr
    reader = PdfReader(outside / "brief.pdf")
    assert len(reader.pages) > 3
    assert "LLM research team" in reader.pages[0].extract_text()
    fonts = subprocess.run(["pdffonts", str(outside / "brief.pdf")], capture_output=True, text=True)
    assert "WenQuanYiMicroHei" in fonts.stdout, "the bundled font is embedded"
    workbook = openpyxl.load_workbook(outside / "figures.xlsx")
    assert len(workbook.sheetnames) > 1

    # Right-to-left text goes through arabic-reshaper and python-bidi, imported only when needed:
    # the bundle must carry them and print the same brief as the source does.
    plan = json.loads((outside / "sample.hireplan").read_text(encoding="utf-8"))
    plan["title"] = "فريق البحث — LLM research team"
    (outside / "rtl.hireplan").write_text(json.dumps(plan, ensure_ascii=False, indent=2), encoding="utf-8")
    frozen_rtl = run("export", "--pdf", "rtl-bundle.pdf", "rtl.hireplan")
    source_rtl = _source("export", "--pdf", "rtl-source.pdf", "rtl.hireplan", cwd=outside)
    assert frozen_rtl.returncode == source_rtl.returncode == 0, frozen_rtl.stderr + source_rtl.stderr
    first_page = [
        PdfReader(outside / name).pages[0].extract_text() for name in ("rtl-bundle.pdf", "rtl-source.pdf")
    ]
    assert first_page[0] == first_page[1]

    smoke = run("--smoke", "sample.hireplan")
    assert smoke.returncode == 0, smoke.stderr
    assert smoke.stdout.startswith("startup_ms=")


def test_the_archive_is_small_and_holds_the_resources_but_not_unused_qt(bundle: tuple[Path, Path]) -> None:
    _, archive = bundle
    size_mb = archive.stat().st_size / 1e6
    assert size_mb < ARCHIVE_LIMIT_MB, f"{archive.name} is {size_mb:.1f} MB"
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    resources = "hireplan/_internal/hireplan/resources/"
    for needed in (
        "fonts/wqy-microhei.ttc",
        "templates/keep-existing-ai-team.json",
        "schema/plan.schema.json",
        "sample/llm-research-team.hireplan",
        "icons/hicolor/256x256/apps/hireplan.png",
        "desktop/io.github.hireplan.hireplan.desktop",
        "licenses/LICENSE-wqy-microhei.txt",
    ):
        assert resources + needed in names, needed
    assert "hireplan/_internal/licenses/hireplan/LICENSE" in names
    assert any(name.startswith("hireplan/_internal/licenses/pydantic/") for name in names)
    assert any(name.startswith("hireplan/_internal/licenses/qt/") for name in names)

    qt_translations = [
        name.rsplit("/", 1)[1]
        for name in names
        if "/PySide6/Qt/translations/" in name and name.endswith(".qm")
    ]
    assert qt_translations and all("zh_CN" in name for name in qt_translations), qt_translations
    unused = (
        "QtCharts",
        "QtQml",
        "QtQuick",
        "QtWebEngine",
        "QtSql",
        "QtNetwork.abi3",
        "qmltooling",
        "libqgtk3",
    )
    assert not [name for name in names if any(module in name for module in unused)]
    assert not [name for name in names if "/_internal/mypy/" in name or "/_internal/hypothesis/" in name]
    babel_locales = [name for name in names if "/babel/locale-data/" in name and name.endswith(".dat")]
    assert babel_locales and len(babel_locales) <= 5, babel_locales


def test_the_bundle_installs_its_own_launcher(bundle: tuple[Path, Path], tmp_path: Path) -> None:
    executable, _ = bundle
    env = _bare_env(tmp_path / "home") | {"XDG_DATA_HOME": str(tmp_path / "share")}
    done = subprocess.run(
        [str(executable), "--install-desktop"], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    launcher = (tmp_path / "share" / "applications" / "io.github.hireplan.hireplan.desktop").read_text(
        encoding="utf-8"
    )
    assert f"Exec={executable.resolve()} %f" in launcher
    assert os.access(executable, os.X_OK)
