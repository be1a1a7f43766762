"""The open plan's state and its change notices: the floor under :mod:`hireplan.gui.document.document`.

:class:`PlanState` owns the plan, its path, its undo stack and its analysis cache, and implements
:class:`~hireplan.gui.document.undo_commands.EditTarget`: the ``apply_*`` primitives undo
commands call, each of which changes one run of the plan and emits what changed. Widgets use the
subclass :class:`~hireplan.gui.document.document.PlanDocument`, whose operations push those commands.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from hireplan import analysis as lazy_analysis  # the light face: the engine loads on first use
from hireplan.gui.document.analysis_changes import PendingChanges
from hireplan.gui.document.read_only import RefusingUndoStack
from hireplan.model import checklist_edits, collection_edits, edits, lookup
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem
from hireplan.model.checklist_edits import ItemMove
from hireplan.model.plan import Plan

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis


class PlanState(QObject):
    """The open plan, its file path, undo history and analysis, and the notices of what changed.

    The primitive changes undo commands call (:class:`~hireplan.gui.document.undo_commands.EditTarget`)
    live here; the operations widgets call are on :class:`~hireplan.gui.document.document.PlanDocument`.

    Signals
    -------
    ``planAboutToBeReset()`` / ``planReset()``
        The whole plan is being / was replaced (new, open, revert): rebuild everything.
    ``objectsChanged(kind, ids)``
        Fields of these objects changed (``kind`` as in :func:`hireplan.model.lookup.find_object`).
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
        self.user_name = ""
        """Who is editing (Settings' user name): recorded on acknowledgements when no one else is named."""
        self.undo_stack = RefusingUndoStack(self)
        self.undo_stack.refused.connect(self.editRefused)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._analysis: PlanAnalysis | None = None
        self._previous_analysis: PlanAnalysis | None = None
        self._changes = PendingChanges()
        self._analysis_timer = QTimer(self)
        self._analysis_timer.setSingleShot(True)
        self._analysis_timer.setInterval(0)
        # Through a method, not signal-to-signal: under PySide6 6.12 a slot that disconnects itself from
        # a signal forwarded by another signal's emission can wait for ever inside disconnect() (seen
        # with pytest-qt's waitSignal on analysisChanged, about one run in four).
        self._analysis_timer.timeout.connect(self._announce_analysis)

    def _announce_analysis(self) -> None:
        self.analysisChanged.emit()

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

    # ------------------------------------------------------------------ EditTarget: what undo commands call

    def apply_set(self, kind: str, values: Sequence[tuple[str, Any]], field: str) -> None:
        objects = lookup.find_objects(self.plan, kind, [obj_id for obj_id, _ in values])
        for obj_id, value in values:
            edits.assign(objects[obj_id], field, value)
        self._invalidate(kind, [obj_id for obj_id, _ in values], field)
        self.objectsChanged.emit(kind, [obj_id for obj_id, _ in values])

    def apply_insert(self, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
        self.itemsAboutToBeInserted.emit(step_id, row, len(items))
        checklist_edits.insert_run(self.plan, step_id, row, items)
        self._invalidate("item")
        self.itemsInserted.emit(step_id, row, len(items))

    def apply_remove(self, step_id: str, row: int, count: int) -> None:
        self.itemsAboutToBeRemoved.emit(step_id, row, count)
        checklist_edits.remove_run(self.plan, step_id, row, count)
        self._invalidate("item")
        self.itemsRemoved.emit(step_id, row, count)

    def apply_moves(self, moves: Sequence[ItemMove]) -> None:
        """One move: a row move. Several: one rearrangement, so views re-map once, not per item."""
        if len(moves) == 1:
            move = moves[0]
            self.itemAboutToBeMoved.emit(move.src_step_id, move.src_row, move.dst_step_id, move.dst_row)
            checklist_edits.move_item(self.plan, move)
            self._invalidate("item")
            self.itemMoved.emit(move.src_step_id, move.src_row, move.dst_step_id, move.dst_row)
            return
        self.itemsAboutToBeRearranged.emit()
        for move in moves:
            checklist_edits.move_item(self.plan, move)
        self._invalidate("item")
        self.itemsRearranged.emit()

    def apply_insert_objects(self, kind: str, row: int, objs: Sequence[HireplanModel]) -> None:
        self.objectsAboutToBeInserted.emit(kind, row, len(objs))
        collection_edits.insert_run(self.plan, kind, row, objs)
        self._invalidate(kind, [str(getattr(obj, "id", "")) for obj in objs])
        self.objectsInserted.emit(kind, row, len(objs))
        self.collectionChanged.emit(kind)

    def apply_remove_objects(self, kind: str, row: int, count: int) -> None:
        self.objectsAboutToBeRemoved.emit(kind, row, count)
        collection_edits.remove_run(self.plan, kind, row, count)
        self._invalidate(kind)
        self.objectsRemoved.emit(kind, row, count)
        self.collectionChanged.emit(kind)

    def _invalidate(self, kind: str, ids: Iterable[str] = (), field: str = "") -> None:
        self._changes.note(kind, ids, field)
        self._analysis = None
        self._analysis_timer.start()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(not clean)
