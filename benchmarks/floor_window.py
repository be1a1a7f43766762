"""The floor for start-up and memory: an empty PySide6 main window shown in a fresh process.

Prints ``painted`` after the first paint, then ``peak_rss_kib=N``, and exits. hireplan's own
``--smoke`` is measured the same way from outside, so the ratio compares like with like.

    python benchmarks/floor_window.py [--qt-enums] [PLAN]

With PLAN, the process first opens it as hireplan does (``open_plan``: pydantic, the model and the
checks on the file) and only then shows the same empty window: the floor of any window that shows
a validated plan, whatever its own screens cost.

With ``--qt-enums`` it also names one enum of the ``Qt`` namespace and one of ``QStyle`` before the
window. PySide creates every enum of a class as Python enums the first time the class is used,
so this is what any window pays that aligns a label, handles a key or paints a styled control.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from hireplan.process_memory import peak_memory_kib


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, self._finish)
        return False

    def _finish(self) -> None:
        print("painted", flush=True)
        print(f"peak_rss_kib={peak_memory_kib()}", flush=True)
        self._app.quit()


def _create_qt_enums() -> tuple[object, ...]:
    """Name one enum of ``Qt`` and one of ``QStyle``: PySide creates all of each class's enums."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyle

    return Qt.AlignmentFlag.AlignLeft, QStyle.StateFlag.State_Enabled


def main() -> int:
    args = sys.argv[1:]
    qt_enums = "--qt-enums" in args
    plans = [arg for arg in args if arg != "--qt-enums"]
    if plans:
        from pathlib import Path

        from hireplan.storage.plan_file import open_plan

        open_plan(Path(plans[0]))
    if qt_enums:
        _create_qt_enums()
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 780)
    watcher = _FirstPaint(app)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
