"""How the Compensation screen's two tables behave: sorted by value, read-only, fitted to their text.

Amounts and ratios sort by the number behind them (``SortRole``), not by their formatted text;
columns fit their contents but long names never push the figures off screen; each table is as tall
as its rows need, and the chart below takes the rest.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView

from hireplan.gui.common.containment import Contained
from hireplan.gui.compensation.mode_model import SortRole


class SortByValueProxy(Contained, QSortFilterProxyModel):
    """Sorts amounts and ratios by value, not by their formatted text."""

    def lessThan(self, left: object, right: object) -> bool:
        a = left.data(SortRole)  # type: ignore[attr-defined]
        b = right.data(SortRole)  # type: ignore[attr-defined]
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


def comparison_table(
    model: QAbstractItemModel, name: str, on_activated: Callable[[QModelIndex], object], parent: QObject
) -> QTableView:
    """A read-only, sortable table of figures; ``on_activated`` gets the double-clicked index."""
    proxy = SortByValueProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView()
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.setModel(proxy)
    view.setAccessibleName(name)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    view.activated.connect(on_activated)
    return view


MAX_TEXT_COLUMN = 180


def fit_columns(view: QTableView) -> None:
    """Fit columns to their contents, but keep long names from pushing the figures off screen."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionSize(column) > MAX_TEXT_COLUMN:
            header.resizeSection(column, MAX_TEXT_COLUMN)
    view.horizontalScrollBar().setValue(0)


def fit_height_to_rows(view: QTableView, most: int = 5) -> None:
    """Show every row up to ``most`` rows; no empty band under a single row."""
    rows = min(max(view.model().rowCount(), 1), most)
    height = (
        view.horizontalHeader().height()
        + rows * view.verticalHeader().defaultSectionSize()
        + view.horizontalScrollBar().sizeHint().height()
        + 2 * view.frameWidth()
    )
    view.setFixedHeight(height)


def share_with_chart(splitter: QSplitter, heading: QLabel, view: QTableView, min_chart: int) -> None:
    """Give the table (under its heading) the height its rows need and the chart below the rest."""
    total = sum(splitter.sizes())
    if total <= 0:
        return
    rows = max(view.model().rowCount(), 1)
    needed = (
        heading.sizeHint().height()
        + view.horizontalHeader().height()
        + rows * view.verticalHeader().defaultSectionSize()
        + view.horizontalScrollBar().sizeHint().height()
        + 2 * view.frameWidth()
        + 8
    )
    table = max(min(needed, total // 2, total - min_chart), min(total // 3, needed))
    splitter.setSizes([table, total - table])
