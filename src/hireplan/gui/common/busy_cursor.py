"""The busy cursor: work that makes the person wait (building a screen on a large plan, opening a
plan, starting one from a template) shows it, so a pause never looks like a hang.

Qt has no way to know beforehand whether a step will take 5 ms or 1.5 s, so every such step sets
it: a quick one changes nothing the eye can see. It is always restored, also when the work fails
(the failure's message then shows with the normal cursor). Never hold it around a question to
the person: the block should hold the work only.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCursor, QGuiApplication


@contextmanager
def busy_cursor(*, until_idle: bool = False) -> Iterator[None]:
    """Show the wait cursor while the block runs.

    ``until_idle`` keeps it until the event loop has handled what the block queued (the analysis
    it asked for, the views that follow it), restored by a zero timer queued after that work; on
    an error it is restored at once.
    """
    QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    except BaseException:
        QGuiApplication.restoreOverrideCursor()
        raise
    if until_idle:
        QTimer.singleShot(0, QGuiApplication.restoreOverrideCursor)
    else:
        QGuiApplication.restoreOverrideCursor()
