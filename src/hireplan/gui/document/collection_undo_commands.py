"""Thin undo commands for adding and removing objects in the plan's flat lists.

Like :mod:`hireplan.gui.document.undo_commands` they hold runs of objects and nothing Qt; the document's
``_apply_insert_objects`` / ``_apply_remove_objects`` do the work and emit the signals.
One command may hold runs of several kinds (deleting a role together with its offers).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from hireplan.model.collection_edits import ObjectRun

if TYPE_CHECKING:
    from hireplan.gui.document.document import PlanDocument


class InsertObjectsCommand(QUndoCommand):
    """Insert runs of new objects (add, duplicate, import); undo takes them out again."""

    def __init__(self, document: PlanDocument, runs: Sequence[ObjectRun], *, text: str = "") -> None:
        super().__init__(text)
        self._document = document
        self.runs = list(runs)

    def redo(self) -> None:
        for run in self.runs:
            self._document._apply_insert_objects(run.kind, run.row, run.objs)

    def undo(self) -> None:
        for run in reversed(self.runs):
            self._document._apply_remove_objects(run.kind, run.row, len(run.objs))


class RemoveObjectsCommand(QUndoCommand):
    """Remove runs of objects (in the order given; rows as they were before any removal).

    Runs are removed last-first within each kind so earlier rows stay valid; undo puts the very
    same objects back where they were.
    """

    def __init__(self, document: PlanDocument, runs: Sequence[ObjectRun], *, text: str = "") -> None:
        super().__init__(text)
        self._document = document
        self.runs = list(runs)

    def redo(self) -> None:
        for run in reversed(self.runs):
            self._document._apply_remove_objects(run.kind, run.row, len(run.objs))

    def undo(self) -> None:
        for run in self.runs:
            self._document._apply_insert_objects(run.kind, run.row, run.objs)
