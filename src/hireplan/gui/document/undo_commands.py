"""Thin undo commands: each one remembers what it needs to redo and undo one edit of the plan.

The commands hold ids and values, never Qt objects; the work itself is done by the
document's ``_apply_*`` methods, which call :mod:`hireplan.model.edits` and emit what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from hireplan.model.edits import ItemMove, Run

if TYPE_CHECKING:
    from hireplan.gui.document.document import PlanDocument

SET_FIELD_MERGE_ID = 1001
"""QUndoCommand.id() of field edits that may merge (typing into one field)."""


class SetFieldCommand(QUndoCommand):
    """Set one field of one object; consecutive edits with the same ``merge_key`` merge."""

    def __init__(
        self,
        document: PlanDocument,
        kind: str,
        obj_id: str,
        field: str,
        *,
        old: Any,
        new: Any,
        merge_key: str | None = None,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self._document = document
        self.kind = kind
        self.obj_id = obj_id
        self.field = field
        self.old = old
        self.new = new
        self.merge_key = merge_key

    def id(self) -> int:
        return SET_FIELD_MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetFieldCommand) or other.merge_key != self.merge_key:
            return False
        if (other.kind, other.obj_id, other.field) != (self.kind, self.obj_id, self.field):
            return False
        self.new = other.new
        # Typing back to the original value leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self._document._apply_set(self.kind, [(self.obj_id, self.new)], self.field)

    def undo(self) -> None:
        self._document._apply_set(self.kind, [(self.obj_id, self.old)], self.field)


class SetFieldsManyCommand(QUndoCommand):
    """Set one field to one value on many objects at once (bulk status, bulk owner)."""

    def __init__(
        self,
        document: PlanDocument,
        kind: str,
        olds: Sequence[tuple[str, Any]],
        field: str,
        new: Any,
        *,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self._document = document
        self.kind = kind
        self.olds = list(olds)
        self.field = field
        self.new = new

    def redo(self) -> None:
        self._document._apply_set(self.kind, [(obj_id, self.new) for obj_id, _ in self.olds], self.field)

    def undo(self) -> None:
        self._document._apply_set(self.kind, self.olds, self.field)


class InsertRunsCommand(QUndoCommand):
    """Insert runs of new items (add, insert, duplicate, paste)."""

    def __init__(self, document: PlanDocument, runs: Sequence[Run], *, text: str = "") -> None:
        super().__init__(text)
        self._document = document
        self.runs = list(runs)

    def redo(self) -> None:
        for run in self.runs:
            self._document._apply_insert(run.step_id, run.row, run.items)

    def undo(self) -> None:
        for run in reversed(self.runs):
            self._document._apply_remove(run.step_id, run.row, len(run.items))


class RemoveRunsCommand(QUndoCommand):
    """Remove items; undo puts the very same items back where they were."""

    def __init__(self, document: PlanDocument, runs: Sequence[Run], *, text: str = "") -> None:
        super().__init__(text)
        self._document = document
        self.runs = list(runs)

    def redo(self) -> None:
        for run in reversed(self.runs):
            self._document._apply_remove(run.step_id, run.row, len(run.items))

    def undo(self) -> None:
        for run in self.runs:
            self._document._apply_insert(run.step_id, run.row, run.items)


class MoveItemsCommand(QUndoCommand):
    """Move items within or between steps as one undo step (drag-and-drop, move up/down)."""

    def __init__(self, document: PlanDocument, moves: Sequence[ItemMove], *, text: str = "") -> None:
        super().__init__(text)
        self._document = document
        self.moves = list(moves)

    def redo(self) -> None:
        self._document._apply_moves(self.moves)

    def undo(self) -> None:
        self._document._apply_moves([move.inverse() for move in reversed(self.moves)])
