"""Read-only plans: every edit is refused in one place, the undo stack, before it is applied.

Every change to the plan is an undo command pushed on the document's stack (that is the edit
path's rule), so refusing the push refuses every edit from every widget, present or future, with
no check in any screen. The refusal raises :class:`ReadOnlyError`, a ``ValueError``: screens that
already show a refused value's reason show this one too, and an operation that does not catch it
stops before it acts on a change that never happened. ``refused`` tells the window, which says
so once (see ``hireplan.gui.shell.read_only_notice``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

REFUSED_EDIT = str(QT_TRANSLATE_NOOP("ReadOnly", "This plan is read-only, so the change was not made."))
"""The short reason (English source; :func:`refused_edit` gives it in the window's language)."""


def refused_edit() -> str:
    """The short reason an edit was refused, for inline notes and the status bar."""
    return QCoreApplication.translate("ReadOnly", REFUSED_EDIT)


class ReadOnlyError(ValueError):
    """An edit to a plan shown read-only; the message says why and what to do."""


def read_only_message(file_name: str) -> str:
    return QCoreApplication.translate(
        "ReadOnly",
        "“{file}” is open read-only because you do not have permission to change the file, so this "
        "change was not made. To make changes, use File › Save As to save a copy you can edit.",
    ).format(file=file_name)


class RefusingUndoStack(QUndoStack):
    """A ``QUndoStack`` that refuses every push (and macro) while :attr:`refusal` is set."""

    refused = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.refusal: str | None = None
        self._open_macros = 0

    def _refuse_if_read_only(self) -> None:
        """Tell the window the whole reason; the exception carries the short one for inline notes."""
        if self.refusal is not None:
            self.refused.emit(self.refusal)
            raise ReadOnlyError(refused_edit())

    def push(self, cmd: QUndoCommand) -> None:
        self._refuse_if_read_only()
        super().push(cmd)

    def beginMacro(self, text: str) -> None:
        self._refuse_if_read_only()
        super().beginMacro(text)
        self._open_macros += 1

    def endMacro(self) -> None:
        if self._open_macros:  # a refused macro was never begun: nothing to end
            self._open_macros -= 1
            super().endMacro()
