"""hireplan installs with PySide6-Essentials and PySide6_Pdf alone (issue 17).

PySide6-Addons is 161 MB, and the app used only QtCharts from it; the compensation chart is now
drawn with QPainter. A person installing hireplan relies on every Qt module the code imports being
in the wheels pyproject.toml asks for, or the window fails on first use of that screen.
"""

from __future__ import annotations

import ast
import importlib.metadata
import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
QT_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6_Pdf")


def _modules_in(distribution: str) -> set[str]:
    """``PySide6.QtCore`` and the like: the Qt binding modules a wheel installs."""
    files = importlib.metadata.files(distribution) or []
    found = set()
    for file in files:
        match = re.fullmatch(r"PySide6/(Qt\w+)\.(?:abi3\.so|pyd|pyi|so)", str(file).replace("\\", "/"))
        if match:
            found.add(f"PySide6.{match.group(1)}")
    return found


def _qt_imports(folder: Path) -> dict[str, list[str]]:
    """Every ``PySide6.QtX`` module imported under ``folder``, with the files importing it."""
    used: dict[str, list[str]] = {}
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            for name in names:
                if name.startswith("PySide6.Qt"):
                    used.setdefault(".".join(name.split(".")[:2]), []).append(str(path.relative_to(REPO)))
    return used


def test_the_dependencies_name_essentials_and_pdf_but_not_addons() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = {re.split(r"[=<>!~ ]", requirement)[0].lower() for requirement in project["dependencies"]}
    assert {"pyside6-essentials", "pyside6_pdf"} <= names
    assert not {"pyside6", "pyside6-addons"} & names


def test_every_qt_module_the_app_imports_ships_in_those_wheels() -> None:
    available: set[str] = set()
    for distribution in QT_DISTRIBUTIONS:
        available |= _modules_in(distribution)
    assert {"PySide6.QtCore", "PySide6.QtWidgets", "PySide6.QtPdf"} <= available
    used = _qt_imports(REPO / "src")
    missing = {module: files for module, files in used.items() if module not in available}
    assert not missing, f"imported but not in {QT_DISTRIBUTIONS}: {missing}"
