"""The Risks screen: flags the plan raises by itself, and the team's own risk register with its heat map.

Flags come from ``document.analysis()``; acknowledging or withdrawing is one named document
operation (``acknowledge_flags``, ``withdraw_acknowledgements``), one undo step. Double-clicking a
flag asks to go to the object at fault (``objectRequested(kind, id)``); the window routes it.
The register and its heat map are :class:`~hireplan.gui.risks.risk_register.RiskRegister`
(``panel.register``); what the flags part says is worded in :mod:`hireplan.gui.risks.flags_wording`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
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
    QVBoxLayout,
    QWidget,
)

from hireplan.analysis.results import Flag, RiskAssessment, Severity
from hireplan.gui.common.containment import Contained
from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.plan_names import live_names
from hireplan.gui.common.table_views import EditTable
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.ack_dialog import AckInput, AskAcknowledgement, ask_acknowledgement
from hireplan.gui.risks.flags_model import Column as FlagColumn
from hireplan.gui.risks.flags_model import FlagRole, FlagsFilter, FlagsModel
from hireplan.gui.risks.flags_wording import flag_detail, flags_heading
from hireplan.gui.risks.risk_register import RiskRegister


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
        self._ask: AskAcknowledgement = ask or ask_acknowledgement
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start, start_on_show=True)
        self._register_shows: tuple[RiskAssessment, ...] | None = None
        """The assessments the register last showed (see :meth:`refresh`)."""
        self._names = live_names(document)

        self.flags_model = FlagsModel(self._names, self)
        self.flags_filter = FlagsFilter(self)
        self.flags_filter.setSourceModel(self.flags_model)
        self.register = RiskRegister(document)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_flags_part())
        splitter.addWidget(self.register)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(splitter)

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

        self.flags_view = EditTable()  # Tab leaves the list; reaching it selects a flag
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
        header.setSectionResizeMode(FlagColumn.FLAG, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FlagColumn.MITIGATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FlagColumn.REFERS_TO, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(FlagColumn.REFERS_TO, 240)
        self.flags_view.fit_to_contents(FlagColumn.SEVERITY, FlagColumn.STATUS)
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

    # ------------------------------------------------------------------ following the plan

    def start(self) -> None:
        """Begin following the analysis; called on first show so start-up does not analyse."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)
        self.register.risks_model.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._follow.shown()

    def _on_objects_changed(self, kind: str, ids: list[str]) -> None:
        """A rename shows at once in "Refers to", repainting only the flags about those objects."""
        if self._follow.live:
            self.flags_model.refresh_names(self.flags_model.rows_about(kind, ids))

    def _on_plan_reset(self) -> None:
        self.register.heat_map.choose(None)
        self._follow.changed()

    def refresh(self) -> None:
        """Show the current analysis: flags diffed in place and counted, then the register."""
        analysis = self._document.analysis()
        self.flags_model.set_flags(analysis.flags)
        # A re-analysis that did not touch the risks hands back the same assessments (an
        # acknowledgement, an offer edit): the heat map and scores have nothing new to show. An
        # empty register always refreshes: every empty tuple is the same object, whatever the plan.
        if analysis.risks is not self._register_shows or not analysis.risks:
            self._register_shows = analysis.risks
            self.register.refresh()
        self.flags_heading.setText(flags_heading(analysis.flags))
        self._on_flag_selection()

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
            self.register.show_refusal(
                QCoreApplication.translate("RisksPanel", "Could not acknowledge: {problem}").format(
                    problem=error
                )
            )
            return False
        self.register.message_label.clear()
        return changed

    def withdraw_selected(self) -> bool:
        """Make the selected acknowledged flags open again (one undo step)."""
        keys = [flag.key for flag in self.selected_flags() if flag.acknowledged]
        return bool(keys) and self._document.withdraw_acknowledgements(keys)

    def _on_severity_changed(self) -> None:
        value = self.severity_combo.currentData()
        self.flags_filter.set_severity(Severity(value) if value else None)

    def _on_flag_selection(self, *_args: object) -> None:
        self.detail_label.setText(flag_detail(self.selected_flags(), self._names))
        self._update_buttons()

    # ------------------------------------------------------------------ manual risks

    def select_object(self, kind: str, obj_id: str) -> bool:
        """Show a manual risk (``kind == "risk"``) in the register; other kinds are not shown here."""
        return kind == "risk" and self.register.select_risk(obj_id)

    def _update_buttons(self) -> None:
        flags = self.selected_flags()
        self.goto_button.setEnabled(any(flag.refs for flag in flags))
        self.ack_button.setEnabled(any(not flag.acknowledged for flag in flags))
        self.unack_button.setEnabled(any(flag.acknowledged for flag in flags))
