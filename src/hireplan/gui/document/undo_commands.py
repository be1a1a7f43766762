"""Thin undo commands: each remembers what it needs to redo and undo one change of the plan.

A command holds ids, rows and values, never a widget, and does its work through
:class:`EditTarget`, the small public protocol the open plan
(:class:`~hireplan.gui.document.document.PlanDocument`) implements. It never imports the
document, so it can be read, and tested with a recording fake, on its own. How an edit travels
from a widget to the model is told once, in the document's module docstring.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem
from hireplan.model.checklist_edits import ItemMove, Run, inverse_moves
from hireplan.model.collection_edits import ObjectRun
from hireplan.model.edits import CheckedChange

SET_FIELD_MERGE_ID = 1001
"""QUndoCommand.id() of field edits that may merge (typing into one field)."""


class EditTarget(Protocol):
    """The primitive changes a command may ask for; each changes the plan and says what changed.

    Values reaching :meth:`apply_set` were validated when the edit was made, so applying them
    (again, on redo) cannot be refused.
    """

    def apply_set(self, kind: str, values: Sequence[tuple[str, Any]], field: str) -> None:
        """Set ``field`` of each ``(id, value)`` object of ``kind``."""

    def apply_insert(self, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
        """Insert checklist items as one run at ``row`` of a step."""

    def apply_remove(self, step_id: str, row: int, count: int) -> None:
        """Remove ``count`` checklist items from ``row`` of a step."""

    def apply_moves(self, moves: Sequence[ItemMove]) -> None:
        """Move checklist items, one :class:`~hireplan.model.checklist_edits.ItemMove` after the other."""

    def apply_insert_objects(self, kind: str, row: int, objs: Sequence[HireplanModel]) -> None:
        """Insert objects as one run at ``row`` of the plan's ``kind`` list."""

    def apply_remove_objects(self, kind: str, row: int, count: int) -> None:
        """Remove ``count`` objects from ``row`` of the plan's ``kind`` list."""


class SetFieldCommand(QUndoCommand):
    """Set one field of one object; consecutive edits with the same ``merge_key`` merge."""

    def __init__(
        self,
        target: EditTarget,
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
        self._target = target
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
        self._target.apply_set(self.kind, [(self.obj_id, self.new)], self.field)

    def undo(self) -> None:
        self._target.apply_set(self.kind, [(self.obj_id, self.old)], self.field)


class SetFieldsManyCommand(QUndoCommand):
    """Set one field to one value on many objects at once (bulk status, bulk owner)."""

    def __init__(
        self,
        target: EditTarget,
        kind: str,
        olds: Sequence[tuple[str, Any]],
        field: str,
        new: Any,
        *,
        text: str = "",
    ) -> None:
        super().__init__(text)
        self._target = target
        self.kind = kind
        self.olds = list(olds)
        self.field = field
        self.new = new

    def redo(self) -> None:
        self._target.apply_set(self.kind, [(obj_id, self.new) for obj_id, _ in self.olds], self.field)

    def undo(self) -> None:
        self._target.apply_set(self.kind, self.olds, self.field)


class ChangeFieldsCommand(QUndoCommand):
    """Several checked field changes as one undo step: a named operation (acknowledging flags,
    switching the bonus unit, applying plan settings). Undo puts the old values back last-first."""

    def __init__(self, target: EditTarget, changes: Sequence[CheckedChange], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.changes = list(changes)

    def redo(self) -> None:
        for item in self.changes:
            change = item.change
            self._target.apply_set(change.kind, [(change.obj_id, change.value)], change.field)

    def undo(self) -> None:
        for item in reversed(self.changes):
            change = item.change
            self._target.apply_set(change.kind, [(change.obj_id, item.old)], change.field)


class InsertRunsCommand(QUndoCommand):
    """Insert runs of new checklist items (add, insert, duplicate, paste)."""

    def __init__(self, target: EditTarget, runs: Sequence[Run], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.runs = list(runs)

    def redo(self) -> None:
        for run in self.runs:
            self._target.apply_insert(run.step_id, run.row, run.items)

    def undo(self) -> None:
        for run in reversed(self.runs):
            self._target.apply_remove(run.step_id, run.row, len(run.items))


class RemoveRunsCommand(QUndoCommand):
    """Remove checklist items; undo puts the very same items back where they were.

    Runs are in plan order with rows as they were before any removal, so they are removed
    last-first (earlier rows stay valid) and put back first-first.
    """

    def __init__(self, target: EditTarget, runs: Sequence[Run], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.runs = list(runs)

    def redo(self) -> None:
        for run in reversed(self.runs):
            self._target.apply_remove(run.step_id, run.row, len(run.items))

    def undo(self) -> None:
        for run in self.runs:
            self._target.apply_insert(run.step_id, run.row, run.items)


class MoveItemsCommand(QUndoCommand):
    """Move items within or between steps as one undo step (drag-and-drop, move up/down)."""

    def __init__(self, target: EditTarget, moves: Sequence[ItemMove], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.moves = list(moves)

    def redo(self) -> None:
        self._target.apply_moves(self.moves)

    def undo(self) -> None:
        self._target.apply_moves(inverse_moves(self.moves))


class InsertObjectsCommand(QUndoCommand):
    """Insert runs of new objects into the plan's flat lists (add, duplicate, import).

    One command may hold runs of several kinds; undo takes them out again.
    """

    def __init__(self, target: EditTarget, runs: Sequence[ObjectRun], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.runs = list(runs)

    def redo(self) -> None:
        for run in self.runs:
            self._target.apply_insert_objects(run.kind, run.row, run.objs)

    def undo(self) -> None:
        for run in reversed(self.runs):
            self._target.apply_remove_objects(run.kind, run.row, len(run.objs))


class RemoveObjectsCommand(QUndoCommand):
    """Remove runs of objects (a role with its offers: runs of several kinds in one step).

    Rows are as they were before any removal; runs are removed last-first and put back in the
    order given, so undo puts the very same objects back where they were.
    """

    def __init__(self, target: EditTarget, runs: Sequence[ObjectRun], *, text: str = "") -> None:
        super().__init__(text)
        self._target = target
        self.runs = list(runs)

    def redo(self) -> None:
        for run in reversed(self.runs):
            self._target.apply_remove_objects(run.kind, run.row, len(run.objs))

    def undo(self) -> None:
        for run in self.runs:
            self._target.apply_insert_objects(run.kind, run.row, run.objs)
