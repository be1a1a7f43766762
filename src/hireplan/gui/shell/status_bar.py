"""Overall progress and the number of high flags, always in view at the bottom of the window.

The figures come from ``document.analysis()`` (the one place they are computed). The analysis
is first asked for after the window has painted, so start-up does not wait for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QSizePolicy, QToolButton, QWidget

from hireplan.gui.common.live_refresh import LiveRefresh
from hireplan.gui.common.mnemonics import mark_list_entry
from hireplan.gui.common.style import HIGH_BADGE_STYLE
from hireplan.gui.document.document import PlanDocument

if TYPE_CHECKING:
    from hireplan.analysis import PlanAnalysis


class StatusSummary(QWidget):
    """A permanent status-bar widget: progress bar, "n of m done", and the high-flag count.

    Clicking the count emits ``risksRequested``: the window opens the Risks screen.
    """

    risksRequested = Signal()

    def __init__(self, document: PlanDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._follow = LiveRefresh(self, self.refresh, on_start=self._on_start, while_hidden=True)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFixedWidth(140)
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setAccessibleName(QCoreApplication.translate("StatusSummary", "Overall progress"))
        self.progress_label = QLabel(QCoreApplication.translate("StatusSummary", "Progress: …"))
        self.flags_label = QToolButton()
        self.flags_label.setObjectName("highFlags")
        mark_list_entry(self.flags_label)  # a count; Ctrl+5 opens the Risks screen
        self.flags_label.setAccessibleName(QCoreApplication.translate("StatusSummary", "High flags"))
        self.flags_label.setAutoRaise(True)
        self.flags_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.flags_label.clicked.connect(self.risksRequested)

        for label in (self.progress_label, self.flags_label):
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(8)
        layout.addStretch(1)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addSpacing(12)
        layout.addWidget(self.flags_label)

    def start(self) -> None:
        """Begin following the analysis (called once the window has painted)."""
        self._follow.start()

    def _on_start(self) -> None:
        self._document.analysisChanged.connect(self._follow.changed)
        self._document.planReset.connect(self._follow.changed)

    def refresh(self) -> None:
        self.show_analysis(self._document.analysis())

    def show_analysis(self, analysis: PlanAnalysis) -> None:
        # Imported here: the analysis (and the result classes format imports) arrives after the
        # first paint, so start-up does not load them.
        from hireplan.analysis.format import format_progress

        progress = analysis.progress
        self.progress_bar.setValue(round(progress.overall * 100))
        self.progress_bar.setFormat(format_progress(progress.overall))
        self.progress_label.setText(
            QCoreApplication.translate(
                "StatusSummary", "{done} of %n item(s) done", None, progress.applicable
            ).format(done=progress.done)
        )
        high = len(analysis.unacknowledged_high)
        if high:
            self.flags_label.setText(
                QCoreApplication.translate("StatusSummary", "⚠ %n high flag(s)", None, high)
            )
            self.flags_label.setStyleSheet(HIGH_BADGE_STYLE)
            self.flags_label.setToolTip(
                QCoreApplication.translate(
                    "StatusSummary", "Flags of high severity nobody has acknowledged: click to see them"
                )
            )
        else:
            self.flags_label.setText(QCoreApplication.translate("StatusSummary", "No high flags"))
            self.flags_label.setStyleSheet("")
            self.flags_label.setToolTip(
                QCoreApplication.translate("StatusSummary", "Click to see every flag and the risk register")
            )
