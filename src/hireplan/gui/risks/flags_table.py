"""The flags table: its Severity and Status columns fit their contents, measured once per look.

Qt fits a ``ResizeToContents`` column by asking the delegate for the size of every row's cell,
each of which asks the model for half a dozen roles, and it does so again after any change to
any row. On a large plan (hundreds of flags) one acknowledgement cost about 8,800 calls into
the model and most of the 55 ms it took. Cells that show the same text and icon measure the
same, so :meth:`FlagsTable.sizeHintForColumn` measures one cell of each distinct look among
the rows on show, and the column comes out exactly as wide as Qt's own scan makes it.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel

from hireplan.gui.common.table_views import EditTable
from hireplan.gui.risks.flags_model import Column, FlagsModel

FITTED = (Column.SEVERITY, Column.STATUS)
"""The columns the panel fits to their contents; each shows one of a few texts."""


class FlagsTable(EditTable):
    """The flags list: an :class:`EditTable` over a filter of a :class:`FlagsModel`."""

    def sizeHintForColumn(self, column: int) -> int:
        proxy = self.model()
        if column not in FITTED or not isinstance(proxy, QSortFilterProxyModel):
            return super().sizeHintForColumn(column)
        source = proxy.sourceModel()
        if not isinstance(source, FlagsModel):
            return super().sizeHintForColumn(column)
        self.ensurePolished()
        hint = 0
        for rows in source.rows_by_look(column):
            for row in rows:  # the first of the group the filter lets through
                index = proxy.mapFromSource(source.index(row, column))
                if index.isValid():
                    hint = max(hint, self.sizeHintForIndex(index).width())
                    break
        if not hint:
            return super().sizeHintForColumn(column)  # no rows on show: Qt's own answer
        return hint + 1 if self.showGrid() else hint
