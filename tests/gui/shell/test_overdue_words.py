"""Overdue is said in words, not only in red: a checklist item past its due date and a risk past its
review date read "overdue" in the cell a person sees and in what a screen reader is given, and a
date that is not past due reads as the plain date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from helpers.plans import make_plan, tagged_steps
from hireplan.gui.checklist.checklist_cells import Column as ItemColumn
from hireplan.gui.document.document import PlanDocument
from hireplan.gui.risks.risks_model import Column as RiskColumn
from hireplan.gui.risks.risks_panel import RisksPanel
from hireplan.model import ChecklistItem, Risk, RiskStatus, Status

PAST = date.today() - timedelta(days=10)
FUTURE = date.today() + timedelta(days=30)


def _said(model: QAbstractItemModel, index: QModelIndex) -> tuple[str, str]:
    return (
        str(model.data(index, Qt.ItemDataRole.DisplayRole)),
        str(model.data(index, Qt.ItemDataRole.AccessibleTextRole)),
    )


def test_a_risk_past_its_review_date_says_overdue(qtbot: Any) -> None:
    plan = make_plan(
        risks=[
            Risk(id="late", title="Late review", review_date=PAST),
            Risk(id="soon", title="Later review", review_date=FUTURE),
            Risk(id="done", title="Closed, late", review_date=PAST, status=RiskStatus.CLOSED),
        ]
    )
    panel = RisksPanel(PlanDocument(plan))
    qtbot.addWidget(panel)
    panel.refresh()
    model = panel.register.risks_model
    rows = {model.index(r, 0).data(Qt.ItemDataRole.UserRole + 1): r for r in range(model.rowCount())}
    late = _said(model, model.index(rows["late"], RiskColumn.REVIEW))
    assert all(text.endswith(", overdue") for text in late), late
    for calm in ("soon", "done"):  # not yet due; closed risks are not reviewed
        shown, _spoken = _said(model, model.index(rows[calm], RiskColumn.REVIEW))
        assert "overdue" not in shown


def test_a_checklist_item_past_its_due_date_says_overdue(qtbot: Any) -> None:
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel

    steps = tagged_steps()
    late = ChecklistItem(id="late", text="Send the offer", status=Status.TODO, due=PAST)
    calm = ChecklistItem(id="calm", text="Book the visit", status=Status.TODO, due=FUTURE)
    steps[0] = steps[0].model_copy(update={"items": [late, calm]})
    document = PlanDocument(make_plan(steps=steps))
    document.analysis()
    panel = ChecklistPanel(document)
    qtbot.addWidget(panel)
    model = panel.model
    step = model.index(0, 0)
    assert _said(model, model.index(0, ItemColumn.DUE, step)) == (f"{PAST.isoformat()}, overdue",) * 2
    shown, _spoken = _said(model, model.index(1, ItemColumn.DUE, step))
    assert shown == FUTURE.isoformat()
