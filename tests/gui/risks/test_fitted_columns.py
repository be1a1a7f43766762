"""The Risks screen's columns fitted to their contents stay as wide as their widest cell on show.

They are measured one cell per distinct look (``gui/common/column_fit.py``) rather than cell by
cell; a person relies on the result being the same: no status cut short after an
acknowledgement or a review date going overdue, no column left wide for rows a filter hides.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView

from helpers.screen_plans import TODAY, views_plan
from hireplan.analysis.results import Severity
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.flags_model import Column
from hireplan.gui.risks.risks_model import Column as RiskColumn
from hireplan.gui.risks.risks_panel import RisksPanel

FITTED = (Column.SEVERITY, Column.STATUS)
RISK_FITTED = (
    RiskColumn.LIKELIHOOD,
    RiskColumn.IMPACT,
    RiskColumn.SCORE,
    RiskColumn.REVIEW,
    RiskColumn.STATUS,
)


def fitted_widths(panel: RisksPanel) -> list[int]:
    return [panel.flags_view.sizeHintForColumn(column) for column in FITTED]


def every_cell_widths(panel: RisksPanel) -> list[int]:
    """What Qt's own scan of every row finds."""
    return [QTableView.sizeHintForColumn(panel.flags_view, column) for column in FITTED]


def make_panel(qtbot: Any) -> tuple[RisksPanel, PlanDocument]:
    document = PlanDocument(views_plan())
    panel = RisksPanel(document)
    qtbot.addWidget(panel)
    panel.resize(1100, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel, document


def test_every_fitted_column_shows_its_widest_cell_when_the_screen_first_shows(qtbot: Any) -> None:
    # The columns start fitting when the tables are first shown, after the first analysis has
    # given each risk its score: the Score column must then be wide enough for "12 · High".
    panel, _document = make_panel(qtbot)
    for view, columns in ((panel.flags_view, FITTED), (panel.register.risks_view, RISK_FITTED)):
        header = view.horizontalHeader()
        for column in columns:
            assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
            assert header.sectionSize(column) >= QTableView.sizeHintForColumn(view, column), column


def test_flag_columns_match_a_scan_of_every_cell_as_flags_change_and_filter(qtbot: Any) -> None:
    panel, document = make_panel(qtbot)
    assert fitted_widths(panel) == every_cell_widths(panel)
    open_widths = fitted_widths(panel)

    flag = next(flag for flag in document.analysis().flags if not flag.acknowledged)
    document.acknowledge_flags(
        [flag.key],
        "Accepted for this round",
        TODAY + timedelta(days=30),
        accepted={flag.key: (flag.severity.value, flag.figure)},
    )
    with qtbot.waitSignal(document.analysisChanged, timeout=2000):
        pass
    assert fitted_widths(panel) == every_cell_widths(panel)
    status = panel.flags_view.horizontalHeader().sectionSize(Column.STATUS)
    assert status >= fitted_widths(panel)[1] > open_widths[1]  # "Acknowledged until …" fits

    panel.flags_filter.set_severity(Severity.LOW)
    assert fitted_widths(panel) == every_cell_widths(panel)
    panel.flags_filter.set_severity(None)
    panel.search_edit.setText("no flag says this")
    assert panel.flags_filter.rowCount() == 0
    assert fitted_widths(panel) == every_cell_widths(panel)


def test_register_columns_match_a_scan_of_every_cell_when_a_review_goes_overdue(qtbot: Any) -> None:
    panel, document = make_panel(qtbot)
    view = panel.register.risks_view

    def both() -> tuple[list[int], list[int]]:
        ours = [view.sizeHintForColumn(column) for column in RISK_FITTED]
        return ours, [QTableView.sizeHintForColumn(view, column) for column in RISK_FITTED]

    ours, scanned = both()
    assert ours == scanned
    risk = document.plan.risks[0]
    document.set_field("risk", risk.id, "review_date", TODAY - timedelta(days=3))
    with qtbot.waitSignal(document.analysisChanged, timeout=2000):
        pass
    overdue, scanned = both()
    assert overdue == scanned
    assert overdue[RISK_FITTED.index(RiskColumn.REVIEW)] > ours[RISK_FITTED.index(RiskColumn.REVIEW)]
