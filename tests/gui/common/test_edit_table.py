"""A table that fits columns to their contents does so from the moment it is shown.

``EditTable.fit_to_contents`` waits for the first show, so a screen being built does not measure
its columns on every layout pass; a person relies on the columns then being wide enough for every
cell, and on a table already on screen fitting at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from hireplan.gui.common.table_views import EditTable

FIT = QHeaderView.ResizeMode.ResizeToContents


def _table(qtbot: Any) -> EditTable:
    model = QStandardItemModel(0, 3)
    for text in ("short", "a much longer cell than its neighbours", "mid-sized"):
        model.appendRow([QStandardItem(text), QStandardItem(text.upper()), QStandardItem("x")])
    view = EditTable()
    view.setModel(model)
    model.setParent(view)
    qtbot.addWidget(view)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def test_columns_fit_their_widest_cell_once_the_table_is_shown(qtbot: Any) -> None:
    view = _table(qtbot)
    header = view.horizontalHeader()
    view.fit_to_contents(0, 1)
    assert header.sectionResizeMode(0) != FIT  # nothing measured while the screen is built

    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    for column in (0, 1):
        assert header.sectionResizeMode(column) == FIT
        assert header.sectionSize(column) >= QTableView.sizeHintForColumn(view, column)
    assert header.sectionSize(1) > header.sectionSize(0)  # upper case is wider


def test_a_table_on_screen_fits_at_once(qtbot: Any) -> None:
    view = _table(qtbot)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    view.fit_to_contents(0)
    assert view.horizontalHeader().sectionResizeMode(0) == FIT
    assert view.horizontalHeader().sectionSize(0) >= QTableView.sizeHintForColumn(view, 0)
