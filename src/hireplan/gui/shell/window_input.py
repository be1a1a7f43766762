"""What the window takes from outside the plan's own editors: a plan file dropped on it, and a value
still being typed in a focused editor when the person saves.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from hireplan.gui.common.prompts import PLAN_SUFFIX


def plan_path_from_mime(mime: QMimeData) -> Path | None:
    """The first local ``.hireplan`` file among dragged URLs, if any."""
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == PLAN_SUFFIX:
                return path
    return None


def commit_focused_editor() -> None:
    """Make an editor that still has focus hand its value over (e.g. a cell being typed in)."""
    widget = QApplication.focusWidget()
    if widget is not None:
        widget.clearFocus()
