"""The open plan: the one object that owns it, its undo stack, its file path and its analysis.

Widgets never change the plan themselves: they call an edit method here, which pushes one thin
undo command (see :mod:`hireplan.gui.document.undo_commands`); the command calls :mod:`hireplan.model.edits`
and the document emits what changed so every view can update just that.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from hireplan import analysis as lazy_analysis  # the light face: the engine loads on first use
from hireplan.analysis.parts import parts_touched
from hireplan.gui.document.collection_undo_commands import InsertObjectsCommand, RemoveObjectsCommand
from hireplan.gui.document.read_only import RefusingUndoStack
from hireplan.gui.document.undo_commands import (
    InsertRunsCommand,
    MoveItemsCommand,
    RemoveRunsCommand,
    SetFieldCommand,
    SetFieldsManyCommand,
)
from hireplan.model import collection_edits, edits
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem
from hireplan.model.edits import ItemMove, Run
from hireplan.model.kinds import counted, kind_info
from hireplan.model.plan import Plan

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis


class _Changes:
    """What changed since the last analysis: everything, or some parts and which offers."""

    def __init__(self) -> None:
        self.everything = True
        self.parts: set[str] = set()
        self.offer_ids: set[str] = set()

    def note(self, kind: str, ids: Iterable[str] = (), field: str = "") -> None:
        parts = parts_touched(kind, field)
        if parts is None:
            self.everything = True
            return
        self.parts |= parts
        if kind == "offer":
            self.offer_ids.update(ids)

    def clear(self) -> None:
        self.everything = False
        self.parts.clear()
        self.offer_ids.clear()


class PlanDocument(QObject):
    """Owns the plan, its undo stack and its path; every edit goes through here.

    Signals
    -------
    ``planAboutToBeReset()`` / ``planReset()``
        The whole plan is being / was replaced (new, open, revert): rebuild everything.
    ``objectsChanged(kind, ids)``
        Fields of these objects changed (``kind`` as in :func:`hireplan.model.edits.find_object`).
    ``itemsAboutToBeInserted(step_id, row, count)`` / ``itemsInserted(step_id, row, count)``
    ``itemsAboutToBeRemoved(step_id, row, count)`` / ``itemsRemoved(step_id, row, count)``
    ``itemAboutToBeMoved(src_step_id, src_row, dst_step_id, dst_row)`` / ``itemMoved(...)``
        Each pair brackets one primitive change of one contiguous run of checklist rows, so an
        item model can call ``beginInsertRows``/``endInsertRows`` (and so on) around it. A
        command that moves many items emits one pair per item, all inside one undo step.
        ``dst_row`` is the item's row once moved.
    ``itemsAboutToBeRearranged()`` / ``itemsRearranged()``
        Several items moved at once (a multi-item drag, move up/down of a selection, or its
        undo): item rows changed places, no row was added or removed. Item models bracket this
        with ``layoutAboutToBeChanged``/``layoutChanged``.
    ``objectsAboutToBeInserted(kind, row, count)`` / ``objectsInserted(kind, row, count)``
    ``objectsAboutToBeRemoved(kind, row, count)`` / ``objectsRemoved(kind, row, count)``
        The same for the plan's flat lists (``kind`` in :data:`hireplan.model.kinds.KIND_LISTS`:
        role, offer, benchmark, market, rate, ppp, risk, policy): each pair brackets one
        contiguous run of rows, so a table model can call ``beginInsertRows`` and so on.
    ``collectionChanged(kind)``
        Emitted after every such insert or remove, for views that simply re-read the list.
    ``modifiedChanged(bool)``
        The plan became modified or clean (modified = the undo stack is not clean).
    ``pathChanged(object)``
        The file path changed (a ``Path`` or ``None``).
    ``analysisChanged()``
        The analysis is out of date; call :meth:`analysis` for the new one. Coalesced: many
        edits in one event-loop turn give one signal.
    ``readOnlyChanged(bool)`` / ``editRefused(str)``
        Edits are now refused (or accepted again); an edit was refused, with the reason.
    """

    planAboutToBeReset = Signal()
    planReset = Signal()
    objectsChanged = Signal(str, list)
    itemsAboutToBeInserted = Signal(str, int, int)
    itemsInserted = Signal(str, int, int)
    itemsAboutToBeRemoved = Signal(str, int, int)
    itemsRemoved = Signal(str, int, int)
    itemAboutToBeMoved = Signal(str, int, str, int)
    itemMoved = Signal(str, int, str, int)
    itemsAboutToBeRearranged = Signal()
    itemsRearranged = Signal()
    objectsAboutToBeInserted = Signal(str, int, int)
    objectsInserted = Signal(str, int, int)
    objectsAboutToBeRemoved = Signal(str, int, int)
    objectsRemoved = Signal(str, int, int)
    collectionChanged = Signal(str)
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)
    analysisChanged = Signal()
    readOnlyChanged = Signal(bool)
    editRefused = Signal(str)

    def __init__(self, plan: Plan, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.path = path
        self.undo_stack = RefusingUndoStack(self)
        self.undo_stack.refused.connect(self.editRefused)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._analysis: PlanAnalysis | None = None
        self._previous_analysis: PlanAnalysis | None = None
        self._changes = _Changes()
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)
        self._analysis_timer.timeout.connect(self.analysisChanged)

    # ------------------------------------------------------------------ state

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def replace(self, plan: Plan, path: Path | None) -> None:
        """Show another plan (new, open, revert): forget the undo history, start clean."""
        self.planAboutToBeReset.emit()
        self.plan = plan
        self.undo_stack.clear()  # leaves it clean; emits cleanChanged -> modifiedChanged if needed
        self._invalidate("plan")
        self.planReset.emit()
        if path != self.path:
            self.path = path
            self.pathChanged.emit(path)

    @property
    def read_only(self) -> bool:
        return self.undo_stack.refusal is not None

    def set_read_only(self, reason: str | None) -> None:
        """Refuse every edit with ``reason`` (None: accept edits again); see :mod:`.read_only`."""
        was = self.read_only
        self.undo_stack.refusal = reason
        if self.read_only != was:
            self.readOnlyChanged.emit(self.read_only)

    def mark_saved(self, path: Path) -> None:
        """The plan was written to ``path``: it is clean (and, being writable, editable) from here on."""
        self.set_read_only(None)
        self.undo_stack.setClean()
        if path != self.path:
            self.path = path
            self.pathChanged.emit(path)

    def analysis(self) -> PlanAnalysis:
        """The analysis of the current plan as of today, computed once per change.

        After edits to the checklist, risks, policy watch or some offers only what reads them is
        recomputed (``reanalyse``); any other edit analyses afresh.
        """
        today = date.today()
        if self._analysis is None or self._analysis.today != today:
            previous = self._previous_analysis
            if previous is None or self._changes.everything or previous.today != today:
                self._analysis = lazy_analysis.analyse(self.plan, today=today)
            else:
                self._analysis = lazy_analysis.reanalyse(
                    self.plan,
                    previous,
                    today=today,
                    changed_offer_ids=set(self._changes.offer_ids),
                    touched=set(self._changes.parts),
                )
            self._previous_analysis = self._analysis
            self._changes.clear()
        return self._analysis

    def peek_analysis(self) -> PlanAnalysis | None:
        """The analysis if it is already computed for the current plan, else None (never computes)."""
        if self._analysis is not None and self._analysis.today == date.today():
            return self._analysis
        return None

    def known_owners(self) -> list[str]:
        """Every owner name used in the plan, for completion in owner fields."""
        names: set[str] = {self.plan.owner} if self.plan.owner.strip() else set()
        names.update(item.owner for step in self.plan.steps for item in step.items if item.owner.strip())
        names.update(risk.owner for risk in self.plan.risks if risk.owner.strip())
        names.update(entry.owner for entry in self.plan.policy_watch if entry.owner.strip())
        return sorted(names, key=str.casefold)

    def known_tags(self) -> list[str]:
        """Every tag used in the checklist, for completion in tag fields."""
        return sorted({tag for step in self.plan.steps for item in step.items for tag in item.tags})

    # ------------------------------------------------------------------ edits (each one undo step)

    def set_field(
        self, kind: str, obj_id: str, field: str, value: Any, *, merge_key: str | None = None
    ) -> bool:
        """Set one field; returns False when the value is unchanged (nothing pushed).

        Raises ``ValueError`` with a readable message, before anything is pushed, when the
        value is refused. Edits with the same non-None ``merge_key`` in a row merge into one
        undo step: give each typing session (e.g. each focus-in of a line edit) its own key.
        """
        obj = edits.find_object(self.plan, kind, obj_id)
        probe = obj.model_copy()
        old = edits.set_field(probe, field, value)
        new = getattr(probe, field)
        if new == old:
            return False
        label = edits.FIELD_LABELS.get(field, field.replace("_", " "))
        self.undo_stack.push(
            SetFieldCommand(
                self, kind, obj_id, field, old=old, new=new, merge_key=merge_key, text=f"Edit {label}"
            )
        )
        return True

    def set_fields_many(self, kind: str, ids: Iterable[str], field: str, value: Any) -> int:
        """Set one field to one value on many objects as ONE undo step; returns how many changed."""
        olds: list[tuple[str, Any]] = []
        new: Any = value
        unique = list(dict.fromkeys(ids))
        objects = edits.find_objects(self.plan, kind, unique)
        for obj_id in unique:
            probe = objects[obj_id].model_copy()
            old = edits.set_field(probe, field, value)
            new = getattr(probe, field)
            if old != new:
                olds.append((obj_id, old))
        if not olds:
            return 0
        label = edits.FIELD_LABELS.get(field, field.replace("_", " ")).lower()
        text = f"Set {label} of {counted(kind, len(olds))}"
        self.undo_stack.push(SetFieldsManyCommand(self, kind, olds, field, new, text=text))
        return len(olds)

    def insert_items(self, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
        """Insert new items at ``row`` of a step (``-1`` = at the end)."""
        _, step = edits.find_step(self.plan, step_id)
        if row < 0 or row > len(step.items):
            row = len(step.items)
        text = "Add item" if len(items) == 1 else f"Add {len(items)} items"
        self.undo_stack.push(InsertRunsCommand(self, [Run(step_id, row, tuple(items))], text=text))

    def remove_items(self, ids: Iterable[str]) -> int:
        """Delete the items with ``ids``; returns how many were deleted."""
        runs = edits.runs_of(self.plan, ids)
        count = sum(len(run.items) for run in runs)
        if count:
            text = f"Delete {counted('item', count)}"
            self.undo_stack.push(RemoveRunsCommand(self, runs, text=text))
        return count

    def move_items(self, ids: Iterable[str], dest_step_id: str, dest_row: int) -> bool:
        """Move items to ``dest_row`` (counted before the move, -1 = end) of a step as one undo step."""
        moves = edits.plan_moves(self.plan, ids, dest_step_id, dest_row)
        if not moves:
            return False
        text = "Move item" if len(moves) == 1 else f"Move {len(moves)} items"
        self.undo_stack.push(MoveItemsCommand(self, moves, text=text))
        return True

    def duplicate_items(self, ids: Iterable[str]) -> list[str]:
        """Copy each item just below its run; returns the new ids in plan order."""
        runs = edits.runs_of(self.plan, ids)
        inserted: list[Run] = []
        shift: dict[str, int] = {}
        for run in runs:
            copies = tuple(edits.duplicate_item(item) for item in run.items)
            row = run.row + len(run.items) + shift.get(run.step_id, 0)
            inserted.append(Run(run.step_id, row, copies))
            shift[run.step_id] = shift.get(run.step_id, 0) + len(copies)
        if not inserted:
            return []
        count = sum(len(run.items) for run in inserted)
        self.undo_stack.push(InsertRunsCommand(self, inserted, text=f"Duplicate {counted('item', count)}"))
        return [item.id for run in inserted for item in run.items]

    # ------------------------------------------------------------------ flat lists (roles, offers, ...)

    def insert_objects(self, kind: str, row: int, objs: Sequence[HireplanModel], *, text: str = "") -> None:
        """Insert new objects at ``row`` of the ``kind`` list (-1 = at the end) as ONE undo step.

        An import of many benchmarks is one call, so one undo takes the whole import back.
        Raises ``ValueError``/``TypeError`` before pushing when an object cannot go there.
        """
        if not objs:
            return
        target = collection_edits.list_of(self.plan, kind)
        if row < 0 or row > len(target):
            row = len(target)
        known = {getattr(obj, "id", None) for obj in target}
        for obj in objs:
            if not isinstance(obj, kind_info(kind).model):
                raise TypeError(f"a {type(obj).__name__} cannot go into the {kind} list")
            if getattr(obj, "id", None) in known:
                raise ValueError(f"That {kind_info(kind).noun} is already in the plan.")
            known.add(getattr(obj, "id", None))
        run = collection_edits.ObjectRun(kind, row, tuple(objs))
        label = text or f"Add {counted(kind, len(objs))}"
        self.undo_stack.push(InsertObjectsCommand(self, [run], text=label))

    def remove_objects(
        self, kind: str, ids: Iterable[str], *, with_dependents: bool = False, text: str = ""
    ) -> int:
        """Delete the objects with ``ids`` as ONE undo step; returns how many of ``kind`` went.

        With ``with_dependents`` the objects referring to them (a role's offers; a market's
        roles, offers and benchmarks — see :func:`hireplan.model.collection_edits.dependents`)
        go in the same step, so nothing is left pointing at a deleted object.
        """
        id_list = [obj_id for obj_id in dict.fromkeys(ids)]
        runs = collection_edits.runs_of(self.plan, kind, id_list)
        count = sum(len(run.objs) for run in runs)
        if not count:
            return 0
        all_runs = list(runs)
        if with_dependents:
            for dep_kind, dep_ids in collection_edits.dependents(self.plan, kind, id_list).items():
                all_runs.extend(collection_edits.runs_of(self.plan, dep_kind, dep_ids))
        label = text or f"Delete {counted(kind, count)}"
        self.undo_stack.push(RemoveObjectsCommand(self, all_runs, text=label))
        return count

    def duplicate_objects(self, kind: str, ids: Iterable[str]) -> list[str]:
        """Copy each object (new id) just below its run as ONE undo step; returns the new ids."""
        runs = collection_edits.runs_of(self.plan, kind, ids)
        inserted: list[collection_edits.ObjectRun] = []
        shift = 0
        for run in runs:
            copies = tuple(collection_edits.duplicate_object(obj) for obj in run.objs)
            inserted.append(collection_edits.ObjectRun(kind, run.row + len(run.objs) + shift, copies))
            shift += len(copies)
        if not inserted:
            return []
        count = sum(len(run.objs) for run in inserted)
        self.undo_stack.push(InsertObjectsCommand(self, inserted, text=f"Duplicate {counted(kind, count)}"))
        return [str(getattr(obj, "id", "")) for run in inserted for obj in run.objs]

    # ------------------------------------------------------------------ primitives (commands call these)

    def _apply_insert_objects(self, kind: str, row: int, objs: Sequence[HireplanModel]) -> None:
        self.objectsAboutToBeInserted.emit(kind, row, len(objs))
        collection_edits.insert_run(self.plan, kind, row, objs)
        self._invalidate(kind, [str(getattr(obj, "id", "")) for obj in objs])
        self.objectsInserted.emit(kind, row, len(objs))
        self.collectionChanged.emit(kind)

    def _apply_remove_objects(self, kind: str, row: int, count: int) -> None:
        self.objectsAboutToBeRemoved.emit(kind, row, count)
        collection_edits.remove_run(self.plan, kind, row, count)
        self._invalidate(kind)
        self.objectsRemoved.emit(kind, row, count)
        self.collectionChanged.emit(kind)

    def _apply_set(self, kind: str, values: Sequence[tuple[str, Any]], field: str) -> None:
        objects = edits.find_objects(self.plan, kind, [obj_id for obj_id, _ in values])
        for obj_id, value in values:
            edits.set_field(objects[obj_id], field, value)
        self._invalidate(kind, [obj_id for obj_id, _ in values], field)
        self.objectsChanged.emit(kind, [obj_id for obj_id, _ in values])

    def _apply_insert(self, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
        self.itemsAboutToBeInserted.emit(step_id, row, len(items))
        edits.insert_run(self.plan, step_id, row, items)
        self._invalidate("item")
        self.itemsInserted.emit(step_id, row, len(items))

    def _apply_remove(self, step_id: str, row: int, count: int) -> None:
        self.itemsAboutToBeRemoved.emit(step_id, row, count)
        edits.remove_run(self.plan, step_id, row, count)
        self._invalidate("item")
        self.itemsRemoved.emit(step_id, row, count)

    def _apply_moves(self, moves: Sequence[ItemMove]) -> None:
        """One move: a row move. Several: one rearrangement, so views re-map once, not per item."""
        if len(moves) == 1:
            self._apply_move(moves[0])
            return
        self.itemsAboutToBeRearranged.emit()
        for move in moves:
            edits.move_item(self.plan, move)
        self._invalidate("item")
        self.itemsRearranged.emit()

    def _apply_move(self, move: ItemMove) -> None:
        self.itemAboutToBeMoved.emit(move.src_step_id, move.src_row, move.dst_step_id, move.dst_row)
        edits.move_item(self.plan, move)
        self._invalidate("item")
        self.itemMoved.emit(move.src_step_id, move.src_row, move.dst_step_id, move.dst_row)

    def _invalidate(self, kind: str, ids: Iterable[str] = (), field: str = "") -> None:
        self._changes.note(kind, ids, field)
        self._analysis = None
        self._analysis_timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)
