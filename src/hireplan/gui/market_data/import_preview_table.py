"""The import preview's two read-only tables: the rows that will come in and those left out.

Rows arrive as text worked out by :mod:`.import_jobs` in the background; these only show them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from hireplan.gui.common.containment import Contained

Index = QModelIndex | QPersistentModelIndex


class TextColumn(NamedTuple):
    """One column of a :class:`TextRowsModel`: its header, and whether it holds figures."""

    header: str
    figure: bool = False
    """A column of numbers, aligned right so their digits line up."""


class TextRowsModel(Contained, QAbstractTableModel):
    """A read-only table of text rows (the preview and the bad-row list)."""

    def __init__(self, columns: Sequence[TextColumn], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = [column.header for column in columns]
        self._rows: list[tuple[str, ...]] = []
        self._figures = frozenset(number for number, column in enumerate(columns) if column.figure)

    def set_rows(self, rows: Sequence[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self._rows[index.row()]
            return row[index.column()] if index.column() < len(row) else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._figures:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def preview_table(model: QAbstractTableModel) -> QTableView:
    """A read-only, row-selecting view of ``model``; the dialog fits its columns to each preview."""
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move in the preview
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    # Columns are fitted to the first 40 rows each preview, so every column shows at the dialog's
    # size; a longer text further down is elided.
    view.horizontalHeader().setResizeContentsPrecision(40)
    view.setAlternatingRowColors(True)
    return view
