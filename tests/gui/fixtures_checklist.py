"""Plans and documents the checklist tests share, built in code so each test knows its data."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

import pytest

from hireplan.gui.checklist.checklist_model import Role
from hireplan.model import ChecklistItem, Plan, Priority, Status, Step

if TYPE_CHECKING:
    from hireplan.gui.checklist.checklist_panel import ChecklistPanel

TODAY = date.today()


def checklist_plan() -> Plan:
    """Two steps with items covering every status, owners, tags, due dates and an empty step."""
    return Plan(
        title="Test plan",
        owner="Mei Lin",
        steps=[
            Step(
                id="s1",
                key="motivations",
                title="Understand the motivations",
                purpose="Find out what the people we want care about.",
                best_practices=["Talk to recent hires.", "Survey candidates who said no."],
                common_mistakes=["Assuming pay is the only reason people move."],
                items=[
                    ChecklistItem(
                        id="a", text="Interview five researchers", owner="Mei Lin", tags=["culture"]
                    ),
                    ChecklistItem(
                        id="b",
                        text="Map living costs in Hangzhou",
                        status=Status.IN_PROGRESS,
                        owner="Sam Ortiz",
                        due=date(2000, 1, 3),
                        priority=Priority.HIGH,
                        tags=["living-costs", "hubs"],
                    ),
                    ChecklistItem(id="c", text="Summarise findings", status=Status.DONE, owner="Mei Lin"),
                ],
            ),
            Step(
                id="s2",
                key="compensation",
                title="Offer competitive compensation",
                purpose="Pay at or above both markets.",
                items=[
                    ChecklistItem(
                        id="d", text="Collect benchmarks", status=Status.BLOCKED, notes="Waiting on survey"
                    ),
                    ChecklistItem(id="e", text="Draft offer bands", status=Status.NOT_APPLICABLE),
                ],
            ),
            Step(id="s3", key="research", title="Invest in research", items=[]),
        ],
    )


@pytest.fixture
def plan() -> Plan:
    return checklist_plan()


def item_ids(plan: Plan) -> list[list[str]]:
    """The item ids of each step, in order: compact to compare layouts."""
    return [[item.id for item in step.items] for step in plan.steps]


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
        ids.extend(str(proxy.index(row, 0, step).data(Role.ID)) for row in range(proxy.rowCount(step)))
    return ids
