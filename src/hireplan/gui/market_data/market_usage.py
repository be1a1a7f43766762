"""Why a market cannot be deleted yet: the roles, offers, benchmarks and bands still pointing at it.

The model finds the dependents (:func:`hireplan.model.collection_edits.dependents`); this says it as
one sentence in the window's language (the ``MarketDataPanel`` context), counts by plural forms.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hireplan.gui.document.document import PlanDocument
from hireplan.model import collection_edits
from hireplan.model.kinds import counted


def market_in_use(document: PlanDocument, ids: list[str]) -> str:
    """Why these markets cannot be deleted yet (other objects point at them); empty when they can."""
    plan = document.plan
    uses = collection_edits.dependents(plan, "market", ids)
    parts = [counted_in_window(kind, len(found)) for kind, found in uses.items()]
    if plan.settings.reference_market_id in ids:
        parts.append(QCoreApplication.translate("MarketDataPanel", "the plan's reference market setting"))
    if not parts:
        return ""
    names = QCoreApplication.translate("MarketDataPanel", ", ").join(
        m.name for m in plan.markets if m.id in ids
    )
    return QCoreApplication.translate(
        "MarketDataPanel",
        "{markets} cannot be deleted while {users} use it. "
        "Point them at another market first, or delete them.",
    ).format(markets=names, users=QCoreApplication.translate("MarketDataPanel", ", ").join(parts))


def counted_in_window(kind: str, count: int) -> str:
    """``3 offers`` in the window's language, for the objects that still use a market."""
    if kind == "role":
        return QCoreApplication.translate("MarketDataPanel", "%n role(s)", None, count)
    if kind == "offer":
        return QCoreApplication.translate("MarketDataPanel", "%n offer(s)", None, count)
    if kind == "benchmark":
        return QCoreApplication.translate("MarketDataPanel", "%n benchmark(s)", None, count)
    if kind == "band":
        return QCoreApplication.translate("MarketDataPanel", "%n pay band(s)", None, count)
    return counted(kind, count)
