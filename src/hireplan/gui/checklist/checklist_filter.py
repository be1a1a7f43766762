"""Filtering the checklist by text, status, owner, tag, overdue, and showing one step at a time.

A step stays visible when any of its items matches (recursive filtering); with no filter set,
every step shows, empty ones included, so a user can still drop or add items into them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from hireplan.gui.checklist.checklist_cells import ItemRole
from hireplan.gui.common.containment import Contained
from hireplan.model.checklist import Status

UNASSIGNED = ""
"""Owner filter value meaning "nobody owns it"."""


class ChecklistFilterProxy(Contained, QSortFilterProxyModel):
    """Proxy over :class:`~hireplan.gui.checklist.checklist_model.ChecklistModel` with the panel's filters."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setDynamicSortFilter(True)
        self._text = ""
        self._status: Status | None = None
        self._owner: str | None = None
        self._tag: str | None = None
        self._overdue = False
        self._step_key: str | None = None

    # ------------------------------------------------------------------ filter settings

    def _change(self, name: str, value: object) -> None:
        if getattr(self, name) == value:
            return
        self.beginFilterChange()
        setattr(self, name, value)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        """Items whose text, owner, notes or tags contain ``text`` (any case)."""
        self._change("_text", text.strip().lower())

    def set_status(self, status: Status | None) -> None:
        self._change("_status", status)

    def set_owner(self, owner: str | None) -> None:
        """Items owned by ``owner`` (any case); :data:`UNASSIGNED` for items nobody owns."""
        self._change("_owner", None if owner is None else owner.strip().casefold())

    def set_tag(self, tag: str | None) -> None:
        self._change("_tag", tag)

    def set_overdue_only(self, overdue: bool) -> None:
        self._change("_overdue", overdue)

    def set_step_key(self, key: str | None) -> None:
        """Show only the step with this key (None: all steps)."""
        self._change("_step_key", key)

    def clear_filters(self) -> None:
        """Drop the item filters; the one-step view stays as it is."""
        if not self.item_filter_active():
            return
        self.beginFilterChange()
        self._text, self._status, self._owner, self._tag, self._overdue = "", None, None, None, False
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def item_filter_active(self) -> bool:
        return (
            bool(self._text)
            or any(v is not None for v in (self._status, self._owner, self._tag))
            or self._overdue
        )

    @property
    def step_key(self) -> str | None:
        return self._step_key

    # ------------------------------------------------------------------ the filter

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not source_parent.isValid():  # a step row: shown by itself only when no item filter is set
            if self._step_key is not None and index.data(ItemRole.STEP_KEY) != self._step_key:
                return False
            return not self.item_filter_active()
        if self._step_key is not None and source_parent.data(ItemRole.STEP_KEY) != self._step_key:
            return False
        if self._text and self._text not in (index.data(ItemRole.SEARCH_TEXT) or ""):
            return False
        if self._status is not None and index.data(ItemRole.STATUS) != self._status:
            return False
        if (
            self._owner is not None
            and str(index.data(ItemRole.OWNER) or "").strip().casefold() != self._owner
        ):
            return False
        if self._tag is not None and self._tag not in (index.data(ItemRole.TAGS) or []):
            return False
        return not (self._overdue and not index.data(ItemRole.OVERDUE))
