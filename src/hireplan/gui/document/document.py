"""The open plan: the one object that owns it, its undo stack, its file path and its analysis.

How an edit travels, told once here (widget -> document -> command -> model -> notices -> analysis):

1. A widget calls a named operation of :class:`PlanDocument`: ``set_field``, ``remove_objects``,
   ``acknowledge_flags``, ``set_bonus_kind``, ``set_plan_settings``... It never builds the edit
   itself nor touches the undo stack; operations that must undo together go inside
   ``with document.macro("…"):``.
2. The operation checks and plans the edit with the pure core before anything changes:
   :func:`hireplan.model.edits.check_changes` tries values on copies (the one validation of a
   value), :mod:`hireplan.model.operations` turns a named edit into field changes, and
   ``runs_of`` / ``plan_moves`` (:mod:`hireplan.model.checklist_edits`) / ``plan_insert`` say
   which rows go where. A refused edit raises
   ``ValueError`` with a readable message and pushes nothing.
3. It pushes one thin undo command (:mod:`hireplan.gui.document.undo_commands`) holding ids,
   rows and checked values. On redo and undo the command calls the document only through the
   public ``apply_*`` methods of :class:`~hireplan.gui.document.undo_commands.EditTarget`.
4. Each ``apply_*`` emits the "about to" signal, makes one primitive model edit
   (:func:`~hireplan.model.edits.assign`; ``insert_run``, ``remove_run``, ``move_item`` of
   :mod:`~hireplan.model.checklist_edits`), notes
   which parts of the analysis it touched (:func:`hireplan.analysis.parts.parts_touched`) and
   emits what changed, so each view updates just those rows.
5. The analysis is recomputed once, after the edit, for the touched parts only
   (:func:`hireplan.analysis.engine.reanalyse`): ``analysisChanged`` fires on the next event-loop
   turn, and views showing figures refresh on it, never inside the edit.

Headless callers (the CLI, scripts, tests) make the same edits with
:func:`hireplan.model.edits.apply_changes` and :mod:`hireplan.model.operations`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from hireplan.gui.document import edit_names
from hireplan.gui.document.plan_state import PlanState
from hireplan.gui.document.undo_commands import (
    ChangeFieldsCommand,
    InsertObjectsCommand,
    InsertRunsCommand,
    MoveItemsCommand,
    RemoveObjectsCommand,
    RemoveRunsCommand,
    SetFieldCommand,
    SetFieldsManyCommand,
)
from hireplan.model import checklist_edits, collection_edits, edits, lookup, operations
from hireplan.model.base import HireplanModel
from hireplan.model.checklist import ChecklistItem
from hireplan.model.checklist_edits import Run
from hireplan.model.edits import FieldChange
from hireplan.model.roles import BonusKind, Offer


class PlanDocument(PlanState):
    """The open plan as widgets see it: every edit is a named operation here, each one undo step.

    Signals and state are :class:`~hireplan.gui.document.plan_state.PlanState`'s.
    """

    # ------------------------------------------------------------------ undo

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Make the operations inside the block ONE undo step called ``text``.

        An operation refused inside the block raises before it changes anything; what the block
        made before it stays, as one step the person can undo.
        """
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def undo_action(self, parent: QObject, text: str = "") -> QAction:
        """An Undo action for a menu or tool bar, enabled and named after the next undo step
        (Qt's own "Undo %1" in the window's language unless ``text`` gives a prefix)."""
        return self.undo_stack.createUndoAction(parent, text)

    def redo_action(self, parent: QObject, text: str = "") -> QAction:
        """A Redo action for a menu or tool bar, enabled and named after the next redo step."""
        return self.undo_stack.createRedoAction(parent, text)

    # ------------------------------------------------------------------ field edits (each one undo step)

    def set_field(
        self, kind: str, obj_id: str, field: str, value: Any, *, merge_key: str | None = None
    ) -> bool:
        """Set one field; returns False when the value is unchanged (nothing pushed).

        Raises ``ValueError`` with a readable message, before anything is pushed, when the
        value is refused. Edits with the same non-None ``merge_key`` in a row merge into one
        undo step: give each typing session (e.g. each focus-in of a line edit) its own key.
        """
        checked = edits.check_changes(self.plan, [FieldChange(kind, obj_id, field, value)])
        if not checked:
            return False
        change, old = checked[0].change, checked[0].old
        self.undo_stack.push(
            SetFieldCommand(
                self,
                kind,
                obj_id,
                field,
                old=old,
                new=change.value,
                merge_key=merge_key,
                text=edit_names.field_edit(kind, field),
            )
        )
        return True

    def set_fields_many(self, kind: str, ids: Iterable[str], field: str, value: Any) -> int:
        """Set one field to one value on many objects as ONE undo step; returns how many changed."""
        unique = list(dict.fromkeys(ids))
        checked = edits.check_changes(
            self.plan, [FieldChange(kind, obj_id, field, value) for obj_id in unique]
        )
        if not checked:
            return 0
        olds = [(item.change.obj_id, item.old) for item in checked]
        text = edit_names.fields_edit(kind, field, len(olds))
        self.undo_stack.push(
            SetFieldsManyCommand(self, kind, olds, field, checked[0].change.value, text=text)
        )
        return len(olds)

    def change(self, changes: Iterable[FieldChange], text: str) -> int:
        """Make field changes to several objects as ONE undo step called ``text``; returns how many.

        Every value is checked first, so a refused one (``ValueError``) leaves the plan as it was.
        """
        checked = edits.check_changes(self.plan, changes)
        if not checked:
            return 0
        self.undo_stack.push(ChangeFieldsCommand(self, checked, text=text))
        return len(checked)

    # ------------------------------------------------------------------ named operations (each one undo step)

    def acknowledge_flags(
        self,
        keys: Iterable[str],
        reason: str,
        review_date: date,
        *,
        by: str | None = None,
        accepted: dict[str, operations.Accepted] | None = None,
    ) -> bool:
        """Accept the flags with ``keys`` until ``review_date`` for ``reason``, as of today, by ``by``
        (the person editing when None, else the plan's owner), each as it is now (``accepted``: key ->
        severity, figure)."""
        wanted = list(dict.fromkeys(keys))
        by = by or self.user_name or None
        found = operations.acknowledge(
            self.plan, wanted, reason, review_date, date.today(), by=by, accepted=accepted
        )
        text = QCoreApplication.translate("PlanDocument", "Acknowledge %n flag(s)", None, len(wanted))
        return self.change(found, text) > 0

    def withdraw_acknowledgements(self, keys: Iterable[str]) -> bool:
        """Make the flags with ``keys`` open again."""
        wanted = list(dict.fromkeys(keys))
        text = QCoreApplication.translate("PlanDocument", "Withdraw %n acknowledgement(s)", None, len(wanted))
        return self.change(operations.withdraw(self.plan, wanted), text) > 0

    def set_bonus_kind(self, offer_id: str, kind: BonusKind) -> bool:
        """Express an offer's bonus in another unit; returns whether its figure was cleared with it."""
        offer = self._offer(offer_id)
        cleared = operations.clears_bonus(offer, kind)
        self.change(operations.switch_bonus_kind(offer, kind), _bonus_text(kind))
        return cleared

    def record_competing(self, offer_id: str, record: bool) -> bool:
        """Start (or stop) recording the package an offer's candidate would give up."""
        offer = self._offer(offer_id)
        text = (
            QCoreApplication.translate("PlanDocument", "Record competing package")
            if record
            else QCoreApplication.translate("PlanDocument", "Remove competing package")
        )
        return self.change(operations.record_competing(offer, record), text) > 0

    def set_competing_field(self, offer_id: str, field: str, value: Any) -> bool:
        """Change one field of an offer's competing package; ``ValueError`` when refused."""
        offer = self._offer(offer_id)
        text = QCoreApplication.translate("PlanDocument", "Edit competing package")
        return self.change(operations.set_competing_field(offer, field, value), text) > 0

    def set_plan_settings(self, wanted: Iterable[tuple[str, str, Any]]) -> int:
        """Give the plan these ``(plan|settings, field, value)`` settings; returns how many changed."""
        found = operations.change_settings(self.plan, wanted)
        text = (
            QCoreApplication.translate("PlanDocument", "Change plan setting")
            if len(found) == 1
            else QCoreApplication.translate("PlanDocument", "Change plan settings")
        )
        return self.change(found, text)

    def _offer(self, offer_id: str) -> Offer:
        offer = lookup.find_object(self.plan, "offer", offer_id)
        assert isinstance(offer, Offer)
        return offer

    # ------------------------------------------------------------------ checklist structure

    def insert_items(self, step_id: str, row: int, items: Sequence[ChecklistItem]) -> None:
        """Insert new items at ``row`` of a step (``-1`` = at the end)."""
        _, step = lookup.find_step(self.plan, step_id)
        if row < 0 or row > len(step.items):
            row = len(step.items)
        text = edit_names.added("item", len(items))
        self.undo_stack.push(InsertRunsCommand(self, [Run(step_id, row, tuple(items))], text=text))

    def remove_items(self, ids: Iterable[str]) -> int:
        """Delete the items with ``ids``; returns how many were deleted."""
        runs = checklist_edits.runs_of(self.plan, ids)
        count = sum(len(run.items) for run in runs)
        if count:
            self.undo_stack.push(RemoveRunsCommand(self, runs, text=edit_names.deleted("item", count)))
        return count

    def move_items(self, ids: Iterable[str], dest_step_id: str, dest_row: int) -> bool:
        """Move items to ``dest_row`` (counted before the move, -1 = end) of a step as one undo step."""
        moves = checklist_edits.plan_moves(self.plan, ids, dest_step_id, dest_row)
        if not moves:
            return False
        text = edit_names.moved_items(len(moves))
        self.undo_stack.push(MoveItemsCommand(self, moves, text=text))
        return True

    def duplicate_items(self, ids: Iterable[str]) -> list[str]:
        """Copy each item just below its run; returns the new ids in plan order."""
        runs = checklist_edits.runs_of(self.plan, ids)
        inserted: list[Run] = []
        shift: dict[str, int] = {}
        for run in runs:
            copies = tuple(checklist_edits.duplicate_item(item) for item in run.items)
            row = run.row + len(run.items) + shift.get(run.step_id, 0)
            inserted.append(Run(run.step_id, row, copies))
            shift[run.step_id] = shift.get(run.step_id, 0) + len(copies)
        if not inserted:
            return []
        count = sum(len(run.items) for run in inserted)
        self.undo_stack.push(InsertRunsCommand(self, inserted, text=edit_names.duplicated("item", count)))
        return [item.id for run in inserted for item in run.items]

    # ------------------------------------------------------------------ flat lists (roles, offers, ...)

    def insert_objects(self, kind: str, row: int, objs: Sequence[HireplanModel], *, text: str = "") -> None:
        """Insert new objects at ``row`` of the ``kind`` list (-1 = at the end) as ONE undo step.

        An import of many benchmarks is one call, so one undo takes the whole import back.
        Raises ``ValueError``/``TypeError`` before pushing when an object cannot go there.
        """
        if not objs:
            return
        run = collection_edits.plan_insert(self.plan, kind, row, objs)
        label = text or edit_names.added(kind, len(objs))
        self.undo_stack.push(InsertObjectsCommand(self, [run], text=label))

    def remove_objects(
        self, kind: str, ids: Iterable[str], *, with_dependents: bool = False, text: str = ""
    ) -> int:
        """Delete the objects with ``ids`` as ONE undo step; returns how many of ``kind`` went.

        With ``with_dependents`` the objects referring to them (a role's offers; a market's
        roles, offers and benchmarks — see :func:`hireplan.model.collection_edits.dependents`)
        go in the same step, so nothing is left pointing at a deleted object.
        """
        id_list = list(dict.fromkeys(ids))
        runs = collection_edits.runs_of(self.plan, kind, id_list)
        count = sum(len(run.objs) for run in runs)
        if not count:
            return 0
        all_runs = list(runs)
        if with_dependents:
            for dep_kind, dep_ids in collection_edits.dependents(self.plan, kind, id_list).items():
                all_runs.extend(collection_edits.runs_of(self.plan, dep_kind, dep_ids))
        label = text or edit_names.deleted(kind, count)
        self.undo_stack.push(RemoveObjectsCommand(self, all_runs, text=label))
        return count

    def add_new(self, kind: str, *, role_id: str | None = None) -> str:
        """Add a fresh object of ``kind`` at the end of its list (one undo step); returns its id.

        Raises ``ValueError`` (nothing pushed) saying what to add first when the plan lacks what
        the object must refer to (see :func:`hireplan.model.operations.new_object`).
        """
        obj = operations.new_object(self.plan, kind, role_id=role_id)
        self.insert_objects(kind, -1, [obj])
        return str(getattr(obj, "id", ""))

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
        self.undo_stack.push(InsertObjectsCommand(self, inserted, text=edit_names.duplicated(kind, count)))
        return [str(getattr(obj, "id", "")) for run in inserted for obj in run.objs]

    # ------------------------------------------------------------------ pasting rows from a spreadsheet

    def paste_rows(
        self,
        kind: str,
        text: str,
        *,
        step_id: str | None = None,
        row: int = -1,
        defaults: Mapping[str, object] | None = None,
    ) -> list[str]:
        """Add the rows of pasted tab-separated ``text`` as new objects of ``kind``, ONE undo step.

        The core reads the rows (:func:`hireplan.storage.sheet_rows.read_rows`). When any cell is
        bad nothing is added and ``ValueError`` lists the bad cells by row and column, so a person
        fixes the sheet and pastes again rather than hunting for what came in. Checklist items
        (``item``) go to ``step_id`` at ``row`` (-1 = the end); ``defaults`` fill fields the rows
        leave empty (the role on screen for offers). Returns the new ids.
        """
        # Imported on the first paste: the sheet readers are not needed to show a plan.
        from hireplan.storage.sheet_rows import describe_problems, read_rows

        pasted = read_rows(self.plan, kind, text, defaults=defaults)
        if pasted.problems:
            raise ValueError(
                QCoreApplication.translate(
                    "PlanDocument", "Nothing was pasted; fix these cells and paste again:\n{problems}"
                ).format(problems=describe_problems(pasted.problems))
            )
        if not pasted.objects:
            raise ValueError(
                QCoreApplication.translate("PlanDocument", "The clipboard holds no rows to paste.")
            )
        label = _paste_text(kind, len(pasted.objects))
        if kind == "item":
            if step_id is None:
                raise ValueError(
                    QCoreApplication.translate("PlanDocument", "Choose the step to paste the items into.")
                )
            items = [obj for obj in pasted.objects if isinstance(obj, ChecklistItem)]
            _, step = lookup.find_step(self.plan, step_id)
            at = row if 0 <= row <= len(step.items) else len(step.items)
            self.undo_stack.push(InsertRunsCommand(self, [Run(step_id, at, tuple(items))], text=label))
            return [item.id for item in items]
        self.insert_objects(kind, row, pasted.objects, text=label)
        return [str(getattr(obj, "id", "")) for obj in pasted.objects]


def _paste_text(kind: str, count: int) -> str:
    """The undo step's name, a whole sentence per kind so each translates with its plural."""
    if kind == "item":
        return QCoreApplication.translate("PlanDocument", "Paste %n checklist item(s)", None, count)
    if kind == "role":
        return QCoreApplication.translate("PlanDocument", "Paste %n role(s)", None, count)
    if kind == "offer":
        return QCoreApplication.translate("PlanDocument", "Paste %n offer(s)", None, count)
    if kind == "benchmark":
        return QCoreApplication.translate("PlanDocument", "Paste %n benchmark(s)", None, count)
    return QCoreApplication.translate("PlanDocument", "Paste %n risk(s)", None, count)


def _bonus_text(kind: BonusKind) -> str:
    """The undo step of a new bonus unit, named as the offer form names the unit."""
    if kind is BonusKind.PERCENT:
        return QCoreApplication.translate("PlanDocument", "Bonus as % of base")
    return QCoreApplication.translate("PlanDocument", "Bonus as yearly amount")
