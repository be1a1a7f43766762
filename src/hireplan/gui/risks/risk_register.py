"""The lower part of the Risks screen: the team's own risk register beside its heat map.

Picking a heat-map cell filters the register to that cell's risks; a risk is added, deleted or
pasted through the document (one undo step each), and a refused edit shows under the table.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.heat_map import heat_map as risk_heat_map
from hireplan.analysis.results import Severity
from hireplan.analysis.risks import risk_band
from hireplan.gui.common.row_clipboard import RowSource, attach_row_clipboard
from hireplan.gui.common.style import error_style
from hireplan.gui.common.table_views import EditTable, select_ids
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.heat_map import RiskHeatMap, legend_html
from hireplan.gui.risks.risks_delegates import RisksDelegate
from hireplan.gui.risks.risks_model import Column as RiskColumn
from hireplan.gui.risks.risks_model import RiskCellFilter, RiskIdRole, RisksModel


class RiskRegister(QWidget):
    """The heat map, the register table it filters, Add and Delete, and the line for refusals."""

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._heat = risk_heat_map(document.plan.risks, document.plan.settings)
        self.risks_model = RisksModel(document, self)
        self.risks_filter = RiskCellFilter(self)
        self.risks_filter.setSourceModel(self.risks_model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel("<h3>{}</h3>".format(QCoreApplication.translate("RisksPanel", "Risk register")))
        heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(heading)
        row = QHBoxLayout()
        self.heat_map = RiskHeatMap(self._band_of)
        self.heat_map.setToolTip(
            QCoreApplication.translate(
                "RisksPanel", "Click a cell to show only its risks; click it again to show all"
            )
        )
        self.heat_map.cellChosen.connect(self._on_cell_chosen)
        row.addWidget(self.heat_map)
        # What the colours and numbers mean, in words, under the map and the register.
        self.heat_legend = QLabel()
        self.heat_legend.setObjectName("heatLegend")
        self.heat_legend.setWordWrap(True)
        self.heat_legend.setTextFormat(Qt.TextFormat.RichText)

        right = QVBoxLayout()
        bar = QHBoxLayout()
        self.cell_label = QLabel()
        self.clear_cell_button = QPushButton(QCoreApplication.translate("RisksPanel", "Show all risks"))
        self.clear_cell_button.clicked.connect(lambda: self.heat_map.choose(None))
        self.add_button = QPushButton(QCoreApplication.translate("RisksPanel", "&Add risk"))
        self.add_button.clicked.connect(self.add_risk)
        self.delete_button = QPushButton(QCoreApplication.translate("RisksPanel", "&Delete risk"))
        self.delete_button.setToolTip(
            QCoreApplication.translate(
                "RisksPanel", "Delete the selected risks (Edit > Undo brings them back)"
            )
        )
        self.delete_button.clicked.connect(self.delete_selected_risks)
        bar.addWidget(self.cell_label)
        bar.addWidget(self.clear_cell_button)
        bar.addStretch(1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        right.addLayout(bar)

        self.risks_view = EditTable()  # a risk typed in across by Tab; Tab then leaves
        self.risks_view.setObjectName("risksView")
        self.risks_view.setAccessibleName(QCoreApplication.translate("RisksPanel", "Risk register"))
        self.risks_view.setModel(self.risks_filter)
        self.risks_view.setItemDelegate(RisksDelegate(self.risks_view))
        self.risks_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.risks_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.risks_view.verticalHeader().setVisible(False)
        self.risks_view.setAlternatingRowColors(True)
        header = self.risks_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A readable width for the risk and its mitigation, the table scrolling sideways when the
        # window is narrow (stretched, they shrank to three letters at 1200 x 780); F2 shows all.
        em = self.fontMetrics().averageCharWidth()
        header.resizeSection(RiskColumn.TITLE, em * 30)
        header.resizeSection(RiskColumn.MITIGATION, em * 36)
        header.setStretchLastSection(True)
        self.risks_view.fit_to_contents(
            RiskColumn.LIKELIHOOD, RiskColumn.IMPACT, RiskColumn.SCORE, RiskColumn.REVIEW, RiskColumn.STATUS
        )
        self.risks_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        attach_row_clipboard(
            self.risks_view,
            self._document,
            RowSource(
                "risk",
                self.selected_risk_ids,
                self.show_refusal,
                delete=self.delete_selected_risks,
                select=self._select_pasted,
            ),
        )
        right.addWidget(self.risks_view, 1)

        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(error_style())
        right.addWidget(self.message_label)
        row.addLayout(right, 1)
        layout.addLayout(row, 1)
        layout.addWidget(self.heat_legend)

        self.risks_model.editRefused.connect(self.show_refusal)
        self._update_buttons()

    def refresh(self) -> None:
        """Show the current register: scores, heat map and legend, the chosen cell's risks, the count."""
        self.risks_model.sync()
        plan = self._document.plan
        self._heat = risk_heat_map(plan.risks, plan.settings)
        self.heat_map.set_heat(self._heat, {risk.id: risk.title for risk in plan.risks})
        self.heat_legend.setText(legend_html(self._heat))
        chosen = self.heat_map.chosen()
        if chosen is not None:
            self.risks_filter.set_cell(chosen, self._heat.risk_ids.get(chosen, ()))
        self._update_cell_label()

    def _band_of(self, score: int) -> Severity:
        return risk_band(score, self._document.plan.settings)

    def _on_cell_chosen(self, cell: tuple[int, int] | None) -> None:
        self.risks_filter.set_cell(cell, self._heat.risk_ids.get(cell, ()) if cell is not None else ())
        self._update_cell_label()

    def _update_cell_label(self) -> None:
        cell = self.heat_map.chosen()
        if cell is None:
            count = len(self._document.plan.risks)
            self.cell_label.setText(QCoreApplication.translate("RisksPanel", "%n risk(s)", None, count))
            self.clear_cell_button.setVisible(False)
        else:
            shown = self.risks_filter.rowCount()
            self.cell_label.setText(
                QCoreApplication.translate(
                    "RisksPanel", "Showing {shown} of {total}: likelihood {likelihood}, impact {impact}"
                ).format(shown=shown, total=self.risks_model.rowCount(), likelihood=cell[0], impact=cell[1])
            )
            self.clear_cell_button.setVisible(True)

    def selected_risk_ids(self) -> list[str]:
        ids = []
        for index in self.risks_view.selectionModel().selectedRows():
            value = index.data(RiskIdRole)
            if isinstance(value, str):
                ids.append(value)
        return ids

    def add_risk(self) -> str:
        """Add a new risk at the end (one undo step) and start editing its title."""
        self.heat_map.choose(None)
        risk_id = self._document.add_new("risk")
        row = self.risks_model.row_of(risk_id)
        if row >= 0:
            index = self.risks_filter.mapFromSource(self.risks_model.index(row, RiskColumn.TITLE))
            self.risks_view.setCurrentIndex(index)
            self.risks_view.edit(index)
        return risk_id

    def delete_selected_risks(self) -> int:
        ids = self.selected_risk_ids()
        if not ids:
            return 0
        return self._document.remove_objects("risk", ids)

    def select_risk(self, risk_id: str) -> bool:
        """Select a risk in the register (showing all risks if the chosen cell hides it)."""
        row = self.risks_model.row_of(risk_id)
        if row < 0:
            return False
        source = self.risks_model.index(row, RiskColumn.TITLE)
        if not self.risks_filter.mapFromSource(source).isValid():
            self.heat_map.choose(None)
        index = self.risks_filter.mapFromSource(source)
        self.risks_view.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.risks_view.scrollTo(index)
        self.risks_view.setFocus()
        return True

    def _select_pasted(self, ids: Sequence[str]) -> None:
        self.heat_map.choose(None)  # pasted risks may fall outside the chosen cell
        select_ids(self.risks_view, ids, RiskIdRole)

    def show_refusal(self, message: str) -> None:
        """Say under the table why an edit or an acknowledgement was refused."""
        self.message_label.setText(message)

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_risk_ids()))
