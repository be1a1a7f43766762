"""Cut, copy and paste of whole rows between a plan's table (or the checklist tree) and a spreadsheet.

A screen plugs a view in once with :func:`attach_row_clipboard`, saying which kind its rows are, how
to read the selection, how to delete it (for Cut) and where pasted rows go. The window's Edit menu
then finds the focused view's :class:`RowClipboard` with :func:`row_clipboard_for` and needs to know
nothing about the screen. What a row holds and how pasted text is read is the core's
(:mod:`hireplan.storage.sheet_rows`); adding the rows is the document's ``paste_rows``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from hireplan.gui.document.document import PlanDocument
from hireplan.model.kinds import kind_info, objects_of

PasteTarget = Callable[[], tuple[str | None, int]]
"""Where pasted checklist items go: the step's id (None: no step chosen) and the row (-1: the end)."""


@dataclass(frozen=True)
class RowSource:
    """What a screen tells the clipboard about one view."""

    kind: str
    selected_ids: Callable[[], Sequence[str]]
    """The ids of the selected rows, in plan order."""
    report: Callable[[str], None]
    """Shows why a paste was refused, beside the view."""
    delete: Callable[[], int] | None = None
    """Deletes the selection as one undo step (Cut); None where rows cannot be deleted."""
    paste_target: PasteTarget | None = None
    """For checklist items: the step and row pasted items go to."""
    select: Callable[[Sequence[str]], None] | None = None
    """Selects the pasted rows, so the person sees what came in."""
    defaults: Callable[[], Mapping[str, object]] | None = None
    """Values for fields the pasted rows leave empty (the offers of the role on screen)."""


class RowClipboard(QObject):
    """The Edit menu's Cut, Copy, Paste and Select All for one view's rows."""

    def __init__(self, view: QAbstractItemView, document: PlanDocument, source: RowSource) -> None:
        super().__init__(view)
        self.setObjectName("rowClipboard")
        self.view = view
        self.document = document
        self.source = source

    def can_copy(self) -> bool:
        return bool(self.source.selected_ids())

    def can_cut(self) -> bool:
        return self.source.delete is not None and self.can_copy()

    def can_paste(self) -> bool:
        return bool(QApplication.clipboard().text().strip())

    def copy(self) -> int:
        """Put the selected rows on the clipboard, in plan order, as tab-separated text with a header row."""
        ids = set(self.source.selected_ids())
        plan = self.document.plan
        objects = [
            obj
            for obj in objects_of(plan, kind_info(self.source.kind).kind)
            if getattr(obj, "id", None) in ids
        ]
        if not objects:
            return 0
        from hireplan.storage.sheet_rows import copy_rows  # on the first copy, not at start-up

        QApplication.clipboard().setText(copy_rows(self.document.plan, self.source.kind, objects))
        return len(objects)

    def cut(self) -> int:
        """Copy the selected rows, then delete them (the screen's own Delete, one undo step)."""
        if self.source.delete is None or not self.copy():
            return 0
        try:
            return self.source.delete()
        except ValueError as error:  # a read-only plan: the rows stay, copied
            self.source.report(str(error))
            return 0

    def paste(self) -> list[str]:
        """Add the clipboard's rows to this view's list as one undo step; returns the new ids."""
        step_id, row = self.source.paste_target() if self.source.paste_target is not None else (None, -1)
        try:
            ids = self.document.paste_rows(
                self.source.kind,
                QApplication.clipboard().text(),
                step_id=step_id,
                row=row,
                defaults=self.source.defaults() if self.source.defaults is not None else None,
            )
        except ValueError as error:
            self.source.report(str(error))
            return []
        if self.source.select is not None:
            self.source.select(ids)
        return ids

    def select_all(self) -> None:
        self.view.selectAll()


def attach_row_clipboard(view: QAbstractItemView, document: PlanDocument, source: RowSource) -> RowClipboard:
    """Let the Edit menu cut, copy and paste ``view``'s rows (see :class:`RowSource`)."""
    return RowClipboard(view, document, source)


def row_clipboard_for(widget: QWidget | None) -> RowClipboard | None:
    """The row clipboard of the view ``widget`` is (or is inside, such as its viewport), if any."""
    while widget is not None:
        if isinstance(widget, QAbstractItemView):
            found = widget.findChild(RowClipboard, "rowClipboard", Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
        widget = widget.parentWidget()
    return None
