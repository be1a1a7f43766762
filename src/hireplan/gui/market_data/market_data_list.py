"""One list of the Market data screen: its toolbar (Add, Duplicate, Delete), its table, its empty state.

Each list edits one kind (benchmarks, markets, exchange rates, PPP factors, pay bands) through the
document, one undo step per action; the copyable kinds get copy and paste of rows. The panel fills
the empty state from :data:`EMPTY_TEXTS` (or :data:`EMPTY_NO_MARKET` while the plan has no market).
Texts are in the ``MarketDataPanel`` context.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from hireplan.gui.common.list_table_model import ListTableModel
from hireplan.gui.common.row_clipboard import RowSource, attach_row_clipboard
from hireplan.gui.common.table_views import (
    bind_delete_key,
    make_table,
    select_ids,
    select_row,
    selected_ids,
    tool_button,
)
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.market_data.market_usage import market_in_use
from hireplan.storage.sheet_columns import COPYABLE_KINDS

EMPTY_NO_MARKET = (
    QT_TRANSLATE_NOOP("MarketDataPanel", "No market data yet. Add a market first, then its figures."),
    QT_TRANSLATE_NOOP("MarketDataPanel", "Add a market"),
)
EMPTY_TEXTS: dict[str, tuple[object, object]] = {
    "benchmark": (
        QT_TRANSLATE_NOOP(
            "MarketDataPanel",
            "No benchmarks yet. Add your survey figures for each market, or import them from a survey file.",
        ),
        QT_TRANSLATE_NOOP("MarketDataPanel", "Add a benchmark"),
    ),
    "market": (
        QT_TRANSLATE_NOOP("MarketDataPanel", "No market data yet. Add each city or region you hire in."),
        QT_TRANSLATE_NOOP("MarketDataPanel", "Add a market"),
    ),
    "rate": (
        QT_TRANSLATE_NOOP(
            "MarketDataPanel",
            "No exchange rates yet. Add one for each currency your markets use, with its source and date.",
        ),
        QT_TRANSLATE_NOOP("MarketDataPanel", "Add an exchange rate"),
    ),
    "ppp": (
        QT_TRANSLATE_NOOP(
            "MarketDataPanel",
            "No PPP factors yet. Add one for each country to compare pay by what it buys there.",
        ),
        QT_TRANSLATE_NOOP("MarketDataPanel", "Add a PPP factor"),
    ),
    "band": (
        QT_TRANSLATE_NOOP(
            "MarketDataPanel",
            "No internal pay bands yet. They are optional: add your own pay ranges to place offers in them.",
        ),
        QT_TRANSLATE_NOOP("MarketDataPanel", "Add a pay band"),
    ),
}
"""What each empty list says, and its button (English source texts, translated when shown)."""

ADD_LABELS = {
    "benchmark": str(QT_TRANSLATE_NOOP("MarketDataPanel", "&Add benchmark")),
    "market": str(QT_TRANSLATE_NOOP("MarketDataPanel", "&Add market")),
    "rate": str(QT_TRANSLATE_NOOP("MarketDataPanel", "&Add exchange rate")),
    "ppp": str(QT_TRANSLATE_NOOP("MarketDataPanel", "&Add PPP factor")),
    "band": str(QT_TRANSLATE_NOOP("MarketDataPanel", "&Add pay band")),
}
"""Each list's Add button, in English; translated where it is made."""


class ListPage(QWidget):
    """One list: toolbar + table."""

    refused = Signal(str)

    def __init__(
        self,
        document: PlanDocument,
        model: ListTableModel,
        refused: Callable[[str], None],
        extra: list[QAction] | None = None,
        *,
        name: str,
    ) -> None:
        super().__init__()
        self.document = document
        self.model = model
        self._refused = refused
        self.view: QTableView = make_table(model, f"{model.kind}Table", name)
        self.add_action = QAction(QCoreApplication.translate("MarketDataPanel", ADD_LABELS[model.kind]), self)
        self.add_action.triggered.connect(self.add)
        self.duplicate_action = QAction(QCoreApplication.translate("MarketDataPanel", "D&uplicate"), self)
        self.duplicate_action.triggered.connect(self.duplicate)
        self.delete_action = QAction(QCoreApplication.translate("MarketDataPanel", "&Delete"), self)
        self.delete_action.triggered.connect(self.delete)
        bind_delete_key(self.view, self.delete_action)
        if model.kind in COPYABLE_KINDS:
            attach_row_clipboard(
                self.view,
                document,
                RowSource(
                    model.kind,
                    self.selected,
                    refused,
                    delete=self.delete,
                    select=lambda ids: select_ids(self.view, ids),
                ),
            )
        bar = QHBoxLayout()
        for action in (*(extra or []), self.add_action, self.duplicate_action, self.delete_action):
            bar.addWidget(tool_button(action))
        bar.addStretch(1)
        # The empty state: what the list is for and a button to add the first one (the panel fills it).
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_row = QWidget()
        empty = QHBoxLayout(self.empty_row)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.addWidget(self.empty_label, 1)
        empty.addWidget(self.empty_button)
        self.empty_row.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.empty_row)
        layout.addWidget(self.view)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self._update()

    def _update(self) -> None:
        has = bool(self.selected())
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)

    def selected(self) -> list[str]:
        return selected_ids(self.view)

    def add(self) -> str | None:
        try:
            obj_id = self.document.add_new(self.model.kind)
        except ValueError as error:
            self._refused(str(error))
            return None
        self.select(obj_id)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # type the new row's values at once
        self.view.edit(self.view.currentIndex())
        return obj_id

    def duplicate(self) -> list[str]:
        ids = self.document.duplicate_objects(self.model.kind, self.selected())
        if ids:
            self.select(ids[0])
        return ids

    def delete(self) -> int:
        ids = self.selected()
        if self.model.kind == "market" and ids:
            reason = market_in_use(self.document, ids)
            if reason:
                self.refused.emit(reason)
                return 0
        return self.document.remove_objects(self.model.kind, ids)

    def select(self, obj_id: str) -> bool:
        row = self.model.row_of(obj_id)
        if row < 0:
            return False
        select_row(self.view, row)
        return True
