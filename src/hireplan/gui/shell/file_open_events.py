"""Opening a document the system hands over as ``QFileOpenEvent`` (macOS Finder, the Dock).

On macOS a double-clicked ``.hireplan`` file never appears on the command line: the system sends
the running application a file-open event instead, also when it launched the app for that file.
Events that arrive before the window exists wait until it does.

The filter is installed on the application, so it sees every event of every object: ``run_gui``
installs it on macOS only (``NEEDED``), where such events exist, so nowhere else does Python code
run for each event.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFileOpenEvent

from hireplan.gui.common.containment import Contained


class FileOpenEvents(Contained, QObject):
    """Installed on the application; passes each file-open event's path to ``set_opener``'s function."""

    NEEDED = sys.platform == "darwin"
    """Only macOS hands documents over as events (Linux and Windows put them on the command line)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._opener: Callable[[Path], object] | None = None
        self._waiting: list[Path] = []
        parent.installEventFilter(self)

    def set_opener(self, opener: Callable[[Path], object]) -> None:
        self._opener = opener
        waiting, self._waiting = self._waiting, []
        for path in waiting:
            self._open_later(path)

    def waiting(self) -> list[Path]:
        return list(self._waiting)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file()
        if not name:
            return False
        path = Path(name)
        if self._opener is None:
            self._waiting.append(path)
        else:
            self._open_later(path)
        return True

    def _open_later(self, path: Path) -> None:
        # After the event returns, so a question about unsaved changes does not run inside it.
        opener = self._opener
        if opener is not None:
            QTimer.singleShot(0, lambda: opener(path))
