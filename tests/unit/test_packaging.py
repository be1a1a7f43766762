"""What a person installing hireplan relies on from its metadata and licences (issue 17).

The slow tests in test_wheel_install.py build the real wheel and sdist; these read the project's
own declarations, so a forgotten resource folder or licence fails in the fast suite already.
"""

from __future__ import annotations

import importlib
import tomllib
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def _project() -> dict[str, Any]:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_every_resource_folder_is_a_declared_package_so_setuptools_ships_it_without_warning() -> None:
    declared = set(_project()["tool"]["setuptools"]["packages"])
    folders = {
        "hireplan.resources." + ".".join(path.relative_to(REPO / "resources").parts)
        for path in (REPO / "resources").rglob("*")
        if path.is_dir()
        and path.name != "__pycache__"
        and all(part.isidentifier() for part in path.relative_to(REPO / "resources").parts)
    }
    assert folders, "resources/ has sub-folders (fonts, templates, ...)"
    assert folders <= declared, f"add to [tool.setuptools] packages: {sorted(folders - declared)}"


def test_every_code_package_under_src_is_declared() -> None:
    declared = set(_project()["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO / "src").parts) for init in (REPO / "src").rglob("__init__.py")
    }
    assert found <= declared, f"add to [tool.setuptools] packages: {sorted(found - declared)}"


def test_the_licence_file_is_the_mit_licence_the_metadata_names() -> None:
    project = _project()["project"]
    assert project["license"] == "MIT"
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert "Permission is hereby granted, free of charge" in text
    for pattern in project["license-files"]:
        assert list(REPO.glob(pattern)), f"license-files entry {pattern!r} matches nothing"


def test_third_party_licences_are_collected_in_one_place_and_each_is_listed() -> None:
    folder = REPO / "resources" / "licenses"
    index = (folder / "README.md").read_text(encoding="utf-8")
    for licence in folder.glob("LICENSE-*"):
        assert f"`{licence.name}`" in index, f"{licence.name} is not listed in {folder / 'README.md'}"
    # Each shipped non-code asset's source has its licence stated: the font and the icon.
    assert (REPO / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert "WenQuanYi Micro Hei" in index and "Apache-2.0" in index
    assert "icon" in index and "`resources/icons/`" in index
    svg = (REPO / "resources" / "icons" / "hireplan.svg").read_text(encoding="utf-8")
    assert "MIT licence" in svg


def test_metadata_describes_the_app_for_an_index_without_invented_urls() -> None:
    project = _project()["project"]
    assert "Intended Audience :: End Users/Desktop" in project["classifiers"]
    assert "Programming Language :: Python :: 3.11" in project["classifiers"]
    assert {"hiring", "compensation", "retention"} <= set(project["keywords"])
    # hireplan has no public home yet: no placeholder URLs pretending otherwise.
    assert "urls" not in project


def test_the_windowed_launcher_entry_points_at_a_function_that_opens_the_window() -> None:
    project = _project()["project"]
    assert project["scripts"]["hireplan"] == "hireplan.cli.main:main"
    module_name, function = project["gui-scripts"]["hireplan-gui"].split(":")
    assert callable(getattr(importlib.import_module(module_name), function))


def test_the_sdist_manifest_carries_what_the_tests_need() -> None:
    manifest = (REPO / "MANIFEST.in").read_text(encoding="utf-8").split("\n")
    for folder in ("tests", "docs", "benchmarks", "scripts", "packaging", "resources"):
        assert any(line.startswith(f"recursive-include {folder} ") for line in manifest), folder
