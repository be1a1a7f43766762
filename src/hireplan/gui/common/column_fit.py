"""Fitting a column to its contents by measuring one cell per distinct look, not every cell.

Qt fits a ``ResizeToContents`` column (and answers a double-click on a header divider) by asking
the delegate for the size of every row's cell, each of which asks the model for half a dozen
roles; and it does so again after any change to any row. On a large plan that was most of the
time an acknowledgement took (the flags list: about 8,800 calls into the model per edit) and of
the first switch to Risks (the risk register: about 50,000). Cells that show the same text, icon
and font measure the same, so a model that can group its rows by look (:class:`GroupsRowsByLook`)
lets :func:`content_width` measure one cell of each group among the rows on show, and the column
comes out exactly as wide as Qt's own scan makes it. :class:`~hireplan.gui.common.table_views.EditTable`
asks it first.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QTableView


@runtime_checkable
class GroupsRowsByLook(Protocol):
    """A table model that knows which of its rows look alike in a column."""

    def rows_by_look(self, column: int) -> list[list[int]] | None:
        """This column's rows grouped so that the cells of one group measure the same (same
        text, icon and font), or None when the model cannot tell for this column."""
        ...


def content_width(view: QTableView, column: int) -> int | None:
    """What ``QTableView.sizeHintForColumn`` returns, measured one cell per group of look-alike
    rows; None when the view's model (or the source of its filter) cannot group its rows, or
    no row is on show (Qt's own answer is then as cheap)."""
    model: QAbstractItemModel | None = view.model()
    proxy = model if isinstance(model, QSortFilterProxyModel) else None
    source = proxy.sourceModel() if proxy is not None else model
    if not isinstance(source, GroupsRowsByLook) or not isinstance(source, QAbstractItemModel):
        return None
    groups = source.rows_by_look(column)
    if groups is None:
        return None
    view.ensurePolished()
    hint = 0
    measured = False
    for rows in groups:
        for row in rows:  # the first of the group that is on show
            index = source.index(row, column, QModelIndex())
            if proxy is not None:
                index = proxy.mapFromSource(index)
            if index.isValid() and not view.isRowHidden(index.row()):
                hint = max(hint, view.sizeHintForIndex(index).width())
                measured = True
                break
    if not measured:
        return None
    return hint + 1 if view.showGrid() else hint
