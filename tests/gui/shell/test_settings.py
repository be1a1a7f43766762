"""Preferences come back with their types in a new process, and the window remembers its layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from hireplan.gui.common.app_settings import AppSettings

WRITE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import QByteArray, QSettings
    from hireplan.gui.common.app_settings import AppSettings

    s = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    s.set_recent_files([Path("/plans/only-one.hireplan")])
    s.set_last_folder(Path("/plans"))
    s.set_autosave_seconds(45)
    s.set_window_geometry(QByteArray(b"\\x01\\x02geometry\\x00bytes"))
    s.set_last_section("risks")
    s.sync()
    """
)

READ = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from hireplan.gui.common.app_settings import AppSettings

    s = AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat))
    recent = s.recent_files()
    geometry = s.window_geometry()
    print(json.dumps({
        "recent_type": type(recent).__name__,
        "recent": [str(p) for p in recent],
        "folder": str(s.last_folder()),
        "autosave": s.autosave_seconds(),
        "autosave_type": type(s.autosave_seconds()).__name__,
        "geometry": bytes(geometry.data()).hex() if geometry is not None else None,
        "section": s.last_section(),
    }))
    """
)


def _run(script: str, settings_file: Path, tmp_path: Path) -> str:
    path = tmp_path / "script.py"
    path.write_text(script)
    result = subprocess.run(
        [sys.executable, str(path), str(settings_file)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_settings_written_in_one_process_read_back_typed_in_another(
    settings_file: Path, tmp_path: Path
) -> None:
    _run(WRITE, settings_file, tmp_path)
    read = json.loads(_run(READ, settings_file, tmp_path))
    assert read["recent_type"] == "list" and read["recent"] == ["/plans/only-one.hireplan"]
    assert read["folder"] == "/plans"
    assert read["autosave"] == 45 and read["autosave_type"] == "int"
    assert read["geometry"] == b"\x01\x02geometry\x00bytes".hex()
    assert read["section"] == "risks"


def test_recent_files_put_the_newest_first_without_duplicates(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    a, b = tmp_path / "a.hireplan", tmp_path / "b.hireplan"
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.add_recent_file(a)
    assert settings.recent_files() == [a.resolve(), b.resolve()]
    assert settings.last_folder() == tmp_path.resolve()
    for n in range(15):
        settings.add_recent_file(tmp_path / f"p{n}.hireplan")
    assert len(settings.recent_files()) == 10


def test_autosave_interval_is_kept_within_sensible_bounds(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.autosave_seconds() == 60
    settings.set_autosave_seconds(0)
    assert settings.autosave_seconds() == 5
    settings.qsettings.setValue("autosave/interval_seconds", "not a number")
    assert settings.autosave_seconds() == 60


LAYOUT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from hireplan.gui.common.app_settings import AppSettings
    from hireplan.gui.shell.main_window import MainWindow
    from hireplan.gui.common.prompts import QuietPrompter

    window = MainWindow(QuietPrompter(), AppSettings(QSettings(sys.argv[1], QSettings.Format.IniFormat)))
    window.show()
    app.processEvents()
    if sys.argv[2] == "arrange":
        window.resize(1100, 720)
        window.splitter.setSizes([300, 800])
        window.go_to_section("risks")
        app.processEvents()
    print(json.dumps({
        "size": [window.width(), window.height()],
        "splitter": window.splitter.sizes(),
        "section": window.current_section(),
    }))
    window.close()
    """
)


@pytest.mark.slow
def test_window_size_splitter_and_section_are_restored_in_a_new_process(
    settings_file: Path, tmp_path: Path
) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1600, "height": 1000}]}))
    script = tmp_path / "layout.py"
    script.write_text(LAYOUT)
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}

    def run(mode: str) -> dict[str, Any]:
        result = subprocess.run(
            [sys.executable, str(script), str(settings_file), mode],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return dict(json.loads(result.stdout))

    arranged = run("arrange")
    assert arranged["size"] == [1100, 720] and arranged["section"] == "risks"
    restored = run("look")
    assert restored == arranged
