"""Building a screen for a test and reading back what it shows (checklist panel, risks list)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from helpers.plans import checklist_plan
from hireplan.gui.checklist.checklist_cells import ItemRole
from hireplan.model import Plan

if TYPE_CHECKING:
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel


def make_panel(qtbot: object, plan: Plan | None = None, *, show: bool = False) -> ChecklistPanel:
    """A ChecklistPanel over a fresh document, analysis already computed so progress shows."""
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel
    from hireplan.gui.document.document import PlanDocument

    document = PlanDocument(plan or checklist_plan())
    document.analysis()
    panel = ChecklistPanel(document)
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    if show:
        panel.resize(1200, 700)
        panel.show()
        qtbot.waitExposed(panel)  # type: ignore[attr-defined]
        panel.activateWindow()
        qtbot.waitActive(panel)  # type: ignore[attr-defined]  # shortcuts need an active window
    return panel


def visible_item_ids(panel: ChecklistPanel) -> list[str]:
    """Ids of the items the tree shows, top to bottom (through the filter proxy)."""
    proxy = panel.proxy
    ids: list[str] = []
    for step_row in range(proxy.rowCount()):
        step = proxy.index(step_row, 0)
        ids.extend(str(proxy.index(row, 0, step).data(ItemRole.ID)) for row in range(proxy.rowCount(step)))
    return ids


def listed_flags(panel: Any, rule: str) -> list[str]:
    """Keys of the flags of one rule the Risks screen lists, in its order."""
    from hireplan.gui.risks.flags_model import FlagRole

    model = panel.flags_model
    flags = [model.index(row, 0).data(FlagRole) for row in range(model.rowCount())]
    return [flag.key for flag in flags if flag.rule == rule]
