"""The Compensation screen: a role's offers against every market, nominal or in purchasing power.

Pick a role; see each offer's annual total and first-year value beside the competing package, and
each market's P25/P50/P75 beside our figure with the compa-ratio coloured by the plan's bands.
Switching nominal/PPP updates at once; the currency list sets the plan's reporting currency
(an ordinary edit, one undo step). Everything shown comes from ``document.analysis()``.
The bar of choices is ``compensation_choices``; what the notice and legend say, ``compensation_notice``.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QSignalBlocker,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.style import coloured, tones
from hireplan.gui.compensation.compensation_chart import CompensationChart
from hireplan.gui.compensation.compensation_choices import ChoiceBar, fill_currencies, fill_roles
from hireplan.gui.compensation.compensation_notice import (
    budget_note,
    legend_text,
    market_notes,
    missing_for_comparison,
)
from hireplan.gui.compensation.compensation_tables import (
    comparison_table,
    fit_columns,
    fit_height_to_rows,
    share_with_chart,
)
from hireplan.gui.compensation.markets_model import MarketColumn, MarketComparisonModel
from hireplan.gui.compensation.mode_model import (
    Mode,
    OfferIdRole,
    market_rows,
    offer_label,
    unit_of,
)
from hireplan.gui.compensation.range_chart_data import chart_data
from hireplan.gui.compensation.summary_model import OffersSummaryModel
from hireplan.gui.document.document import PlanDocument
from hireplan.i18n import join_sentences

MIN_CHART_HEIGHT = 280


class CompensationPanel(Contained, QWidget):
    """Offers of one role against every market; ``objectRequested(kind, id)`` on double-click."""

    objectRequested = Signal(str, str)

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._mode: Mode = "nominal"
        self._role_id: str | None = None
        self._offer_id: str | None = None
        self._fitted_for: tuple[object, ...] = ()
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start, start_on_show=True)

        self.summary_model = OffersSummaryModel(lambda: self._document.plan, self)
        self.market_model = MarketComparisonModel(lambda: self._document.plan, self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        choices = ChoiceBar(self)
        self.role_combo = choices.role_combo
        self.nominal_button = choices.nominal_button
        self.ppp_button = choices.ppp_button
        self.mode_group = choices.mode_group
        self.currency_combo = choices.currency_combo
        self.role_combo.currentIndexChanged.connect(self._on_role_chosen)
        self.ppp_button.toggled.connect(lambda on: self.set_mode("ppp" if on else "nominal"))
        self.currency_combo.activated.connect(self._on_currency_chosen)
        layout.addLayout(choices.layout)

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.RichText)
        self.notice_button = QPushButton()
        self.notice_button.hide()
        self.notice_button.clicked.connect(self._on_notice_button)
        self._notice_target: tuple[str, str] | None = None
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(notice_row)

        self.summary_view = comparison_table(
            self.summary_model,
            QCoreApplication.translate("CompensationPanel", "Offers for this role"),
            self._on_double_clicked,
            self,
        )
        self.summary_view.setObjectName("offersSummaryView")
        self.summary_view.selectionModel().currentRowChanged.connect(self._on_offer_chosen)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "CompensationPanel",
                    "<b>Offers</b> <small>(pick one to compare it with each market below)</small>",
                )
            )
        )
        layout.addWidget(self.summary_view)

        splitter = QSplitter(Qt.Orientation.Vertical)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.market_heading = QLabel()
        self.market_heading.setTextFormat(Qt.TextFormat.RichText)
        left_layout.addWidget(self.market_heading)
        self.market_view = comparison_table(
            self.market_model,
            QCoreApplication.translate("CompensationPanel", "The chosen offer against each market"),
            self._on_double_clicked,
            self,
        )
        self.market_view.setObjectName("marketComparisonView")
        self.market_view.setColumnHidden(MarketColumn.OFFER, True)
        left_layout.addWidget(self.market_view, 1)
        self.chart = CompensationChart()
        self._splitter = splitter
        splitter.addWidget(left)
        splitter.addWidget(self.chart)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        layout.addWidget(self.legend_label)

        document.planReset.connect(self._on_plan_reset)
        document.objectsChanged.connect(self._on_objects_changed)

    # ------------------------------------------------------------------ following the plan

    def start(self) -> None:
        """Begin following the analysis; called on first show so start-up does not analyse."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)
        self._fill_roles()
        self._fill_currencies()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow.shown()
        self._share_width()

    def _on_plan_reset(self) -> None:
        if self._follow.live:
            self._role_id = None
            self._fill_roles()
            self._fill_currencies()
            self._follow.changed()

    def _on_objects_changed(self, kind: str, _ids: list[str]) -> None:
        if not self._follow.live:
            return
        if kind in ("role", "offer", "market"):
            self._fill_roles()
        if kind in ("plan", "rate", "market"):
            self._fill_currencies()

    def refresh(self) -> None:
        if self._role_ids() != self._combo_role_ids():
            self._fill_roles()
        analysis = self._document.analysis()
        offer_ids = self.offer_ids()
        self.summary_model.update(analysis, offer_ids, self._mode)
        if self._offer_id not in offer_ids:
            self._offer_id = offer_ids[0] if offer_ids else None
        self._select_offer_row()
        self.market_model.update(analysis, [self._offer_id] if self._offer_id else [], self._mode)
        unit = unit_of(self._mode, analysis.reporting_currency)
        plan = self._document.plan
        self.chart.set_data(chart_data(market_rows(analysis, plan, offer_ids, self._mode), unit))
        label = (
            offer_label(plan, self._offer_id)
            if self._offer_id
            else QCoreApplication.translate("CompensationPanel", "no offer")
        )
        self.market_heading.setText(
            QCoreApplication.translate("CompensationPanel", "<b>{offer}</b> against each market").format(
                offer=html.escape(label)
            )
        )
        shape = (self._role_id, self._offer_id, self._mode, analysis.reporting_currency)
        if shape != self._fitted_for:
            # Fitting reads every cell: do it when the rows change, not after every edit.
            self._fitted_for = shape
            fit_columns(self.summary_view)
            fit_columns(self.market_view)
            fit_height_to_rows(self.summary_view)
            self._share_width()
        self._update_notice()

    def _share_width(self) -> None:
        """Give the comparison table the height its rows need (a market per row) and the chart the rest."""
        share_with_chart(self._splitter, self.market_heading, self.market_view, MIN_CHART_HEIGHT)

    def _select_offer_row(self) -> None:
        if self._offer_id is None:
            return
        proxy = self.summary_view.model()
        assert isinstance(proxy, QSortFilterProxyModel)
        index = proxy.mapFromSource(self.summary_model.index(self.summary_model.row_of(self._offer_id), 0))
        if index.isValid() and self.summary_view.currentIndex().row() != index.row():
            with QSignalBlocker(self.summary_view.selectionModel()):
                self.summary_view.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
            self.summary_view.viewport().update()

    def offer_id(self) -> str | None:
        """The offer compared with each market in the lower table."""
        return self._offer_id

    def set_offer(self, offer_id: str) -> bool:
        if offer_id not in self.offer_ids():
            return False
        self._offer_id = offer_id
        self.refresh()
        return True

    def _on_offer_chosen(self, current: object, _previous: object) -> None:
        offer_id = current.data(OfferIdRole) if current.isValid() else None  # type: ignore[attr-defined]
        if isinstance(offer_id, str) and offer_id != self._offer_id:
            self._offer_id = offer_id
            if self._follow.live:
                self.refresh()

    # ------------------------------------------------------------------ choices

    def mode(self) -> Mode:
        return self._mode

    def set_mode(self, mode: Mode) -> None:
        """Nominal (reporting currency) or PPP (international dollars); the tables follow at once."""
        if mode == self._mode:
            return
        self._mode = mode
        with QSignalBlocker(self.ppp_button), QSignalBlocker(self.nominal_button):
            self.ppp_button.setChecked(mode == "ppp")
            self.nominal_button.setChecked(mode == "nominal")
        if self._follow.live:
            self.refresh()

    def role_id(self) -> str | None:
        return self._role_id

    def set_role(self, role_id: str) -> bool:
        row = self.role_combo.findData(role_id)
        if row < 0:
            return False
        self.role_combo.setCurrentIndex(row)
        return True

    def offer_ids(self) -> list[str]:
        if self._role_id is None:
            return []
        return [offer.id for offer in self._document.plan.offers if offer.role_id == self._role_id]

    def set_reporting_currency(self, code: str) -> bool:
        """Change the plan's reporting currency (one undo step); False when unchanged or refused."""
        plan = self._document.plan
        try:
            return self._document.set_field("plan", plan.id, "reporting_currency", code)
        except ValueError as error:
            self.notice_label.setText(coloured(html.escape(str(error)), tones().error))
            return False

    def select_object(self, kind: str, obj_id: str) -> bool:
        """Show a role, or an offer's role with the offer selected."""
        if not self._follow.live:
            self.start()
        if kind == "role":
            return self.set_role(obj_id)
        if kind == "offer":
            offer = next((o for o in self._document.plan.offers if o.id == obj_id), None)
            if offer is None or not self.set_role(offer.role_id):
                return False
            return self.set_offer(obj_id)
        return False

    # ------------------------------------------------------------------ helpers

    def _role_ids(self) -> list[str]:
        return [role.id for role in self._document.plan.roles]

    def _combo_role_ids(self) -> list[str]:
        return [str(self.role_combo.itemData(row)) for row in range(self.role_combo.count())]

    def _fill_roles(self) -> None:
        self._role_id = fill_roles(self.role_combo, self._document.plan, self._role_id)

    def _fill_currencies(self) -> None:
        fill_currencies(self.currency_combo, self._document.plan)

    def _on_role_chosen(self, row: int) -> None:
        data = self.role_combo.itemData(row)
        self._role_id = str(data) if data is not None else None
        if self._follow.live:
            self.refresh()

    def _on_currency_chosen(self, row: int) -> None:
        code = self.currency_combo.itemData(row)
        if code and not self.set_reporting_currency(str(code)):
            self._fill_currencies()

    def _on_double_clicked(self, index: object) -> None:
        offer_id = index.data(OfferIdRole)  # type: ignore[attr-defined]
        if isinstance(offer_id, str):
            self.objectRequested.emit("offer", offer_id)

    def _on_notice_button(self) -> None:
        if self._notice_target is not None:
            self.objectRequested.emit(*self._notice_target)

    def _update_notice(self) -> None:
        plan = self._document.plan
        notes: list[str] = []
        missing = missing_for_comparison(plan, self.offer_ids(), self._offer_id, self.market_model.rowCount())
        self._notice_target = missing[2] if missing is not None else None
        if missing is not None:
            notes.append(missing[0])
            self.notice_button.setText(missing[1])
        self.notice_button.setVisible(missing is not None)
        budget = budget_note(self._document.analysis().budget, self.role_id())
        if budget:
            notes.append(budget)
        notes.extend(market_notes(self.market_model.rows(), self._mode))
        self.notice_label.setText(html.escape(join_sentences(*notes)))
        self.notice_label.setVisible(bool(notes))
        self.legend_label.setText(legend_text(plan, self._mode))
