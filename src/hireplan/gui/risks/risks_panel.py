"""The Risks screen: flags the plan raises by itself, and the team's own risk register with its heat map.

Flags come from ``document.analysis()``; acknowledging or withdrawing is one named document
operation (``acknowledge_flags``, ``withdraw_acknowledgements``), one undo step. Double-clicking a
flag asks to go to the object at fault (``objectRequested(kind, id)``); the window routes it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.format import format_date
from hireplan.analysis.heat_map import heat_map as risk_heat_map
from hireplan.analysis.results import Flag, Severity
from hireplan.analysis.risks import risk_band
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.plan_names import live_names
from hireplan.gui.common.row_clipboard import RowSource, attach_row_clipboard
from hireplan.gui.common.style import error_style
from hireplan.gui.common.table_views import EditTable, select_ids
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.ack_dialog import AckInput, AskAcknowledgement, ask_acknowledgement
from hireplan.gui.risks.flags_model import Column as FlagColumn
from hireplan.gui.risks.flags_model import FlagRole, FlagsFilter, FlagsModel
from hireplan.gui.risks.heat_map import RiskHeatMap, legend_html
from hireplan.gui.risks.risks_delegates import RisksDelegate
from hireplan.gui.risks.risks_model import Column as RiskColumn
from hireplan.gui.risks.risks_model import RiskCellFilter, RiskIdRole, RisksModel

Index = QModelIndex | QPersistentModelIndex


class RisksPanel(Contained, QWidget):
    """Flags and manual risks; ``objectRequested(kind, id)`` asks the window to show an object."""

    objectRequested = Signal(str, str)

    def __init__(
        self,
        document: PlanDocument,
        parent: QWidget | None = None,
        *,
        ask: AskAcknowledgement | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._heat = risk_heat_map(document.plan.risks, document.plan.settings)
        self._ask: AskAcknowledgement = ask or ask_acknowledgement
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start, start_on_show=True)
        self._names = live_names(document)

        self.flags_model = FlagsModel(self._names, self)
        self.flags_filter = FlagsFilter(self)
        self.flags_filter.setSourceModel(self.flags_model)
        self.risks_model = RisksModel(document, self)
        self.risks_filter = RiskCellFilter(self)
        self.risks_filter.setSourceModel(self.risks_model)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_flags_part())
        splitter.addWidget(self._build_risks_part())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)

        self.risks_model.editRefused.connect(self._show_refusal)
        document.planReset.connect(self._on_plan_reset)
        document.objectsChanged.connect(self._on_objects_changed)
        self._update_buttons()

    # ------------------------------------------------------------------ construction

    def _build_flags_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        self.flags_heading = QLabel("<h3>{}</h3>".format(QCoreApplication.translate("RisksPanel", "Flags")))
        self.flags_heading.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.flags_heading)

        bar = QHBoxLayout()
        self.severity_combo = QComboBox()
        self.severity_combo.setAccessibleName(QCoreApplication.translate("RisksPanel", "Show severity"))
        self.severity_combo.addItem(QCoreApplication.translate("RisksPanel", "All severities"), None)
        for severity in Severity:
            self.severity_combo.addItem(
                QCoreApplication.translate("RisksPanel", "{severity} only").format(severity=severity.label),
                severity.value,
            )
        self.severity_combo.currentIndexChanged.connect(self._on_severity_changed)
        self.show_ack_box = QCheckBox(QCoreApplication.translate("RisksPanel", "&Show acknowledged"))
        self.show_ack_box.setChecked(True)
        self.show_ack_box.toggled.connect(self.flags_filter.set_show_acknowledged)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(QCoreApplication.translate("RisksPanel", "Search flags"))
        self.search_edit.setAccessibleName(QCoreApplication.translate("RisksPanel", "Search flags"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.flags_filter.set_text)
        self.goto_button = QPushButton(QCoreApplication.translate("RisksPanel", "Go t&o"))
        self.goto_button.setToolTip(
            QCoreApplication.translate(
                "RisksPanel", "Show the item, offer, role or risk this flag is about (double-click or Enter)"
            )
        )
        self.goto_button.clicked.connect(self.go_to_selected)
        self.ack_button = QPushButton(QCoreApplication.translate("RisksPanel", "Ac&knowledge…"))
        self.ack_button.setToolTip(
            QCoreApplication.translate(
                "RisksPanel", "Accept the selected flags for now, with a reason and a review date"
            )
        )
        self.ack_button.clicked.connect(self.acknowledge_selected)
        self.unack_button = QPushButton(QCoreApplication.translate("RisksPanel", "&Withdraw acknowledgement"))
        self.unack_button.clicked.connect(self.withdraw_selected)
        for widget in (self.severity_combo, self.show_ack_box, self.search_edit):
            bar.addWidget(widget)
        bar.addStretch(1)
        for button in (self.goto_button, self.ack_button, self.unack_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.flags_view: QTableView = EditTable()  # Tab leaves the list; reaching it selects a flag
        self.flags_view.setObjectName("flagsView")
        self.flags_view.setAccessibleName(QCoreApplication.translate("RisksPanel", "Flags"))
        self.flags_view.setModel(self.flags_filter)
        self.flags_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.flags_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.flags_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.flags_view.setWordWrap(False)
        self.flags_view.setAlternatingRowColors(True)
        self.flags_view.verticalHeader().setVisible(False)
        header = self.flags_view.horizontalHeader()
        header.setSectionResizeMode(FlagColumn.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FlagColumn.FLAG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FlagColumn.MITIGATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FlagColumn.REFERS_TO, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(FlagColumn.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(FlagColumn.REFERS_TO, 240)
        self.flags_view.activated.connect(self._on_double_clicked)
        self.flags_view.selectionModel().selectionChanged.connect(self._on_flag_selection)
        layout.addWidget(self.flags_view, 1)

        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.RichText)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_label.setMinimumHeight(self.fontMetrics().height() * 3)
        layout.addWidget(self.detail_label)
        return part

    def _build_risks_part(self) -> QWidget:
        part = QWidget()
        layout = QVBoxLayout(part)
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

        self.risks_view: QTableView = EditTable()  # a risk typed in across by Tab; Tab then leaves
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
        for column in (
            RiskColumn.LIKELIHOOD,
            RiskColumn.IMPACT,
            RiskColumn.SCORE,
            RiskColumn.REVIEW,
            RiskColumn.STATUS,
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # A readable width for the risk and its mitigation, the table scrolling sideways when the
        # window is narrow (stretched, they shrank to three letters at 1200 x 780); F2 shows all.
        em = self.fontMetrics().averageCharWidth()
        header.resizeSection(RiskColumn.TITLE, em * 30)
        header.resizeSection(RiskColumn.MITIGATION, em * 36)
        header.setStretchLastSection(True)
        self.risks_view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        attach_row_clipboard(
            self.risks_view,
            self._document,
            RowSource(
                "risk",
                self.selected_risk_ids,
                self._show_refusal,
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
        return part

    # ------------------------------------------------------------------ following the plan

    def start(self) -> None:
        """Begin following the analysis; called on first show so start-up does not analyse."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)
        self.risks_model.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow.shown()

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        """A rename shows at once in "Refers to", repainting only the flags about those objects."""
        if self._follow.live:
            self.flags_model.refresh_names(self.flags_model.rows_about(kind, ids))

    def _on_plan_reset(self) -> None:
        self.heat_map.choose(None)
        self._follow.changed()

    def refresh(self) -> None:
        """Show the current analysis: flags diffed in place, scores, heat map and counts."""
        analysis = self._document.analysis()
        self.flags_model.set_flags(analysis.flags)
        self.risks_model.sync()
        plan = self._document.plan
        self._heat = risk_heat_map(plan.risks, plan.settings)
        self.heat_map.set_heat(self._heat, {risk.id: risk.title for risk in plan.risks})
        self.heat_legend.setText(legend_html(self._heat))
        chosen = self.heat_map.chosen()
        if chosen is not None:
            self.risks_filter.set_cell(chosen, self._heat.risk_ids.get(chosen, ()))
        counts = {severity: 0 for severity in Severity}
        acknowledged = 0
        for flag in analysis.flags:
            if flag.acknowledged:
                acknowledged += 1
            else:
                counts[flag.severity] += 1
        values = {
            "high": counts[Severity.HIGH],
            "medium": counts[Severity.MEDIUM],
            "low": counts[Severity.LOW],
        }
        if acknowledged:
            counted = QCoreApplication.translate(
                "RisksPanel", "{high} high, {medium} medium, {low} low, {acknowledged} acknowledged"
            ).format(acknowledged=acknowledged, **values)
        else:
            counted = QCoreApplication.translate(
                "RisksPanel", "{high} high, {medium} medium, {low} low"
            ).format(**values)
        title = QCoreApplication.translate("RisksPanel", "Flags")
        self.flags_heading.setText(f"<h3>{title} <small>({counted})</small></h3>")
        self._on_flag_selection()
        self._update_cell_label()

    def _band_of(self, score: int) -> Severity:
        return risk_band(score, self._document.plan.settings)

    # ------------------------------------------------------------------ flags

    def selected_flags(self) -> list[Flag]:
        rows = sorted({index.row() for index in self.flags_view.selectionModel().selectedRows()})
        flags = []
        for row in rows:
            flag = self.flags_filter.index(row, 0).data(FlagRole)
            if isinstance(flag, Flag):
                flags.append(flag)
        return flags

    def select_flag(self, key: str) -> bool:
        """Select the flag with ``key`` (clearing filters that hide it)."""
        row = self.flags_model.row_of(key)
        if row < 0:
            return False
        proxy = self.flags_filter.mapFromSource(self.flags_model.index(row, 0))
        if not proxy.isValid():
            self.severity_combo.setCurrentIndex(0)
            self.show_ack_box.setChecked(True)
            self.search_edit.clear()
            proxy = self.flags_filter.mapFromSource(self.flags_model.index(row, 0))
        self.flags_view.selectionModel().setCurrentIndex(
            proxy,
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.flags_view.scrollTo(proxy)
        return True

    def go_to_selected(self) -> bool:
        flags = self.selected_flags()
        current = self.flags_view.currentIndex()
        flag = current.data(FlagRole) if current.isValid() else (flags[0] if flags else None)
        if not isinstance(flag, Flag) or flag.target is None:
            return False
        self.objectRequested.emit(flag.target.kind, flag.target.id)
        return True

    def _on_double_clicked(self, index: QModelIndex) -> None:
        flag = index.data(FlagRole)
        if isinstance(flag, Flag) and flag.target is not None:
            self.objectRequested.emit(flag.target.kind, flag.target.id)

    def acknowledge_selected(self) -> bool:
        """Ask for a reason and a review date, then acknowledge the selected flags as one undo step."""
        flags = [flag for flag in self.selected_flags() if not flag.acknowledged]
        if not flags:
            return False
        answer = self._ask(self, flags)
        if answer is None:
            return False
        return self.acknowledge(flags, answer)

    def acknowledge(self, flags: Sequence[Flag], answer: AckInput) -> bool:
        keys = [flag.key for flag in flags]
        accepted = {flag.key: (flag.severity.value, flag.figure) for flag in flags}
        try:
            changed = self._document.acknowledge_flags(
                keys, answer.reason, answer.review_date, by=answer.by or None, accepted=accepted
            )
        except ValueError as error:
            self._show_refusal(
                QCoreApplication.translate("RisksPanel", "Could not acknowledge: {problem}").format(
                    problem=error
                )
            )
            return False
        self.message_label.clear()
        return changed

    def withdraw_selected(self) -> bool:
        """Make the selected acknowledged flags open again (one undo step)."""
        keys = [flag.key for flag in self.selected_flags() if flag.acknowledged]
        return bool(keys) and self._document.withdraw_acknowledgements(keys)

    def _on_severity_changed(self) -> None:
        value = self.severity_combo.currentData()
        self.flags_filter.set_severity(Severity(value) if value else None)

    def _on_flag_selection(self, *_args: object) -> None:
        flags = self.selected_flags()
        if len(flags) == 1:
            flag = flags[0]
            ack = ""
            if flag.acknowledgement is not None:
                a = flag.acknowledgement
                ack = "<p>{}</p>".format(
                    QCoreApplication.translate(
                        "RisksPanel", "<b>Acknowledged</b> on {date} until {review}: {reason}"
                    ).format(
                        date=format_date(a.acknowledged_on),
                        review=format_date(a.review_date),
                        reason=html.escape(a.reason),
                    )
                )
            refs = self._names.refers_to(flag.refs)
            self.detail_label.setText(
                QCoreApplication.translate(
                    "RisksPanel",
                    "<b>{title}</b> — {message}<br><i>What to do:</i> {mitigation}<br><i>About:</i> {refs}",
                ).format(
                    title=html.escape(flag.title),
                    message=html.escape(flag.message),
                    mitigation=html.escape(flag.mitigation),
                    refs=html.escape(refs),
                )
                + ack
            )
        elif flags:
            self.detail_label.setText(
                QCoreApplication.translate("RisksPanel", "%n flag(s) selected.", None, len(flags))
            )
        else:
            self.detail_label.setText(
                "<span style='color:palette(mid)'>{}</span>".format(
                    QCoreApplication.translate(
                        "RisksPanel",
                        "Select a flag to read it in full; double-click to go to what it is about.",
                    )
                )
            )
        self._update_buttons()

    # ------------------------------------------------------------------ manual risks

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

    def select_object(self, kind: str, obj_id: str) -> bool:
        """Show a manual risk (``kind == "risk"``) in the register; other kinds are not shown here."""
        if kind != "risk":
            return False
        row = self.risks_model.row_of(obj_id)
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

    def _show_refusal(self, message: str) -> None:
        self.message_label.setText(message)

    def _update_buttons(self) -> None:
        flags = self.selected_flags()
        self.goto_button.setEnabled(any(flag.refs for flag in flags))
        self.ack_button.setEnabled(any(not flag.acknowledged for flag in flags))
        self.unack_button.setEnabled(any(flag.acknowledged for flag in flags))
        self.delete_button.setEnabled(bool(self.selected_risk_ids()))
