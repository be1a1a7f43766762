"""Test-wide setup: offscreen Qt before any QApplication exists, user folders kept private,
hypothesis's files kept out of the repository, and the `gui` mark on every test under tests/gui/."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _hypothesis_home() -> Path:
    """Inside the virtual environment when there is one (kept between runs, ignored by git), else tmp."""
    if sys.prefix != sys.base_prefix:
        return Path(sys.prefix) / "hypothesis"
    return Path(tempfile.gettempdir()) / "hireplan-hypothesis"


# Hypothesis keeps its example database and caches in ./.hypothesis unless told otherwise; it reads this
# the first time a test asks for storage, which is after this module is imported.
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(_hypothesis_home()))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/gui/ (at any depth) `gui`, so `-m "not gui"` runs the Qt-free part."""
    gui = TESTS / "gui"
    for item in items:
        if item.path.is_relative_to(gui):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _private_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Point every per-user folder at a temporary one so no test touches the real user's data."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    yield


@pytest.fixture
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent
