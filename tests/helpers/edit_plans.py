"""The small plan the model's edit tests work on: three steps (four items, two, none) and one offer."""

from __future__ import annotations

from decimal import Decimal

from hireplan.model import ChecklistItem, Offer, Plan, Step


def edit_plan() -> Plan:
    """Items ``a``–``d`` in step ``s1``, ``x`` and ``y`` in ``s2``, an empty ``s3`` and offer ``o1``."""
    return Plan(
        title="P",
        steps=[
            Step(
                id="s1", key="motivations", title="One", items=[ChecklistItem(id=i, text=i) for i in "abcd"]
            ),
            Step(id="s2", key="compensation", title="Two", items=[ChecklistItem(id=i, text=i) for i in "xy"]),
            Step(id="s3", key="research", title="Three"),
        ],
        offers=[Offer(id="o1", role_id="r", market_id="m", currency="USD", base=Decimal(100))],
    )
