"""A plan file the person cannot write opens read-only, and the window says so.

The document refuses the edits (``hireplan.gui.document.read_only``); this module decides when a
file is read-only and tells the person: a permanent note in the status bar while the plan is
read-only, a message the first time an edit is refused (later refusals go to the status bar, so
typing into a field does not open a dialog per key), all shown from the event loop rather than
from inside the model call or key press that was refused.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from hireplan.atomic import is_read_only
from hireplan.gui.common.prompts import Prompter
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.document.read_only import read_only_message, refused_edit

STATUS_NOTE = str(QT_TRANSLATE_NOOP("ReadOnlyNotice", "Read-only: use Save As to edit a copy."))


def why_read_only(path: Path) -> str | None:
    """The reason edits to ``path`` must be refused, or None when it can be saved over.

    Read-only as the atomic writer judges it (:func:`hireplan.atomic.is_read_only`: no write
    permission, or every write bit cleared even for an administrator), or in a folder the person
    cannot write, where a save could not put its temporary file. A link is judged by its target.
    """
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):
        return None  # not there (yet), or a broken link: Save will say why if it cannot write
    folder_locked = not os.access(target.parent, os.W_OK | os.X_OK)
    return read_only_message(path.name) if is_read_only(target) or folder_locked else None


class ReadOnlyNotice(QObject):
    """Tells the person about a read-only plan: a status-bar note, one message per opened plan."""

    def __init__(self, window: QMainWindow, document: PlanDocument, prompter: Prompter) -> None:
        super().__init__(window)
        self._window = window
        self._document = document
        self._prompter = prompter
        self._told = False
        self._pending: str | None = None
        self.note = QLabel(QCoreApplication.translate("ReadOnlyNotice", STATUS_NOTE))
        self.note.setObjectName("readOnlyNote")
        self.note.setStyleSheet("font-weight: 600;")
        self.note.setVisible(False)
        window.statusBar().addPermanentWidget(self.note)
        document.readOnlyChanged.connect(self._on_read_only_changed)
        document.editRefused.connect(self._on_refused)

    def _on_read_only_changed(self, read_only: bool) -> None:
        self.note.setVisible(read_only)
        self._told = False

    def _on_refused(self, message: str) -> None:
        if self._told:
            self._window.statusBar().showMessage(refused_edit(), 8000)
            return
        self._told = True
        self._pending = message
        QTimer.singleShot(0, self._tell)

    def _tell(self) -> None:
        message, self._pending = self._pending, None
        if message:
            title = QCoreApplication.translate("ReadOnlyNotice", "This plan is read-only")
            self._prompter.show_warning(self._window, title, message)
