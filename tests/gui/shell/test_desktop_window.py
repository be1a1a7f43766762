"""The window carries hireplan's icon and app id, and opens plans the system hands over (issue 17)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from hireplan.app_identity import APP_ID, ICON_SIZES
from hireplan.gui.shell.file_open_events import FileOpenEvents


def test_the_application_has_the_icon_at_every_size_and_the_launchers_id() -> None:
    code = (
        "from hireplan.gui.app import make_application;"
        "app = make_application();"
        "icon = app.windowIcon();"
        "print(app.desktopFileName());"
        "print(sorted(s.width() for s in icon.availableSizes()));"
        "print(icon.pixmap(32, 32).toImage().pixelColor(16, 4).name())"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    app_id, sizes, top_middle = done.stdout.split("\n")[:3]
    assert app_id == APP_ID
    assert sizes == str(sorted(ICON_SIZES))
    assert top_middle != "#000000", "the icon must be drawn, not empty"


def _sample_copy(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    done = subprocess.run(
        [sys.executable, "-m", "hireplan", "new", "--sample", "-o", str(path)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return path


def test_a_file_open_event_opens_that_plan_in_the_window(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    events = FileOpenEvents(app)
    try:
        early = _sample_copy(tmp_path, "double-clicked before the window existed.hireplan")
        QApplication.sendEvent(app, QFileOpenEvent(str(early)))
        assert events.waiting() == [early]

        window = make_window()
        events.set_opener(window.files.open_path)
        qtbot.waitUntil(lambda: window.document.path == early, timeout=3000)

        later = _sample_copy(tmp_path, "double-clicked in Finder.hireplan")
        QApplication.sendEvent(app, QFileOpenEvent(str(later)))
        qtbot.waitUntil(lambda: window.document.path == later, timeout=3000)
    finally:
        app.removeEventFilter(events)
        events.deleteLater()
